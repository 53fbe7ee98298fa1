import nunjucks from 'nunjucks';
import { parse as parseNunjucks } from 'nunjucks/src/parser.js';
import { ConfigError, TemplateError, TemplateSandboxError } from '../errors.js';
import {
  checkTemplateSource,
  createSandboxEnvironment,
  renderSandboxed,
  SandboxViolationError,
  type SandboxFinding,
} from './sandbox/environment.js';

export { SandboxViolationError } from './sandbox/environment.js';
import { substituteGitHub } from '../metrics/github/substitute.js';

/** An identifier-like `{{name}}`: what a template variable looks like (no spaces inside the braces). */
// Not after `$`: `${{github.token}}` in a prompt is a GitHub Actions expression quoted as text.
const GITHUB_PLACEHOLDER = /(?<!\$)\{\{([A-Za-z_][A-Za-z0-9_.-]*)\}\}/g;
const INCLUDE_STATEMENT = /\{%-?\s*(?:include|import|extends|from)\s+(["'])([^"']+)\1/g;

/**
 * `{{key}}` substitution as `gh models eval` does it: any key of the test data, values printed as
 * Go prints them; a placeholder the row has no value for is sent as written, as gh sends it (the
 * report warns about it: see unfilledPlaceholderWarnings).
 */
export function renderGitHubTemplate(template: string, vars: Record<string, unknown>): string {
  return substituteGitHub(template, vars);
}

export function githubTemplateVariables(template: string): string[] {
  return [...template.matchAll(GITHUB_PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * The user-facing error for a sandbox refusal. `firstLine` is the file line of the template's first
 * line when the template is embedded in YAML (a message); a whole-file template (a partial, a judge
 * template) starts at line 1 and its columns are the file's.
 */
export function sandboxError(
  finding: SandboxFinding,
  file: string,
  firstLine?: number,
): TemplateSandboxError {
  const line = finding.line === undefined ? undefined : (firstLine ?? 1) + finding.line - 1;
  const column = firstLine === undefined ? finding.column : undefined;
  return new TemplateSandboxError(
    finding.construct,
    {
      file,
      ...(line !== undefined ? { line } : {}),
      ...(line !== undefined && column !== undefined ? { column } : {}),
    },
    finding.hint,
  );
}

/**
 * Checks one promptgate template (a message or a partial) against the sandbox before anything
 * renders or is resolved from it: a refused construct is a TemplateSandboxError naming its file and
 * line; text that does not parse is a ConfigError.
 */
export function checkTemplate(source: string, file: string, firstLine?: number): void {
  try {
    checkTemplateSource(source, file, { allowInclude: true });
  } catch (error) {
    if (error instanceof SandboxViolationError) throw sandboxError(error.finding, file, firstLine);
    throw new ConfigError(`template does not parse: ${toTemplateError(error, [], {}).message}`, {
      file,
      ...(firstLine !== undefined ? { line: firstLine } : {}),
    });
  }
}

/** Names of the partials a nunjucks template includes (static: dynamic names cannot be known). */
export function includedTemplateNames(template: string): string[] {
  return [...template.matchAll(INCLUDE_STATEMENT)].map((m) => m[2] ?? '');
}

/**
 * Renders nunjucks templates in the sandbox (src/prompts/sandbox) over a fixed set of partials
 * (already read from the snapshot and checked), with undefined variables as errors that name the
 * variable. A refused construct throws SandboxViolationError with its line in the template.
 */
export class NunjucksRenderer {
  private readonly env: nunjucks.Environment;
  private readonly compiled = new Map<string, nunjucks.Template>();

  /** @param partials resolved partial name -> source, as produced by the loader. */
  constructor(private readonly partials: ReadonlyMap<string, string>) {
    for (const [name, source] of partials) checkTemplateSource(source, name, { allowInclude: true });
    this.env = createSandboxEnvironment(partials);
  }

  render(template: string, vars: Record<string, unknown>): string {
    // Without braces there is no tag, variable or comment (nor a stray closer nunjucks refuses): it
    // would output the text unchanged. Static messages (most system prompts) skip a render per case.
    if (!template.includes('{') && !template.includes('}')) return template;
    const outcome = renderSandboxed(this.compile(template), vars);
    if (outcome.ok) return outcome.text;
    if (outcome.violation) {
      throw new SandboxViolationError({
        template: outcome.violation.template ?? '',
        construct: outcome.violation.construct,
        ...(outcome.line !== undefined ? { line: outcome.line } : {}),
        ...(outcome.column !== undefined ? { column: outcome.column } : {}),
        hint: 'templates read data, not object internals',
      });
    }
    // nunjucks does not name the variable; static analysis of the template and its partials does.
    const sources = [template, ...this.partials.values()];
    const missing = sources.flatMap((src) => safeNames(src)).filter((name) => !Object.hasOwn(vars, name));
    throw toTemplateError(outcome.error, [...new Set(missing)], vars);
  }

  private compile(template: string): nunjucks.Template {
    let compiled = this.compiled.get(template);
    if (!compiled) {
      checkTemplateSource(template, '', { allowInclude: true });
      compiled = new nunjucks.Template(template, this.env, undefined, true);
      this.compiled.set(template, compiled);
    }
    return compiled;
  }
}

function safeNames(src: string): string[] {
  try {
    return nunjucksVariables(src);
  } catch {
    return [];
  }
}

function toTemplateError(error: unknown, missing: string[], vars: Record<string, unknown>): TemplateError {
  if (error instanceof TemplateError) return error;
  if (error instanceof Error && error.cause instanceof TemplateError) return error.cause;
  const raw = error instanceof Error ? error.message : String(error);
  const line = /\[Line (\d+), Column (\d+)\]/.exec(raw);
  const where = line ? ` (template line ${line[1]})` : '';
  // Decided from the facts (names the template reads that the case lacks), not from nunjucks' wording.
  if (missing.length > 0) {
    return new TemplateError(
      `undefined variable ${missing.map((n) => `\`${n}\``).join(', ')}${where}; the case provides: ${Object.keys(vars).join(', ') || 'no variables'}`,
      undefined,
      missing,
    );
  }
  const detail =
    raw
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean)
      .pop() ?? raw;
  return new TemplateError(`template error${where}: ${detail.replace(/^Error: /, '')}`);
}

/** Top-level variable names a nunjucks template reads (loop and `set` names excluded). */
export function nunjucksVariables(template: string): string[] {
  let root: unknown;
  try {
    root = parseNunjucks(template);
  } catch (error) {
    throw toTemplateError(error, [], {});
  }
  const used = new Set<string>();
  const local = new Set<string>(['loop']);
  walk(root, used, local);
  return [...used].filter((name) => !local.has(name));
}

interface TemplateNode {
  typename?: string;
  fields?: string[];
  children?: unknown[];
  value?: unknown;
  [field: string]: unknown;
}

function walk(node: unknown, used: Set<string>, local: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, used, local);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const n = node as TemplateNode;
  if (n.typename === 'Symbol' && typeof n.value === 'string') used.add(n.value);
  if (n.typename === 'For' || n.typename === 'AsyncEach' || n.typename === 'AsyncAll')
    collectNames(n.name, local);
  if (n.typename === 'Set') collectNames(n.targets, local);
  if (n.typename === 'Macro') {
    collectNames(n.name, local);
    collectNames(n.args, local);
  }
  if (n.typename === 'LookupVal') {
    // Only the object of `a.b` is a variable; the key is a literal.
    walk(n.target, used, local);
    return;
  }
  // The names of filters (`| upper`), tests (`is defined`) and called globals (`range(3)`) are
  // not case data: only their arguments (and what a test looks at) can read variables.
  if (n.typename === 'Filter' || n.typename === 'FilterAsync') {
    walk(n.args, used, local);
    return;
  }
  if (n.typename === 'FunCall' && isSymbol(n.name)) {
    walk(n.args, used, local);
    return;
  }
  if (n.typename === 'Is') {
    walk(n.left, used, local);
    if (!isSymbol(n.right)) walk(n.right, used, local);
    return;
  }
  if (n.children) walk(n.children, used, local);
  for (const field of n.fields ?? []) walk(n[field], used, local);
}

function isSymbol(node: unknown): boolean {
  return typeof node === 'object' && node !== null && (node as TemplateNode).typename === 'Symbol';
}

function collectNames(node: unknown, into: Set<string>): void {
  const probe = new Set<string>();
  walk(node, probe, new Set());
  for (const name of probe) into.add(name);
}
