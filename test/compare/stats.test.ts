import { describe, expect, it } from 'vitest';
import {
  clusteredMean,
  percentile,
  twoProportionComparison,
  wilsonInterval,
} from '../../src/compare/stats.js';
import { normalQuantile, studentTCdf, studentTQuantile } from '../../src/compare/distributions.js';

// Reference values from scipy.stats (t.ppf, norm.ppf, binomtest) and Newcombe (1998).
describe('quantiles', () => {
  it('normal quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 5);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424, 4);
  });

  it.each([
    [1, 0.975, 12.706205],
    [1, 0.995, 63.656741],
    [2, 0.975, 4.302653],
    [5, 0.975, 2.570582],
    [5, 0.995, 4.032143],
    [30, 0.975, 2.042272],
    [100, 0.975, 1.983972],
  ])('t quantile df=%i p=%f', (df, p, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 4);
    expect(studentTQuantile(1 - p, df)).toBeCloseTo(-expected, 4);
  });

  it('the t CDF inverts the quantile', () => {
    expect(studentTCdf(studentTQuantile(0.9, 7), 7)).toBeCloseTo(0.9, 9);
  });

  it('rejects probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(1)).toThrow(RangeError);
    expect(() => studentTQuantile(0, 3)).toThrow(RangeError);
  });
});

describe('wilsonInterval', () => {
  it('8 of 10 at 95%', () => {
    const ci = wilsonInterval(8, 10, 0.95);
    expect(ci.low).toBeCloseTo(0.490162, 5);
    expect(ci.high).toBeCloseTo(0.943318, 5);
  });

  it('stays inside [0, 1] at the extremes and is honest about 0/10', () => {
    expect(wilsonInterval(0, 10, 0.95)).toEqual({ low: 0, high: expect.closeTo(0.277533, 5) as number });
    expect(wilsonInterval(10, 10, 0.95).low).toBeCloseTo(0.722467, 5);
    expect(wilsonInterval(10, 10, 0.95).high).toBeLessThanOrEqual(1);
  });

  it('knows nothing without data', () => {
    expect(wilsonInterval(0, 0, 0.95)).toEqual({ low: 0, high: 1 });
  });
});

describe('clusteredMean', () => {
  it('averages repeats per case first and takes the SE across cases', () => {
    const result = clusteredMean([[1, 0], [1, 1], [0]]);
    expect(result).toEqual({ mean: 0.5, stdErr: expect.closeTo(0.288675, 5) as number, n: 3 });
  });

  it('ignores cases without values and reports the worst-case SE below two cases', () => {
    expect(clusteredMean([[], [0.8]])).toEqual({ mean: 0.8, stdErr: 0.5, n: 1 });
  });
});

describe('twoProportionComparison', () => {
  it("Newcombe's hybrid score interval (his example: 56/70 vs 48/80)", () => {
    const result = twoProportionComparison(48 / 80, 80, 56 / 70, 70, 0.95);
    expect(result.diff).toBeCloseTo(0.2, 10);
    expect(result.ci.low).toBeCloseTo(0.0524, 4);
    expect(result.ci.high).toBeCloseTo(0.3339, 4);
    expect(result.pValue).toBeCloseTo(0.008045, 5);
  });

  it('no data, no claim', () => {
    expect(twoProportionComparison(0.9, 0, 0.5, 10, 0.95)).toEqual({
      diff: -0.4,
      ci: { low: -1, high: 1 },
      pValue: 1,
    });
    expect(twoProportionComparison(1, 10, 1, 10, 0.95).pValue).toBe(1);
  });
});

describe('percentile', () => {
  it('is the nearest observed rank, whatever the input order, and 0 for no values', () => {
    const values = [900, 100, 500, 300, 700];
    expect(percentile(values, 0.5)).toBe(500);
    expect(percentile(values, 0.95)).toBe(900);
    expect(percentile([42], 0.95)).toBe(42);
    expect(percentile([], 0.5)).toBe(0);
    expect(values).toEqual([900, 100, 500, 300, 700]);
  });
});
