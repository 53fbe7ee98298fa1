/** Counting what went wrong while running a prompt: failed samples and metrics that could not judge. */
import type { CaseReport } from '../report/types.js';

export interface FailureSummary {
  /** Samples whose render or model call failed (`error` set), across both sides. */
  failedSamples: number;
  /** Metric results with outcome `error` (e.g. the judge call failed), single and pairwise. */
  metricErrors: number;
  /** A few distinct messages, for the reason line. */
  examples: string[];
}

const MAX_EXAMPLES = 3;

/** Failures of a prompt, or only the metric errors of one metric when `metric` is given. */
export function summarizeFailures(cases: CaseReport[], metric?: string): FailureSummary {
  let failedSamples = 0;
  let metricErrors = 0;
  const examples = new Set<string>();
  const note = (message: string) => {
    if (examples.size < MAX_EXAMPLES) examples.add(message);
  };
  for (const c of cases) {
    for (const side of [c.baseline, c.candidate]) {
      for (const sample of side?.samples ?? []) {
        if (sample.error !== undefined) {
          if (metric === undefined) {
            failedSamples++;
            note(sample.error);
          }
          continue;
        }
        for (const [name, result] of Object.entries(sample.metrics)) {
          if (result.outcome !== 'error' || (metric !== undefined && name !== metric)) continue;
          metricErrors++;
          note(`${name}: ${result.reason}`);
        }
      }
    }
    // A pairwise error on a case where a side produced no output only echoes that side's failure.
    if (!bothSidesRan(c)) continue;
    for (const [name, result] of Object.entries(c.pairwise ?? {})) {
      if (result.outcome !== 'error' || (metric !== undefined && name !== metric)) continue;
      metricErrors++;
      note(`${name}: ${result.reason}`);
    }
  }
  return { failedSamples, metricErrors, examples: [...examples] };
}

function bothSidesRan(c: CaseReport): boolean {
  const ran = (samples: { error?: string }[] | undefined) =>
    (samples ?? []).some((s) => s.error === undefined);
  return ran(c.baseline?.samples) && ran(c.candidate?.samples);
}
