import { isRecord } from '../core/is-record.js';
import { githubLlmMetric, GitHubLlmConfigSchema } from '../metrics/github/llm.js';
import { githubStringMetric, GitHubStringConfigSchema } from '../metrics/github/string.js';
import { isValid } from '../validation/validate.js';
import type { MetricSpec } from '../suites/types.js';
import { githubTemplateVariables } from './template.js';
import type { PromptFile } from './types.js';

/** A case as far as placeholders are concerned. */
export interface PlaceholderCase {
  id: string;
  vars: Record<string, unknown>;
  metrics: readonly MetricSpec[];
}

/** Variables an `llm` evaluator gets besides the row: gh adds the output. */
const JUDGE_VARIABLES = ['completion'];

/**
 * gh sends a `{{name}}` the test row has no value for as written, and so does promptgate for
 * GitHub Models files; the author almost never means that, so every such placeholder becomes one
 * warning naming where it is written, the cases that lack it, and where the value probably is
 * (a key nested under `input:` or `vars:`, which gh does not look into). So does a `{{ name }}`
 * written with spaces or a filter, for a name the rows (or the judge) have a value for.
 */
export function unfilledPlaceholderWarnings(
  prompt: Pick<PromptFile, 'path' | 'format' | 'messages'>,
  cases: readonly PlaceholderCase[],
): string[] {
  if (prompt.format !== 'github' || cases.length === 0) return [];
  const places: {
    where: string;
    template: string;
    extra: readonly string[];
    only?: (c: PlaceholderCase) => boolean;
  }[] = [
    ...prompt.messages.map((m, i) => ({
      where: `${prompt.path}${m.line ? `:${m.line}` : ''} (messages[${i}])`,
      template: m.content,
      extra: [],
    })),
    ...evaluatorTemplates(cases).map(({ name, template, extra }) => ({
      where: `${prompt.path} (evaluator \`${name}\`)`,
      template,
      extra,
      only: (c: PlaceholderCase) => c.metrics.some((m) => m.name === name),
    })),
  ];
  const warnings: string[] = [];
  for (const place of places) {
    const applicable = cases.filter((c) => place.only?.(c) ?? true);
    for (const { written, name } of spacedPlaceholders(place.template)) {
      if (!place.extra.includes(name) && !applicable.some((c) => Object.hasOwn(c.vars, name))) continue;
      warnings.push(
        `${place.where}: \`${written}\` is sent as written, as gh does: gh fills only \`{{${name}}}\`, written without spaces or filters`,
      );
    }
    for (const name of new Set(githubTemplateVariables(place.template))) {
      if (place.extra.includes(name)) continue;
      const lacking = applicable.filter((c) => !Object.hasOwn(c.vars, name));
      if (lacking.length === 0) continue;
      const which =
        lacking.length === applicable.length
          ? `any of its ${applicable.length} test ${applicable.length === 1 ? 'row' : 'rows'}`
          : `${lacking.length} of ${applicable.length} test rows (${listIds(lacking)})`;
      const nested = nestedUnder(lacking, name);
      warnings.push(
        `${place.where}: \`{{${name}}}\` has no value in ${which}, so it is sent as written, as gh does` +
          (nested
            ? `; the value is nested under \`${nested}:\`, and only top-level keys of a row fill placeholders`
            : ''),
      );
    }
  }
  return warnings;
}

/**
 * gh passes a test with no evaluators once the model answers, and so does promptgate; a file with
 * test data and no checks gates nothing but the call, which its author should hear.
 */
export function noEvaluatorsWarning(
  prompt: Pick<PromptFile, 'path' | 'format'>,
  cases: readonly PlaceholderCase[],
): string[] {
  if (prompt.format !== 'github' || cases.length === 0 || cases.some((c) => c.metrics.length > 0)) return [];
  return [
    `${prompt.path}: \`testData\` but no \`evaluators\`, so each test passes once the model answers, as in gh; add a check, e.g. \`- name: mentions it\` with \`string: { contains: "{{expected}}" }\``,
  ];
}

/**
 * `{{ name }}` or `{{name | upper}}`: how nunjucks, Jinja and Mustache users write a variable. gh
 * substitutes only the exact `{{name}}`, so these reach the model (or the judge) as written.
 */
const SPACED_PLACEHOLDER = /(?<!\$)\{\{([ \t]*)([A-Za-z_][A-Za-z0-9_.-]*)([ \t]*(?:\|[^{}\n]*)?)\}\}/g;

function spacedPlaceholders(template: string): { written: string; name: string }[] {
  const found = new Map<string, string>();
  for (const [written, before, name, after] of template.matchAll(SPACED_PLACEHOLDER)) {
    if ((before || after) && name) found.set(written, name);
  }
  return [...found].map(([written, name]) => ({ written, name }));
}

function evaluatorTemplates(
  cases: readonly PlaceholderCase[],
): { name: string; template: string; extra: readonly string[] }[] {
  const seen = new Map<string, { name: string; template: string; extra: readonly string[] }>();
  for (const spec of cases.flatMap((c) => c.metrics)) {
    if (seen.has(spec.name)) continue;
    const { config } = spec;
    if (spec.type === githubStringMetric.type && isValid(GitHubStringConfigSchema, config)) {
      seen.set(spec.name, { name: spec.name, template: config.value, extra: [] });
    } else if (spec.type === githubLlmMetric.type && isValid(GitHubLlmConfigSchema, config)) {
      seen.set(spec.name, { name: spec.name, template: config.prompt, extra: JUDGE_VARIABLES });
    }
  }
  return [...seen.values()];
}

function listIds(cases: readonly PlaceholderCase[]): string {
  const shown = cases.slice(0, 5).map((c) => c.id);
  return cases.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The top-level key whose mapping holds `name` in a lacking row, if any. */
function nestedUnder(cases: readonly PlaceholderCase[], name: string): string | undefined {
  for (const c of cases) {
    for (const [key, value] of Object.entries(c.vars)) {
      if (isRecord(value) && Object.hasOwn(value, name)) return key;
    }
  }
  return undefined;
}
