/**
 * The gate's tests: one-sided "the candidate is worse" on paired per-case differences, with the
 * interval that goes with each (exact McNemar for pass/fail, paired t or sign-flip for scores). Each returns a one-sided p-value and a two-sided interval at level 1 - 2·alpha, whose
 * upper end is the one-sided bound the test uses.
 */
import type { Interval } from '../report/types.js';
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from './distributions.js';

/** Exact sign-flip permutation test of per-case score differences (small suites), or the paired t-test. */
export type DropTestMethod = 'sign-flip' | 'paired-t';

export interface DropTest {
  method: DropTestMethod;
  /** One-sided p-value of "the candidate is worse"; 1 when nothing can be said (fewer than 2 cases). */
  pValue: number;
  /** Interval of the mean change (candidate - baseline) at level 1 - 2·alpha; [-1, 1] when n < 2. */
  ci: Interval;
}

const UNKNOWN: Interval = { low: -1, high: 1 };

/** Cases moving the same way a one-sided test at `alpha` needs before it can reject: 2^-m <= alpha. */
export function casesNeeded(alpha: number): number {
  return Math.ceil(Math.log2(1 / alpha) - 1e-12);
}

/**
 * Exact one-sided sign-flip test of per-case pass-fraction differences (candidate - baseline), each
 * a multiple of 1/k for k samples per side. Under "no change" the two versions' samples of a case
 * are exchangeable, so each difference is as likely positive as negative; the p-value is the chance
 * that random signs give a sum at most the observed one, computed exactly by convolution on the
 * 1/`grid` lattice. With one sample per case the differences are -1, 0, 1 and this is the exact
 * McNemar test on the discordant cases; with repeats it is clustered by case (the case, not the
 * sample, is the unit). The convolution costs cases x lattice points, quadratic in the cases: past
 * EXACT_CONVOLUTION_WORK (thousands of cases with repeats; a report to merge may claim any number)
 * the sum is normal to far better than the test needs, and its normal tail is used.
 */
export function passFractionDropPValue(diffs: readonly number[]): number {
  const grid = latticeGrid(diffs);
  const steps = diffs.map((d) => Math.round(Math.abs(d) * grid)).filter((a) => a > 0);
  const observed = diffs.reduce((sum, d) => sum + Math.round(d * grid), 0);
  const total = steps.reduce((a, b) => a + b, 0);
  if (total === 0) return 1;
  if (steps.length * total > EXACT_CONVOLUTION_WORK) return normalSignFlipPValue(steps, observed);
  // dist[s + total] = P(sum of ±steps = s), built one case at a time over the sums reachable so far.
  let dist = new Float64Array(2 * total + 1);
  dist[total] = 1;
  let reach = 0;
  for (const a of steps) {
    const next = new Float64Array(dist.length);
    for (let i = total - reach; i <= total + reach; i++) {
      const p = dist[i] ?? 0;
      if (p === 0) continue;
      next[i - a] = (next[i - a] ?? 0) + p / 2;
      next[i + a] = (next[i + a] ?? 0) + p / 2;
    }
    dist = next;
    reach += a;
  }
  let p = 0;
  for (let s = -total; s <= Math.min(observed, total); s++) p += dist[s + total] ?? 0;
  return Math.min(1, p);
}

/** Cases x lattice points the exact convolution may take (~0.1 s); 1,000 cases with 10 samples each fit. */
const EXACT_CONVOLUTION_WORK = 2e7;

/**
 * P(sum of randomly signed steps <= observed) by the normal distribution of the sum (mean 0,
 * variance the sum of squared steps), with the continuity correction of its lattice: flipping a
 * sign moves the sum by twice a multiple of the steps' common divisor, so half that spacing is added.
 */
function normalSignFlipPValue(steps: readonly number[], observed: number): number {
  const variance = steps.reduce((sum, a) => sum + a * a, 0);
  const spacing = 2 * steps.reduce((g, a) => gcd(g, a), 0);
  return Math.min(1, normalCdf((observed + spacing / 2) / Math.sqrt(variance)));
}

/**
 * The common denominator of pass fractions (samples per case; the least common multiple when cases
 * have different numbers of scored samples). Capped so the convolution stays small; beyond the cap
 * fractions are rounded to 1/240, far below any difference a suite can detect.
 */
function latticeGrid(diffs: readonly number[]): number {
  let grid = 1;
  for (const d of diffs) {
    for (let k = 1; k <= 240; k++) {
      if (Math.abs(d * k - Math.round(d * k)) < 1e-9) {
        grid = lcm(grid, k);
        break;
      }
    }
    if (grid > 240) return 240;
  }
  return grid;
}

function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}

function gcd(x: number, y: number): number {
  return y === 0 ? x : gcd(y, x % y);
}

/**
 * Newcombe's hybrid score interval for a difference of paired proportions (1998, method 10), from
 * the 2x2 table of the pairs: both pass, pass->fail, fail->pass, both fail. Counts may be
 * fractional (cases with repeats contribute their sample fractions). Returns candidate - baseline.
 */
export function newcombePairedInterval(
  bothPass: number,
  passToFail: number,
  failToPass: number,
  bothFail: number,
  level: number,
): Interval {
  const n = bothPass + passToFail + failToPass + bothFail;
  if (n <= 0) return UNKNOWN;
  const before = (bothPass + passToFail) / n;
  const after = (bothPass + failToPass) / n;
  const w1 = wilson(before, n, level);
  const w2 = wilson(after, n, level);
  const denominator = Math.sqrt(
    (bothPass + passToFail) * (failToPass + bothFail) * (bothPass + failToPass) * (passToFail + bothFail),
  );
  const phi = denominator > 0 ? (bothPass * bothFail - passToFail * failToPass) / denominator : 0;
  const diff = after - before;
  const lowDistance = Math.sqrt(
    Math.max(
      0,
      (after - w2.low) ** 2 - 2 * phi * (after - w2.low) * (w1.high - before) + (w1.high - before) ** 2,
    ),
  );
  const highDistance = Math.sqrt(
    Math.max(
      0,
      (w2.high - after) ** 2 - 2 * phi * (w2.high - after) * (before - w1.low) + (before - w1.low) ** 2,
    ),
  );
  return { low: Math.max(-1, diff - lowDistance), high: Math.min(1, diff + highDistance) };
}

function wilson(p: number, n: number, level: number): Interval {
  const z = normalQuantile(1 - (1 - level) / 2);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/** Up to this many cases, scores get the exact sign-flip test (2^n sign patterns); above, the paired t. */
export const SIGN_FLIP_MAX_CASES = 12;

/**
 * One-sided test of a drop in mean score from per-case differences (candidate - baseline), with
 * no floor on the spread: a paired t-test, or for small suites the exact sign-flip permutation
 * test (valid whatever the distribution), whose interval is found by inverting the test.
 */
export function scoreDropTest(diffs: readonly number[], alpha: number): DropTest {
  const n = diffs.length;
  if (n <= SIGN_FLIP_MAX_CASES) {
    if (n < 2) return { method: 'sign-flip', pValue: 1, ci: UNKNOWN };
    return {
      method: 'sign-flip',
      pValue: signFlipLowerPValue(diffs, 0),
      ci: {
        // The smallest shift the data cannot show the mean is above, and the largest it cannot show it is below.
        low: bisect(
          (shift) =>
            signFlipLowerPValue(
              diffs.map((d) => -d),
              -shift,
            ) > alpha,
        ),
        high: bisect((shift) => signFlipLowerPValue(diffs, shift) <= alpha),
      },
    };
  }
  const mean = diffs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(diffs.reduce((acc, d) => acc + (d - mean) ** 2, 0) / (n - 1));
  const stdErr = sd / Math.sqrt(n);
  if (stdErr === 0) {
    // Every case changed by exactly the same amount: the change is known.
    return { method: 'paired-t', pValue: mean < 0 ? 0 : 1, ci: { low: mean, high: mean } };
  }
  const half = studentTQuantile(1 - alpha, n - 1) * stdErr;
  return {
    method: 'paired-t',
    pValue: studentTCdf(mean / stdErr, n - 1),
    ci: { low: Math.max(-1, mean - half), high: Math.min(1, mean + half) },
  };
}

/**
 * P(sum of randomly signed |d - shift| <= observed sum of (d - shift)): the one-sided sign-flip
 * p-value of "the mean difference is below `shift`", over all 2^n sign patterns.
 */
function signFlipLowerPValue(diffs: readonly number[], shift: number): number {
  const centred = diffs.map((d) => d - shift);
  const observed = centred.reduce((a, b) => a + b, 0);
  const magnitudes = centred.map(Math.abs);
  const patterns = 2 ** magnitudes.length;
  let atMost = 0;
  for (let mask = 0; mask < patterns; mask++) {
    let sum = 0;
    for (let i = 0; i < magnitudes.length; i++) sum += mask & (1 << i) ? -magnitudes[i]! : magnitudes[i]!;
    if (sum <= observed + 1e-12) atMost++;
  }
  return atMost / patterns;
}

/** The boundary in [-1, 1] where a monotone predicate turns from false to true. */
function bisect(holds: (shift: number) => boolean): number {
  let low = -1;
  let high = 1;
  if (holds(low)) return -1;
  if (!holds(high)) return 1;
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (holds(mid)) high = mid;
    else low = mid;
  }
  return (low + high) / 2;
}
