import type { PromptReport, Report } from '../report/types.js';

export interface Annotation {
  file: string;
  title: string;
  message: string;
  level: 'error' | 'warning';
}

/** GitHub shows at most this many annotations of each level per step; the rest are dropped silently. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

/**
 * File annotations leave room in each level for the step's own messages: the failing verdict
 * (setFailed is an error annotation), GitHub write problems and the failed-calls warning.
 */
const FILE_ERRORS = MAX_ANNOTATIONS_PER_LEVEL - 2;
const FILE_WARNINGS = MAX_ANNOTATIONS_PER_LEVEL - 4;

/**
 * File annotations for the PR's "Files changed" view: an error on every prompt that regressed or
 * could not be evaluated, a warning on every prompt whose content changed without a version bump.
 * Past GitHub's per-step limit, one summary line per level says how many more there are.
 * Pure; main.ts hands them to @actions/core.
 */
export function annotationsFor(report: Report): Annotation[] {
  const errors: Annotation[] = [];
  const warnings: Annotation[] = [];
  for (const prompt of report.prompts) {
    if (prompt.verdict === 'fail' || prompt.verdict === 'error') errors.push(verdictAnnotation(prompt));
    else if (prompt.verdict === 'inconclusive') warnings.push(inconclusiveAnnotation(prompt));
    if (prompt.version.notBumped) warnings.push(notBumpedAnnotation(prompt));
  }
  return [...capped(errors, FILE_ERRORS), ...capped(warnings, FILE_WARNINGS)];
}

/** The first `limit - 1` annotations and a line for the rest, when there are more than `limit`. */
function capped(annotations: Annotation[], limit: number): Annotation[] {
  if (annotations.length <= limit) return annotations;
  const shown = annotations.slice(0, limit - 1);
  const rest = annotations.slice(limit - 1);
  const level = rest[0]?.level ?? 'warning';
  return [
    ...shown,
    {
      file: '',
      level,
      title: `promptgate: ${rest.length} more ${level === 'error' ? 'failing prompts' : 'warnings'}`,
      message: `${rest.map((a) => a.file).join(', ')}: see the job summary (GitHub shows ${MAX_ANNOTATIONS_PER_LEVEL} annotations per level)`,
    },
  ];
}

/**
 * A loud warning when most model calls failed: the verdict then rests on few results, whatever
 * `fail_on_error` lets pass. Undefined when most calls answered.
 */
export function failedCallsWarning(report: Report): string | undefined {
  const { calls, errors } = report.usage;
  if (calls === 0 || errors * 2 <= calls) return undefined;
  // Calls the budget refused are counted with the failures: blaming the provider would mislead.
  if (report.usage.budgetExhausted)
    return `${errors} of ${calls} model calls failed or were not made because the budget (max_cost_usd) ran out: this verdict rests on the few that answered. Raise max_cost_usd (promptgate.yaml, or the action input \`max-cost-usd\`) or evaluate fewer cases before trusting it.`;
  return `${errors} of ${calls} model calls failed: this verdict rests on the few that answered. Check the provider, keys and rate limits before trusting it.`;
}

function verdictAnnotation(prompt: PromptReport): Annotation {
  const failed = prompt.verdict === 'fail';
  return {
    file: prompt.path,
    level: 'error',
    title:
      prompt.loadError !== undefined
        ? `promptgate: ${prompt.path} could not be loaded`
        : failed
          ? `promptgate: ${prompt.id} regressed`
          : `promptgate: ${prompt.id} could not be evaluated`,
    message:
      prompt.reasons.length > 0
        ? prompt.reasons.map((r) => r.message).join('\n')
        : failed
          ? 'the gate failed'
          : 'the evaluation errored',
  };
}

function inconclusiveAnnotation(prompt: PromptReport): Annotation {
  return {
    file: prompt.path,
    level: 'warning',
    title: `promptgate: ${prompt.id} inconclusive`,
    message:
      prompt.reasons.map((r) => r.message).join('\n') || 'the data cannot tell whether the change regressed',
  };
}

function notBumpedAnnotation(prompt: PromptReport): Annotation {
  const { candidate, suggestedBump } = prompt.version;
  const current = candidate ? `version ${candidate}` : 'its version';
  return {
    file: prompt.path,
    level: 'warning',
    title: `promptgate: ${prompt.id} changed without a version bump`,
    message: `the prompt's content changed but ${current} did not${suggestedBump ? `; suggested: a ${suggestedBump} bump` : ''}`,
  };
}
