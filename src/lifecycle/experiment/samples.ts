/**
 * Per-variant sufficient statistics of production outcomes: counts, sums and a latency histogram.
 * Built from a data file row by row, or directly by a simulation, so millions of requests cost
 * constant memory and an analysis never needs the rows again.
 */

/** Count, sum and sum of squares: mean and variance of one numeric field. */
export interface Moments {
  n: number;
  sum: number;
  sumSq: number;
}

/** Successes out of trials. */
export interface Counts {
  n: number;
  k: number;
}

/**
 * Latencies in log-spaced buckets 1% wide from 0.1 ms: quantiles to within 0.5% in a fixed 2,000
 * counters, whatever the traffic.
 */
export interface LatencyHistogram {
  counts: Uint32Array;
  n: number;
}

export interface VariantSamples {
  variant: string;
  /** Rows (requests) seen. */
  requests: number;
  success: Counts;
  errors: Counts;
  score: Moments;
  latency: Moments;
  cost: Moments;
  tokens: Moments;
  latencyHistogram: LatencyHistogram;
}

const HISTOGRAM_MIN_MS = 0.1;
const HISTOGRAM_GROWTH = Math.log(1.01);
const HISTOGRAM_BUCKETS = 2000;

export function emptyMoments(): Moments {
  return { n: 0, sum: 0, sumSq: 0 };
}

export function emptySamples(variant: string): VariantSamples {
  return {
    variant,
    requests: 0,
    success: { n: 0, k: 0 },
    errors: { n: 0, k: 0 },
    score: emptyMoments(),
    latency: emptyMoments(),
    cost: emptyMoments(),
    tokens: emptyMoments(),
    // Allocated on the first latency: many samples (a simulated day, a file without latencies) have none.
    latencyHistogram: { counts: new Uint32Array(0), n: 0 },
  };
}

export function addMoment(moments: Moments, value: number): void {
  moments.n++;
  moments.sum += value;
  moments.sumSq += value * value;
}

export function latencyBucket(ms: number): number {
  if (ms <= HISTOGRAM_MIN_MS) return 0;
  return Math.min(HISTOGRAM_BUCKETS - 1, Math.floor(Math.log(ms / HISTOGRAM_MIN_MS) / HISTOGRAM_GROWTH) + 1);
}

/** The geometric middle of a bucket (its representative latency). */
export function bucketLatency(bucket: number): number {
  if (bucket === 0) return HISTOGRAM_MIN_MS;
  return HISTOGRAM_MIN_MS * Math.exp((bucket - 0.5) * HISTOGRAM_GROWTH);
}

export function addLatency(histogram: LatencyHistogram, ms: number): void {
  if (histogram.counts.length === 0) histogram.counts = new Uint32Array(HISTOGRAM_BUCKETS);
  const bucket = latencyBucket(ms);
  histogram.counts[bucket] = (histogram.counts[bucket] ?? 0) + 1;
  histogram.n++;
}

/** The latency of the `rank`-th smallest observation (1-based, clamped to 1..n). */
export function latencyAtRank(histogram: LatencyHistogram, rank: number): number {
  const target = Math.min(Math.max(1, Math.ceil(rank)), histogram.n);
  let seen = 0;
  for (let bucket = 0; bucket < histogram.counts.length; bucket++) {
    seen += histogram.counts[bucket] ?? 0;
    if (seen >= target) return bucketLatency(bucket);
  }
  return Number.NaN;
}

/** Adds `other` into `into` (a day's traffic into the experiment's total). */
export function mergeSamples(into: VariantSamples, other: VariantSamples): void {
  into.requests += other.requests;
  for (const key of ['success', 'errors'] as const) {
    into[key].n += other[key].n;
    into[key].k += other[key].k;
  }
  for (const key of ['score', 'latency', 'cost', 'tokens'] as const) {
    into[key].n += other[key].n;
    into[key].sum += other[key].sum;
    into[key].sumSq += other[key].sumSq;
  }
  if (other.latencyHistogram.n === 0) return;
  if (into.latencyHistogram.counts.length === 0)
    into.latencyHistogram.counts = new Uint32Array(HISTOGRAM_BUCKETS);
  for (let i = 0; i < other.latencyHistogram.counts.length; i++) {
    into.latencyHistogram.counts[i] =
      (into.latencyHistogram.counts[i] ?? 0) + (other.latencyHistogram.counts[i] ?? 0);
  }
  into.latencyHistogram.n += other.latencyHistogram.n;
}
