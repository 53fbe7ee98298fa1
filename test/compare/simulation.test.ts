/**
 * A small seeded simulation through the real gate, so the statistical properties cannot regress
 * unnoticed (`npm run simulate` prints the full tables with 2,000 runs per cell).
 */
import { describe, expect, it } from 'vitest';
import {
  defaultPolicy,
  random,
  runAdaptive,
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

  it('repeat: auto catches 10% broken cases at 100 cases and 5% noise in at least 90% of runs, at most 2x the calls', async () => {
    const rng = random(21);
    const runs = 150;
    let fails = 0;
    let calls = 0;
    for (let i = 0; i < runs; i++) {
      const outcome = await runAdaptive(
        { cases: 100, noise: 0.05, broken: 10, threshold: 0 },
        5,
        rng,
        policy,
      );
      if (outcome.verdict === 'fail') fails++;
      calls += outcome.calls;
    }
    expect(fails / runs).toBeGreaterThanOrEqual(0.9);
    expect(calls / runs).toBeLessThanOrEqual(2 * 200);
  });

  it('repeat: auto false-fails a no-change PR at most 5% of the time', async () => {
    const rng = random(23);
    for (const s of [
      { cases: 20, noise: 0.1, broken: 0, threshold: 1 },
      { cases: 100, noise: 0.1, broken: 0, threshold: 0 },
    ]) {
      let fails = 0;
      for (let i = 0; i < 150; i++) if ((await runAdaptive(s, 5, rng, policy)).verdict === 'fail') fails++;
      expect(fails / 150).toBeLessThanOrEqual(0.05);
    }
  });
});
