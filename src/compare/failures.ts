/** Counting what went wrong while running a prompt: failed samples and metrics that could not judge. */
import type { CaseReport, CaseSideReport } from '../report/types.js';

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
  const countMetricErrors = (results: Record<string, { outcome: string; reason: string }>) => {
    if (metric !== undefined) {
      // One metric asked for: look it up instead of listing every result.
      const result = Object.hasOwn(results, metric) ? results[metric] : undefined;
      if (result?.outcome !== 'error') return;
      metricErrors++;
      note(`${metric}: ${result.reason}`);
      return;
    }
    for (const name of Object.keys(results)) {
      const result = results[name]!;
      if (result.outcome !== 'error') continue;
      metricErrors++;
      note(`${name}: ${result.reason}`);
    }
  };
  const countSide = (samples: CaseSideReport['samples'] | undefined) => {
    for (const sample of samples ?? []) {
      if (sample.error === undefined) countMetricErrors(sample.metrics);
      else if (metric === undefined) {
        failedSamples++;
        note(sample.error);
      }
    }
  };
  for (const c of cases) {
    countSide(c.baseline?.samples);
    countSide(c.candidate?.samples);
    // A pairwise error on a case where a side produced no output only echoes that side's failure.
    if (c.pairwise && bothSidesRan(c)) countMetricErrors(c.pairwise);
  }
  return { failedSamples, metricErrors, examples: [...examples] };
}

function bothSidesRan(c: CaseReport): boolean {
  const ran = (samples: { error?: string }[] | undefined) =>
    (samples ?? []).some((s) => s.error === undefined);
  return ran(c.baseline?.samples) && ran(c.candidate?.samples);
}
