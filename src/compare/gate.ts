/**
 * The gate: turns a prompt's statistics into a verdict and one-sentence reasons.
 *
 * Rules (per-metric overrides in `policy.metrics[name]` replace the global value for that metric):
 * - absolute: the candidate's case pass rate (cases passing every metric, errored cases excluded)
 *   must reach `minPassRate` (default: the suite threshold). A metric's own `minPassRate` applies to
 *   that metric's pass rate; `minScore` (global or per metric) to each metric's mean score.
 * - relative (a baseline exists): a metric fails when its pass rate or mean score drops by more than
 *   `maxDrop`. With `requireSignificance`, a drop fails only when it is also significant: the exact
 *   McNemar p-value on the pass flips below 1 - confidence (pass rate), or the CI of the paired score
 *   difference entirely below 0 (score).
 * - pairwise: a metric fails when the CI of (win rate - loss rate) lies entirely below 0, i.e. the
 *   candidate is judged significantly worse. A per-metric `maxDrop` additionally fails it when
 *   loss rate - win rate exceeds it (and, with `requireSignificance`, the CI is below 0).
 * - errors: with `failOnError`, any failed sample or metric that could not judge makes the verdict
 *   `error` (results are incomplete); otherwise errors are reported only.
 * - removed prompts pass ("removed"); prompts without a baseline get the absolute rules only.
 * - `requireVersionBump`: content changed but the version did not -> fail.
 */
import type { GatePolicy } from '../config/types.js';
import { interval, percent, plural, points, score } from '../report/format.js';
import type { MetricReport, PromptReport, Verdict } from '../report/types.js';
import { sidePassRate } from './cases.js';
import { summarizeFailures, type FailureSummary } from './failures.js';

export type MetricPolicy = Omit<GatePolicy, 'metrics'>;

/** Tolerance so that a drop of exactly maxDrop (0.05 vs 0.050000000000000044) does not fail. */
const EPSILON = 1e-9;

export function metricPolicy(policy: GatePolicy, metric: string): MetricPolicy {
  const { metrics, ...global } = policy;
  // The global minPassRate is the prompt-level threshold; only a metric's own one applies to the metric.
  return { ...global, minPassRate: undefined, ...metrics[metric] };
}

/** Applies the policy; keeps the reasons already on the report (notes such as an unavailable baseline). */
export function gatePrompt(report: PromptReport, policy: GatePolicy): PromptReport {
  if (report.status === 'removed') {
    return {
      ...report,
      verdict: 'pass',
      reasons: [...report.reasons, 'removed'],
      metrics: report.metrics.map((m) => ({ ...m, status: 'pass', reasons: [] })),
    };
  }
  const gated = report.metrics.map((m) => gateMetric(m, report, policy));
  const failing = [...promptRules(report, policy), ...gated.flatMap((g) => g.failures)];
  const failures = summarizeFailures(report.cases);
  const errored =
    (policy.failOnError && failures.failedSamples > 0) || gated.some((g) => g.metric.status === 'error');
  const verdict: Verdict = errored ? 'error' : failing.length > 0 ? 'fail' : 'pass';
  return {
    ...report,
    verdict,
    reasons: [...report.reasons, ...failing, ...(errored ? [errorReason(failures)] : [])],
    metrics: gated.map((g) => g.metric),
  };
}

function promptRules(report: PromptReport, policy: GatePolicy): string[] {
  const reasons: string[] = [];
  const { version } = report;
  if (policy.requireVersionBump && version.notBumped && report.status !== 'added') {
    const bump = version.suggestedBump ? ` (suggested: ${version.suggestedBump} bump)` : '';
    reasons.push(
      `version not bumped: the prompt changed but its version is still ${version.candidate ?? 'unset'}${bump}`,
    );
  }
  if (report.cases.length === 0) return reasons;
  const minimum = policy.minPassRate ?? report.threshold;
  const candidate = sidePassRate(report.cases, 'candidate');
  if (!candidate) {
    reasons.push('no candidate case could be scored');
  } else if (candidate.rate < minimum - EPSILON) {
    reasons.push(
      `pass rate ${percent(candidate.rate)} (${candidate.passed} of ${plural(candidate.scored, 'case')}) is below the minimum ${percent(minimum)}`,
    );
  }
  return reasons;
}

interface GatedMetric {
  metric: MetricReport;
  /** Rule failures only; errors are summarised once at prompt level. */
  failures: string[];
}

function gateMetric(metric: MetricReport, report: PromptReport, policy: GatePolicy): GatedMetric {
  const effective = metricPolicy(policy, metric.name);
  const failures = metric.pairwise
    ? pairwiseRules(metric, effective, policy.metrics[metric.name]?.maxDrop)
    : singleRules(metric, effective);
  const errors = summarizeFailures(report.cases, metric.name);
  const errored = effective.failOnError && errors.metricErrors > 0;
  const errorReasons = errored
    ? [
        `\`${metric.name}\`: ${plural(errors.metricErrors, 'result')} could not be computed (e.g. ${quoteList(errors.examples)})`,
      ]
    : [];
  // A metric below the prompt's threshold is why the prompt fails it (every case must pass every
  // metric): mark it, without repeating the prompt-level reason.
  const threshold = policy.minPassRate ?? report.threshold;
  const belowThreshold =
    !metric.pairwise &&
    metric.candidate !== undefined &&
    metric.candidate.n > 0 &&
    metric.candidate.passRate < threshold - EPSILON;
  const notes: string[] = belowThreshold
    ? [
        `\`${metric.name}\`: pass rate ${percent(metric.passRate)} is below the prompt's threshold ${percent(threshold)}`,
      ]
    : [];
  // Every case errored: 0% would read as a measurement and PASS as a verdict; neither is true.
  const unscored =
    !metric.pairwise && metric.candidate !== undefined && metric.candidate.n === 0 && report.cases.length > 0;
  if (unscored) notes.push(`\`${metric.name}\`: no case could be scored`);
  const status: Verdict =
    errored || (unscored && effective.failOnError)
      ? 'error'
      : failures.length > 0 || belowThreshold || unscored
        ? 'fail'
        : 'pass';
  return { metric: { ...metric, status, reasons: [...failures, ...notes, ...errorReasons] }, failures };
}

function singleRules(metric: MetricReport, policy: MetricPolicy): string[] {
  const reasons: string[] = [];
  const name = `\`${metric.name}\``;
  const { candidate, baseline, delta } = metric;
  if (candidate && candidate.n > 0) {
    if (policy.minPassRate !== undefined && candidate.passRate < policy.minPassRate - EPSILON) {
      reasons.push(
        `${name}: pass rate ${percent(candidate.passRate)} is below the minimum ${percent(policy.minPassRate)}`,
      );
    }
    if (policy.minScore !== undefined && candidate.meanScore < policy.minScore - EPSILON) {
      reasons.push(
        `${name}: mean score ${score(candidate.meanScore)} is below the minimum ${score(policy.minScore)}`,
      );
    }
  }
  if (!delta || !baseline || !candidate || delta.n === 0) return reasons;
  const paired =
    delta.n !== baseline.n || delta.n !== candidate.n ? `, over ${delta.n} cases scored on both sides` : '';
  const confidence = `${Math.round(policy.confidence * 100)}% CI`;

  const passDrop = -delta.passRate;
  if (
    passDrop > policy.maxDrop + EPSILON &&
    (!policy.requireSignificance || delta.flipPValue < 1 - policy.confidence)
  ) {
    const p = policy.requireSignificance ? `, McNemar p = ${delta.flipPValue.toFixed(3)}` : '';
    reasons.push(
      `${name}: pass rate dropped ${points(passDrop)} (${percent(baseline.passRate)} -> ${percent(candidate.passRate)}, ` +
        `${confidence} of score change ${interval(delta.ci)}${p}${paired}), limit ${points(policy.maxDrop)}`,
    );
  }
  const scoreDrop = -delta.meanScore;
  if (scoreDrop > policy.maxDrop + EPSILON && (!policy.requireSignificance || delta.ci.high < 0)) {
    reasons.push(
      `${name}: mean score dropped ${score(scoreDrop)} (${score(baseline.meanScore)} -> ${score(candidate.meanScore)}, ` +
        `${confidence} of change ${interval(delta.ci)}${paired}), limit ${score(policy.maxDrop)}`,
    );
  }
  return reasons;
}

function pairwiseRules(metric: MetricReport, policy: MetricPolicy, maxDrop: number | undefined): string[] {
  const stats = metric.pairwise;
  if (!stats || stats.wins + stats.ties + stats.losses === 0) return [];
  const name = `\`${metric.name}\``;
  const tally =
    `${stats.wins} wins, ${stats.ties} ties, ${stats.losses} losses; ` +
    `${Math.round(policy.confidence * 100)}% CI of win - loss rate ${interval(stats.netCi)}`;
  const significantlyWorse = stats.netCi.high < 0;
  if (significantlyWorse)
    return [`${name}: the candidate is judged significantly worse than the baseline (${tally})`];
  const net = stats.lossRate - stats.winRate;
  if (maxDrop !== undefined && !policy.requireSignificance && net > maxDrop + EPSILON) {
    return [
      `${name}: the candidate loses ${points(net)} more often than it wins (${tally}), limit ${points(maxDrop)}`,
    ];
  }
  return [];
}

function errorReason(failures: FailureSummary): string {
  const parts = [
    ...(failures.failedSamples > 0 ? [`${plural(failures.failedSamples, 'sample')} failed`] : []),
    ...(failures.metricErrors > 0
      ? [`${plural(failures.metricErrors, 'metric result')} could not be computed`]
      : []),
  ];
  return `${parts.join(' and ')} (e.g. ${quoteList(failures.examples)}); results are incomplete`;
}

function quoteList(messages: string[]): string {
  return messages.map((m) => JSON.stringify(m.length > 120 ? `${m.slice(0, 119)}…` : m)).join('; ');
}
