import { ConfigError, formatLocation, type SourceLocation } from '../errors.js';
import { isRecord } from '../core/is-record.js';
import type { DataPath } from '../validation/messages.js';

/**
 * promptfoo's names for what a promptgate suite holds. Users bringing their tests over write them
 * first; each gets its own error saying what it is called here, instead of "unknown key" (or, in a
 * case file, whose rows may carry columns of their own, a check silently left out).
 */
const SUITE_KEYS: Readonly<Record<string, string>> = {
  tests: 'promptfoo `tests` are `cases` here, each with `vars`, `expected` and its own `metrics`',
  defaultTest: 'promptfoo `defaultTest` is the suite-level `vars` and `metrics` here',
  prompts: 'a suite tests one prompt file: `prompt: <its id or path>`',
  providers: "the model is the prompt file's `model`, routed by `models:` in promptgate.yaml",
  assert: 'promptfoo `assert` is `metrics` here',
};

const CASE_KEYS: Readonly<Record<string, string>> = {
  assert: 'promptfoo `assert` is `metrics` here: `metrics: [{ type: contains, value: ... }]`',
};

const FILE_PREFIX = 'file://';

/** The path of a promptfoo key in the suite, and what to write instead; undefined when none. */
function findPromptfooKey(
  data: Record<string, unknown>,
): { at: DataPath; hint: string; holder: string } | undefined {
  for (const key of Object.keys(data)) {
    const hint = SUITE_KEYS[key];
    if (hint !== undefined) return { at: [key], hint, holder: 'suite' };
  }
  const cases: unknown[] = Array.isArray(data.cases) ? data.cases : [];
  for (const [i, row] of cases.entries()) {
    const found = isRecord(row) ? caseKey(row) : undefined;
    if (found) return { at: ['cases', i, found.key], hint: found.hint, holder: 'case' };
  }
  return undefined;
}

function caseKey(row: Record<string, unknown>): { key: string; hint: string } | undefined {
  const key = Object.keys(row).find((k) => Object.hasOwn(CASE_KEYS, k));
  return key === undefined ? undefined : { key, hint: CASE_KEYS[key] ?? '' };
}

/** Refuses promptfoo's keys and `file://` paths in a suite, saying what promptgate calls them. */
export function checkPromptfooSuite(
  data: Record<string, unknown>,
  locate: (at: DataPath) => SourceLocation,
): void {
  const found = findPromptfooKey(data);
  if (found) {
    const key = String(found.at[found.at.length - 1]);
    throw new ConfigError(
      `\`${key}\` is promptfoo's key, not a promptgate ${found.holder}'s`,
      locate(found.at),
      found.hint,
    );
  }
  const url = findFileUrl(data, []);
  if (url) {
    const key = String(url.at[url.at.length - 1]);
    throw new ConfigError(
      `\`${url.value}\`: promptgate paths take no \`${FILE_PREFIX}\` prefix`,
      locate(url.at),
      `write \`${key}: ${url.value.slice(FILE_PREFIX.length)}\` (relative to the suite file)`,
    );
  }
}

/** Keys whose values are paths a suite reads: the case file, schema files, judge templates. */
const PATH_KEYS = new Set(['cases', 'ref', 'template']);

function findFileUrl(value: unknown, at: DataPath): { at: DataPath; value: string } | undefined {
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item: unknown, i) => [i, item])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  for (const [key, item] of entries) {
    if (typeof key === 'string' && PATH_KEYS.has(key) && typeof item === 'string') {
      if (item.startsWith(FILE_PREFIX)) return { at: [...at, key], value: item };
    } else if (key !== 'vars') {
      const found = findFileUrl(item, [...at, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * promptfoo reads a variable written `file://path` from that file; promptgate sends the text as
 * written, which the author almost never means: one warning per such case variable.
 */
export function fileUrlVarWarnings(
  cases: readonly { id: string; vars: Record<string, unknown>; location: SourceLocation }[],
): string[] {
  return cases.flatMap((c) =>
    Object.entries(c.vars)
      .filter(([, value]) => typeof value === 'string' && value.startsWith(FILE_PREFIX))
      .map(
        ([name, value]) =>
          `${formatLocation(c.location)}: case \`${c.id}\`: \`${name}\` is \`${String(value).slice(0, 80)}\`, sent to the model as written: promptgate does not read files into variables (promptfoo does); put the text in the case`,
      ),
  );
}

/** Refuses a case-file row's promptfoo `assert`, which would otherwise be dropped as a data column. */
export function checkPromptfooCaseRow(row: Record<string, unknown>, location: SourceLocation): void {
  const found = caseKey(row);
  if (found)
    throw new ConfigError(
      `\`${found.key}\` is promptfoo's key, not a promptgate case's`,
      location,
      found.hint,
    );
}
