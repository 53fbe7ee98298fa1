import { compileLinear, type LinearRegExp } from '../core/linear-regex.js';
/**
 * The offline model's answers to a `json_schema` response format: JSON that fits the schema, filled
 * with values found in the prompt (a labelled value such as `total: 12`, a word matching the
 * property's `pattern`, proper names for text, the first number for numbers). Deterministic.
 */
import { isRecord } from '../core/is-record.js';

/** JSON that fits `schema`, filled from `source` (the prompt's last user message). */
export function valueFromSchema(schema: unknown, source: string): unknown {
  return fromSchema(schema, source, new Set());
}

/** A value that fits `schema`, filled from `source` where it offers something plausible. */
function fromSchema(schema: unknown, source: string, used: Set<string>, key = ''): unknown {
  if (!isRecord(schema)) return null;
  if ('const' in schema) return schema.const;
  const options: unknown[] = Array.isArray(schema.enum) ? schema.enum : [];
  if (options.length > 0) return options[0];
  const branches: unknown[] = [schema.anyOf, schema.oneOf].find(Array.isArray) ?? [];
  const branch = branches[0];
  if (branch !== undefined) return fromSchema(branch, source, used, key);
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type =
    types.find((t) => typeof t === 'string' && t !== 'null') ??
    (isRecord(schema.properties) ? 'object' : 'null');
  switch (type) {
    case 'object': {
      const properties = isRecord(schema.properties) ? schema.properties : {};
      return Object.fromEntries(
        Object.entries(properties).map(([name, sub]) => [name, fromSchema(sub, source, used, name)]),
      );
    }
    case 'array': {
      const count = typeof schema.minItems === 'number' ? Math.max(1, schema.minItems) : 1;
      return Array.from({ length: count }, () => fromSchema(schema.items, source, used, key));
    }
    case 'string':
      return stringFor(key, schema, source, used);
    case 'number':
    case 'integer': {
      const value = numberFor(key, source);
      return type === 'integer' ? Math.round(value) : value;
    }
    case 'boolean':
      return new RegExp(`${label(key)}\\s*[:=]\\s*(?:yes|true)\\b`, 'i').test(source);
    default:
      return null;
  }
}

/** `totalAmount` / `total_amount` -> a pattern matching "total amount" in the text. */
function label(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length > 0 ? words.join('[\\s_-]*') : '(?!)';
}

function stringFor(key: string, schema: Record<string, unknown>, source: string, used: Set<string>): string {
  const labelled = new RegExp(`(?:^|[\\s,;(])${label(key)}\\s*[:=]\\s*([^\\n,;]+)`, 'i').exec(source)?.[1];
  const pattern = typeof schema.pattern === 'string' ? safeRegExp(schema.pattern) : undefined;
  const candidates = [
    labelled?.trim().replace(/\.$/, ''),
    ...(pattern
      ? (source.match(/[^\s,;:()]+/g) ?? []).map((w) => w.replace(/[.]$/, '')).filter((w) => pattern.test(w))
      : []),
    ...properNames(source),
  ];
  const pick =
    candidates.find((c): c is string => typeof c === 'string' && c !== '' && !used.has(c)) ??
    source.split(/\s+/).find(Boolean) ??
    '';
  used.add(pick);
  return pick;
}

/** The prompt's schema comes from the pull request: its pattern runs on RE2 (linear time). */
function safeRegExp(pattern: string): LinearRegExp | undefined {
  try {
    return compileLinear(pattern);
  } catch {
    return undefined;
  }
}

/** Runs of capitalised words, except a lone capitalised word opening a sentence ("Invoice from"). */
function properNames(text: string): string[] {
  const names: string[] = [];
  let run: string[] = [];
  let runAtStart = false;
  let sentenceStart = true;
  const flush = () => {
    if (run.length > 1 || (run.length === 1 && !runAtStart)) names.push(run.join(' '));
    run = [];
  };
  for (const token of text.split(/\s+/).filter(Boolean)) {
    const word = token.replace(/^[("'`]+|[)"'`.,;:!?]+$/g, '');
    if (/^\p{Lu}[\p{L}\p{N}&'-]*$/u.test(word)) {
      if (run.length === 0) runAtStart = sentenceStart;
      run.push(word);
    } else {
      flush();
    }
    if (/[.,;:!?]$/.test(token)) flush();
    sentenceStart = /[.!?]$/.test(token);
  }
  flush();
  return names;
}

function numberFor(key: string, source: string): number {
  const labelled = new RegExp(`${label(key)}[^\\d\\n]{0,20}?(-?\\d[\\d,]*(?:\\.\\d+)?)`, 'i').exec(
    source,
  )?.[1];
  // Numbers after "#" are identifiers (invoice #4471), not quantities.
  const first = /(?<![#\d.,])-?\d[\d,]*(?:\.\d+)?/.exec(source)?.[0];
  const text = labelled ?? first;
  return text === undefined ? 0 : Number(text.replace(/,/g, ''));
}
