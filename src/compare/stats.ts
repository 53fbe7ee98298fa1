/**
 * Honest statistics for comparing two prompt versions on the same cases (see REFERENCE.md,
 * "Comparing two versions honestly", and Evan Miller, "Adding Error Bars to Evals", 2024).
 * Every function is pure and small; the intervals are two-sided at the given confidence (e.g. 0.95).
 */
import type { Interval } from '../report/types.js';
import { lnGamma, normalCdf, normalQuantile, studentTQuantile } from './distributions.js';

/** z such that a two-sided normal interval at `confidence` is mean ± z·SE. */
function twoSidedZ(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}

/**
 * Wilson score interval of a proportion. `successes` may be fractional (a case with repeats
 * contributes its pass fraction). With n = 0 nothing is known: [0, 1].
 */
export function wilsonInterval(successes: number, n: number, confidence: number): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const z = twoSidedZ(confidence);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/**
 * Floor for the standard deviation of per-case differences in a suite of n cases: 1/√n, the spread
 * the data would show if a single case had changed by a full point. Without it, 3 cases that all
 * flip (or all stay the same) have zero spread and a zero-width "certain" interval; with it, n
 * unchanged cases give a 95% CI of about ±2/n, close to the rule of three. Negligible for big suites.
 */
export function smallSampleStdDevFloor(n: number): number {
  return n > 0 ? 1 / Math.sqrt(n) : 1;
}

export interface PairedDifference {
  mean: number;
  ci: Interval;
  stdErr: number;
}

/**
 * Paired t-interval of the mean of per-case differences of 0..1 scores, so the interval is clipped
 * to [-1, 1]. With fewer than 2 differences the spread is unknown: the interval is the whole range
 * [-1, 1] and the standard error the worst case, 1. `minStdDev` floors the sample standard deviation
 * (see smallSampleStdDevFloor).
 */
export function pairedMeanDifference(diffs: number[], confidence: number, minStdDev = 0): PairedDifference {
  const n = diffs.length;
  const mean = n > 0 ? sum(diffs) / n : 0;
  if (n < 2) return { mean, ci: { low: -1, high: 1 }, stdErr: 1 };
  const sd = Math.max(sampleStdDev(diffs, mean), minStdDev);
  const stdErr = sd / Math.sqrt(n);
  const half = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * stdErr;
  return { mean, ci: { low: Math.max(-1, mean - half), high: Math.min(1, mean + half) }, stdErr };
}

/**
 * Exact two-sided McNemar test: under "no change", each discordant pair is a fair coin between
 * pass->fail and fail->pass. Returns 1 when there are no discordant pairs.
 */
export function mcnemarExactPValue(passToFail: number, failToPass: number): number {
  const n = passToFail + failToPass;
  if (n === 0) return 1;
  const k = Math.min(passToFail, failToPass);
  const lnChoose = (i: number) => lnGamma(n + 1) - lnGamma(i + 1) - lnGamma(n - i + 1);
  let tail = 0;
  for (let i = 0; i <= k; i++) tail += Math.exp(lnChoose(i) - n * Math.LN2);
  return Math.min(1, 2 * tail);
}

export interface ClusteredMean {
  mean: number;
  stdErr: number;
  /** Number of clusters (cases) with at least one value. */
  n: number;
}

/**
 * Mean of 0..1 values clustered by case: repeats are averaged per case first, and the standard
 * error is taken across case means (repeats of one case are not independent evidence). With fewer
 * than 2 cases the spread is unknown: the standard error is the worst case for 0..1 values, 0.5.
 */
export function clusteredMean(perCaseSampleValues: number[][]): ClusteredMean {
  const caseMeans = perCaseSampleValues
    .filter((values) => values.length > 0)
    .map((values) => sum(values) / values.length);
  const n = caseMeans.length;
  const mean = n > 0 ? sum(caseMeans) / n : 0;
  if (n < 2) return { mean, stdErr: 0.5, n };
  return { mean, stdErr: sampleStdDev(caseMeans, mean) / Math.sqrt(n), n };
}

/**
 * Smallest true mean difference a paired comparison of n cases detects with probability `power`
 * at the two-sided `confidence` (normal approximation): (z_{1-α/2} + z_{power}) · sd / √n.
 * Infinite with no cases.
 */
export function minimumDetectableEffect(
  sdOfDiffs: number,
  n: number,
  confidence: number,
  power = 0.8,
): number {
  if (n <= 0) return Number.POSITIVE_INFINITY;
  return ((twoSidedZ(confidence) + normalQuantile(power)) * sdOfDiffs) / Math.sqrt(n);
}

export interface ProportionComparison {
  /** p2 - p1. */
  diff: number;
  ci: Interval;
  /** Two-sided pooled z-test. */
  pValue: number;
}

/**
 * Unpaired comparison of two proportions (e.g. a scheduled run against a recorded summary):
 * difference p2 - p1 with Newcombe's hybrid score interval (built from the two Wilson intervals;
 * well-behaved near 0 and 1, unlike the Wald interval) and a pooled two-proportion z-test.
 */
export function twoProportionComparison(
  p1: number,
  n1: number,
  p2: number,
  n2: number,
  confidence: number,
): ProportionComparison {
  const diff = p2 - p1;
  if (n1 <= 0 || n2 <= 0) return { diff, ci: { low: -1, high: 1 }, pValue: 1 };
  const w1 = wilsonInterval(p1 * n1, n1, confidence);
  const w2 = wilsonInterval(p2 * n2, n2, confidence);
  const low = diff - Math.sqrt((p2 - w2.low) ** 2 + (w1.high - p1) ** 2);
  const high = diff + Math.sqrt((w2.high - p2) ** 2 + (p1 - w1.low) ** 2);
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const pValue = se > 0 ? Math.min(1, 2 * normalCdf(-Math.abs(diff) / se)) : 1;
  return { diff, ci: { low: Math.max(-1, low), high: Math.min(1, high) }, pValue };
}

/** Nearest-rank percentile: a value that was observed (`fraction` 0.5 is the median); 0 for no values. */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

export function sampleStdDev(values: number[], mean: number): number {
  if (values.length < 2) return 0;
  return Math.sqrt(values.reduce((acc, v) => acc + (v - mean) ** 2, 0) / (values.length - 1));
}

function sum(values: number[]): number {
  return values.reduce((acc, v) => acc + v, 0);
}
