import nunjucks from 'nunjucks';
import { BLOCKED_NAMES, CALLABLE_GLOBALS, MAX_FILTER_SIZE } from './policy.js';

/** A lookup or call the run-time guard refused (what the static check cannot see: computed names). */
export class GuardViolation extends Error {
  constructor(
    readonly construct: string,
    /** The partial it happened in (its include name); undefined for the template being rendered. */
    readonly template: string | undefined,
  ) {
    super(`the template tried to use ${construct}`);
    this.name = 'GuardViolation';
  }
}

/**
 * nunjucks wraps whatever a render throws into its own error. Renders are synchronous, so the
 * guard remembers the last violation here and the renderer reads it back by type, not by text.
 */
let lastViolation: GuardViolation | undefined;
/** Names of the templates being rendered, innermost last (an include renders inside its parent). */
const rendering: (string | undefined)[] = [];

function refuse(construct: string): never {
  lastViolation = new GuardViolation(construct, rendering.at(-1));
  throw lastViolation;
}

/** Runs a synchronous render; returns the violation the guard refused during it, if any. */
export function guardedRender<T>(
  render: () => T,
): { value: T } | { error: unknown; violation?: GuardViolation } {
  lastViolation = undefined;
  steps = 0;
  rendering.length = 0;
  counting = true;
  try {
    return { value: render() };
  } catch (error) {
    return { error, ...(lastViolation ? { violation: lastViolation } : {}) };
  } finally {
    lastViolation = undefined;
    counting = false;
  }
}

/**
 * Variable writes one render may make (every loop iteration writes `loop.*` and its variables):
 * nested loops cannot run a render for hours. Real prompts stay orders of magnitude below.
 */
export const MAX_RENDER_STEPS = 2_000_000;
let steps = 0;
/** Only renders count: the compiler uses the same Frame class to track names while compiling. */
let counting = false;

/**
 * The longest text a template may build (a variable or a filter result): a string doubled in a
 * loop reaches the heap limit long before the step limit. Prompts stay far below it.
 */
export const MAX_RENDERED_TEXT = 10_000_000;

/** Refuses a value too long to be part of a prompt. */
export function checkRenderedText(value: unknown): void {
  if (counting && typeof value === 'string' && value.length > MAX_RENDERED_TEXT) {
    refuse(`a text of ${value.length} characters (at most ${MAX_RENDERED_TEXT})`);
  }
}

/**
 * A size argument of a filter (see SIZE_ARGUMENTS): a number or numeric text up to the limit.
 * Renders are synchronous, so `center(1000000000)` would block the run and `batch(1 / 0, 'x')`
 * never return.
 */
export function checkSizeArgument(filter: string, size: unknown): void {
  if (size === undefined || size === null || typeof size === 'boolean') return;
  const value = typeof size === 'number' || typeof size === 'string' ? Number(size) : undefined;
  // Text that is not a number compares false with every count, so the filter builds nothing.
  if (value !== undefined && (Number.isNaN(value) || Math.abs(value) <= MAX_FILTER_SIZE)) return;
  refuse(`\`${filter}\` with a size of ${value ?? 'a list or mapping'} (at most ${MAX_FILTER_SIZE})`);
}

/** `range(start, stop, step)` as a plain list: the one function a template may call. */
export function safeRange(...args: unknown[]): number[] {
  const numbers = args.map(Number);
  const [start, stop, step] =
    numbers.length === 1 ? [0, numbers[0] ?? 0, 1] : [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 1];
  if (![start, stop, step].every(Number.isFinite) || step === 0) refuse('`range` with invalid arguments');
  const length = Math.max(0, Math.ceil((stop - start) / step));
  if (length > 100_000) refuse(`\`range\` of ${length} numbers (at most 100000)`);
  return Array.from({ length }, (_, i) => start + i * step);
}

const safeCallables: ReadonlySet<unknown> = new Set<unknown>([safeRange]);

/** The member name a lookup uses, refused when it leads to internals. */
export function checkMemberName(name: unknown): void {
  if (
    typeof name === 'string' &&
    (BLOCKED_NAMES.has(name) || name.split('.').some((p) => BLOCKED_NAMES.has(p)))
  ) {
    refuse(`the member \`${name}\``);
  }
  if (typeof name !== 'string' && typeof name !== 'number')
    refuse('a member name that is not text or a number');
}

/**
 * Reads `obj[key]` for a template. Only data is reachable: own properties of mappings, indexes
 * and `length` of lists and strings. A blocked name or any function value is a violation; anything
 * else that is missing is undefined, as nunjucks has it (so `{% if user.nickname %}` still works).
 */
function memberLookup(obj: unknown, key: unknown): unknown {
  checkMemberName(key);
  if (obj === undefined || obj === null) return undefined;
  const name = String(key);
  let value: unknown;
  if (typeof obj === 'string' || Array.isArray(obj)) {
    value = name === 'length' || /^(0|[1-9]\d*)$/.test(name) ? obj[name as unknown as number] : undefined;
  } else if (typeof obj === 'object' && Object.hasOwn(obj, name)) {
    value = (obj as Record<string, unknown>)[name];
  }
  if (typeof value === 'function') refuse(`the function \`${name}\``);
  return value;
}

interface Frame {
  lookup(name: string): unknown;
}
interface Context {
  ctx: Record<string, unknown>;
  env: { globals: Record<string, unknown> };
}

/** A variable: template-local first, then the case data, then the callable globals (by name only). */
function contextOrFrameLookup(context: Context, frame: Frame, name: string): unknown {
  checkMemberName(name);
  const local = frame.lookup(name);
  if (local !== undefined) return checked(local, name);
  if (Object.hasOwn(context.ctx, name)) return checked(context.ctx[name], name);
  if (CALLABLE_GLOBALS.has(name)) return context.env.globals[name];
  return undefined;
}

function checked(value: unknown, name: string): unknown {
  if (typeof value === 'function') refuse(`the function \`${name}\``);
  return value;
}

function callWrap(fn: unknown, name: string, context: unknown, args: unknown[]): unknown {
  if (!safeCallables.has(fn)) refuse(`a call of \`${name}\``);
  return (fn as (...a: unknown[]) => unknown).apply(context, args);
}

interface CompilerInternals {
  _emit(code: string): void;
}
type CompileStep = (this: CompilerInternals, node: { lineno: number; colno: number }, frame: unknown) => void;
interface FrameInternals {
  set: (this: FrameInternals, ...args: unknown[]) => unknown;
}
interface TemplateInternals {
  path?: string;
  render: (this: TemplateInternals, ...args: unknown[]) => unknown;
}

let installed = false;

/**
 * Replaces nunjucks' member lookup, variable lookup and call helpers with the guarded ones above.
 * Compiled templates call these through the runtime module at render time, so every template in
 * this process (prompts, partials, judge templates) goes through the guard. Two more hooks make
 * a refusal say where it happened: member lookups and filters record their line as calls already
 * do, and each render records which template (or partial) is running.
 */
export function installGuards(): void {
  if (installed) return;
  installed = true;
  Object.assign(nunjucks.runtime as object, { memberLookup, contextOrFrameLookup, callWrap });

  const compiler = (
    nunjucks as unknown as { compiler: { Compiler: { prototype: Record<string, CompileStep> } } }
  ).compiler.Compiler.prototype;
  for (const step of ['compileLookupVal', 'compileFilter']) {
    const original = compiler[step];
    if (!original) continue;
    compiler[step] = function tracked(node, frame) {
      // Numbers from the parser, so the emitted code is `(lineno = 3, colno = 7, <expression>)`.
      this._emit(`(lineno = ${Number(node.lineno)}, colno = ${Number(node.colno)}, `);
      original.call(this, node, frame);
      this._emit(')');
    };
  }

  const frame = (nunjucks.runtime as unknown as { Frame: { prototype: FrameInternals } }).Frame.prototype;
  const set = frame.set;
  frame.set = function counted(this: FrameInternals, ...args: unknown[]): unknown {
    if (counting && ++steps > MAX_RENDER_STEPS)
      refuse(`more than ${MAX_RENDER_STEPS} loop steps (nested loops too large)`);
    checkRenderedText(args[1]);
    return set.apply(this, args);
  };

  const template = nunjucks.Template.prototype as unknown as TemplateInternals;
  const render = template.render;
  template.render = function tracked(this: TemplateInternals, ...args: unknown[]): unknown {
    rendering.push(this.path);
    try {
      return render.apply(this, args);
    } finally {
      rendering.pop();
    }
  };
}

/**
 * A copy of case data a template can read and nothing more: strings, numbers, booleans, null,
 * lists, and mappings without a prototype. Shared and circular references are kept as such.
 */
export function toTemplateData(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || value === undefined) return value;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return Number(value);
    case 'object':
      break;
    default:
      // Functions, symbols: nothing a template can use as data.
      return undefined;
  }
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (value instanceof String) return String(value); // nunjucks' SafeString from a filter
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    seen.set(value, list);
    for (const item of value) list.push(toTemplateData(item, seen));
    return list;
  }
  const mapping = Object.create(null) as Record<string, unknown>;
  seen.set(value, mapping);
  for (const [key, item] of Object.entries(value)) {
    if (!BLOCKED_NAMES.has(key)) mapping[key] = toTemplateData(item, seen);
  }
  return mapping;
}
