import { posix } from 'node:path';
import { ConfigError, getErrorMessage, type SourceLocation } from '../errors.js';
import { checkJsonNesting } from '../config/data-limits.js';
import { parseYaml, type YamlSource } from '../config/yaml.js';
import { sampleRepeat } from '../config/repeat.js';
import type { SampleRepeat } from '../config/types.js';
import { isRecord } from '../core/is-record.js';
import { resolveFrom } from '../core/repo-path.js';
import type { DataPath } from '../validation/messages.js';
import { checkYaml, findIssues, isValid } from '../validation/validate.js';
import { parseMetricSpec } from '../metrics/registry.js';
import type { ParseContext } from '../metrics/types.js';
import { uniqueMetricNames } from './names.js';
import { checkPromptfooCaseRow, checkPromptfooSuite } from './promptfoo.js';
import { CaseRowSchema, CaseRowsSchema, SuiteSchema, type CaseRow } from './schema.js';
import type { EvalCase, MetricSpec, Suite } from './types.js';

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

/**
 * Parses an eval suite file (pure). `files` holds the referenced files already read from the
 * snapshot (see referencedFiles); metrics validate their own configuration here, so an invalid
 * regex or schema is reported with its line before any model call.
 */
export function parseSuite(text: string, path: string, files: ReadonlyMap<string, string>): Suite {
  const source = parseYaml(text, path);
  if (!isRecord(source.data))
    throw new ConfigError('a suite must be a YAML mapping with `prompt` and `cases`', { file: path });
  checkPromptfooSuite(source.data, (at) => source.locate(at));
  // The suite globs (`*.eval.yml`) also match other tools' files: say so, rather than list every key.
  if (!('prompt' in source.data) && !('cases' in source.data))
    throw new ConfigError(
      'not an eval suite: it has neither `prompt` nor `cases`',
      source.locate([]),
      'a suite names the `prompt` it tests and its `cases`; if this file belongs to another tool, add it to `exclude` in promptgate.yaml',
    );
  const data = checkYaml(SuiteSchema, source, 'eval suite');
  const dependencies = new Set<string>();

  const context = (location: SourceLocation): ParseContext => ({
    location,
    readFile: (ref) => {
      const resolved = resolveFrom(path, ref);
      dependencies.add(resolved);
      return files.get(resolved);
    },
    addDependency: (ref) => dependencies.add(resolveFrom(path, ref)),
  });

  const metrics = uniqueMetricNames(
    parseMetricList(data.metrics, (i) => context(source.locate(['metrics', i]))),
  );
  const rows =
    typeof data.cases === 'string'
      ? loadCaseFile(data.cases, source, path, files, dependencies)
      : data.cases.map((row, i) => ({ row, locate: (at: DataPath) => source.locate(['cases', i, ...at]) }));
  const cases = rows.map(({ row, locate }, i): EvalCase => ({
    id: row.id !== undefined ? String(row.id) : `case-${i + 1}`,
    vars: { ...data.vars, ...row.vars },
    expected: row.expected,
    // Named apart from the suite's metrics too: a case's `contains` must not overwrite the suite's.
    metrics: uniqueMetricNames([
      ...metrics,
      ...parseMetricList(row.metrics, (j) => context(locate(['metrics', j]))),
    ]).slice(metrics.length),
    location: locate([]),
  }));
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
    name: data.name ?? posix.basename(path).replace(/\.eval\.ya?ml$/, ''),
    prompt: data.prompt,
    cases,
    metrics,
    threshold: data.threshold ?? 1,
    ...withRepeat(sampleRepeat(data, (at) => source.locate(at))),
    judgeModel: data.judge?.model,
    dependencies: [...dependencies].sort(),
  };
}

/** A suite without `repeat` takes promptgate.yaml's (see planPrompt). */
function withRepeat(repeat: SampleRepeat | undefined): Pick<Suite, 'repeat'> {
  return repeat ? { repeat } : {};
}

function parseMetricList(
  raw: readonly Record<string, unknown>[] = [],
  context: (index: number) => ParseContext,
): MetricSpec[] {
  return raw.map((item, i) =>
    parseMetricSpec(item, context(i), typeof item.type === 'string' ? item.type : 'metric'),
  );
}

/** A case as written, and where each of its values sits (in the suite or its case file). */
interface CaseSource {
  row: CaseRow;
  locate: (at: DataPath) => SourceLocation;
}

/** Cases from a YAML/JSON list or JSON Lines file named by `cases: path`, each with its line. */
function loadCaseFile(
  ref: string,
  source: YamlSource,
  path: string,
  files: ReadonlyMap<string, string>,
  dependencies: Set<string>,
): CaseSource[] {
  const file = resolveFrom(path, ref);
  dependencies.add(file);
  const text = files.get(file);
  if (text === undefined) {
    throw new ConfigError(
      `cases file \`${file}\` was not found`,
      source.locate(['cases']),
      'the path is relative to the suite file',
    );
  }
  if (file.endsWith('.jsonl')) return jsonLines(text, file);
  const rows = parseYaml(text, file);
  if (!Array.isArray(rows.data)) throw notCaseList(file);
  return checkYaml(CaseRowsSchema, rows, 'cases file').map((row, i) => {
    const locate = (at: DataPath) => rows.locate([i, ...at]);
    checkPromptfooCaseRow(row, locate([]));
    return { row, locate };
  });
}

/** One case per line; a row's values are located at its line. */
function jsonLines(text: string, file: string): CaseSource[] {
  return text.split('\n').flatMap((content, i) => {
    if (!content.trim()) return [];
    const location = { file, line: i + 1 };
    let row: unknown;
    try {
      row = JSON.parse(content);
    } catch (error) {
      throw new ConfigError(`invalid JSON: ${getErrorMessage(error)}`, location);
    }
    checkJsonNesting(row, location);
    if (!isRecord(row)) throw notCaseList(file, location);
    checkPromptfooCaseRow(row, location);
    if (isValid(CaseRowSchema, row)) return [{ row, locate: () => location }];
    const [issue] = findIssues(CaseRowSchema, row, 1);
    throw new ConfigError(`invalid cases file: ${issue?.message ?? 'not a case'}`, location, issue?.hint);
  });
}

function notCaseList(file: string, location: SourceLocation = { file }): ConfigError {
  return new ConfigError(
    'a cases file must hold a list of mappings with `vars` (and optional `id`, `expected`)',
    location,
  );
}

function checkUniqueIds(cases: EvalCase[]): void {
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id))
      throw new ConfigError(`duplicate case id \`${c.id}\``, c.location, 'give every case a distinct `id`');
    seen.add(c.id);
  }
}
