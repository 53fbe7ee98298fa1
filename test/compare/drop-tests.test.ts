import { describe, expect, it } from 'vitest';
import {
  casesNeeded,
  newcombePairedInterval,
  passFractionDropPValue,
  scoreDropTest,
} from '../../src/compare/drop-tests.js';
import { twoProportionComparison } from '../../src/compare/stats.js';

describe('passFractionDropPValue', () => {
  it.each([
    [5, 0, 1 / 32],
    [6, 0, 1 / 64],
    [3, 1, 5 / 16],
    [10, 2, 79 / 4096],
    [2, 10, 1 - 13 / 4096],
    [4, 4, 0.63671875],
  ])(
    'one sample per case: the exact one-sided McNemar test (%i pass->fail, %i fail->pass)',
    (down, up, p) => {
      const diffs = [...Array<number>(down).fill(-1), ...Array<number>(up).fill(1), 0, 0, 0];
      expect(passFractionDropPValue(diffs)).toBeCloseTo(p, 12);
    },
  );

  it('is 1 when no case moved', () => {
    expect(passFractionDropPValue([0, 0, 0])).toBe(1);
    expect(passFractionDropPValue([])).toBe(1);
  });

  it('clusters repeats by case: six cases of three samples are six units, not eighteen', () => {
    // One case down by all three samples is as strong as one case down by one sample: p = 1/2.
    expect(passFractionDropPValue([-1, 0, 0, 0, 0, 0])).toBeCloseTo(0.5, 12);
    expect(passFractionDropPValue([-1 / 3, 0, 0, 0, 0, 0])).toBeCloseTo(0.5, 12);
    // Sign patterns of {1, 2/3}: sums <= -1 - 2/3 only when both are negative.
    expect(passFractionDropPValue([-1, -2 / 3])).toBeCloseTo(0.25, 12);
    expect(passFractionDropPValue([-1, 2 / 3])).toBeCloseTo(0.5, 12);
  });

  it('handles large suites without overflow', () => {
    const diffs = [...Array<number>(60).fill(-1), ...Array<number>(40).fill(1)];
    expect(passFractionDropPValue(diffs)).toBeCloseTo(0.028443966820490392, 10);
  });

  it('past the exact convolution’s bound, takes the normal tail, within 0.5% of the exact test', () => {
    // 10,000 discordant cases, 4,918 of them up: the exact binomial tail is 0.051548370...
    const diffs = [...Array<number>(5_082).fill(-1), ...Array<number>(4_918).fill(1)];
    const p = passFractionDropPValue(diffs);
    expect(Math.abs(p / 0.05154837012265307 - 1)).toBeLessThan(0.005);
  });
});

describe('casesNeeded', () => {
  it('is the fewest one-way moves a one-sided test at alpha can flag', () => {
    expect(casesNeeded(0.05)).toBe(5);
    expect(casesNeeded(0.01)).toBe(7);
    expect(casesNeeded(0.5)).toBe(1);
  });
});

describe('newcombePairedInterval', () => {
  it('without correlation between the pairs, equals the unpaired hybrid score interval', () => {
    // a d - b c = 0: phi = 0, and Newcombe's paired interval reduces to his unpaired method 10.
    const paired = newcombePairedInterval(30, 30, 20, 20, 0.95);
    const unpaired = twoProportionComparison(0.6, 100, 0.5, 100, 0.95).ci;
    expect(paired.low).toBeCloseTo(unpaired.low, 12);
    expect(paired.high).toBeCloseTo(unpaired.high, 12);
  });

  it('is narrower when the pairs agree (positive correlation), as pairing should be', () => {
    const correlated = newcombePairedInterval(55, 5, 0, 40, 0.95);
    const width = correlated.high - correlated.low;
    const unpaired = twoProportionComparison(0.6, 100, 0.55, 100, 0.95).ci;
    expect(width).toBeLessThan(unpaired.high - unpaired.low);
    expect(correlated.high).toBeLessThan(0);
  });

  it('is the whole range without pairs', () => {
    expect(newcombePairedInterval(0, 0, 0, 0, 0.9)).toEqual({ low: -1, high: 1 });
  });
});

describe('scoreDropTest', () => {
  it('uses the exact sign-flip test up to 12 cases, with the interval from inverting it', () => {
    const test = scoreDropTest([-0.1, -0.12, -0.08, -0.1, -0.11], 0.05);
    expect(test.method).toBe('sign-flip');
    expect(test.pValue).toBeCloseTo(1 / 32, 12);
    expect(test.ci.high).toBeLessThan(0);
    // Four cases can never be significant at 5% one-sided: 2^-4 > 0.05.
    expect(scoreDropTest([-0.5, -0.5, -0.5, -0.5], 0.05).pValue).toBeCloseTo(1 / 16, 12);
  });

  it('uses the paired t-test above 12 cases, with no floor on the spread', () => {
    const diffs = Array.from({ length: 20 }, (_, i) => -0.1 + ((i % 5) - 2) * 0.01);
    const test = scoreDropTest(diffs, 0.05);
    expect(test.method).toBe('paired-t');
    expect(test.pValue).toBeLessThan(1e-10);
    // mean -0.1, sd 0.01451, t(0.95, 19) = 1.7291: upper bound -0.1 + 1.7291 * 0.01451 / sqrt(20)
    expect(test.ci.high).toBeCloseTo(-0.09439, 4);
  });

  it('is n/a with fewer than 2 cases', () => {
    expect(scoreDropTest([-1], 0.05)).toEqual({ method: 'sign-flip', pValue: 1, ci: { low: -1, high: 1 } });
  });
});
