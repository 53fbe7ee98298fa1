import {
  ALLOWED_FILTERS,
  ALLOWED_NODES,
  ALLOWED_TESTS,
  BLOCKED_NAMES,
  CALLABLE_GLOBALS,
  REFUSED_GLOBALS,
  REFUSED_NODE_HINTS,
} from './policy.js';
import { JINJA_FILTER_HINTS, JINJA_METHOD_HINTS } from './jinja.js';

/** A construct a template may not use; line and column are 1-based within the template text. */
export interface TemplateViolation {
  construct: string;
  line: number;
  column: number;
  hint: string;
}

export interface CheckOptions {
  /** Judge templates are one self-contained file; prompt templates may include known partials. */
  allowInclude: boolean;
}

interface ParsedNode {
  typename: string;
  lineno: number;
  colno: number;
  [field: string]: unknown;
}

/**
 * Checks a parsed nunjucks template against the allow-list in policy.ts. Static: it sees every
 * construct the template could ever run, whatever the data. Computed member names (`x[a ~ b]`)
 * cannot be known here; the run-time guard refuses those.
 */
export function checkTemplateTree(root: unknown, options: CheckOptions): TemplateViolation[] {
  const found: TemplateViolation[] = [];
  visit(root, options, found);
  return found;
}

function visit(node: unknown, options: CheckOptions, found: TemplateViolation[]): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, options, found);
    return;
  }
  if (!isNode(node)) return;
  const refuse = (construct: string, hint: string, at: ParsedNode = node) =>
    found.push({ construct, hint, line: at.lineno + 1, column: at.colno + 1 });

  if (!ALLOWED_NODES.has(node.typename)) {
    refuse(
      `\`${node.typename}\``,
      REFUSED_NODE_HINTS[node.typename] ?? 'this construct is not available in prompt templates',
    );
    return;
  }
  switch (node.typename) {
    case 'Symbol':
      checkVariable(node, refuse);
      return;
    case 'Literal':
      if (node.value instanceof RegExp) {
        refuse('a regular expression literal', 'use `| replace("text", "new")` with plain text');
      }
      return;
    case 'TemplateData':
      return;
    case 'LookupVal': {
      visit(node.target, options, found);
      const key = node.val;
      if (isNode(key) && key.typename === 'Literal') {
        if (typeof key.value === 'string' && BLOCKED_NAMES.has(key.value)) {
          refuse(
            `member \`${key.value}\` of ${describe(node.target)}`,
            'templates read data, not object internals',
          );
        }
      } else {
        visit(key, options, found);
      }
      return;
    }
    case 'Pair': {
      const key = node.key;
      if (isNode(key) && typeof key.value === 'string' && BLOCKED_NAMES.has(key.value)) {
        refuse(`key \`${key.value}\` in a mapping literal`, 'choose another key name');
        return;
      }
      if (isNode(key) && key.typename !== 'Symbol') visit(key, options, found);
      visit(node.value, options, found);
      return;
    }
    case 'FunCall': {
      const callee = node.name;
      if (isNode(callee) && callee.typename === 'Symbol' && CALLABLE_GLOBALS.has(String(callee.value))) {
        visit(node.args, options, found);
        return;
      }
      refuse(
        `a call of ${describe(callee)}`,
        jinjaMethodHint(callee) ??
          'templates cannot call functions or methods; use filters instead, e.g. `{{ name | upper }}`',
      );
      return;
    }
    case 'Filter': {
      const name = isNode(node.name) ? String(node.name.value) : '?';
      if (!ALLOWED_FILTERS.has(name)) {
        refuse(
          `the filter \`${name}\``,
          name === 'attr'
            ? 'read members with `x.name` or `x["name"]`'
            : (ownHint(JINJA_FILTER_HINTS, name) ?? `available filters: ${[...ALLOWED_FILTERS].join(', ')}`),
        );
      }
      visit(node.args, options, found);
      return;
    }
    case 'Is': {
      visit(node.left, options, found);
      checkTest(node.right, options, found, refuse);
      return;
    }
    case 'Include': {
      const template = node.template;
      if (!options.allowInclude) {
        refuse('`{% include %}`', 'a judge template is one self-contained file');
      } else if (!isNode(template) || template.typename !== 'Literal' || typeof template.value !== 'string') {
        refuse('`{% include %}` of a computed name', 'name the partial as a quoted string');
      }
      return;
    }
    default:
      for (const [field, value] of Object.entries(node)) {
        if (field !== 'lineno' && field !== 'colno') visit(value, options, found);
      }
  }
}

function checkVariable(node: ParsedNode, refuse: (construct: string, hint: string) => void): void {
  const name = String(node.value);
  if (BLOCKED_NAMES.has(name)) {
    refuse(`the name \`${name}\``, 'templates read data, not object internals');
  } else if (REFUSED_GLOBALS.has(name)) {
    refuse(`the global \`${name}\``, 'write the values out, or loop with `loop.index` / `loop.first`');
  } else if (CALLABLE_GLOBALS.has(name)) {
    // A bare `range` (not called) would hand the template a function value.
    refuse(`\`${name}\` used as a value`, `call it: \`${name}(3)\``);
  }
}

function checkTest(
  test: unknown,
  options: CheckOptions,
  found: TemplateViolation[],
  refuse: (construct: string, hint: string) => void,
): void {
  const named = isNode(test) && test.typename === 'FunCall' ? test.name : test;
  const name = isNode(named) && named.typename === 'Symbol' ? String(named.value) : undefined;
  if (name === undefined || !ALLOWED_TESTS.has(name)) {
    refuse(`the test \`is ${name ?? describe(test)}\``, `available tests: ${[...ALLOWED_TESTS].join(', ')}`);
    return;
  }
  if (isNode(test) && test.typename === 'FunCall') visit(test.args, options, found);
}

/** The nunjucks way to write a Jinja2 method call (`x.items()`, `s.strip()`), if it has one. */
function jinjaMethodHint(callee: unknown): string | undefined {
  if (!isNode(callee) || callee.typename !== 'LookupVal') return undefined;
  const key = callee.val;
  return isNode(key) && key.typename === 'Literal' && typeof key.value === 'string'
    ? ownHint(JINJA_METHOD_HINTS, key.value)
    : undefined;
}

/** Own keys only: a filter named `constructor` must not find Object.prototype members. */
function ownHint(hints: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.hasOwn(hints, name) ? hints[name] : undefined;
}

/** A short rendering of an expression for error messages (`''.constructor.constructor`). */
function describe(node: unknown): string {
  return `\`${expression(node)}\``;
}

function expression(node: unknown): string {
  if (!isNode(node)) return '?';
  switch (node.typename) {
    case 'Symbol':
      return String(node.value);
    case 'Literal':
      return JSON.stringify(node.value) ?? '?';
    case 'LookupVal': {
      const key = node.val;
      const member =
        isNode(key) && key.typename === 'Literal' && typeof key.value === 'string'
          ? `.${key.value}`
          : `[${expression(key)}]`;
      return `${expression(node.target)}${member}`;
    }
    case 'FunCall':
      return `${expression(node.name)}(...)`;
    default:
      return node.typename;
  }
}

function isNode(value: unknown): value is ParsedNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { typename?: unknown }).typename === 'string' &&
    typeof (value as { lineno?: unknown }).lineno === 'number'
  );
}
