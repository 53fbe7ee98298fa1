/**
 * Reports written by earlier versions of promptgate, read back by `merge` and `promote --report`.
 * Each version is validated against its own schema, then upgraded step by step to the current one,
 * so every consumer sees the current contract and the verdicts stay as the report recorded them.
 */
import { isFlaky } from '../compare/cases.js';
import { pairwiseMetricStats, singleMetricStats } from '../compare/metric-stats.js';
import { metricReason, promptReason, runReason, type Reason } from '../core/reason.js';
import type { ReportDocument, ReportDocumentV1 } from './report.js';

type V1Prompt = ReportDocumentV1['prompts'][number];
type V1Metric = V1Prompt['metrics'][number];
type Prompt = ReportDocument['prompts'][number];
type Metric = Prompt['metrics'][number];
type Case = Prompt['cases'][number];

export interface UpgradeOptions {
  /** Confidence of the statistics an older report lacks, computed again from its cases. */
  confidence: number;
}

/** How version 1 labelled the deterministic offline model, the only record it kept of it. */
const V1_OFFLINE_LABEL = '(deterministic offline model, no network)';

/** The sentences version 1 wrote when a run had nothing to evaluate (merge drops them). */
const V1_NOTHING_TO_EVALUATE = new Set(['no prompt changes', 'no prompts with eval cases found']);

/**
 * Version 1 (promptgate 0.1.0) recorded reasons as sentences, and its paired statistics had no
 * pass-rate interval, interval level, score test and p-value, or flaky count, and pairwise metrics
 * no p-value. Reasons get their scope from where they sit (a metric's, a prompt's, or the run's
 * own); their code is `recorded`, the sentence kept as written. The statistics are computed from the
 * report's own cases (the samples are all there); statuses and verdicts stay as recorded, and a
 * warning says so. It had no `offline` flag either: the model label it wrote is read for it, here
 * only, so every later decision reads the flag.
 */
export function upgradeFromV1(document: ReportDocumentV1, options: UpgradeOptions): ReportDocument {
  let recomputed = false;
  const prompts = document.prompts.map((prompt): Prompt => {
    const metricsComplete = prompt.metrics.every(hasCurrentStatistics);
    if (!metricsComplete) recomputed = true;
    const cases = metricsComplete ? prompt.cases : withFlakyMarks(prompt);
    const offline = prompt.offline === true || prompt.model.endsWith(V1_OFFLINE_LABEL);
    return {
      ...prompt,
      ...(offline ? { offline: true as const } : {}),
      reasons: prompt.reasons.map((message) => promptReason(prompt.id, 'recorded', message)),
      cases,
      metrics: prompt.metrics.map((m) => upgradeMetric(prompt.id, m, cases, options)),
    };
  });
  const note = `${document.tool.name} ${document.tool.version} wrote this report (report version 1): the statistics it lacks (paired pass-rate interval, p-values, flaky cases) were computed from its cases at ${Math.round(options.confidence * 100)}% confidence; its verdicts and reasons are as recorded`;
  const warnings = recomputed ? [...(document.warnings ?? []), note] : document.warnings;
  return {
    ...document,
    schemaVersion: 2,
    reasons: runLevelReasons(document, prompts),
    prompts,
    ...(warnings !== undefined ? { warnings } : {}),
  };
}

/**
 * Version 1 listed each failing prompt's reasons at the top as "<id>: <reason>", then the run's
 * own. That is how it wrote them, so that is how they are told apart here, once, on the way in.
 */
function runLevelReasons(document: ReportDocumentV1, prompts: Prompt[]): Reason[] {
  const byLine = new Map<string, Reason>();
  for (const prompt of prompts) {
    for (const reason of prompt.reasons) byLine.set(`${prompt.id}: ${reason.message}`, reason);
  }
  return document.reasons.map(
    (line) =>
      byLine.get(line) ??
      runReason(V1_NOTHING_TO_EVALUATE.has(line) ? 'nothing-to-evaluate' : 'recorded', line),
  );
}

function hasCurrentStatistics(metric: V1Metric): boolean {
  return metric.pairwise ? metric.pairwise.pValue !== undefined : recordedStats(metric) !== undefined;
}

type SingleStats = Pick<Metric, 'baseline' | 'candidate' | 'delta'>;

/** The metric's statistics when it already has every current field (a later 0.x build wrote it). */
function recordedStats(metric: V1Metric): SingleStats | undefined {
  const sides = {
    ...(metric.baseline ? { baseline: metric.baseline } : {}),
    ...(metric.candidate ? { candidate: metric.candidate } : {}),
  };
  const delta = metric.delta;
  if (delta === undefined) return sides;
  const { passRateCi, ciLevel, scorePValue, scoreTest, flakyCases } = delta;
  if (
    passRateCi === undefined ||
    ciLevel === undefined ||
    scorePValue === undefined ||
    scoreTest === undefined ||
    flakyCases === undefined
  )
    return undefined;
  return { ...sides, delta: { ...delta, passRateCi, ciLevel, scorePValue, scoreTest, flakyCases } };
}

function withFlakyMarks(prompt: V1Prompt): Case[] {
  const singles = prompt.metrics.filter((m) => !m.pairwise).map((m) => m.name);
  return prompt.cases.map((c) => (c.flaky || !isFlaky(c, singles) ? c : { ...c, flaky: true as const }));
}

function upgradeMetric(promptId: string, metric: V1Metric, cases: Case[], options: UpgradeOptions): Metric {
  const recorded = {
    name: metric.name,
    type: metric.type,
    passRate: metric.passRate,
    meanScore: metric.meanScore,
    status: metric.status,
    reasons: metric.reasons.map((message) => metricReason(promptId, metric.name, 'recorded', message)),
  };
  if (metric.pairwise) {
    const { pValue } = metric.pairwise;
    const pairwise =
      pValue !== undefined
        ? { ...metric.pairwise, pValue }
        : pairwiseMetricStats(cases, metric.name, options.confidence).stats;
    return { ...recorded, pairwise };
  }
  const sides = { baseline: metric.baseline !== undefined, candidate: metric.candidate !== undefined };
  return {
    ...recorded,
    ...(recordedStats(metric) ?? singleMetricStats(cases, metric.name, sides, options.confidence)),
  };
}
