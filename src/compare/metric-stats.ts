/** Statistics of one metric over a prompt's cases: per side, paired delta, and pairwise verdicts. */
import type { CaseReport, MetricDelta, PairwiseStats, SideStats } from '../report/types.js';
import type { PairResult, PairVerdict } from '../metrics/types.js';
import { CASE_PASS_FRACTION, caseMetricValue, type CaseMetricValue, type SideName } from './cases.js';
import { clusteredMean, wilsonInterval } from './stats.js';
import { casesNeeded, newcombePairedInterval, passFractionDropPValue, scoreDropTest } from './drop-tests.js';

export interface SingleMetricStats {
  baseline?: SideStats;
  candidate?: SideStats;
  delta?: MetricDelta;
}

export function singleMetricStats(
  cases: CaseReport[],
  metric: string,
  sides: Record<SideName, boolean>,
  confidence: number,
): SingleMetricStats {
  const stats: SingleMetricStats = {};
  if (sides.baseline) stats.baseline = sideStats(cases, 'baseline', metric, confidence);
  if (sides.candidate) stats.candidate = sideStats(cases, 'candidate', metric, confidence);
  if (sides.baseline && sides.candidate) stats.delta = pairedDelta(cases, metric, confidence);
  return stats;
}

function sideStats(cases: CaseReport[], side: SideName, metric: string, confidence: number): SideStats {
  const values: CaseMetricValue[] = [];
  let errors = 0;
  for (const c of cases) {
    const value = caseMetricValue(c, side, metric);
    if (value === 'error') errors++;
    else if (value !== undefined) values.push(value);
  }
  const passes = values.reduce((acc, v) => acc + v.passFraction, 0);
  const score = clusteredMean(values.map((v) => v.sampleScores));
  return {
    n: values.length,
    passRate: values.length > 0 ? passes / values.length : 0,
    passRateCi: wilsonInterval(passes, values.length, confidence),
    meanScore: score.mean,
    scoreStdErr: score.stdErr,
    errors,
  };
}

/** Differences over the cases both sides could score (paired: same inputs on both versions). */
function pairedDelta(cases: CaseReport[], metric: string, confidence: number): MetricDelta {
  const alpha = 1 - confidence;
  const passDiffs: number[] = [];
  const scoreDiffs: number[] = [];
  const table = { bothPass: 0, passToFail: 0, failToPass: 0, bothFail: 0 };
  let passToFail = 0;
  let failToPass = 0;
  let flakyCases = 0;
  let scoreIsPassRate = true;
  for (const c of cases) {
    const before = caseMetricValue(c, 'baseline', metric);
    const after = caseMetricValue(c, 'candidate', metric);
    if (before === undefined || before === 'error' || after === undefined || after === 'error') continue;
    const b = before.passFraction;
    const a = after.passFraction;
    passDiffs.push(a - b);
    scoreDiffs.push(after.score - before.score);
    table.bothPass += b * a;
    table.passToFail += b * (1 - a);
    table.failToPass += (1 - b) * a;
    table.bothFail += (1 - b) * (1 - a);
    if (b > 0 && b < 1) flakyCases++;
    if (Math.abs(before.score - b) > 1e-12 || Math.abs(after.score - a) > 1e-12) scoreIsPassRate = false;
    const passedBefore = b >= CASE_PASS_FRACTION;
    const passedAfter = a >= CASE_PASS_FRACTION;
    if (passedBefore && !passedAfter) passToFail++;
    if (!passedBefore && passedAfter) failToPass++;
  }
  const n = scoreDiffs.length;
  const level = 1 - 2 * alpha;
  const flipPValue = n >= 2 ? passFractionDropPValue(passDiffs) : 1;
  const passRateCi = newcombePairedInterval(
    table.bothPass,
    table.passToFail,
    table.failToPass,
    table.bothFail,
    level,
  );
  const score = scoreIsPassRate
    ? { method: 'pass-rate' as const, pValue: flipPValue, ci: passRateCi }
    : scoreDropTest(scoreDiffs, alpha);
  return {
    passRate: n > 0 ? passDiffs.reduce((x, y) => x + y, 0) / n : 0,
    meanScore: n > 0 ? scoreDiffs.reduce((x, y) => x + y, 0) / n : 0,
    ci: score.ci,
    passRateCi,
    ciLevel: level,
    n,
    flipPValue,
    scorePValue: score.pValue,
    scoreTest: score.method,
    passToFail,
    failToPass,
    significant: score.ci.low > 0 || score.ci.high < 0,
    minDetectableEffect: detectionFloor(n, samplesPerCase(cases, metric), alpha),
    flakyCases,
  };
}

/**
 * The smallest pass-rate drop the pass-rate test can flag: the fewest cases that must all move the
 * same way (2^-m <= alpha), each by the smallest step a case can move (1/k with k samples per side).
 */
export function detectionFloor(n: number, samples: number, alpha: number): number {
  if (n <= 0) return 1;
  const needed = casesNeeded(alpha);
  return needed > n ? 1 : needed / (Math.max(1, samples) * n);
}

/** The typical number of scored samples per case on the baseline (the resolution of a pass fraction). */
function samplesPerCase(cases: CaseReport[], metric: string): number {
  const counts = cases.flatMap((c) => {
    const v = caseMetricValue(c, 'baseline', metric);
    return v === undefined || v === 'error' ? [] : [v.sampleScores.length];
  });
  return counts.length > 0 ? Math.min(...counts) : 1;
}

export interface PairwiseMetricStats {
  stats: PairwiseStats;
  /** Mean pair score (win 1, tie 0.5, loss 0) over judged cases. */
  meanScore: number;
}

/** Wins, ties and losses of the candidate; the CI is the paired t-interval of per-case +1/0/-1. */
export function pairwiseMetricStats(
  cases: CaseReport[],
  metric: string,
  confidence: number,
): PairwiseMetricStats {
  const counts: Record<PairVerdict, number> = { win: 0, tie: 0, loss: 0 };
  const net: number[] = [];
  const scores: number[] = [];
  let errors = 0;
  for (const c of cases) {
    const result = c.pairwise?.[metric];
    if (!result) continue;
    if (result.outcome === 'error') {
      errors++;
      continue;
    }
    const verdict = pairVerdict(result);
    counts[verdict]++;
    net.push(verdict === 'win' ? 1 : verdict === 'loss' ? -1 : 0);
    scores.push(result.score);
  }
  const judged = net.length;
  const rate = (count: number) => (judged > 0 ? count / judged : 0);
  return {
    stats: {
      wins: counts.win,
      ties: counts.tie,
      losses: counts.loss,
      errors,
      winRate: rate(counts.win),
      tieRate: rate(counts.tie),
      lossRate: rate(counts.loss),
      // Wins and losses are the discordant pairs, ties the concordant ones.
      netCi: newcombePairedInterval(counts.tie, counts.loss, counts.win, 0, 1 - 2 * (1 - confidence)),
      pValue: judged >= 1 ? passFractionDropPValue(net) : 1,
    },
    meanScore: judged > 0 ? scores.reduce((a, b) => a + b, 0) / judged : 0,
  };
}

/** The verdict, or (for metrics that only score) win above 0.5, loss below, tie at 0.5. */
function pairVerdict(result: PairResult): PairVerdict {
  if (result.verdict) return result.verdict;
  return result.score > 0.5 ? 'win' : result.score < 0.5 ? 'loss' : 'tie';
}
