import { describe, expect, it } from 'vitest';
import { summarizeFailures } from '../../src/compare/failures.js';
import type { CaseReport } from '../../src/report/types.js';
import type { SampleResult } from '../../src/run/types.js';

const usage = { inputTokens: 1, outputTokens: 1 };
const ran = (metrics: SampleResult['metrics']): SampleResult => ({
  sample: 0,
  output: 'out',
  metrics,
  usage,
  costUsd: 0,
  latencyMs: 1,
  cached: false,
});
const failed = (error: string): SampleResult => ({
  sample: 0,
  error,
  metrics: {},
  usage,
  costUsd: 0,
  latencyMs: 0,
  cached: false,
});
const side = (...samples: SampleResult[]) => ({ outcome: 'pass' as const, score: 1, samples });
const pass = { outcome: 'pass' as const, score: 1, reason: 'ok' };
const error = (reason: string) => ({ outcome: 'error' as const, score: 0, reason });

const cases: CaseReport[] = [
  {
    id: 'c1',
    vars: {},
    baseline: side(failed('HTTP 500'), ran({ judge: error('judge timed out'), contains: pass })),
    candidate: side(ran({ judge: pass, contains: error('bad regex') })),
    pairwise: { pairwise: error('no verdict') },
  },
  {
    id: 'c2',
    vars: {},
    // One side produced nothing: its pairwise error only echoes that failure and is not counted.
    baseline: side(failed('HTTP 500'), failed('timed out')),
    candidate: side(ran({ judge: error('judge timed out') })),
    pairwise: { pairwise: error('no output to compare') },
  },
];

describe('summarizeFailures', () => {
  it('counts failed samples and metric errors, with the first three distinct messages in order', () => {
    expect(summarizeFailures(cases)).toEqual({
      failedSamples: 3,
      metricErrors: 4,
      examples: ['HTTP 500', 'judge: judge timed out', 'contains: bad regex'],
    });
  });

  it('counts only the named metric’s errors when a metric is given', () => {
    expect(summarizeFailures(cases, 'judge')).toEqual({
      failedSamples: 0,
      metricErrors: 2,
      examples: ['judge: judge timed out'],
    });
    expect(summarizeFailures(cases, 'pairwise')).toEqual({
      failedSamples: 0,
      metricErrors: 1,
      examples: ['pairwise: no verdict'],
    });
    expect(summarizeFailures(cases, 'constructor')).toEqual({
      failedSamples: 0,
      metricErrors: 0,
      examples: [],
    });
  });
});
