import nunjucks from 'nunjucks';
import { nunjucksVariables, sandboxError, SandboxViolationError } from '../../prompts/template.js';
import {
  checkTemplateSource,
  createSandboxEnvironment,
  renderSandboxed,
} from '../../prompts/sandbox/environment.js';
import type { MetricSite } from '../config.js';
import { resolveFrom } from '../../core/repo-path.js';

/**
 * A user's judge prompt override, checked at parse time so syntax errors surface before any call.
 * Plain data (a work item may run in another process); `renderJudgeTemplate` compiles it once.
 */
export interface JudgeTemplate {
  /** As the suite names it. */
  path: string;
  /** As the repository has it, for errors. */
  file: string;
  source: string;
}

/**
 * Reads `template:` (relative to the suite) and checks it uses the variables the judge needs.
 * Templates cannot include other files: the judge prompt is one self-contained file. It is a file
 * from the pull request like any prompt, so it renders in the same sandbox.
 */
export function loadJudgeTemplate(
  path: string,
  site: MetricSite,
  required: readonly string[],
): JudgeTemplate {
  const source = site.context.readFile(path);
  site.context.addDependency(path);
  if (source === undefined)
    site.fail(`judge template \`${path}\` was not found`, 'the path is relative to the suite file');
  // Errors name the file as the repository has it (the suite names it relative to itself).
  const file = resolveFrom(site.context.location.file, path);
  let used: string[];
  try {
    checkTemplateSource(source, path, { allowInclude: false });
    compiled(source, path);
    used = nunjucksVariables(source);
  } catch (error) {
    if (error instanceof SandboxViolationError) throw sandboxError(error.finding, file);
    return site.fail(`judge template \`${path}\` does not compile: ${firstLine(error)}`);
  }
  const missing = required.filter((name) => !used.includes(name));
  if (missing.length > 0) {
    site.fail(
      `judge template \`${path}\` never uses ${missing.map((n) => `\`{{ ${n} }}\``).join(', ')}`,
      'the judge cannot grade what it does not see; wrap the output in its data tags, e.g. <candidate_output>{{ output }}</candidate_output>',
    );
  }
  return { path, file, source };
}

export function renderJudgeTemplate(judge: JudgeTemplate, variables: Record<string, unknown>): string {
  const { path, file } = judge;
  const outcome = renderSandboxed(compiled(judge.source, path), variables);
  if (outcome.ok) return outcome.text;
  if (outcome.violation) {
    throw sandboxError(
      {
        template: path,
        construct: outcome.violation.construct,
        hint: 'templates read data, not object internals',
        ...(outcome.line !== undefined ? { line: outcome.line } : {}),
        ...(outcome.column !== undefined ? { column: outcome.column } : {}),
      },
      file,
    );
  }
  throw new Error(`judge template \`${path}\` failed to render: ${firstLine(outcome.error)}`, {
    cause: outcome.error,
  });
}

/** Compiled templates by path and source: each compiles once per process. */
const templates = new Map<string, nunjucks.Template>();

function compiled(source: string, path: string): nunjucks.Template {
  const key = JSON.stringify([path, source]);
  let template = templates.get(key);
  if (!template) {
    template = new nunjucks.Template(source, createSandboxEnvironment(new Map()), path, true);
    templates.set(key, template);
  }
  return template;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .pop() ?? message
  );
}
