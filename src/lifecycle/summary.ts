import type { PromptReport, Report } from '../report/types.js';
import { isCommitSha, type EvaluationSummary, type MetricSummary } from './lockfile.js';

/**
 * The part of an evaluation worth keeping in the lock file: the candidate's verdict, model and
 * per-metric pass rate, mean score and case count. Rounded so the file does not churn on float noise.
 */
export function summarizeEvaluation(
  report: Pick<Report, 'generatedAt' | 'head'>,
  prompt: PromptReport,
): EvaluationSummary {
  const metrics: Record<string, MetricSummary> = {};
  for (const metric of prompt.metrics) {
    if (metric.pairwise) continue;
    metrics[metric.name] = {
      passRate: round(metric.passRate),
      meanScore: round(metric.meanScore),
      n: metric.candidate?.n ?? prompt.cases.length,
    };
  }
  return {
    verdict: prompt.verdict,
    model: prompt.model,
    at: report.generatedAt,
    ...(report.head && isCommitSha(report.head.sha) ? { commit: report.head.sha } : {}),
    metrics,
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
