import type { PromptReport, Report } from '../report/types.js';

export interface Annotation {
  file: string;
  title: string;
  message: string;
  level: 'error' | 'warning';
}

/** GitHub shows at most this many annotations of each level per step; the rest would be dropped silently. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

/**
 * File annotations for the PR's "Files changed" view: an error on every prompt that regressed or
 * could not be evaluated, a warning on every prompt whose content changed without a version bump.
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
  return [...errors.slice(0, MAX_ANNOTATIONS_PER_LEVEL), ...warnings.slice(0, MAX_ANNOTATIONS_PER_LEVEL)];
}

function verdictAnnotation(prompt: PromptReport): Annotation {
  const failed = prompt.verdict === 'fail';
  return {
    file: prompt.path,
    level: 'error',
    title: failed ? `promptgate: ${prompt.id} regressed` : `promptgate: ${prompt.id} could not be evaluated`,
    message:
      prompt.reasons.length > 0
        ? prompt.reasons.join('\n')
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
    message: prompt.reasons.join('\n') || 'the data cannot tell whether the change regressed',
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
