import { MAX_NESTING } from './data-limits.js';

/**
 * A fast reader for the plain YAML that suites, case files and prompt files are written in: block
 * mappings and lists, one-line flow collections (`{ id: a, vars: { q: "x" } }`), one-line plain and
 * quoted scalars, literal blocks (`|`, `|-`) and comments. The `yaml` library's lexer alone costs
 * ~80 ms for a 2,000-case suite; this reads it in a few. It answers only when it is certain to give
 * what `yaml` (YAML 1.2 core schema) gives; anything else (anchors, aliases, tags, folded or
 * multi-line scalars, rare escapes or numbers, duplicate keys, deep nesting, tabs, CRLF, several
 * documents, any error) returns undefined, and the caller parses with `yaml`, which keeps every
 * error message, line and bound exactly as they are.
 */

/** Where a value sits: its offset in the text, and its children's by key or index. */
export interface FastNode {
  offset: number;
  /** A string, number or boolean scalar's text as `yaml` keeps it in `Scalar.source` (before resolving its type). */
  source?: string;
  entries?: Map<string, FastNode>;
  items?: FastNode[];
}

export interface FastYaml {
  data: unknown;
  root: FastNode | undefined;
  /** Offset where each line starts, to turn offsets into lines and columns. */
  lineStarts: number[];
}

/** Thrown inside the reader when the text leaves the subset; never escapes this module. */
class Unsupported extends Error {}

const bail = (): never => {
  throw new Unsupported();
};

/** A key written as a plain scalar that stays a string in the core schema. */
const PLAIN_KEY = /^[A-Za-z_$][\w$.\-/]*$/;
const RESERVED = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL|__proto__)$/;
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** The core schema's other numbers (octal, hex, exponents, infinities), as `yaml` tests them: left to it. */
const OTHER_NUMBERS = [
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
];
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t', '/': '/' };

interface Line {
  indent: number;
  /** The line without its indentation; mutated when a list item's mapping is read in place. */
  text: string;
  /** Offset of `text` in the file. */
  start: number;
  /** Index in the raw lines (for literal blocks, which read raw lines). */
  raw: number;
}

export function parseYamlFast(text: string): FastYaml | undefined {
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: Line[] = [];
  private readonly rawLines: string[];
  private readonly rawStarts: number[] = [];
  private at = 0;

  constructor(private readonly text: string) {
    if (hasControlCharacter(text) || /^(?:---|\.\.\.|%)/m.test(text)) bail();
    this.rawLines = text.split('\n');
    let offset = 0;
    this.rawLines.forEach((raw, i) => {
      this.rawStarts.push(offset);
      const body = trimSpacesStart(raw);
      if (body !== '' && !body.startsWith('#')) {
        const indent = raw.length - body.length;
        this.lines.push({ indent, text: trimSpacesEnd(body), start: offset + indent, raw: i });
      }
      offset += raw.length + 1;
    });
  }

  read(): FastYaml {
    const first = this.lines[0];
    if (!first) return { data: null, root: undefined, lineStarts: this.rawStarts };
    if (first.indent !== 0) bail();
    const [data, root] = this.block(0, 1);
    if (this.at < this.lines.length) bail();
    return { data, root, lineStarts: this.rawStarts };
  }

  /** The block (mapping or list) whose first line is the current one, at its indentation. */
  private block(indent: number, depth: number): [unknown, FastNode] {
    if (depth > MAX_NESTING) bail();
    const line = this.lines[this.at] ?? bail();
    if (line.indent !== indent) bail();
    return isItem(line.text) ? this.list(indent, depth) : this.mapping(indent, depth);
  }

  private list(indent: number, depth: number): [unknown[], FastNode] {
    const data: unknown[] = [];
    const node: FastNode = { offset: this.lines[this.at]!.start, items: [] };
    for (
      let line = this.lines[this.at];
      line && line.indent === indent && isItem(line.text);
      line = this.lines[this.at]
    ) {
      const rest = trimSpacesStart(line.text.slice(1));
      if (rest === '' || isItem(rest)) bail();
      const column = line.text.length - rest.length;
      if (keyOf(rest) !== undefined) {
        // `- key: value`: a mapping whose keys line up with this first one.
        line.indent += column;
        line.start += column;
        line.text = rest;
        const [value, child] = this.mapping(line.indent, depth + 1);
        data.push(value);
        node.items!.push(child);
      } else {
        const [value, child] = this.inline(rest, line.start + column, line, indent, depth + 1);
        data.push(value);
        node.items!.push(child);
      }
    }
    return [data, node];
  }

  private mapping(indent: number, depth: number): [Record<string, unknown>, FastNode] {
    const data: Record<string, unknown> = {};
    const node: FastNode = { offset: this.lines[this.at]!.start, entries: new Map() };
    for (let line = this.lines[this.at]; line && line.indent === indent; line = this.lines[this.at]) {
      const key = keyOf(line.text) ?? bail();
      if (node.entries!.has(key)) bail();
      const rest = trimSpacesStart(line.text.slice(key.length + 1));
      const restOffset = line.start + line.text.length - rest.length;
      if (rest === '' || rest.startsWith('#')) {
        this.at++;
        const next = this.lines[this.at];
        if (next && (next.indent > indent || (next.indent === indent && isItem(next.text)))) {
          const [value, child] = this.block(next.indent, depth + 1);
          data[key] = value;
          node.entries!.set(key, child);
        } else {
          data[key] = null;
          // `yaml` places an empty value at its comment, if any, else at the end of its line.
          const lineEnd = this.rawStarts[line.raw]! + this.rawLines[line.raw]!.length;
          node.entries!.set(key, { offset: rest === '' ? lineEnd : restOffset });
        }
      } else {
        const [value, child] = this.inline(rest, restOffset, line, indent, depth + 1);
        data[key] = value;
        node.entries!.set(key, child);
      }
    }
    return [data, node];
  }

  /** A value that starts on the current line after `key:` or `- `; consumes that line (and a literal block's). */
  private inline(
    rest: string,
    offset: number,
    line: Line,
    parentIndent: number,
    depth: number,
  ): [unknown, FastNode] {
    this.at++;
    const next = this.lines[this.at];
    if (/^[|>]-?$/.test(rest)) return this.blockScalar(rest, offset, line, parentIndent);
    // A more indented line after a one-line value continues a plain scalar, or is an error.
    if (next && next.indent > parentIndent) bail();
    const flow = new FlowReader(rest, offset, depth);
    const result = flow.value(false);
    flow.end();
    return result;
  }

  /**
   * `|` or `>` (`-`: no final newline): the lines more indented than the parent, as written (`|`)
   * or folded into one line per paragraph (`>`).
   */
  private blockScalar(header: string, offset: number, line: Line, parentIndent: number): [string, FastNode] {
    const contents: string[] = [];
    let contentIndent = -1;
    let raw = line.raw + 1;
    for (; raw < this.rawLines.length; raw++) {
      const text = this.rawLines[raw]!;
      if (text === '') {
        contents.push('');
        continue;
      }
      const body = trimSpacesStart(text);
      if (body === '') bail();
      const indent = text.length - body.length;
      if (contentIndent < 0) {
        if (indent <= parentIndent) break;
        contentIndent = indent;
      }
      if (indent < contentIndent) break;
      contents.push(text.slice(contentIndent));
    }
    // Clipped or stripped: the empty lines at the end are not part of the value.
    while (contents.at(-1) === '') contents.pop();
    // An empty block, or one ending the file without a newline, is left to `yaml`.
    if (contentIndent < 0 || contents.length === 0) bail();
    if (raw === this.rawLines.length && !this.text.endsWith('\n')) bail();
    while (this.lines[this.at] && this.lines[this.at]!.raw < raw) this.at++;
    const body = header.startsWith('>') ? fold(contents) : contents.join('\n');
    const value = body + (header.endsWith('-') ? '' : '\n');
    return [value, { offset, source: value }];
  }
}

/** One line's flow value: a plain or quoted scalar, `{ ... }` or `[ ... ]`. */
class FlowReader {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly offset: number,
    private readonly depth: number,
  ) {}

  value(inFlow: boolean, depth = this.depth): [unknown, FastNode] {
    if (depth > MAX_NESTING) bail();
    const c = this.text[this.i];
    const offset = this.offset + this.i;
    if (c === '{') return this.flowMapping(offset, depth);
    if (c === '[') return this.flowList(offset, depth);
    if (c === '"' || c === "'") {
      const value = c === '"' ? this.doubleQuoted() : this.singleQuoted();
      return [value, { offset, source: value }];
    }
    return this.plain(offset, inFlow);
  }

  /** Only a comment may follow the value on its line. */
  end(): void {
    const rest = this.text.slice(this.i);
    if (rest !== '' && !/^ +#/.test(rest)) bail();
  }

  private spaces(): void {
    while (this.text[this.i] === ' ') this.i++;
  }

  private flowMapping(offset: number, depth: number): [Record<string, unknown>, FastNode] {
    const data: Record<string, unknown> = {};
    const node: FastNode = { offset, entries: new Map() };
    this.i++;
    this.spaces();
    if (this.text[this.i] === '}') {
      this.i++;
      return [data, node];
    }
    for (;;) {
      const match = /^[A-Za-z_$][\w$.\-/]*/.exec(this.text.slice(this.i));
      const key = match?.[0] ?? bail();
      if (key.length >= 1000 || RESERVED.test(key) || node.entries!.has(key)) bail();
      this.i += key.length;
      if (this.text[this.i] !== ':' || this.text[this.i + 1] !== ' ') bail();
      this.i += 2;
      this.spaces();
      const [value, child] = this.value(true, depth + 1);
      data[key] = value;
      node.entries!.set(key, child);
      this.spaces();
      const c = this.text[this.i++];
      if (c === '}') return [data, node];
      if (c !== ',') bail();
      this.spaces();
    }
  }

  private flowList(offset: number, depth: number): [unknown[], FastNode] {
    const data: unknown[] = [];
    const node: FastNode = { offset, items: [] };
    this.i++;
    this.spaces();
    if (this.text[this.i] === ']') {
      this.i++;
      return [data, node];
    }
    for (;;) {
      const [value, child] = this.value(true, depth + 1);
      data.push(value);
      node.items!.push(child);
      this.spaces();
      const c = this.text[this.i++];
      if (c === ']') return [data, node];
      if (c !== ',') bail();
      this.spaces();
    }
  }

  private doubleQuoted(): string {
    let value = '';
    for (this.i++; this.i < this.text.length; this.i++) {
      const c = this.text[this.i]!;
      if (c === '"') {
        this.i++;
        return value;
      }
      if (c === '\\') {
        const escaped = SIMPLE_ESCAPES[this.text[++this.i] ?? ''];
        value += escaped ?? bail();
      } else value += c;
    }
    return bail();
  }

  private singleQuoted(): string {
    let value = '';
    for (this.i++; this.i < this.text.length; this.i++) {
      const c = this.text[this.i]!;
      if (c === "'") {
        if (this.text[this.i + 1] !== "'") {
          this.i++;
          return value;
        }
        this.i++;
      }
      value += c;
    }
    return bail();
  }

  private plain(offset: number, inFlow: boolean): [unknown, FastNode] {
    const start = this.i;
    // Up to a comment, or in a flow collection up to the next `,` `]` `}`.
    const stop = inFlow ? /[,\]{}[]| #/g : / #/g;
    stop.lastIndex = start;
    const found = stop.exec(this.text);
    const end = found ? found.index : this.text.length;
    const source = trimSpacesEnd(this.text.slice(start, end));
    this.i = start + source.length;
    // Indicators that start something else (aliases, tags, anchors, block scalars, directives, ...)
    // and colons (a nested mapping, or an error) are left to `yaml`.
    if (source === '' || /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?:[^\w.]|$))/.test(source) || /:(?:\s|$)/.test(source))
      bail();
    if (inFlow && source.includes(':')) bail();
    const value = resolvePlain(source);
    return [value, value === null ? { offset } : { offset, source }];
  }
}

function resolvePlain(source: string): unknown {
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (INT.test(source)) return parseInt(source, 10);
  if (FLOAT.test(source)) return parseFloat(source);
  if (OTHER_NUMBERS.some((number) => number.test(source))) bail();
  return source;
}

/**
 * Folding: lines of one paragraph are joined by a space and each empty line stands for a newline.
 * More indented lines keep their line breaks by rules this reader leaves to `yaml`.
 */
function fold(lines: string[]): string {
  if (lines.some((line) => line.startsWith(' '))) bail();
  let folded = '';
  let previous: string | undefined;
  for (const line of lines) {
    if (line === '') folded += '\n';
    else folded += previous ? ` ${line}` : line;
    previous = line;
  }
  return folded;
}

/** Tabs, carriage returns, a byte order mark and other control characters have rules of their own in YAML. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x0a) || code === 0x7f || code === 0xfeff) return true;
  }
  return false;
}

/**
 * YAML's white space is the space (tabs are declined above); JavaScript's trim() and `\s` also take
 * no-break, ideographic and other Unicode spaces and U+2028/U+2029, which `yaml` reads as content:
 * `a:\n\u00a0 b: 1` is the key `\u00a0 b` to yaml, and trimming made it a mapping nested under `a`.
 */
function trimSpacesStart(text: string): string {
  let i = 0;
  while (text.charCodeAt(i) === 0x20) i++;
  return text.slice(i);
}

function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(0, end);
}

function isItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** The key of a `key:` or `key: value` line, when it is a plain key this reader handles. */
function keyOf(text: string): string | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const after = text[colon + 1];
  if (after !== undefined && after !== ' ') return undefined;
  const key = text.slice(0, colon);
  // `yaml` refuses implicit keys over 1,024 characters.
  return key.length < 1000 && PLAIN_KEY.test(key) && !RESERVED.test(key) ? key : undefined;
}
