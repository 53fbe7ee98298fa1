import { describe, expect, it } from 'vitest';
import { roundAlpha, roundPolicy, sampleSchedule, uncertainCases } from '../../src/compare/adaptive.js';
import { gateInRounds, NO_ROUNDS, type ResampleRequest } from '../../src/compare/rounds.js';
import type { SampleResult } from '../../src/run/types.js';
import { compareReport, comparison, fromPattern, makeSideRun, policy, sample } from './builders.js';

describe('the rounds of repeat: auto', () => {
  it('plans 1, 3, 5 ... samples per case up to max_repeats', () => {
    expect(sampleSchedule(1)).toEqual([1]);
    expect(sampleSchedule(2)).toEqual([1, 2]);
    expect(sampleSchedule(4)).toEqual([1, 3, 4]);
    expect(sampleSchedule(5)).toEqual([1, 3, 5]);
  });

  it('spends alpha across the rounds, little early and all of it by the last round', () => {
    const alphas = [1, 2, 3].map((k) => roundAlpha(0.05, k, 3));
    expect(alphas.reduce((a, b) => a + b, 0)).toBeCloseTo(0.05, 12);
    expect(alphas[0]).toBeLessThan(0.001);
    expect(alphas[0]!).toBeLessThan(alphas[1]!);
    expect(alphas[1]!).toBeLessThan(alphas[2]!);
    expect(roundAlpha(0.05, 1, 1)).toBeCloseTo(0.05, 12);
  });

  it('tests each round at its share of alpha, per-metric confidences included', () => {
    const gate = roundPolicy(policy({ metrics: { tone: { confidence: 0.9 }, len: { maxDrop: 0.1 } } }), 3, 3);
    expect(gate.confidence).toBeCloseTo(1 - roundAlpha(0.05, 3, 3), 12);
    expect(gate.metrics.tone?.confidence).toBeCloseTo(1 - roundAlpha(0.1, 3, 3), 12);
    expect(gate.metrics.len).toEqual({ maxDrop: 0.1 });
  });
});

describe('uncertain cases', () => {
  it('are those whose samples disagree, across or within sides, whichever side', () => {
    const report = compareReport({
      baseline: makeSideRun('baseline', {
        agree: [sample({ tone: 'pass' })],
        across: [sample({ tone: 'pass' })],
        within: [sample({ tone: 'pass' }), sample({ tone: 'fail' })],
        bothFail: [sample({ tone: 'fail' })],
        judgeError: [sample({ tone: 'error' })],
      }),
      candidate: makeSideRun('candidate', {
        agree: [sample({ tone: 'pass' })],
        across: [sample({ tone: 'fail' })],
        within: [sample({ tone: 'pass' }), sample({ tone: 'pass' })],
        bothFail: [sample({ tone: 'fail' })],
        judgeError: [sample({ tone: 'pass' })],
      }),
    });
    expect(uncertainCases(report.cases, ['tone'])).toEqual(['across', 'within']);
  });
});

/** Ten cases: the candidate fails the first `broken`; samples after the first come from `later`. */
function run(broken: number, later: (side: 'baseline' | 'candidate', k: number) => 'pass' | 'fail') {
  const requests: ResampleRequest[][] = [];
  const first = (side: 'baseline' | 'candidate') =>
    fromPattern(side, side === 'baseline' ? 'PPPPPPPPPP' : 'F'.repeat(broken) + 'P'.repeat(10 - broken));
  const at = (side: 'baseline' | 'candidate', k: number): SampleResult => ({
    ...sample({ tone: later(side, k) }),
    sample: k,
  });
  return {
    requests,
    report: gateInRounds(
      comparison({ baseline: first('baseline'), candidate: first('candidate') }),
      policy(),
      {
        maxRepeats: new Map(Array.from({ length: 10 }, (_, i) => [`case-${i + 1}`, 5])),
        resample: (batch) => {
          requests.push(batch);
          // Every round so far took 2 more samples, after round 1's one.
          const first = 1 + 2 * (requests.length - 1);
          const side = (name: 'baseline' | 'candidate') =>
            new Map(
              batch.map((r) => [r.caseId, Array.from({ length: r.count }, (_, i) => at(name, first + i))]),
            );
          return Promise.resolve({ baseline: side('baseline'), candidate: side('candidate') });
        },
      },
    ),
  };
}

describe('gateInRounds', () => {
  it('re-samples only the uncertain cases, both sides, and stops when the verdict is decided', async () => {
    // Round 1: case-1 and case-2 flipped (inconclusive at 10 cases); later the baseline fails as
    // often: it was noise.
    const { requests, report } = run(2, (side, k) => (side === 'baseline' && k === 1 ? 'fail' : 'pass'));
    const gated = await report;
    expect(requests).toEqual([
      [
        { caseId: 'case-1', count: 2 },
        { caseId: 'case-2', count: 2 },
      ],
    ]);
    expect(gated.verdict).toBe('pass');
    expect(gated.adaptive?.stop).toBe('decided');
    expect(gated.adaptive?.rounds.map((r) => [r.samplesPerCase, r.cases, r.calls, r.verdict])).toEqual([
      [1, 10, 20, 'inconclusive'],
      [3, 2, 8, 'pass'],
    ]);
    expect(gated.adaptive?.rounds[1]?.costUsd).toBeCloseTo(0.008, 12);
    expect(gated.cases.find((c) => c.id === 'case-1')?.candidate?.samples.map((s) => s.sample)).toEqual([
      0, 1, 2,
    ]);
  });

  it('keeps going while inconclusive and ends after the last planned round', async () => {
    const { requests, report } = run(2, (_, k) => (k % 2 === 0 ? 'pass' : 'fail'));
    const gated = await report;
    expect(requests.map((batch) => batch.map((r) => r.count))).toEqual([
      [2, 2],
      [2, 2],
    ]);
    expect(gated.adaptive).toMatchObject({ planned: 3, stop: 'max-repeats' });
    expect(gated.adaptive?.rounds).toHaveLength(3);
  });

  it('does not start a round the budget cannot pay for', async () => {
    const baseline = fromPattern('baseline', 'PPPPPPPPPP');
    const candidate = fromPattern('candidate', 'FFPPPPPPPP');
    const asked: number[] = [];
    const gated = await gateInRounds(comparison({ baseline, candidate }), policy(), {
      maxRepeats: new Map([['case-1', 5]]),
      resample: () => Promise.reject(new Error('no call expected')),
      affordable: (calls) => {
        asked.push(calls);
        return false;
      },
    });
    expect(asked).toEqual([4]);
    expect(gated.verdict).toBe('inconclusive');
    expect(gated.adaptive?.stop).toBe('budget');
  });

  it('without a baseline gates once, as repeat 1', async () => {
    const input = comparison({ candidate: fromPattern('candidate', 'PPF'), threshold: 1 });
    const gated = await gateInRounds(input, policy(), {
      maxRepeats: new Map([['case-3', 5]]),
      resample: () => Promise.reject(new Error('no call expected')),
    });
    expect(gated.adaptive).toBeUndefined();
    expect(gated.verdict).toBe('fail');
    expect(gated.reasons).toContainEqual({
      scope: 'prompt',
      code: 'no-rounds',
      promptId: gated.id,
      message: NO_ROUNDS,
    });
  });
});
