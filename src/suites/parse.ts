import { posix } from 'node:path';
import { ConfigError } from '../errors.js';
import { validateYaml } from '../config/validate.js';
import { parseYaml, type YamlSource } from '../config/yaml.js';
import { isRecord } from '../core/is-record.js';
import { parseMetricSpec } from '../metrics/registry.js';
import type { ParseContext } from '../metrics/types.js';
import { uniqueMetricNames } from './names.js';
import type { EvalCase, MetricSpec, Suite } from './types.js';

const suiteSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['prompt', 'cases'],
  properties: {
    prompt: { type: 'string', minLength: 1 },
    name: { type: 'string' },
    description: { type: 'string' },
    threshold: { type: 'number', minimum: 0, maximum: 1 },
    repeat: { type: 'integer', minimum: 1, maximum: 100 },
    judge: {
      type: 'object',
      additionalProperties: false,
      properties: { model: { type: 'string', minLength: 1 } },
    },
    vars: { type: 'object' },
    metrics: { type: 'array', items: { type: 'object' } },
    cases: {
      anyOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            properties: {
              id: { type: ['string', 'number'] },
              description: { type: 'string' },
              vars: { type: 'object' },
              expected: {},
              metrics: { type: 'array', items: { type: 'object' } },
            },
          },
        },
      ],
    },
  },
} as const;

/** Keys whose string values name files a suite reads (schema refs, judge templates, case files). */
const FILE_KEYS = new Set(['ref', '$ref', 'template', 'cases']);

/** Repo-relative paths a suite's text references, so the reader can fetch them before parsing. */
export function referencedFiles(text: string, path: string): string[] {
  let data: unknown;
  try {
    data = parseYaml(text, path).data;
  } catch {
    return [];
  }
  const found = new Set<string>();
  const visit = (value: unknown, key?: string) => {
    if (typeof value === 'string' && key && FILE_KEYS.has(key) && !value.includes('\n')) {
      found.add(resolveFrom(path, value));
    } else if (Array.isArray(value)) value.forEach((v) => visit(v));
    else if (isRecord(value)) Object.entries(value).forEach(([k, v]) => visit(v, k));
  };
  visit(data);
  return [...found];
}

export function resolveFrom(suitePath: string, ref: string): string {
  return ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(suitePath), ref));
}

/**
 * Parses an eval suite file (pure). `files` holds the referenced files already read from the
 * snapshot (see referencedFiles); metrics validate their own configuration here, so an invalid
 * regex or schema is reported with its line before any model call.
 */
export function parseSuite(text: string, path: string, files: ReadonlyMap<string, string>): Suite {
  const source = parseYaml(text, path);
  if (!isRecord(source.data))
    throw new ConfigError('a suite must be a YAML mapping with `prompt` and `cases`', { file: path });
  validateYaml(suiteSchema, source, 'eval suite');
  const data = source.data;
  const dependencies = new Set<string>();

  const context = (at: (string | number)[]): ParseContext => ({
    location: source.locate(at),
    readFile: (ref) => {
      const resolved = resolveFrom(path, ref);
      dependencies.add(resolved);
      return files.get(resolved);
    },
    addDependency: (ref) => dependencies.add(resolveFrom(path, ref)),
  });

  const metrics = uniqueMetricNames(parseMetricList(data.metrics, ['metrics'], context));
  const defaults = isRecord(data.vars) ? data.vars : {};
  const rawCases = loadCases(data.cases, source, path, files, dependencies);
  const cases = rawCases.map((raw, i): EvalCase => {
    const at = typeof data.cases === 'string' ? [] : ['cases', i];
    return {
      id: typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id) : `case-${i + 1}`,
      vars: { ...defaults, ...(isRecord(raw.vars) ? raw.vars : {}) },
      expected: raw.expected,
      // Named apart from the suite's metrics too: a case's `contains` must not overwrite the suite's.
      metrics: uniqueMetricNames([
        ...metrics,
        ...parseMetricList(raw.metrics, [...at, 'metrics'], context),
      ]).slice(metrics.length),
      location: typeof data.cases === 'string' ? { file: resolveFrom(path, data.cases) } : source.locate(at),
    };
  });
  checkUniqueIds(cases);
  if (metrics.length === 0 && cases.every((c) => c.metrics.length === 0)) {
    throw new ConfigError(
      'the suite has no metrics, so nothing would be checked',
      source.locate([]),
      'add a `metrics:` list, e.g. `- type: contains` with a `value`',
    );
  }

  return {
    path,
    name: typeof data.name === 'string' ? data.name : posix.basename(path).replace(/\.eval\.ya?ml$/, ''),
    prompt: data.prompt as string,
    cases,
    metrics,
    threshold: typeof data.threshold === 'number' ? data.threshold : 1,
    repeat: typeof data.repeat === 'number' ? data.repeat : 1,
    judgeModel: isRecord(data.judge) && typeof data.judge.model === 'string' ? data.judge.model : undefined,
    dependencies: [...dependencies].sort(),
  };
}

function parseMetricList(
  raw: unknown,
  at: (string | number)[],
  context: (at: (string | number)[]) => ParseContext,
): MetricSpec[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((item, i) => parseMetricSpec(item, context([...at, i]), metricDefaultName(item)));
}

function metricDefaultName(item: unknown): string {
  return isRecord(item) && typeof item.type === 'string' ? item.type : 'metric';
}

interface RawCase {
  id?: unknown;
  vars?: unknown;
  expected?: unknown;
  metrics?: unknown;
}

/** Cases inline, or from a YAML/JSON list or JSON Lines file named by `cases: path`. */
function loadCases(
  raw: unknown,
  source: YamlSource,
  path: string,
  files: ReadonlyMap<string, string>,
  dependencies: Set<string>,
): RawCase[] {
  if (Array.isArray(raw)) return raw as RawCase[];
  const file = resolveFrom(path, String(raw));
  dependencies.add(file);
  const text = files.get(file);
  if (text === undefined) {
    throw new ConfigError(
      `cases file \`${file}\` was not found`,
      source.locate(['cases']),
      'the path is relative to the suite file',
    );
  }
  let rows: unknown;
  if (file.endsWith('.jsonl')) {
    rows = text
      .split('\n')
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line.trim())
      .map(({ line, i }) => {
        try {
          return JSON.parse(line) as unknown;
        } catch (error) {
          throw new ConfigError(`invalid JSON: ${(error as Error).message}`, { file, line: i + 1 });
        }
      });
  } else {
    rows = parseYaml(text, file).data;
  }
  if (!Array.isArray(rows) || rows.some((r) => !isRecord(r))) {
    throw new ConfigError(
      'a cases file must hold a list of mappings with `vars` (and optional `id`, `expected`)',
      { file },
    );
  }
  return rows as RawCase[];
}

function checkUniqueIds(cases: EvalCase[]): void {
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id))
      throw new ConfigError(`duplicate case id \`${c.id}\``, c.location, 'give every case a distinct `id`');
    seen.add(c.id);
  }
}
