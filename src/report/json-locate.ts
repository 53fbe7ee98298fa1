import type { DataPath } from '../validation/messages.js';

/**
 * Line and column (1-based) of the value at `path` in JSON text, or of the deepest value on the way
 * to it. One forward scan that enters only the containers on the path and skips the rest by
 * counting brackets: a report given to `merge` may be tens of megabytes (and written by a pull
 * request's run), and reading it again as YAML to place an error cost seconds and a gigabyte.
 * The text has already parsed as JSON; anything unexpected ends the walk where it is.
 */
export function locateJsonValue(text: string, path: DataPath): { line: number; column: number } {
  let at = skipSpace(text, 0);
  for (const step of path) {
    const inner =
      text[at] === '{'
        ? memberValue(text, at, String(step))
        : text[at] === '['
          ? itemValue(text, at, step)
          : undefined;
    if (inner === undefined) break;
    at = inner;
  }
  return position(text, at);
}

/** Where the value of `key` starts in the object at `at`, or undefined. */
function memberValue(text: string, at: number, key: string): number | undefined {
  let i = skipSpace(text, at + 1);
  while (text[i] === '"') {
    const end = stringEnd(text, i);
    const name: unknown = JSON.parse(text.slice(i, end));
    i = skipSpace(text, end);
    if (text[i] !== ':') return undefined;
    i = skipSpace(text, i + 1);
    if (name === key) return i;
    i = skipSpace(text, valueEnd(text, i));
    if (text[i] !== ',') return undefined;
    i = skipSpace(text, i + 1);
  }
  return undefined;
}

/** Where item `index` starts in the array at `at`, or undefined. */
function itemValue(text: string, at: number, index: string | number): number | undefined {
  if (typeof index !== 'number') return undefined;
  let i = skipSpace(text, at + 1);
  if (text[i] === ']') return undefined;
  for (let n = 0; n < index; n++) {
    i = skipSpace(text, valueEnd(text, i));
    if (text[i] !== ',') return undefined;
    i = skipSpace(text, i + 1);
  }
  return i;
}

/** The offset just after the value starting at `at` (strings, containers and plain literals). */
function valueEnd(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return stringEnd(text, at);
  if (first !== '{' && first !== '[') {
    let i = at;
    while (i < text.length && !',}] \t\n\r'.includes(text[i] ?? '')) i++;
    return i;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = stringEnd(text, i) - 1;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The offset just after the string starting at `at` (its closing quote included). */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t') i++;
  return i;
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
