/** Statistics of one metric over a prompt's cases: per side, paired delta, and pairwise verdicts. */
import type { CaseReport, MetricDelta, PairwiseStats, SideStats } from '../report/types.js';
import type { PairResult, PairVerdict } from '../metrics/types.js';
import { CASE_PASS_FRACTION, caseMetricValue, type CaseMetricValue, type SideName } from './cases.js';
import {
  clusteredMean,
  mcnemarExactPValue,
  minimumDetectableEffect,
  pairedMeanDifference,
  sampleStdDev,
  smallSampleStdDevFloor,
  wilsonInterval,
} from './stats.js';

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
  const passDiffs: number[] = [];
  const scoreDiffs: number[] = [];
  let passToFail = 0;
  let failToPass = 0;
  for (const c of cases) {
    const before = caseMetricValue(c, 'baseline', metric);
    const after = caseMetricValue(c, 'candidate', metric);
    if (before === undefined || before === 'error' || after === undefined || after === 'error') continue;
    passDiffs.push(after.passFraction - before.passFraction);
    scoreDiffs.push(after.score - before.score);
    const passedBefore = before.passFraction >= CASE_PASS_FRACTION;
    const passedAfter = after.passFraction >= CASE_PASS_FRACTION;
    if (passedBefore && !passedAfter) passToFail++;
    if (!passedBefore && passedAfter) failToPass++;
  }
  const n = scoreDiffs.length;
  const floor = smallSampleStdDevFloor(n);
  const difference = pairedMeanDifference(scoreDiffs, confidence, floor);
  const sd = Math.max(sampleStdDev(scoreDiffs, difference.mean), floor);
  return {
    passRate: n > 0 ? passDiffs.reduce((a, b) => a + b, 0) / n : 0,
    meanScore: difference.mean,
    ci: difference.ci,
    n,
    flipPValue: mcnemarExactPValue(passToFail, failToPass),
    passToFail,
    failToPass,
    significant: difference.ci.low > 0 || difference.ci.high < 0,
    minDetectableEffect: Math.min(1, minimumDetectableEffect(sd, n, confidence)),
  };
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
      netCi: pairedMeanDifference(net, confidence, smallSampleStdDevFloor(judged)).ci,
    },
    meanScore: judged > 0 ? scores.reduce((a, b) => a + b, 0) / judged : 0,
  };
}

/** The verdict, or (for metrics that only score) win above 0.5, loss below, tie at 0.5. */
function pairVerdict(result: PairResult): PairVerdict {
  if (result.verdict) return result.verdict;
  return result.score > 0.5 ? 'win' : result.score < 0.5 ? 'loss' : 'tie';
}
