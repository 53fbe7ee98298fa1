/**
 * The statistics of an online experiment between a control and a canary: fixed-horizon tests for
 * the report (two-proportion z, Welch's t), and always-valid intervals for the decisions (mixture
 * SPRT, Johari, Pekelis and Walsh 2017), which stay valid however often the analysis looks.
 */
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from '../../compare/distributions.js';
import { wilsonInterval } from '../../compare/stats.js';
import { latencyAtRank, type Counts, type LatencyHistogram, type Moments } from './samples.js';

export interface Interval {
  low: number;
  high: number;
}

export interface Estimate {
  n: number;
  value: number;
  interval: Interval;
}

/** Wilson score interval of a rate (the same interval the gate quotes for pass rates). */
export function rateEstimate(counts: Counts, confidence: number): Estimate {
  const { n, k } = counts;
  return { n, value: n === 0 ? Number.NaN : k / n, interval: wilsonInterval(k, n, confidence) };
}

export function variance(m: Moments): number {
  if (m.n < 2) return 0;
  return Math.max(0, (m.sumSq - (m.sum * m.sum) / m.n) / (m.n - 1));
}

/** Mean with a t interval. */
export function meanEstimate(m: Moments, confidence: number): Estimate {
  if (m.n === 0) return { n: 0, value: Number.NaN, interval: { low: Number.NaN, high: Number.NaN } };
  const mean = m.sum / m.n;
  if (m.n < 2) return { n: m.n, value: mean, interval: { low: Number.NaN, high: Number.NaN } };
  const half = tQuantile(1 - (1 - confidence) / 2, m.n - 1) * Math.sqrt(variance(m) / m.n);
  return { n: m.n, value: mean, interval: { low: mean - half, high: mean + half } };
}

export interface Difference {
  /** canary - control (for `ratio` comparisons: canary - factor * control). */
  estimate: number;
  /** Variance of the estimate. */
  variance: number;
  /** Fixed-horizon two-sided p-value (valid for a single look only). */
  pValue: number;
  /** Fixed-horizon interval. */
  interval: Interval;
  /** Always-valid interval at the experiment's alpha: valid at every look. */
  sequential: Interval;
}

/** Two-proportion z-test (pooled under H0) and an unpooled interval of the difference. */
export function proportionDifference(
  control: Counts,
  canary: Counts,
  confidence: number,
  alpha: number,
  tau: number,
): Difference {
  const p1 = control.k / control.n;
  const p2 = canary.k / canary.n;
  const pooled = (control.k + canary.k) / (control.n + canary.n);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / control.n + 1 / canary.n));
  const estimate = p2 - p1;
  const v = (p1 * (1 - p1)) / control.n + (p2 * (1 - p2)) / canary.n;
  // Rates of exactly 0 or 1 have no sampling variance estimate: use the pooled one.
  const usable = v > 0 ? v : pooledSe * pooledSe;
  const z = pooledSe > 0 ? estimate / pooledSe : 0;
  return {
    estimate,
    variance: usable,
    pValue: pooledSe > 0 ? 2 * (1 - normalCdf(Math.abs(z))) : 1,
    interval: normalInterval(estimate, usable, confidence),
    sequential: alwaysValidInterval(estimate, usable, alpha, tau),
  };
}

/** Welch's t-test of canary mean - factor * control mean. */
export function meanDifference(
  control: Moments,
  canary: Moments,
  confidence: number,
  alpha: number,
  tau: number,
  factor = 1,
): Difference {
  const m1 = control.sum / control.n;
  const m2 = canary.sum / canary.n;
  const a = (factor * factor * variance(control)) / control.n;
  const b = variance(canary) / canary.n;
  const v = a + b;
  const estimate = m2 - factor * m1;
  const df = v > 0 ? (v * v) / ((a * a) / (control.n - 1) + (b * b) / (canary.n - 1)) : 1;
  const t = v > 0 ? estimate / Math.sqrt(v) : 0;
  const half = v > 0 ? tQuantile(1 - (1 - confidence) / 2, df) * Math.sqrt(v) : 0;
  return {
    estimate,
    variance: v,
    pValue: v > 0 ? 2 * (1 - studentTCdf(Math.abs(t), df)) : estimate === 0 ? 1 : 0,
    interval: { low: estimate - half, high: estimate + half },
    sequential: alwaysValidInterval(estimate, v, alpha, tau),
  };
}

/**
 * Student's t quantile; for large df the first Cornish-Fisher term (z + (z^3 + z) / 4df, within 1e-4
 * above 200 df) instead of the exact bisection, which daily analyses of big samples would pay often.
 */
function tQuantile(p: number, df: number): number {
  if (df < 200) return studentTQuantile(p, df);
  const z = normalQuantile(p);
  return z + (z * z * z + z) / (4 * df);
}

function normalInterval(estimate: number, v: number, confidence: number): Interval {
  const half = normalQuantile(1 - (1 - confidence) / 2) * Math.sqrt(v);
  return { low: estimate - half, high: estimate + half };
}

/**
 * The mixture SPRT's confidence sequence for an asymptotically normal estimate with variance `v`
 * and a normal mixing distribution of scale `tau` around zero: the estimates for which the
 * likelihood ratio stays below 1/alpha. The probability that the true value ever leaves it, over
 * every look of the experiment, is at most alpha.
 */
export function alwaysValidInterval(estimate: number, v: number, alpha: number, tau: number): Interval {
  if (!(v > 0)) return { low: estimate, high: estimate };
  const t2 = tau * tau;
  const half = Math.sqrt(((v * (v + t2)) / t2) * (2 * Math.log(1 / alpha) + Math.log((v + t2) / v)));
  return { low: estimate - half, high: estimate + half };
}

/** Observations per variant a fixed-horizon test needs to detect `effect` with `power` (two-sided). */
export function requiredPerVariant(spread: number, effect: number, alpha: number, power: number): number {
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return Math.ceil((z * z * spread) / (effect * effect));
}

/** The smallest difference the data so far could detect with `power`. */
export function minimumDetectableEffect(v: number, alpha: number, power: number): number {
  return (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * Math.sqrt(v);
}

/** A quantile of a latency histogram with its distribution-free (order statistic) interval. */
export function quantileEstimate(histogram: LatencyHistogram, q: number, confidence: number): Estimate {
  const n = histogram.n;
  if (n === 0) return { n, value: Number.NaN, interval: { low: Number.NaN, high: Number.NaN } };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const spread = z * Math.sqrt(n * q * (1 - q));
  return {
    n,
    value: latencyAtRank(histogram, n * q),
    interval: {
      low: latencyAtRank(histogram, Math.floor(n * q - spread)),
      high: latencyAtRank(histogram, Math.ceil(n * q + spread) + 1),
    },
  };
}
