import nunjucks from 'nunjucks';
import { parse } from 'nunjucks/src/parser.js';
import { checkTemplateTree, type CheckOptions, type TemplateViolation } from './check.js';
import {
  checkMemberName,
  checkRenderedText,
  checkSizeArgument,
  guardedRender,
  installGuards,
  safeRange,
  toTemplateData,
  type GuardViolation,
} from './guard.js';
import { ALLOWED_FILTERS, ALLOWED_TESTS, ATTRIBUTE_ARGUMENTS, SIZE_ARGUMENTS } from './policy.js';

type Callable = (this: unknown, ...args: unknown[]) => unknown;

/** The parts of a nunjucks Environment the sandbox replaces (not in nunjucks' published types). */
interface EnvironmentInternals {
  filters: Record<string, Callable>;
  tests: Record<string, Callable>;
  globals: Record<string, unknown>;
}

/** Where a refused construct sits, and what it is. */
export interface SandboxFinding {
  /** The template (or partial) name it was found in. */
  template: string;
  construct: string;
  line?: number;
  column?: number;
  hint: string;
}

/** Thrown for a template that breaks the sandbox, statically or at run time. Typed, never matched by text. */
export class SandboxViolationError extends Error {
  constructor(readonly finding: SandboxFinding) {
    super(`${finding.construct} is not allowed in templates`);
    this.name = 'SandboxViolationError';
  }
}

/**
 * Parses and checks one template source. Throws nunjucks' parse error for malformed text and
 * SandboxViolationError for the first refused construct.
 */
export function checkTemplateSource(source: string, name: string, options: CheckOptions): void {
  const violations: TemplateViolation[] = checkTemplateTree(parse(source), options);
  const first = violations[0];
  if (first) {
    throw new SandboxViolationError({
      template: name,
      construct: first.construct,
      line: first.line,
      column: first.column,
      hint: first.hint,
    });
  }
}

/**
 * A nunjucks Environment that can only do what policy.ts allows: the allowed filters (their
 * results copied back to plain data, attribute arguments guarded), the allowed tests, `range` as
 * the only global, and partials served from a fixed map that has been checked like the templates.
 */
export function createSandboxEnvironment(partials: ReadonlyMap<string, string>): nunjucks.Environment {
  installGuards();
  const loader = {
    getSource: (name: string) => {
      const src = partials.get(name);
      if (src === undefined) throw new Error(`partial \`${name}\` was not found`);
      return { src, path: name, noCache: true };
    },
  };
  // `dev` keeps nunjucks' own error object, which carries the line and column of the failure.
  const env = new nunjucks.Environment(loader, { autoescape: false, throwOnUndefined: true, dev: true });
  const internals = env as unknown as EnvironmentInternals;
  const filters: Record<string, Callable> = Object.create(null) as Record<string, Callable>;
  for (const [name, filter] of Object.entries(internals.filters)) {
    if (ALLOWED_FILTERS.has(name)) filters[name] = guardFilter(name, filter);
  }
  const tests: Record<string, Callable> = Object.create(null) as Record<string, Callable>;
  for (const [name, test] of Object.entries(internals.tests)) {
    if (ALLOWED_TESTS.has(name)) tests[name] = test;
  }
  internals.filters = filters;
  internals.tests = tests;
  internals.globals = Object.assign(Object.create(null) as Record<string, unknown>, { range: safeRange });
  return env;
}

function guardFilter(name: string, filter: Callable): Callable {
  const takesAttribute = name in ATTRIBUTE_ARGUMENTS;
  const sizeArgument = SIZE_ARGUMENTS[name];
  return function guarded(this: unknown, ...args: unknown[]): unknown {
    if (sizeArgument !== undefined) checkSizeArgument(name, args[sizeArgument]);
    if (takesAttribute) {
      for (const arg of args.slice(1)) {
        if (typeof arg === 'string') checkMemberName(arg);
        else if (typeof arg === 'object' && arg !== null && !Array.isArray(arg)) {
          // keyword arguments: `sort(attribute="...")`
          for (const value of Object.values(arg)) if (typeof value === 'string') checkMemberName(value);
        }
      }
    }
    const result = filter.apply(this, args);
    checkRenderedText(result instanceof String ? String(result) : result);
    return toTemplateData(result);
  };
}

/** The outcome of rendering: text, or the error with the guard's violation when it refused. */
export type RenderOutcome =
  | { ok: true; text: string }
  | { ok: false; error: unknown; violation?: GuardViolation; line?: number; column?: number };

/** Renders a compiled template over a plain, prototype-free copy of `vars`. */
export function renderSandboxed(template: nunjucks.Template, vars: Record<string, unknown>): RenderOutcome {
  const data = toTemplateData(vars) as Record<string, unknown>;
  const result = guardedRender(() => template.render(data));
  if ('value' in result) return { ok: true, text: result.value };
  // A guard refusal reaches nunjucks' run-time error handler, which records 0-based positions.
  const position = errorPosition(result.error, result.violation ? 1 : 0);
  return {
    ok: false,
    error: result.error,
    ...(result.violation ? { violation: result.violation } : {}),
    ...position,
  };
}

/** Where nunjucks recorded a render failed, on its error object. */
function errorPosition(error: unknown, offset: number): { line?: number; column?: number } {
  if (typeof error !== 'object' || error === null) return {};
  const { lineno, colno } = error as { lineno?: unknown; colno?: unknown };
  const line = typeof lineno === 'number' ? lineno + offset : 0;
  const column = typeof colno === 'number' ? colno + offset : 0;
  return { ...(line > 0 ? { line } : {}), ...(column > 0 ? { column } : {}) };
}
