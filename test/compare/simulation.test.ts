/**
 * A small seeded simulation through the real gate, so the statistical properties cannot regress
 * unnoticed (`npm run simulate` prints the full tables with 2,000 runs per cell).
 */
import { describe, expect, it } from 'vitest';
import {
  defaultPolicy,
  random,
  runPassFail,
  runScore,
  type PassFailScenario,
} from '../../scripts/simulation/model.js';

const policy = defaultPolicy();

function failRate(s: PassFailScenario, runs: number, seed: number): { gate: number; reference: number } {
  const rng = random(seed);
  let gate = 0;
  let reference = 0;
  for (let i = 0; i < runs; i++) {
    const outcome = runPassFail(s, rng, policy);
    if (outcome.verdict === 'fail') gate++;
    if (outcome.referenceFails) reference++;
  }
  return { gate: gate / runs, reference: reference / runs };
}

describe('the gate on simulated pull requests (seeded)', () => {
  it('false-fails a no-change PR at most 5% of the time, GitHub Models threshold included', () => {
    for (const s of [
      { cases: 20, noise: 0.1, samples: 3, broken: 0, threshold: 0 },
      { cases: 50, noise: 0.1, samples: 1, broken: 0, threshold: 1 },
      { cases: 100, noise: 0.05, samples: 1, broken: 0, threshold: 1 },
    ]) {
      expect(failRate(s, 300, 7).gate).toBeLessThanOrEqual(0.05);
    }
  });

  it('catches 10% broken cases at 100 cases about as often as the exact one-sided McNemar test', () => {
    const { gate, reference } = failRate(
      { cases: 100, noise: 0.05, samples: 1, broken: 10, threshold: 0 },
      300,
      11,
    );
    expect(gate).toBeGreaterThan(0.6);
    expect(Math.abs(gate - reference)).toBeLessThanOrEqual(0.05);
  });

  it('fails 20 cases that all drop by 0.10 on a continuous score (sd 0.02)', () => {
    const rng = random(3);
    const verdicts = Array.from({ length: 50 }, () =>
      runScore({ cases: 20, shift: -0.1, sd: 0.02 }, rng, policy),
    );
    expect(verdicts.every((v) => v === 'fail')).toBe(true);
  });

  it('a GitHub Models prompt: a rewording never fails in 19 of 20 seeds, 10% broken fails in at least 12', () => {
    const verdicts = (broken: number) =>
      Array.from(
        { length: 20 },
        (_, i) =>
          runPassFail({ cases: 100, noise: 0.05, samples: 1, broken, threshold: 1 }, random(1000 + i), policy)
            .verdict,
      );
    expect(verdicts(0).filter((v) => v === 'fail').length).toBeLessThanOrEqual(1);
    expect(verdicts(10).filter((v) => v === 'fail').length).toBeGreaterThanOrEqual(12);
  });
});
