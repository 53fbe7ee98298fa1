import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type LineCounter,
  type Node,
} from 'yaml';
import { ConfigError, type SourceLocation } from '../errors.js';

/**
 * Bounds on the shape of data a pull request writes (YAML and JSON files): what the code after the
 * parser walks, copies, hashes and renders stays small and shallow, so a file cannot exhaust the
 * stack, the memory or the time of the run.
 */

/** Deepest nesting of mappings and lists, counted through aliases. Real files stay under ~20. */
export const MAX_NESTING = 100;

/** How many values YAML aliases may add beyond the values written in the file. */
export const MAX_ALIAS_EXPANSION = 100_000;

interface Measure {
  /** Values the node stands for once its aliases are expanded (itself included). */
  values: number;
  /** Collections nested in the expanded node, itself included (a scalar is 0). */
  depth: number;
}

/**
 * Checks a parsed YAML document in time linear in its text: no key twice in a mapping, nesting at
 * most MAX_NESTING deep, and aliases that expand to at most MAX_ALIAS_EXPANSION values more than the
 * file holds (a "billion laughs" file is a few lines that expand to billions of values).
 */
export function checkYamlDocument(
  doc: Document.Parsed,
  file: string,
  lineCounter: LineCounter,
  /** Each alias's target (aliasTargets): resolving through the document costs a walk per alias. */
  targets: ReadonlyMap<Alias, Node>,
): void {
  const at = (node: unknown): SourceLocation => {
    const offset = isNodeWithRange(node) ? node.range[0] : undefined;
    if (offset === undefined) return { file };
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const measured = new Map<Node, Measure>();
  const inProgress = new Set<Node>();
  let written = 0;

  const tooDeep = (node: unknown): never => {
    throw new ConfigError(
      `nested deeper than ${MAX_NESTING} levels`,
      at(node),
      'flatten the data; aliases count with the depth of what they stand for',
    );
  };

  /** `depth`: the collections enclosing the node, itself included when it is one. */
  const measure = (node: unknown, depth: number): Measure => {
    if (isAlias(node)) {
      written++;
      const target = targets.get(node);
      if (!isMap(target) && !isSeq(target)) return { values: 1, depth: 0 };
      if (inProgress.has(target))
        throw new ConfigError('a YAML alias refers to the value that contains it', at(node));
      const expanded = measured.get(target) ?? measure(target, depth);
      if (depth - 1 + expanded.depth > MAX_NESTING) tooDeep(node);
      return expanded;
    }
    if (!isMap(node) && !isSeq(node)) {
      written++;
      return { values: 1, depth: 0 };
    }
    if (depth > MAX_NESTING) tooDeep(node);
    const known = measured.get(node);
    if (known) return known;
    inProgress.add(node);
    written++;
    let values = 1;
    let deepest = 0;
    const add = (child: Measure) => {
      values += child.values;
      deepest = Math.max(deepest, child.depth);
    };
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          if (keys.has(pair.key.value))
            throw new ConfigError(
              `the key \`${String(pair.key.value)}\` appears twice in one mapping`,
              at(pair.key),
              'keep one of them: YAML would otherwise silently use only one',
            );
          keys.add(pair.key.value);
        }
        if (pair.key !== null) add(measure(pair.key, depth + 1));
        if (pair.value !== null) add(measure(pair.value, depth + 1));
      }
    } else {
      for (const item of node.items) if (!isPair(item)) add(measure(item, depth + 1));
    }
    const result = { values, depth: deepest + 1 };
    inProgress.delete(node);
    measured.set(node, result);
    return result;
  };

  const total = doc.contents === null ? 0 : measure(doc.contents, 1).values;
  if (total - written > MAX_ALIAS_EXPANSION) {
    throw new ConfigError(
      `YAML aliases expand the file to ${total > 1e12 ? 'more than 10^12' : total} values, more than ${MAX_ALIAS_EXPANSION} beyond the ${written} it holds`,
      { file },
      'write the values out, or alias smaller parts (this limit stops alias bombs)',
    );
  }
}

function isNodeWithRange(value: unknown): value is { range: [number, number, number] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { range?: unknown }).range);
}

/** Whether a value (JSON or YAML data) nests lists and objects deeper than `max`; iterative, linear. */
export function nestsDeeperThan(value: unknown, max = MAX_NESTING): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [item, depth] = entry;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > max) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Throws a ConfigError at `location` when parsed JSON nests deeper than MAX_NESTING. */
export function checkJsonNesting(value: unknown, location: SourceLocation): void {
  if (nestsDeeperThan(value))
    throw new ConfigError(`nested deeper than ${MAX_NESTING} levels`, location, 'flatten the data');
}
