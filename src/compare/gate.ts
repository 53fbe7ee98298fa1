/**
 * The gate: turns a prompt's statistics into a verdict (pass / inconclusive / fail / error) and
 * one-sentence reasons. alpha = 1 - `confidence`; every test is one-sided ("the candidate is worse").
 *
 * Without a baseline (`eval`, added prompts, a baseline that could not be prepared), thresholds are
 * absolute: the candidate's case pass rate must reach `minPassRate` (default: the suite threshold;
 * for GitHub Models files 1, so any failing case fails), a metric its own `minPassRate`, and
 * `minScore` applies to mean scores.
 *
 * With a baseline (`compare`), verdicts are about the change:
 * - a metric fails when its pass rate (exact McNemar, clustered by case with repeats) or its mean
 *   score (paired t / sign-flip) dropped significantly AND by more than `maxDrop`, the tolerance:
 *   drops up to `maxDrop` are accepted even when real;
 * - a drop beyond `maxDrop` that is not significant is `inconclusive`, and so is any pass-rate drop
 *   on a suite too small for the test to ever flag a drop of `maxDrop` (see detectionFloor);
 * - a threshold the baseline also misses is reported ("below the threshold, as before") and does
 *   not fail; one the baseline met and the candidate misses fails when the drop is significant,
 *   and is inconclusive otherwise;
 * - pairwise: fails when the candidate loses significantly more often than it wins (exact sign
 *   test on decisive pairs) by more than `maxDrop`; inconclusive when it loses more than that
 *   without significance.
 * Errors: with `failOnError`, any failed sample or metric that could not judge makes the verdict
 * `error`. Removed prompts pass ("removed"). `requireVersionBump`: content changed, version did not -> fail.
 */
import type { GatePolicy } from '../config/types.js';
import { metricReason, promptReason, type Reason, type ReasonCode } from '../core/reason.js';
import type { Verdict } from '../core/verdict.js';
import { interval, percent, plural, points, pStatement, score } from '../report/format.js';
import type { MetricDelta, MetricReport, PromptReport } from '../report/types.js';
import { pairedCasePassFractions, sidePassRate } from './cases.js';
import { passFractionDropPValue } from './drop-tests.js';
import { summarizeFailures, type FailureSummary } from './failures.js';

export type MetricPolicy = Omit<GatePolicy, 'metrics' | 'failOn'>;

/** Tolerance so that a drop of exactly maxDrop (0.05 vs 0.050000000000000044) does not fail. */
const EPSILON = 1e-9;

export function metricPolicy(policy: GatePolicy, metric: string): MetricPolicy {
  // The global minPassRate is the prompt-level threshold; only a metric's own one applies to the metric.
  // `failOn` is run-level: not part of a metric's policy.
  return {
    minScore: policy.minScore,
    maxDrop: policy.maxDrop,
    confidence: policy.confidence,
    failOnError: policy.failOnError,
    requireVersionBump: policy.requireVersionBump,
    minPassRate: undefined,
    ...policy.metrics[metric],
  };
}

/** What a rule found: the gate rule (code), the metric it is about (none: the prompt), one sentence. */
interface Finding {
  code: ReasonCode;
  metric?: string;
  message: string;
}

/** Reasons found by a rule, by the verdict they call for. */
interface Findings {
  fail: Finding[];
  inconclusive: Finding[];
  /** Facts that change nothing (a threshold missed as before). */
  notes: Finding[];
}

const promptFinding = (code: ReasonCode, message: string): Finding => ({ code, message });
const metricFinding = (metric: MetricReport, code: ReasonCode, message: string): Finding => ({
  code,
  metric: metric.name,
  message,
});

function toReason(promptId: string, finding: Finding): Reason {
  return finding.metric !== undefined
    ? metricReason(promptId, finding.metric, finding.code, finding.message)
    : promptReason(promptId, finding.code, finding.message);
}

const none = (): Findings => ({ fail: [], inconclusive: [], notes: [] });

function merge(...all: Findings[]): Findings {
  return {
    fail: all.flatMap((f) => f.fail),
    inconclusive: all.flatMap((f) => f.inconclusive),
    notes: all.flatMap((f) => f.notes),
  };
}

function findingsVerdict(f: Findings): Verdict {
  return f.fail.length > 0 ? 'fail' : f.inconclusive.length > 0 ? 'inconclusive' : 'pass';
}

/** Applies the policy; keeps the reasons already on the report (notes such as an unavailable baseline). */
export function gatePrompt(report: PromptReport, policy: GatePolicy): PromptReport {
  if (report.status === 'removed') {
    return {
      ...report,
      verdict: 'pass',
      reasons: [...report.reasons, promptReason(report.id, 'removed', 'removed')],
      metrics: report.metrics.map((m) => ({ ...m, status: 'pass', reasons: [] })),
    };
  }
  const prompt = promptRules(report, policy);
  const gated = report.metrics.map((m) => gateMetric(m, report, policy, prompt.fail.length > 0));
  const findings = merge(prompt, ...gated.map((g) => g.findings));
  const failures = summarizeFailures(report.cases);
  const errored =
    (policy.failOnError && failures.failedSamples > 0) || gated.some((g) => g.metric.status === 'error');
  const verdict: Verdict = errored ? 'error' : findingsVerdict(findings);
  return {
    ...report,
    verdict,
    reasons: [
      ...report.reasons,
      ...[...findings.fail, ...findings.inconclusive, ...findings.notes].map((f) => toReason(report.id, f)),
      ...(errored ? [promptReason(report.id, 'evaluation-errors', errorReason(failures))] : []),
    ],
    metrics: gated.map((g) => g.metric),
  };
}

function promptRules(report: PromptReport, policy: GatePolicy): Findings {
  const found = none();
  const { version } = report;
  if (policy.requireVersionBump && version.notBumped && report.status !== 'added') {
    const bump = version.suggestedBump ? ` (suggested: ${version.suggestedBump} bump)` : '';
    found.fail.push(
      promptFinding(
        'version-not-bumped',
        `version not bumped: the prompt changed but its version is still ${version.candidate ?? 'unset'}${bump}`,
      ),
    );
  }
  if (report.cases.length === 0) return found;
  const minimum = policy.minPassRate ?? report.threshold;
  const candidate = sidePassRate(report.cases, 'candidate');
  if (!candidate) {
    found.fail.push(promptFinding('no-case-scored', 'no candidate case could be scored'));
    return found;
  }
  if (candidate.rate >= minimum - EPSILON) return found;
  const what = `pass rate ${percent(candidate.rate)} (${candidate.passed} of ${plural(candidate.scored, 'case')}) is below the minimum ${percent(minimum)}`;
  const baseline = sidePassRate(report.cases, 'baseline');
  const below = (message: string) => promptFinding('below-threshold', message);
  if (!baseline) {
    found.fail.push(below(what));
    return found;
  }
  if (baseline.rate < minimum - EPSILON) {
    found.notes.push(below(`${what}, as before (baseline ${percent(baseline.rate)})`));
    return found;
  }
  const singles = report.metrics.filter((m) => !m.pairwise).map((m) => m.name);
  const diffs = pairedCasePassFractions(report.cases, singles);
  const p = diffs.length >= 2 ? passFractionDropPValue(diffs) : 1;
  const evidence = `baseline ${percent(baseline.rate)}, one-sided ${pStatement(p)}`;
  if (p <= 1 - policy.confidence) found.fail.push(below(`${what} (${evidence})`));
  else found.inconclusive.push(below(`${what} (${evidence}): the drop is not significant, cannot tell`));
  return found;
}

interface GatedMetric {
  metric: MetricReport;
  /** Rule findings; errors are summarised once at prompt level. */
  findings: Findings;
}

function gateMetric(
  metric: MetricReport,
  report: PromptReport,
  policy: GatePolicy,
  promptFailedThreshold: boolean,
): GatedMetric {
  const effective = metricPolicy(policy, metric.name);
  const findings = metric.pairwise ? pairwiseRules(metric, effective) : singleRules(metric, effective);
  const errors = summarizeFailures(report.cases, metric.name);
  const errored = effective.failOnError && errors.metricErrors > 0;
  const errorReasons = errored
    ? [
        metricFinding(
          metric,
          'metric-errors',
          `\`${metric.name}\`: ${plural(errors.metricErrors, 'result')} could not be computed (e.g. ${quoteList(errors.examples)})`,
        ),
      ]
    : [];
  // A metric below the prompt's threshold is why the prompt fails it (every case must pass every
  // metric): mark it, without repeating the prompt-level reason. In compare mode only when the
  // prompt did fail its threshold (not when it missed it as before, or without significance).
  const threshold = policy.minPassRate ?? report.threshold;
  const absolute = !metric.baseline;
  const belowThreshold =
    (absolute || promptFailedThreshold) &&
    !metric.pairwise &&
    metric.candidate !== undefined &&
    metric.candidate.n > 0 &&
    metric.candidate.passRate < threshold - EPSILON;
  const notes: Finding[] = belowThreshold
    ? [
        metricFinding(
          metric,
          'below-prompt-threshold',
          `\`${metric.name}\`: pass rate ${percent(metric.passRate)} is below the prompt's threshold ${percent(threshold)}`,
        ),
      ]
    : [];
  // Every case errored: 0% would read as a measurement and PASS as a verdict; neither is true.
  const unscored =
    !metric.pairwise && metric.candidate !== undefined && metric.candidate.n === 0 && report.cases.length > 0;
  if (unscored)
    notes.push(metricFinding(metric, 'no-case-scored', `\`${metric.name}\`: no case could be scored`));
  const ruled = findingsVerdict(findings);
  const status: Verdict =
    errored || (unscored && effective.failOnError) ? 'error' : belowThreshold || unscored ? 'fail' : ruled;
  return {
    metric: {
      ...metric,
      status,
      reasons: [...findings.fail, ...findings.inconclusive, ...findings.notes, ...notes, ...errorReasons].map(
        (f) => toReason(report.id, f),
      ),
    },
    findings,
  };
}

function singleRules(metric: MetricReport, policy: MetricPolicy): Findings {
  const { candidate, baseline, delta } = metric;
  if (!candidate || candidate.n === 0) return none();
  if (!baseline || !delta || delta.n === 0) return absoluteRules(metric, policy);
  return merge(dropRules(metric, delta, policy), relativeThresholds(metric, delta, policy));
}

/** No baseline to compare with: the candidate is held to the thresholds as they are. */
function absoluteRules(metric: MetricReport, policy: MetricPolicy): Findings {
  const found = none();
  const name = `\`${metric.name}\``;
  const candidate = metric.candidate;
  if (!candidate) return found;
  if (policy.minPassRate !== undefined && candidate.passRate < policy.minPassRate - EPSILON) {
    found.fail.push(
      metricFinding(
        metric,
        'below-min-pass-rate',
        `${name}: pass rate ${percent(candidate.passRate)} is below the minimum ${percent(policy.minPassRate)}`,
      ),
    );
  }
  if (policy.minScore !== undefined && candidate.meanScore < policy.minScore - EPSILON) {
    found.fail.push(
      metricFinding(
        metric,
        'below-min-score',
        `${name}: mean score ${score(candidate.meanScore)} is below the minimum ${score(policy.minScore)}`,
      ),
    );
  }
  return found;
}

/** Drops of pass rate and mean score against `maxDrop`, the tolerance, each with its own test. */
function dropRules(metric: MetricReport, delta: MetricDelta, policy: MetricPolicy): Findings {
  const found = none();
  const alpha = 1 - policy.confidence;
  const name = `\`${metric.name}\``;
  const baseline = metric.baseline;
  const candidate = metric.candidate;
  if (!baseline || !candidate) return found;
  const level = `${Math.round(delta.ciLevel * 100)}% CI`;
  const paired =
    delta.n !== baseline.n || delta.n !== candidate.n
      ? `, over ${plural(delta.n, 'case')} scored on both sides`
      : '';
  const tolerance = `tolerance ${points(policy.maxDrop)}`;

  const passDrop = -delta.passRate;
  const passSignificant = delta.flipPValue <= alpha;
  const passEvidence =
    `${percent(baseline.passRate)} -> ${percent(candidate.passRate)}, ${flips(delta)}, ` +
    `one-sided ${pStatement(delta.flipPValue)}, ${level} ${pointsInterval(delta.passRateCi)}${paired}`;
  if (passDrop > policy.maxDrop + EPSILON) {
    if (passSignificant)
      found.fail.push(
        metricFinding(
          metric,
          'pass-rate-drop',
          `${name}: pass rate dropped ${points(passDrop)} (${passEvidence}), ${tolerance}`,
        ),
      );
    else
      found.inconclusive.push(
        metricFinding(
          metric,
          'pass-rate-drop',
          `${name}: pass rate dropped ${points(passDrop)} (${passEvidence}), beyond the ${tolerance} but not significant at ${percent(policy.confidence)}: cannot tell`,
        ),
      );
  }

  const scoreDrop = -delta.meanScore;
  const scoreSignificant = delta.scorePValue <= alpha;
  const scoreEvidence =
    `${score(baseline.meanScore)} -> ${score(candidate.meanScore)}, ${delta.scoreTest === 'paired-t' ? 'paired t' : 'sign-flip test'} ` +
    `one-sided ${pStatement(delta.scorePValue)}, ${level} ${interval(delta.ci)}${paired}`;
  // A pass/fail metric's score is its pass rate: the exact test above decides alone.
  if (scoreDrop > policy.maxDrop + EPSILON && delta.scoreTest !== 'pass-rate') {
    if (scoreSignificant)
      found.fail.push(
        metricFinding(
          metric,
          'score-drop',
          `${name}: mean score dropped ${score(scoreDrop)} (${scoreEvidence}), tolerance ${score(policy.maxDrop)}`,
        ),
      );
    else
      found.inconclusive.push(
        metricFinding(
          metric,
          'score-drop',
          `${name}: mean score dropped ${score(scoreDrop)} (${scoreEvidence}), beyond the tolerance ${score(policy.maxDrop)} but not significant: cannot tell`,
        ),
      );
  }

  // The pass rate fell on a suite too small to ever flag a drop of the tolerance: it cannot tell.
  const fell = passDrop > EPSILON && passDrop <= policy.maxDrop + EPSILON;
  if (fell && delta.minDetectableEffect > policy.maxDrop + EPSILON) {
    found.inconclusive.push(
      metricFinding(
        metric,
        'drop-undetectable',
        `${name}: ${plural(delta.n, 'paired case')} cannot show a pass-rate drop of ${points(policy.maxDrop)}: ` +
          `the smallest drop the test can flag at ${percent(policy.confidence)} is ${points(delta.minDetectableEffect)}` +
          `${delta.n < 2 ? ' (n/a with fewer than 2 cases)' : ''}; add cases or repeats, or raise max_drop`,
      ),
    );
  }
  return found;
}

/** `min_pass_rate` / `min_score` of the metric, judged on the change. */
function relativeThresholds(metric: MetricReport, delta: MetricDelta, policy: MetricPolicy): Findings {
  const found = none();
  const alpha = 1 - policy.confidence;
  const name = `\`${metric.name}\``;
  const { baseline, candidate } = metric;
  if (!baseline || !candidate) return found;
  const check = (
    code: ReasonCode,
    what: string,
    before: number,
    after: number,
    minimum: number,
    p: number,
    show: (x: number) => string,
  ) => {
    if (after >= minimum - EPSILON) return;
    const text = `${name}: ${what} ${show(after)} is below the minimum ${show(minimum)}`;
    const finding = (message: string) => metricFinding(metric, code, message);
    if (before < minimum - EPSILON)
      found.notes.push(finding(`${text}, as before (baseline ${show(before)})`));
    else if (p <= alpha)
      found.fail.push(finding(`${text} (baseline ${show(before)}, one-sided ${pStatement(p)})`));
    else
      found.inconclusive.push(
        finding(
          `${text} (baseline ${show(before)}, one-sided ${pStatement(p)}): not significant, cannot tell`,
        ),
      );
  };
  if (policy.minPassRate !== undefined)
    check(
      'below-min-pass-rate',
      'pass rate',
      baseline.passRate,
      candidate.passRate,
      policy.minPassRate,
      delta.flipPValue,
      percent,
    );
  if (policy.minScore !== undefined)
    check(
      'below-min-score',
      'mean score',
      baseline.meanScore,
      candidate.meanScore,
      policy.minScore,
      delta.scorePValue,
      (x) => score(x),
    );
  return found;
}

function pairwiseRules(metric: MetricReport, policy: MetricPolicy): Findings {
  const found = none();
  const stats = metric.pairwise;
  if (!stats || stats.wins + stats.ties + stats.losses === 0) return found;
  const name = `\`${metric.name}\``;
  const level = Math.round((1 - 2 * (1 - policy.confidence)) * 100);
  const tally =
    `${stats.wins} wins, ${stats.ties} ties, ${stats.losses} losses; one-sided ${pStatement(stats.pValue)}, ` +
    `${level}% CI of win - loss rate ${pointsInterval(stats.netCi)}`;
  const net = stats.lossRate - stats.winRate;
  if (net <= policy.maxDrop + EPSILON) return found;
  if (stats.pValue <= 1 - policy.confidence)
    found.fail.push(
      metricFinding(
        metric,
        'judged-worse',
        `${name}: the candidate is judged worse than the baseline (${tally}), tolerance ${points(policy.maxDrop)}`,
      ),
    );
  else
    found.inconclusive.push(
      metricFinding(
        metric,
        'judged-worse',
        `${name}: the candidate loses ${points(net)} more often than it wins (${tally}), not significant: cannot tell`,
      ),
    );
  return found;
}

/** "3 pass->fail, 1 fail->pass (2 flaky)" */
function flips(delta: MetricDelta): string {
  const flaky = delta.flakyCases > 0 ? `, ${delta.flakyCases} flaky on the baseline` : '';
  return `${delta.passToFail} pass->fail, ${delta.failToPass} fail->pass${flaky}`;
}

/** An interval of a rate change in points: "-12.0 to +3.5 pts". */
function pointsInterval(ci: { low: number; high: number }): string {
  const signed = (x: number) => points(x, true).replace(/ pts$/, '');
  return `${signed(ci.low)} to ${signed(ci.high)} pts`;
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
