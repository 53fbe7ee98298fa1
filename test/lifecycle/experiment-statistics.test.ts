import { describe, expect, it } from 'vitest';
import {
  alwaysValidInterval,
  meanDifference,
  proportionDifference,
  quantileEstimate,
  rateEstimate,
  requiredPerVariant,
} from '../../src/lifecycle/experiment/statistics.js';
import { addLatency, emptySamples, type Moments } from '../../src/lifecycle/experiment/samples.js';

/** Moments with a given n, mean and sample variance. */
function moments(n: number, mean: number, variance: number): Moments {
  const sum = n * mean;
  return { n, sum, sumSq: variance * (n - 1) + (sum * sum) / n };
}

describe('experiment statistics', () => {
  it('two-proportion z-test: 20% vs 25% of 1000 gives p = 0.0074 (scipy)', () => {
    const d = proportionDifference({ n: 1000, k: 200 }, { n: 1000, k: 250 }, 0.95, 0.05, 0.02);
    expect(d.estimate).toBeCloseTo(0.05, 10);
    expect(d.pValue).toBeCloseTo(0.00742, 4);
    expect(d.interval.low).toBeGreaterThan(0);
    // Valid at every look, so wider than the single-look interval.
    expect(d.sequential.low).toBeLessThan(d.interval.low);
    expect(d.sequential.high).toBeGreaterThan(d.interval.high);
  });

  it("Welch's t-test matches scipy's ttest_ind_from_stats(equal_var=False)", () => {
    const d = meanDifference(moments(10, 5, 4), moments(12, 7, 9), 0.95, 0.05, 1);
    expect(d.estimate).toBeCloseTo(2, 10);
    expect(d.pValue).toBeCloseTo(0.07755, 4);
  });

  it('the always-valid interval narrows as data accumulates and always contains the estimate', () => {
    const widths = [1e-3, 1e-4, 1e-5].map((v) => {
      const i = alwaysValidInterval(0.01, v, 0.05, 0.02);
      expect(i.low).toBeLessThan(0.01);
      expect(i.high).toBeGreaterThan(0.01);
      return i.high - i.low;
    });
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
  });

  it('Wilson interval, sample size and the p95 of a histogram', () => {
    const rate = rateEstimate({ n: 100, k: 90 }, 0.95);
    expect(rate.interval.low).toBeCloseTo(0.8256, 3);
    expect(rate.interval.high).toBeCloseTo(0.9448, 3);
    // 80% vs 78%, alpha 0.05 two-sided, power 0.8: about 6,500 per group (the textbook formula).
    const n = requiredPerVariant(0.8 * 0.2 + 0.78 * 0.22, 0.02, 0.05, 0.8);
    expect(n).toBeGreaterThan(6400);
    expect(n).toBeLessThan(6600);
    const samples = emptySamples('a');
    for (let ms = 1; ms <= 1000; ms++) addLatency(samples.latencyHistogram, ms);
    const p95 = quantileEstimate(samples.latencyHistogram, 0.95, 0.95);
    expect(p95.value).toBeGreaterThan(945);
    expect(p95.value).toBeLessThan(955);
    expect(p95.interval.low).toBeLessThan(p95.value);
    expect(p95.interval.high).toBeGreaterThan(p95.value);
  });
});
