import { TemplateError } from '../errors.js';
import type { ChatMessage } from '../providers/types.js';
import { NunjucksRenderer, renderGitHubTemplate, sandboxError, SandboxViolationError } from './template.js';
import type { PromptFile, RenderedPrompt } from './types.js';

/**
 * Renders a prompt's messages with one case's variables: literal `{{var}}` for GitHub Models
 * files, nunjucks for promptgate files. Throws TemplateError naming the file and message line.
 */
export function renderPrompt(prompt: PromptFile, vars: Record<string, unknown>): RenderedPrompt {
  const renderer = prompt.format === 'promptgate' ? rendererOf(prompt) : undefined;
  const messages: ChatMessage[] = prompt.messages.map((message) => {
    try {
      const content = renderer
        ? renderer.render(message.content, vars)
        : renderGitHubTemplate(message.content, vars);
      return { role: message.role, content };
    } catch (error) {
      if (error instanceof SandboxViolationError) {
        const partial = error.finding.template ? prompt.partialPaths?.[error.finding.template] : undefined;
        throw partial
          ? sandboxError(error.finding, partial)
          : sandboxError(error.finding, prompt.path, message.bodyLine ?? message.line);
      }
      const why = error instanceof Error ? error.message : String(error);
      throw new TemplateError(
        `${prompt.path}${message.line ? `:${message.line}` : ''}: ${why}`,
        { file: prompt.path, line: message.line },
        error instanceof TemplateError ? error.missingVariables : [],
      );
    }
  });
  return { messages };
}

/** One renderer per loaded prompt, so its templates compile once however many cases render them. */
const renderers = new WeakMap<PromptFile, NunjucksRenderer>();

function rendererOf(prompt: PromptFile): NunjucksRenderer {
  let renderer = renderers.get(prompt);
  if (!renderer) {
    renderer = new NunjucksRenderer(new Map(Object.entries(prompt.partialSources ?? {})));
    renderers.set(prompt, renderer);
  }
  return renderer;
}

/** A rough token count (about four characters per token for English text), for size tracking. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
