import { hash } from 'node:crypto';
import { posix } from 'node:path';
import { ConfigError, getErrorMessage } from '../errors.js';
import type { RepoSnapshot } from '../repo/snapshot.js';
import { buildGitHubSuite } from '../suites/github.js';
import { TextMemo } from '../text-memo.js';
import { parsePromptFile, type PromptDraft } from './parse.js';
import {
  checkTemplate,
  githubTemplateVariables,
  includedTemplateNames,
  nunjucksVariables,
} from './template.js';
import type { PromptFile } from './types.js';

// Parsing and checking depend on the text alone (and the path, for drafts): done once per text.
const drafts = new TextMemo<PromptDraft>();
const checkedTemplates = new TextMemo<void>();
const templateVariables = new TextMemo<string[]>();

/**
 * Loads one prompt file from a snapshot: parses it, reads every partial it includes (transitively)
 * and hashes the whole, so a change to any partial changes the prompt's content hash.
 */
export async function loadPromptFile(
  snapshot: RepoSnapshot,
  path: string,
  templatePaths: readonly string[],
): Promise<PromptFile> {
  const text = await snapshot.readFile(path);
  if (text === undefined) throw new ConfigError(`prompt file not found in ${snapshot.label}`, { file: path });
  const draft = drafts.get(`${path}\0${text}`, () => parsePromptFile(text, path));

  const partialSources: Record<string, string> = {};
  const partialPaths = new Map<string, string>();
  if (draft.format === 'promptgate') {
    // The sandbox sees every template before anything it names is read.
    for (const message of draft.messages) {
      const { content } = message;
      checkedTemplates.get(content, () => checkTemplate(content, path, message.bodyLine ?? message.line));
    }
    const pending = draft.messages.flatMap((m, i) =>
      includedTemplateNames(m.content).map((name) => ({ name, from: path, line: draft.messages[i]?.line })),
    );
    while (pending.length > 0) {
      const next = pending.shift();
      if (!next || Object.hasOwn(partialSources, next.name)) continue;
      const resolved = await resolvePartial(snapshot, next.name, posix.dirname(path), templatePaths);
      if (!resolved) {
        throw new ConfigError(
          `included partial \`${next.name}\` was not found`,
          { file: next.from, line: next.line },
          `looked in ${[posix.dirname(path), ...templatePaths, '(repo root)'].join(', ')}; set \`template_paths\` in promptgate.yaml`,
        );
      }
      checkedTemplates.get(resolved.text, () => checkTemplate(resolved.text, resolved.path));
      partialSources[next.name] = resolved.text;
      for (const name of includedTemplateNames(resolved.text))
        pending.push({ name, from: resolved.path, line: undefined });
      partialPaths.set(next.name, resolved.path);
    }
  }
  const partials = [...new Set(Object.keys(partialSources).map((n) => partialPaths.get(n) ?? n))].sort();

  const variables = new Set<string>();
  for (const message of draft.messages) {
    const names =
      draft.format === 'github'
        ? githubTemplateVariables(message.content)
        : templateVariables.get(message.content, () => safeVariables(message.content, path, message.line));
    names.forEach((n) => variables.add(n));
  }

  // One string hashed once: the same bytes (and digest) as hashing the parts in turn.
  const hashed = [text];
  for (const name of Object.keys(partialSources).sort())
    hashed.push(`\0${name}\0${partialSources[name] ?? ''}`);

  return {
    format: draft.format,
    id: draft.id,
    path,
    name: draft.name,
    description: draft.description,
    version: draft.version,
    model: draft.model,
    modelParameters: draft.modelParameters,
    responseFormat: draft.responseFormat,
    messages: draft.messages,
    partials,
    partialSources,
    partialPaths: Object.fromEntries(partialPaths),
    contentHash: hash('sha256', hashed.join('')),
    embeddedSuite: buildGitHubSuite(draft),
    variables: [...variables].sort(),
  };
}

function safeVariables(template: string, file: string, line: number | undefined): string[] {
  try {
    return nunjucksVariables(template);
  } catch (error) {
    throw new ConfigError(`template does not parse: ${getErrorMessage(error)}`, { file, line });
  }
}

async function resolvePartial(
  snapshot: RepoSnapshot,
  name: string,
  promptDir: string,
  templatePaths: readonly string[],
): Promise<{ path: string; text: string } | undefined> {
  for (const dir of [promptDir, ...templatePaths, '']) {
    const candidate = posix.normalize(posix.join(dir, name));
    if (candidate.startsWith('..')) continue;
    const text = await snapshot.readFile(candidate);
    if (text !== undefined) return { path: candidate, text };
  }
  return undefined;
}
