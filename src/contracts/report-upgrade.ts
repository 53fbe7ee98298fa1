/**
 * Reports written by earlier versions of promptgate, read back by `merge` and `promote --report`.
 * Each version is validated against its own schema, then upgraded step by step to the current one,
 * so every consumer sees the current contract and the verdicts stay as the report recorded them.
 */
import { isFlaky } from '../compare/cases.js';
import { pairwiseMetricStats, singleMetricStats } from '../compare/metric-stats.js';
import type { ReportDocument, ReportDocumentV1 } from './report.js';

type V1Prompt = ReportDocumentV1['prompts'][number];
type V1Metric = V1Prompt['metrics'][number];
type Prompt = ReportDocument['prompts'][number];
type Metric = Prompt['metrics'][number];

export interface UpgradeOptions {
  /** Confidence of the statistics an older report lacks, computed again from its cases. */
  confidence: number;
}

/**
 * Version 1 (promptgate 0.1.0): the paired statistics had no pass-rate interval, interval level,
 * score test and p-value, or flaky count, and pairwise metrics no p-value. They are computed from
 * the report's own cases (the samples are all there); status, reasons and verdicts are kept as
 * recorded, and a warning says so.
 */
export function upgradeFromV1(document: ReportDocumentV1, options: UpgradeOptions): ReportDocument {
  let recomputed = false;
  const prompts = document.prompts.map((prompt): Prompt => {
    const complete = prompt.metrics.every(isCurrentMetric);
    if (complete) return prompt as Prompt;
    recomputed = true;
    const singles = prompt.metrics.filter((m) => !m.pairwise).map((m) => m.name);
    const cases = prompt.cases.map((c) => {
      if (c.flaky || !isFlaky(c, singles)) return c;
      return { ...c, flaky: true as const };
    });
    return { ...prompt, cases, metrics: prompt.metrics.map((m) => upgradeMetric(m, cases, options)) };
  });
  const note = `${document.tool.name} ${document.tool.version} wrote this report (report version 1): the statistics it lacks (paired pass-rate interval, p-values, flaky cases) were computed from its cases at ${Math.round(options.confidence * 100)}% confidence; its verdicts and reasons are as recorded`;
  const warnings = recomputed ? [...(document.warnings ?? []), note] : document.warnings;
  return {
    ...document,
    schemaVersion: 2,
    prompts,
    ...(warnings !== undefined ? { warnings } : {}),
  };
}

function isCurrentMetric(metric: V1Metric): metric is Metric {
  const delta = metric.delta;
  const deltaComplete =
    delta === undefined ||
    (delta.passRateCi !== undefined &&
      delta.ciLevel !== undefined &&
      delta.scorePValue !== undefined &&
      delta.scoreTest !== undefined &&
      delta.flakyCases !== undefined);
  return deltaComplete && (metric.pairwise === undefined || metric.pairwise.pValue !== undefined);
}

function upgradeMetric(metric: V1Metric, cases: Prompt['cases'], options: UpgradeOptions): Metric {
  if (isCurrentMetric(metric)) return metric;
  const recorded = {
    name: metric.name,
    type: metric.type,
    passRate: metric.passRate,
    meanScore: metric.meanScore,
    status: metric.status,
    reasons: metric.reasons,
  };
  if (metric.pairwise) {
    return { ...recorded, pairwise: pairwiseMetricStats(cases, metric.name, options.confidence).stats };
  }
  const sides = { baseline: metric.baseline !== undefined, candidate: metric.candidate !== undefined };
  return { ...recorded, ...singleMetricStats(cases, metric.name, sides, options.confidence) };
}
