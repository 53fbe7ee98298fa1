/**
 * What a promptgate template may use. Everything else is refused before anything renders: a
 * template is data from the pull request, so it gets text, conditions, loops, variables, partials
 * and pure filters, and nothing that can reach a JavaScript function, constructor or prototype.
 */

/** Parsed node types a template may contain (nunjucks' own names). */
export const ALLOWED_NODES: ReadonlySet<string> = new Set([
  'Root',
  'NodeList',
  'Output',
  'TemplateData',
  'Literal',
  'Symbol',
  'Group',
  'Array',
  'Dict',
  'Pair',
  'KeywordArgs',
  'LookupVal',
  'If',
  'InlineIf',
  'For',
  'Set',
  'Capture',
  'Include',
  'Switch',
  'Case',
  'Filter',
  'FunCall',
  'Is',
  'In',
  'Or',
  'And',
  'Not',
  'Add',
  'Concat',
  'Sub',
  'Mul',
  'Div',
  'FloorDiv',
  'Mod',
  'Pow',
  'Neg',
  'Pos',
  'Compare',
  'CompareOperand',
]);

/** Why the refused constructs are refused, so the error can say what to do instead. */
export const REFUSED_NODE_HINTS: Readonly<Record<string, string>> = {
  Macro: 'macros are not available in prompt templates; use `{% include %}` of a partial',
  Caller: '`{% call %}` is not available in prompt templates',
  Import: '`{% import %}` is not available; use `{% include %}` of a partial',
  FromImport: '`{% from ... import %}` is not available; use `{% include %}` of a partial',
  Extends: '`{% extends %}` is not available; use `{% include %}` of a partial',
  Block: '`{% block %}` is not available (there is no template inheritance); use `{% include %}`',
  Super: '`super()` is not available (there is no template inheritance)',
};

/** Filters that are pure functions of their (plain data) arguments. */
export const ALLOWED_FILTERS: ReadonlySet<string> = new Set([
  'abs',
  'batch',
  'capitalize',
  'center',
  'default',
  'd',
  'dictsort',
  'dump',
  'escape',
  'e',
  'first',
  'float',
  'forceescape',
  'groupby',
  'indent',
  'int',
  'join',
  'last',
  'length',
  'list',
  'lower',
  'nl2br',
  'reject',
  'rejectattr',
  'replace',
  'reverse',
  'round',
  'safe',
  'select',
  'selectattr',
  'slice',
  'sort',
  'string',
  'striptags',
  'sum',
  'title',
  'trim',
  'truncate',
  'upper',
  'urlencode',
  'urlize',
  'wordcount',
]);

/** Which argument of a filter names an attribute (looked up on every item), guarded at run time. */
export const ATTRIBUTE_ARGUMENTS: Readonly<Record<string, number>> = {
  groupby: 1,
  join: 2,
  rejectattr: 1,
  selectattr: 1,
  sort: 3,
  sum: 1,
};

/**
 * Which argument of a filter is a size the filter builds up to item by item (padding, repeated
 * spaces, filler items), with the largest a template may ask for: `center(1e9)` or `batch(1e9, 'x')`
 * would otherwise run for minutes inside one synchronous render, and `Infinity` forever.
 */
export const SIZE_ARGUMENTS: Readonly<Record<string, number>> = {
  batch: 1,
  center: 1,
  indent: 1,
  slice: 1,
};
export const MAX_FILTER_SIZE = 10_000;

/** `x is <test>`: the tests a template may use (also what `select`/`reject` may name). */
export const ALLOWED_TESTS: ReadonlySet<string> = new Set([
  'defined',
  'undefined',
  'none',
  'null',
  'number',
  'string',
  'odd',
  'even',
  'divisibleby',
  'eq',
  'equalto',
  'sameas',
  'ne',
  'lt',
  'lessthan',
  'gt',
  'greaterthan',
  'le',
  'ge',
  'lower',
  'upper',
  'truthy',
  'falsy',
  'iterable',
  'mapping',
  'escaped',
]);

/** The only functions a template may call: `range(...)`, our own version returning a plain list. */
export const CALLABLE_GLOBALS: ReadonlySet<string> = new Set(['range']);

/** Globals nunjucks defines that hand out JavaScript functions or objects with methods. */
export const REFUSED_GLOBALS: ReadonlySet<string> = new Set(['cycler', 'joiner']);

/**
 * Names no lookup may use, as a variable, a member (`x.name`, `x["name"]`, computed) or an
 * attribute argument: they lead from any value to its constructor and from there to `Function`.
 */
export const BLOCKED_NAMES: ReadonlySet<string> = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);
