/**
 * Honest statistics for comparing two prompt versions on the same cases (Evan Miller, "Adding
 * Error Bars to Evals", 2024: clustered standard errors, paired differences, power).
 * Every function is pure and small; the intervals are two-sided at the given confidence (e.g. 0.95).
 */
import type { Interval } from '../report/types.js';
import { normalCdf, normalQuantile } from './distributions.js';

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
  return percentileOfSorted(
    [...values].sort((a, b) => a - b),
    fraction,
  );
}

/** `percentile` of values already in ascending order (no copy, no sort). */
export function percentileOfSorted(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
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
