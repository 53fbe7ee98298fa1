/**
 * Seeded synthetic traffic for `promptgate drill` and the simulation tests: a day of requests per
 * variant drawn as counts (binomial successes and errors, log-normal latencies into the histogram),
 * never one object per user. Pure and deterministic for a seed.
 */
import { addLatency, addMoment, emptySamples, type VariantSamples } from './samples.js';

/** mulberry32: a small, fast, seeded PRNG with uniform output in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Binomial(n, p): inversion of the exact CDF for small means, the normal approximation when n p (1 - p) > 25. */
export function binomial(random: () => number, n: number, p: number): number {
  const v = n * p * (1 - p);
  if (v > 25) return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(v) * gaussian(random))));
  const u = random();
  let k = 0;
  let probability = (1 - p) ** n;
  let cumulative = probability;
  while (u > cumulative && k < n) {
    probability *= ((n - k) / (k + 1)) * (p / (1 - p));
    cumulative += probability;
    k++;
  }
  return k;
}

export interface TrafficProfile {
  success: number;
  errorRate: number;
  /** Median latency in ms (log-normal, sigma 0.5); omitted: no latency field. */
  latencyMedianMs?: number;
  /** Mean cost per request in USD (normal, 20% spread); omitted: no cost field. */
  costUsd?: number;
}

export function syntheticTraffic(
  random: () => number,
  variant: string,
  requests: number,
  profile: TrafficProfile,
): VariantSamples {
  const samples = emptySamples(variant);
  samples.requests = requests;
  samples.success = { n: requests, k: binomial(random, requests, profile.success) };
  samples.errors = { n: requests, k: binomial(random, requests, profile.errorRate) };
  if (profile.latencyMedianMs !== undefined) {
    for (let i = 0; i < requests; i++) {
      const ms = profile.latencyMedianMs * Math.exp(0.5 * gaussian(random));
      addMoment(samples.latency, ms);
      addLatency(samples.latencyHistogram, ms);
    }
  }
  if (profile.costUsd !== undefined) {
    for (let i = 0; i < requests; i++)
      addMoment(samples.cost, Math.max(0, profile.costUsd * (1 + 0.2 * gaussian(random))));
  }
  return samples;
}
