import { LineCounter, parseAllDocuments, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import { ConfigError, type SourceLocation } from '../errors.js';
import { checkYamlDocument } from './data-limits.js';
import { aliasTargets, toJSResolved } from './yaml-aliases.js';
import { TextMemo } from '../text-memo.js';
import { parseYamlFast, type FastNode, type FastYaml } from './yaml-fast.js';

/** A parsed YAML file that can say on which line any value sits, for precise error messages. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Location of the value at `path` (object keys / array indexes); the closest existing parent when absent. */
  locate(path: ReadonlyArray<string | number>): SourceLocation;
  /**
   * The source text of the scalar at `path` as written (`1.50`, `0010`, `yes`), which is what a Go
   * string field receives when gh decodes it; undefined when no scalar is there.
   */
  scalarText(path: ReadonlyArray<string | number>): string | undefined;
}

interface ParsedText {
  documents: Document.Parsed[];
  lineCounter: LineCounter;
}

/**
 * The last parsed documents by text: a suite is parsed for its references, then for its cases.
 * Kept few: documents are large, and callers keep what they derive from them (prompt drafts,
 * suites, references) by text themselves; holding thousands of documents made every garbage
 * collection of a large compare slower.
 */
const parsedTexts = new TextMemo<ParsedText>(64);

function parseText(text: string): ParsedText {
  return parsedTexts.get(text, () => {
    const lineCounter = new LineCounter();
    // Duplicate keys are found by checkYamlDocument in linear time: the parser's own check compares
    // every key with every other (a file of 40,000 keys took minutes).
    // Merge keys (`<<: *defaults`) are YAML 1.1, which go-yaml (the decoder of `gh models eval`)
    // applies: files that share message or evaluator fields through them must read the same here.
    const documents = parseAllDocuments(text, {
      lineCounter,
      prettyErrors: true,
      uniqueKeys: false,
      merge: true,
    });
    // parseAllDocuments returns an EmptyStream (a list too) for text without documents.
    return { documents: [...documents], lineCounter };
  });
}

/** Texts read by the fast reader (null: outside its subset, so `yaml` parses them). */
const fastTexts = new TextMemo<FastYaml | null>(64);

/** Parses YAML text; malformed YAML becomes a ConfigError with file, line and the parser's message. */
export function parseYaml(text: string, file: string): YamlSource {
  const fast = fastTexts.get(text, () => parseYamlFast(text) ?? null);
  return fast ? fastSource(fast, file) : parseYamlFull(text, file);
}

/** The same answers as parseYamlFull gives for the same text, from the fast reader's positions. */
function fastSource({ data, root, lineStarts }: FastYaml, file: string): YamlSource {
  const child = (node: FastNode | undefined, key: string | number): FastNode | undefined => {
    if (node?.entries) return node.entries.get(String(key));
    return node?.items && typeof key === 'number' ? node.items[key] : undefined;
  };
  /** The node at `path`, or the deepest one on the way to it (errors point at that). */
  const deepest = (path: ReadonlyArray<string | number>) => {
    let node = root;
    let depth = 0;
    for (const key of path) {
      const next = child(node, key);
      if (!next) break;
      node = next;
      depth++;
    }
    return { node, whole: depth === path.length };
  };
  const nodeAt = (path: ReadonlyArray<string | number>): FastNode | undefined => {
    const { node, whole } = deepest(path);
    return whole ? node : undefined;
  };
  const locate = (path: ReadonlyArray<string | number>): SourceLocation => {
    const best = deepest(path).node;
    if (!best) return { file };
    // The last line starting at or before the offset.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= best.offset) low = mid;
      else high = mid - 1;
    }
    return { file, line: low + 1, column: best.offset - lineStarts[low]! + 1 };
  };
  return { file, data: copyData(data), locate, scalarText: (path) => nodeAt(path)?.source };
}

/** A fresh copy of plain data (callers normalise what they get in place, and parses are shared). */
function copyData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyData);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyData(item);
  return copy;
}

/** Parses with the `yaml` library alone (what parseYaml does for text outside the fast reader's subset). */
export function parseYamlFull(text: string, file: string): YamlSource {
  const { documents, lineCounter } = parseText(text);
  const [doc, ...more] = documents;
  if (!doc) return { file, data: null, locate: () => ({ file }), scalarText: () => undefined };
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    // The parser ran out of stack on deeply nested flow collections (`[[[[...`).
    if (first.code === 'RESOURCE_EXHAUSTION')
      throw new ConfigError(
        'nested too deeply to read',
        { file, line: pos?.line, column: pos?.col },
        'flatten the data',
      );
    throw new ConfigError(
      // The parser ends its first line with "at line L, column C:" (a code frame follows): the
      // location is already in front of the message, so the sentence ends where its own text does.
      `malformed YAML: ${(first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      { file, line: pos?.line, column: pos?.col },
      'check indentation, quoting and that every key is followed by a colon',
    );
  }
  // A trailing `---` (an empty second document) is harmless; a second document with content is
  // almost always a paste mistake, and silently dropping it would hide half the file.
  // Looked at, not converted: converting would expand the aliases of a document never checked.
  const extra = more.find((d) => d.contents !== null && !(isScalar(d.contents) && d.contents.value === null));
  if (extra) {
    const line = lineCounter.linePos(extra.range[0]).line;
    throw new ConfigError(
      'the file holds more than one YAML document',
      { file, line },
      `remove the \`---\` at line ${line}, or move what follows it into its own file`,
    );
  }
  // Bounded before anything walks the data: no duplicate keys, no deep nesting, no alias bomb.
  const aliases = aliasTargets(doc);
  checkYamlDocument(doc, file, lineCounter, aliases.targets);
  // A fresh value per call: callers normalise what they get in place, and parses are shared.
  // Aliases were bounded exactly above; the parser's own estimate would refuse some files that pass.
  // Converted with its aliases in place: the library's own lookup walks the nodes before each alias.
  const data: unknown = toJSResolved(doc, aliases);

  const nodeAt = (path: ReadonlyArray<string | number>): unknown => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node)) {
        node = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key))?.value;
      } else if (isSeq(node) && typeof key === 'number') node = node.items[key];
      else return undefined;
    }
    return node;
  };
  const scalarText = (path: ReadonlyArray<string | number>): string | undefined => {
    const node = nodeAt(path);
    if (!isScalar(node)) return undefined;
    const value: unknown = node.value;
    if (typeof value === 'string') return node.source ?? value;
    return typeof value === 'number' || typeof value === 'boolean'
      ? (node.source ?? String(value))
      : undefined;
  };

  const locate = (path: ReadonlyArray<string | number>): SourceLocation => {
    let node: unknown = doc.contents;
    let best: Node | undefined = isNode(node) ? node : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        node = pair.value ?? pair.key;
        if (isNode(pair.key) && pair.value == null) best = pair.key;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
      } else {
        break;
      }
      if (isNode(node)) best = node;
    }
    const offset = best?.range?.[0];
    if (offset === undefined) return { file };
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };

  return { file, data, locate, scalarText };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}
