import { describe, expect, it } from 'vitest';
import { buildPromptReport } from '../../src/compare/build.js';
import type { PairResult } from '../../src/metrics/types.js';
import {
  compareReport,
  comparison,
  failed,
  fromPattern,
  makeSideRun,
  policy,
  sample,
  wrapReport,
} from './builders.js';

const metricOf = (report: ReturnType<typeof compareReport>, name = 'tone') => {
  const metric = report.metrics.find((m) => m.name === name);
  if (!metric) throw new Error(`no metric ${name}`);
  return metric;
};

describe('regressions and improvements', () => {
  it('fails a clear regression with a reason naming the metric and the numbers', () => {
    const report = compareReport({
      baseline: fromPattern('baseline', 'PPPPPPPPPP'),
      candidate: fromPattern('candidate', 'PPPPPPPPFF'),
    });
    expect(report.verdict).toBe('fail');
    expect(report.reasons).toEqual([
      '`tone`: pass rate dropped 20.0 pts (100.0% -> 80.0%, 95% CI of score change -0.50 to 0.10), limit 5.0 pts',
      '`tone`: mean score dropped 0.20 (1.00 -> 0.80, 95% CI of change -0.50 to 0.10), limit 0.05',
    ]);
    const tone = metricOf(report);
    expect(tone.status).toBe('fail');
    expect(tone.delta).toMatchObject({
      passRate: expect.closeTo(-0.2, 10) as number,
      passToFail: 2,
      failToPass: 0,
      n: 10,
    });
    expect(report.cases.filter((c) => c.flip === 'pass->fail').map((c) => c.id)).toEqual([
      'case-9',
      'case-10',
    ]);
  });

  it('passes an improvement and records the flips', () => {
    const report = compareReport({
      baseline: fromPattern('baseline', 'PPPPPPPPFF'),
      candidate: fromPattern('candidate', 'PPPPPPPPPP'),
    });
    expect(report.verdict).toBe('pass');
    expect(report.reasons).toEqual([]);
    expect(metricOf(report).delta?.failToPass).toBe(2);
    expect(report.cases.filter((c) => c.flip === 'fail->pass')).toHaveLength(2);
  });

  it('passes noise within maxDrop', () => {
    const scores = (offset: number) =>
      Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [
          `case-${i}`,
          [sample({ tone: 0.7 + (i % 5) * 0.05 + offset })],
        ]),
      );
    const report = compareReport({
      baseline: makeSideRun('baseline', scores(0)),
      candidate: makeSideRun('candidate', scores(-0.02)),
    });
    expect(report.verdict).toBe('pass');
    expect(metricOf(report).delta?.meanScore).toBeCloseTo(-0.02, 10);
  });

  it('applies per-metric overrides of maxDrop', () => {
    const report = compareReport(
      { baseline: fromPattern('baseline', 'PPPPPPPPPP'), candidate: fromPattern('candidate', 'PPPPPPPPFF') },
      policy({ metrics: { tone: { maxDrop: 0.25 } } }),
    );
    expect(report.verdict).toBe('pass');
  });
});

describe('requireSignificance', () => {
  it('lets a single flip through that maxDrop alone would fail', () => {
    const input = {
      baseline: fromPattern('baseline', 'PPPPPPPPPP'),
      candidate: fromPattern('candidate', 'PPPPPPPPPF'),
    };
    expect(compareReport(input).verdict).toBe('fail');
    const lenient = compareReport(input, policy({ requireSignificance: true }));
    expect(lenient.verdict).toBe('pass');
    expect(metricOf(lenient).delta?.flipPValue).toBe(1);
  });

  it('still fails a significant drop and quotes the p-value', () => {
    const report = compareReport(
      {
        baseline: fromPattern('baseline', 'P'.repeat(20)),
        candidate: fromPattern('candidate', 'P'.repeat(12) + 'F'.repeat(8)),
      },
      policy({ requireSignificance: true }),
    );
    expect(report.verdict).toBe('fail');
    expect(report.reasons[0]).toContain('McNemar p = 0.008');
    expect(metricOf(report).delta?.significant).toBe(true);
  });
});

describe('errors', () => {
  it('a failed call makes the verdict error with a clear reason', () => {
    const report = compareReport({
      baseline: fromPattern('baseline', 'PPPPP'),
      candidate: fromPattern('candidate', 'PPPPE'),
    });
    expect(report.verdict).toBe('error');
    expect(report.errors).toBe(1);
    expect(report.reasons).toEqual([
      '1 sample failed (e.g. "HTTP 500: upstream error"); results are incomplete',
    ]);
    expect(report.cases[4]?.candidate?.outcome).toBe('error');
    expect(metricOf(report).candidate).toMatchObject({ n: 4, errors: 1, passRate: 1 });
  });

  it('with failOnError off, errors are reported and excluded from the rates', () => {
    const report = compareReport(
      { baseline: fromPattern('baseline', 'PPPPP'), candidate: fromPattern('candidate', 'PPPPE') },
      policy({ failOnError: false }),
    );
    expect(report.verdict).toBe('pass');
    expect(report.errors).toBe(1);
    expect(metricOf(report).delta?.n).toBe(4);
  });

  it('a judge that could not judge errors the metric, never passes it', () => {
    const report = compareReport({
      baseline: fromPattern('baseline', 'PPP'),
      candidate: fromPattern('candidate', 'PPJ'),
    });
    expect(report.verdict).toBe('error');
    expect(metricOf(report).status).toBe('error');
    expect(metricOf(report).reasons).toEqual([
      '`tone`: 1 result could not be computed (e.g. "tone: judge timed out")',
    ]);
    expect(report.cases[2]?.candidate?.outcome).toBe('error');
  });
});

describe('added, removed and eval prompts', () => {
  it('an added prompt is held to the absolute threshold only', () => {
    const added = (pattern: string) =>
      compareReport({ status: 'added', threshold: 0.9, candidate: fromPattern('candidate', pattern) });
    expect(added('PPPPPPPPPF').verdict).toBe('pass');
    const failing = added('PPPPPPPPFF');
    expect(failing.verdict).toBe('fail');
    expect(failing.reasons).toEqual(['pass rate 80.0% (8 of 10 cases) is below the minimum 90.0%']);
    // The metric that keeps the prompt under its threshold says so, without repeating the prompt's reason.
    expect(failing.metrics[0]).toMatchObject({ status: 'fail', passRate: 0.8 });
    expect(failing.metrics[0]?.reasons[0]).toMatch(/below the prompt's threshold 90\.0%/);
    expect(added('PPPPPPPPPF').metrics[0]?.status).toBe('pass');
    expect(metricOf(failing).delta).toBeUndefined();
    expect(failing.usage.baseline).toBeUndefined();
  });

  it('a metric no case could score is an error (or a failure without fail_on_error), never PASS', () => {
    const allErrored = compareReport({ status: 'added', candidate: fromPattern('candidate', 'EEE') });
    expect(allErrored.verdict).toBe('error');
    expect(allErrored.metrics[0]).toMatchObject({
      status: 'error',
      reasons: ['`tone`: no case could be scored'],
    });
    const lenient = compareReport(
      { status: 'added', candidate: fromPattern('candidate', 'EEE') },
      policy({ failOnError: false }),
    );
    expect(lenient.metrics[0]?.status).toBe('fail');
    expect(lenient.verdict).toBe('fail');
  });

  it('policy.minPassRate replaces the suite threshold', () => {
    const report = compareReport(
      { status: 'added', threshold: 1, candidate: fromPattern('candidate', 'PPPPF') },
      policy({ minPassRate: 0.8 }),
    );
    expect(report.verdict).toBe('pass');
  });

  it('per-metric minimums apply to that metric', () => {
    const report = compareReport(
      { status: 'unchanged', candidate: fromPattern('candidate', 'PPPF') },
      policy({ metrics: { tone: { minPassRate: 0.8, minScore: 0.9 } } }),
    );
    expect(report.reasons).toEqual([
      '`tone`: pass rate 75.0% is below the minimum 80.0%',
      '`tone`: mean score 0.75 is below the minimum 0.90',
    ]);
  });

  it('a removed prompt passes with reason "removed"', () => {
    const report = compareReport({ status: 'removed', baseline: fromPattern('baseline', 'PPF') });
    expect(report.verdict).toBe('pass');
    expect(report.reasons).toEqual(['removed']);
    expect(metricOf(report).baseline?.passRate).toBeCloseTo(2 / 3, 10);
  });

  it('a baseline that could not be prepared leaves the absolute rules only', () => {
    const baseline = { ...fromPattern('baseline', 'EEE'), setupError: 'template parse error at line 3' };
    const report = compareReport({ threshold: 0.5, baseline, candidate: fromPattern('candidate', 'PPF') });
    expect(report.verdict).toBe('pass');
    expect(report.errors).toBe(0);
    expect(report.reasons).toEqual([
      'baseline could not be evaluated (template parse error at line 3); gated on absolute thresholds only',
    ]);
    expect(report.cases[0]?.baseline).toBeUndefined();
  });

  it('a prompt without eval cases passes: there is nothing to gate', () => {
    const report = compareReport({
      threshold: 1,
      baseline: makeSideRun('baseline', {}),
      candidate: makeSideRun('candidate', {}),
    });
    expect(report.verdict).toBe('pass');
  });
});

describe('versions', () => {
  const notBumped = {
    baseline: '1.2.0',
    candidate: '1.2.0',
    notBumped: true,
    suggestedBump: 'minor' as const,
  };
  const input = {
    baseline: fromPattern('baseline', 'PP'),
    candidate: fromPattern('candidate', 'PP'),
    version: notBumped,
  };

  it('flags a missing bump without failing by default', () => {
    expect(compareReport(input).verdict).toBe('pass');
  });

  it('fails it when requireVersionBump is set', () => {
    const report = compareReport(input, policy({ requireVersionBump: true }));
    expect(report.verdict).toBe('fail');
    expect(report.reasons).toEqual([
      'version not bumped: the prompt changed but its version is still 1.2.0 (suggested: minor bump)',
    ]);
  });
});

describe('repeats', () => {
  it('averages samples per case and counts cases, not samples', () => {
    const three = (...specs: ('pass' | 'fail')[]) => specs.map((tone) => sample({ tone }));
    const report = compareReport({
      baseline: makeSideRun('baseline', {
        a: three('pass', 'pass', 'pass'),
        b: three('pass', 'pass', 'pass'),
      }),
      candidate: makeSideRun('candidate', {
        a: three('pass', 'pass', 'fail'),
        b: three('fail', 'fail', 'pass'),
      }),
    });
    const tone = metricOf(report);
    expect(tone.candidate).toMatchObject({ n: 2, passRate: expect.closeTo(0.5, 10) as number });
    // a passes on a majority of samples; b does not.
    expect(report.cases.map((c) => c.candidate?.outcome)).toEqual(['pass', 'fail']);
    expect(tone.delta).toMatchObject({ n: 2, passToFail: 1 });
    expect(report.usage.candidate?.calls).toBe(6);
  });
});

describe('cases', () => {
  it('a case passes only when every metric passes; order is candidate cases then baseline-only ones', () => {
    const report = buildPromptReport(
      comparison({
        metrics: [
          { name: 'tone', type: 'judge', kind: 'single' },
          { name: 'length', type: 'max-length', kind: 'single' },
        ],
        baseline: makeSideRun('baseline', {
          old: [sample({ tone: 'pass' })],
          a: [sample({ tone: 'pass', length: 'pass' })],
        }),
        candidate: makeSideRun('candidate', {
          a: [sample({ tone: 'pass', length: 'fail' })],
          b: [sample({ tone: 'pass' })],
        }),
      }),
      policy(),
    );
    expect(report.cases.map((c) => [c.id, c.baseline?.outcome, c.candidate?.outcome, c.flip])).toEqual([
      ['a', 'pass', 'fail', 'pass->fail'],
      ['b', undefined, 'pass', undefined],
      ['old', 'pass', undefined, undefined],
    ]);
    expect(report.cases[0]?.candidate?.score).toBe(0.5);
    // `length` only applies to case a: its rates count one case.
    expect(metricOf(report, 'length').candidate?.n).toBe(1);
  });
});

describe('pairwise metrics', () => {
  const pair = (verdict: 'win' | 'tie' | 'loss'): PairResult => ({
    outcome: verdict === 'loss' ? 'fail' : 'pass',
    score: verdict === 'win' ? 1 : verdict === 'tie' ? 0.5 : 0,
    reason: `candidate ${verdict}`,
    verdict,
  });
  const run = (verdicts: ('win' | 'tie' | 'loss')[]) => {
    const cases = Object.fromEntries(verdicts.map((_, i) => [`c${i}`, [sample({ tone: 'pass' })]]));
    return compareReport({
      metrics: [
        { name: 'tone', type: 'judge', kind: 'single' },
        { name: 'better', type: 'pairwise-judge', kind: 'pairwise' },
      ],
      baseline: makeSideRun('baseline', cases),
      candidate: makeSideRun('candidate', cases),
      pairwise: Object.fromEntries(verdicts.map((v, i) => [`c${i}`, { better: pair(v) }])),
    });
  };

  it('counts wins, ties and losses with a CI of win - loss', () => {
    const report = run(['win', 'win', 'tie', 'loss']);
    const better = metricOf(report, 'better');
    expect(better.pairwise).toMatchObject({
      wins: 2,
      ties: 1,
      losses: 1,
      errors: 0,
      winRate: 0.5,
      lossRate: 0.25,
    });
    expect(better.pairwise?.netCi.low).toBeLessThan(0);
    expect(better.passRate).toBe(0.75);
    expect(report.verdict).toBe('pass');
    expect(report.cases[0]?.pairwise?.better?.verdict).toBe('win');
  });

  it('fails when the candidate is significantly worse', () => {
    const report = run([...Array<'loss'>(10).fill('loss'), 'tie']);
    expect(report.verdict).toBe('fail');
    expect(report.reasons[0]).toMatch(
      /^`better`: the candidate is judged significantly worse than the baseline \(0 wins, 1 ties, 10 losses/,
    );
  });

  it('is left out when there is no baseline to compare with', () => {
    const report = compareReport({
      status: 'unchanged',
      metrics: [{ name: 'better', type: 'pairwise-judge', kind: 'pairwise' }],
      candidate: fromPattern('candidate', 'P'),
    });
    expect(report.metrics).toEqual([]);
  });
});

describe('usage', () => {
  it('counts calls, cache hits, tokens, cost and latency percentiles without cached samples', () => {
    const report = compareReport({
      candidate: makeSideRun('candidate', {
        a: [sample({ tone: 'pass' }, { latencyMs: 100 }), sample({ tone: 'pass' }, { latencyMs: 300 })],
        b: [
          sample({ tone: 'pass' }, { latencyMs: 200 }),
          sample({ tone: 'pass' }, { latencyMs: 1, cached: true }),
        ],
        c: [failed()],
      }),
      status: 'added',
    });
    expect(report.usage.candidate).toEqual({
      calls: 5,
      cachedCalls: 1,
      inputTokens: 400,
      outputTokens: 80,
      costUsd: expect.closeTo(0.004, 10) as number,
      latencyMs: { p50: 200, p95: 1200 },
    });
    expect(report.promptTokens).toEqual({ candidate: 140 });
  });
});

describe('buildReport', () => {
  it('the overall verdict is the worst prompt verdict, with prefixed reasons', () => {
    const ok = compareReport({
      id: 'a',
      baseline: fromPattern('baseline', 'PP'),
      candidate: fromPattern('candidate', 'PP'),
    });
    const bad = compareReport({
      id: 'b',
      baseline: fromPattern('baseline', 'PP'),
      candidate: fromPattern('candidate', 'PF'),
    });
    const broken = compareReport({
      id: 'c',
      baseline: fromPattern('baseline', 'PP'),
      candidate: fromPattern('candidate', 'PE'),
    });
    expect(wrapReport([ok]).verdict).toBe('pass');
    const failing = wrapReport([ok, bad], { extraReasons: ['budget exhausted'] });
    expect(failing.verdict).toBe('fail');
    expect(failing.reasons[0]).toMatch(/^b: `tone`: pass rate dropped 50.0 pts/);
    expect(failing.reasons.at(-1)).toBe('budget exhausted');
    const errored = wrapReport([ok, bad, broken]);
    expect(errored.verdict).toBe('error');
    expect(errored.errors).toBe(1);
  });

  it('no prompts is a pass', () => {
    expect(wrapReport([], { extraReasons: ['no prompt changes'] })).toMatchObject({
      verdict: 'pass',
      reasons: ['no prompt changes'],
    });
  });
});
