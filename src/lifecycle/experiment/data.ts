/**
 * Production outcome files for `experiment analyze`: JSON Lines or CSV, one request per row, with
 * `variant` (or `version`) and any of success, score, latency_ms, cost_usd, tokens, error. Other
 * columns are ignored. Any malformed row is a ConfigError naming the file, line and column. Pure.
 */
import { isRecord } from '../../core/is-record.js';
import { ConfigError, getErrorMessage } from '../../errors.js';
import { addLatency, addMoment, emptySamples, type VariantSamples } from './samples.js';

export type DataFormat = 'jsonl' | 'csv';

const HINT =
  'one request per row: `variant` (or `version`) and any of success, score, latency_ms, cost_usd, tokens, error';

export function detectFormat(path: string, text: string): DataFormat {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl';
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

/** Row values by column, as read (JSON values, or CSV strings). */
type Row = Record<string, unknown>;

export function readOutcomes(
  text: string,
  path: string,
  format = detectFormat(path, text),
): Map<string, VariantSamples> {
  const variants = new Map<string, VariantSamples>();
  const rows = format === 'csv' ? csvRows(text, path) : jsonRows(text, path);
  let count = 0;
  for (const { row, line } of rows) {
    count++;
    const fail = (message: string): never => {
      throw new ConfigError(`invalid outcome row: ${message}`, { file: path, line }, HINT);
    };
    const variant = text_(row.variant ?? row.version) ?? fail('missing `variant` (or `version`)');
    const samples = variants.get(variant) ?? emptySamples(variant);
    variants.set(variant, samples);
    samples.requests++;
    const success = bool(row.success, 'success', fail);
    if (success !== undefined) {
      samples.success.n++;
      if (success) samples.success.k++;
    }
    const error = errorValue(row.error, fail);
    samples.errors.n++;
    if (error) samples.errors.k++;
    const score = number(row.score, 'score', fail, 0, 1);
    if (score !== undefined) addMoment(samples.score, score);
    const latency = number(row.latency_ms, 'latency_ms', fail, 0);
    if (latency !== undefined) {
      addMoment(samples.latency, latency);
      addLatency(samples.latencyHistogram, latency);
    }
    const cost = number(row.cost_usd, 'cost_usd', fail, 0);
    if (cost !== undefined) addMoment(samples.cost, cost);
    const tokens = number(row.tokens, 'tokens', fail, 0);
    if (tokens !== undefined) addMoment(samples.tokens, tokens);
  }
  if (count === 0) throw new ConfigError('no outcome rows', { file: path }, HINT);
  return variants;
}

function* jsonRows(text: string, path: string): Generator<{ row: Row; line: number }> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i]?.trim() ?? '';
    if (!source) continue;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      throw new ConfigError(
        `malformed JSON: ${getErrorMessage(error)}`,
        { file: path, line: i + 1 },
        'JSON Lines: one JSON object per line',
      );
    }
    if (!isRecord(value)) {
      throw new ConfigError('each line must be a JSON object', { file: path, line: i + 1 }, HINT);
    }
    yield { row: value, line: i + 1 };
  }
}

function* csvRows(text: string, path: string): Generator<{ row: Row; line: number }> {
  const records = csvRecords(text, path);
  const header = records.next();
  if (header.done) return;
  const columns = header.value.fields.map((c) => c.trim().toLowerCase());
  for (const { fields, line } of records) {
    if (fields.length === 1 && fields[0] === '') continue;
    if (fields.length !== columns.length) {
      throw new ConfigError(
        `expected ${columns.length} columns (${columns.join(', ')}), found ${fields.length}`,
        { file: path, line },
        'quote values that contain commas',
      );
    }
    yield { row: Object.fromEntries(columns.map((c, i) => [c, fields[i]])), line };
  }
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines. */
function* csvRecords(text: string, path: string): Generator<{ fields: string[]; line: number }> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      yield { fields, line: start };
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += c;
  }
  if (quoted)
    throw new ConfigError('unterminated quoted field', { file: path, line: start }, 'close the quote');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield { fields, line: start };
  }
}

function text_(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const TRUE = ['true', '1', 'yes', 'y'];
const FALSE = ['false', '0', 'no', 'n'];

function bool(value: unknown, column: string, fail: (m: string) => never): boolean | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (text !== undefined && TRUE.includes(text)) return true;
  if (text !== undefined && FALSE.includes(text)) return false;
  return fail(`\`${column}\` must be true or false (or 1/0), got ${JSON.stringify(value)}`);
}

/** `error`: a boolean, or the error's message (any non-empty text other than false/0 is an error). */
function errorValue(value: unknown, fail: (m: string) => never): boolean {
  if (isBlank(value)) return false;
  if (typeof value === 'string') return !FALSE.includes(value.trim().toLowerCase());
  return bool(value, 'error', fail) ?? false;
}

function number(
  value: unknown,
  column: string,
  fail: (m: string) => never,
  min: number,
  max = Number.POSITIVE_INFINITY,
): number | undefined {
  if (isBlank(value)) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  if (!Number.isFinite(n)) return fail(`\`${column}\` must be a number, got ${JSON.stringify(value)}`);
  if (n < min || n > max) {
    return fail(
      `\`${column}\` must be ${max === Number.POSITIVE_INFINITY ? `>= ${min}` : `from ${min} to ${max}`}, got ${n}`,
    );
  }
  return n;
}
