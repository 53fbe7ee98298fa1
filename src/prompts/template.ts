import nunjucks from 'nunjucks';
import { parse as parseNunjucks } from 'nunjucks/src/parser.js';
import { TemplateError } from '../errors.js';
import { substituteGitHub } from '../metrics/github/substitute.js';

/** An identifier-like `{{name}}`: what a template variable looks like (no spaces inside the braces). */
// Not after `$`: `${{github.token}}` in a prompt is a GitHub Actions expression quoted as text.
const GITHUB_PLACEHOLDER = /(?<!\$)\{\{([A-Za-z_][A-Za-z0-9_.-]*)\}\}/g;
const INCLUDE_STATEMENT = /\{%-?\s*(?:include|import|extends|from)\s+(["'])([^"']+)\1/g;

/**
 * `{{key}}` substitution as `gh models eval` does it (any key of the test data, values printed as
 * Go prints them). An identifier-like placeholder the case does not define is an error, not sent
 * as written; other brace text (`{{ spaced }}`, JSON) stays literal, as in gh.
 */
export function renderGitHubTemplate(template: string, vars: Record<string, unknown>): string {
  for (const name of githubTemplateVariables(template)) {
    if (!Object.hasOwn(vars, name)) {
      throw new TemplateError(
        `undefined variable \`${name}\` (the case provides: ${Object.keys(vars).join(', ') || 'no variables'})`,
      );
    }
  }
  return substituteGitHub(template, vars);
}

export function githubTemplateVariables(template: string): string[] {
  return [...template.matchAll(GITHUB_PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Names of the partials a nunjucks template includes (static: dynamic names cannot be known). */
export function includedTemplateNames(template: string): string[] {
  return [...template.matchAll(INCLUDE_STATEMENT)].map((m) => m[2] ?? '');
}

/**
 * Renders nunjucks templates over a fixed set of partials (already read from the snapshot), with
 * undefined variables as errors that name the variable.
 */
export class NunjucksRenderer {
  private readonly env: nunjucks.Environment;

  /** @param partials resolved partial name -> source, as produced by the loader. */
  constructor(private readonly partials: ReadonlyMap<string, string>) {
    const loader = {
      getSource: (name: string) => {
        const src = partials.get(name);
        if (src === undefined) {
          throw new TemplateError(`partial \`${name}\` was not found`);
        }
        return { src, path: name, noCache: true };
      },
    };
    this.env = new nunjucks.Environment(loader, {
      autoescape: false,
      throwOnUndefined: true,
      trimBlocks: false,
    });
  }

  render(template: string, vars: Record<string, unknown>): string {
    try {
      return this.env.renderString(template, vars);
    } catch (error) {
      // nunjucks does not name the variable; static analysis of the template and its partials does.
      const sources = [template, ...this.partials.values()];
      const missing = sources.flatMap((src) => safeNames(src)).filter((name) => !(name in vars));
      throw toTemplateError(error, [...new Set(missing)], vars);
    }
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
  const raw = error instanceof Error ? error.message : String(error);
  const line = /\[Line (\d+), Column (\d+)\]/.exec(raw);
  const where = line ? ` (template line ${line[1]})` : '';
  const detail =
    raw
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean)
      .pop() ?? raw;
  if (/undefined|null/.test(detail)) {
    const what =
      missing.length > 0
        ? `undefined variable ${missing.map((n) => `\`${n}\``).join(', ')}`
        : 'a value is undefined';
    return new TemplateError(
      `${what}${where}; the case provides: ${Object.keys(vars).join(', ') || 'no variables'}`,
    );
  }
  const cause =
    error instanceof Error && 'cause' in error && error.cause instanceof TemplateError
      ? error.cause
      : undefined;
  if (cause) return cause;
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
  if (n.children) walk(n.children, used, local);
  for (const field of n.fields ?? []) walk(n[field], used, local);
}

function collectNames(node: unknown, into: Set<string>): void {
  const probe = new Set<string>();
  walk(node, probe, new Set());
  for (const name of probe) into.add(name);
}
