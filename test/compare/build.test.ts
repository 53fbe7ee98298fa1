import { promptReason, reasonLine, runReason, type Reason } from '../../src/core/reason.js';
import { nothingToEvaluate } from '../../src/compare/build.js';
import { describe, expect, it } from 'vitest';
import { buildPromptReport, buildReport } from '../../src/compare/build.js';
import { mergeReports } from '../../src/report/merge.js';
import type { PromptReport } from '../../src/report/types.js';
import { emptyUsageTotals } from '../../src/providers/usage.js';
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
  messages,
} from './builders.js';

const metricOf = (report: ReturnType<typeof compareReport>, name = 'tone') => {
  const metric = report.metrics.find((m) => m.name === name);
  if (!metric) throw new Error(`no metric ${name}`);
  return metric;
};

describe('regressions and improvements', () => {
  it('calls two flips of ten inconclusive, naming the metric and the numbers', () => {
    const report = compareReport({
      baseline: fromPattern('baseline', 'PPPPPPPPPP'),
      candidate: fromPattern('candidate', 'PPPPPPPPFF'),
    });
    // Two flips of ten are not significant (p = 1/4): the data cannot tell.
    expect(report.verdict).toBe('inconclusive');
    expect(messages(report.reasons)).toEqual([
      '`tone`: pass rate dropped 20.0 pts (100.0% -> 80.0%, 2 pass->fail, 0 fail->pass, one-sided p = 0.250, ' +
        '90% CI -45.9 to +5.0 pts), beyond the tolerance 5.0 pts but not significant at 95.0%: cannot tell',
    ]);
    const tone = metricOf(report);
    expect(tone.status).toBe('inconclusive');
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
    expect(messages(report.reasons)).toEqual([]);
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
    const input = {
      baseline: fromPattern('baseline', 'P'.repeat(100)),
      candidate: fromPattern('candidate', 'P'.repeat(92) + 'F'.repeat(8)),
    };
    expect(compareReport(input).verdict).toBe('fail');
    expect(compareReport(input, policy({ metrics: { tone: { maxDrop: 0.1 } } })).verdict).toBe('pass');
  });
});

describe('the gate decides on the change: pass, fail or inconclusive', () => {
  it('a single flip beyond max_drop is inconclusive, not a failure', () => {
    const report = compareReport({
      baseline: fromPattern('baseline', 'P'.repeat(10)),
      candidate: fromPattern('candidate', 'P'.repeat(9) + 'F'),
    });
    expect(report.verdict).toBe('inconclusive');
    expect(metricOf(report).delta?.flipPValue).toBe(0.5);
    expect(report.reasons[0]?.message).toContain('not significant at 95.0%: cannot tell');
  });

  it('fails a significant drop beyond max_drop and quotes flips, one-sided p and the paired interval', () => {
    const report = compareReport({
      baseline: fromPattern('baseline', 'P'.repeat(20)),
      candidate: fromPattern('candidate', 'P'.repeat(12) + 'F'.repeat(8)),
    });
    expect(report.verdict).toBe('fail');
    // 8 of 8 discordant cases went pass -> fail: exact one-sided p = 2^-8.
    expect(metricOf(report).delta?.flipPValue).toBeCloseTo(2 ** -8, 12);
    expect(report.reasons[0]?.message).toContain('8 pass->fail, 0 fail->pass, one-sided p = 0.004, 90% CI');
  });

  it('five cases all flipping to fail is the smallest significant drop at 95%', () => {
    const drop = (failing: number) =>
      compareReport({
        baseline: fromPattern('baseline', 'P'.repeat(100)),
        candidate: fromPattern('candidate', 'P'.repeat(100 - failing) + 'F'.repeat(failing)),
      });
    // 4 flips (p = 1/16) cannot fail; 6 (p = 1/64, 6 pts > 5 pts tolerance) do.
    expect(drop(4).verdict).toBe('pass');
    expect(drop(6).verdict).toBe('fail');
    expect(metricOf(drop(0)).delta?.minDetectableEffect).toBeCloseTo(0.05, 10);
  });

  it('a significant drop within max_drop passes: the tolerance accepts it', () => {
    const report = compareReport({
      baseline: fromPattern('baseline', 'P'.repeat(400)),
      candidate: fromPattern('candidate', 'P'.repeat(388) + 'F'.repeat(12)),
    });
    expect(metricOf(report).delta?.flipPValue).toBeLessThan(0.001);
    expect(report.verdict).toBe('pass');
  });

  it('a pass-rate drop on a suite too small to ever flag a drop of max_drop is inconclusive', () => {
    const unchanged = compareReport({
      baseline: fromPattern('baseline', 'P'.repeat(19) + 'F'),
      candidate: fromPattern('candidate', 'P'.repeat(19) + 'F'),
    });
    expect(unchanged.verdict).toBe('pass');
    expect(metricOf(unchanged).delta?.minDetectableEffect).toBeCloseTo(0.25, 10);
    const report = compareReport({
      baseline: fromPattern('baseline', 'P'.repeat(20)),
      candidate: fromPattern('candidate', 'P'.repeat(19) + 'F'),
    });
    expect(report.verdict).toBe('inconclusive');
    expect(report.reasons[0]?.message).toContain('the smallest drop the test can flag at 95.0% is 25.0 pts');
  });

  it('20 cases that all drop by 0.10 on a continuous score (sd 0.02) fail on the paired t-test', () => {
    const scores = (offset: number) =>
      Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [
          `case-${i}`,
          [sample({ tone: 0.8 + offset + ((i % 5) - 2) * 0.01 })],
        ]),
      );
    const report = compareReport({
      baseline: makeSideRun('baseline', scores(0)),
      candidate: makeSideRun('candidate', scores(-0.1)),
    });
    expect(metricOf(report).delta?.scoreTest).toBe('paired-t');
    expect(report.verdict).toBe('fail');
    expect(report.reasons[0]?.message).toContain('mean score dropped 0.10');
  });

  it('a threshold the baseline also misses is reported as before and does not fail', () => {
    const report = compareReport({
      threshold: 1,
      baseline: fromPattern('baseline', 'P'.repeat(47) + 'FFF'),
      candidate: fromPattern('candidate', 'P'.repeat(48) + 'FF'),
    });
    expect(report.verdict).toBe('pass');
    expect(messages(report.reasons)).toContain(
      'pass rate 96.0% (48 of 50 cases) is below the minimum 100.0%, as before (baseline 94.0%)',
    );
  });

  it('a threshold the baseline met fails only with a significant drop', () => {
    const input = (failing: number) => ({
      threshold: 1,
      baseline: fromPattern('baseline', 'P'.repeat(100)),
      candidate: fromPattern('candidate', 'P'.repeat(100 - failing) + 'F'.repeat(failing)),
    });
    const two = compareReport(input(2), policy({ maxDrop: 0.5 }));
    expect(two.verdict).toBe('inconclusive');
    expect(two.reasons[0]?.message).toContain('the drop is not significant, cannot tell');
    const five = compareReport(input(5), policy({ maxDrop: 0.5 }));
    expect(five.verdict).toBe('fail');
    expect(five.reasons[0]?.message).toMatch(
      /below the minimum 100.0% \(baseline 100.0%, one-sided p = 0.031\)/,
    );
  });

  it('repeats are clustered by case and flaky baseline cases are marked', () => {
    const side = (name: 'baseline' | 'candidate', pattern: string[]) =>
      makeSideRun(
        name,
        Object.fromEntries(
          pattern.map((p, i) => [
            `case-${i}`,
            [...p].map((ch) => sample({ tone: ch === 'P' ? 'pass' : 'fail' })),
          ]),
        ),
      );
    const report = compareReport({
      baseline: side('baseline', ['PPP', 'PPF', 'PPP', 'PPP', 'PPP', 'PPP']),
      candidate: side('candidate', ['FFF', 'FFF', 'FFF', 'FFF', 'FFF', 'PPP']),
    });
    const delta = metricOf(report).delta;
    expect(delta?.flakyCases).toBe(1);
    expect(report.cases[1]?.flaky).toBe(true);
    expect(report.cases[0]?.flaky).toBeUndefined();
    // Five cases moved down (one by 2/3), none up: p = 2^-5 over the six cases, not over 18 samples.
    expect(delta?.flipPValue).toBeCloseTo(1 / 32, 12);
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
    expect(messages(report.reasons)).toEqual([
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
    expect(messages(metricOf(report).reasons)).toEqual([
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
    expect(messages(failing.reasons)).toEqual(['pass rate 80.0% (8 of 10 cases) is below the minimum 90.0%']);
    // The metric that keeps the prompt under its threshold says so, without repeating the prompt's reason.
    expect(failing.metrics[0]).toMatchObject({ status: 'fail', passRate: 0.8 });
    expect(failing.metrics[0]?.reasons[0]?.message).toMatch(/below the prompt's threshold 90\.0%/);
    expect(added('PPPPPPPPPF').metrics[0]?.status).toBe('pass');
    expect(metricOf(failing).delta).toBeUndefined();
    expect(failing.usage.baseline).toBeUndefined();
  });

  it('a metric no case could score is an error (or a failure without fail_on_error), never PASS', () => {
    const allErrored = compareReport({ status: 'added', candidate: fromPattern('candidate', 'EEE') });
    expect(allErrored.verdict).toBe('error');
    expect(allErrored.metrics[0]).toMatchObject({
      status: 'error',
      reasons: [
        {
          scope: 'metric',
          code: 'no-case-scored',
          metric: 'tone',
          message: '`tone`: no case could be scored',
        },
      ],
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
    expect(messages(report.reasons)).toEqual([
      '`tone`: pass rate 75.0% is below the minimum 80.0%',
      '`tone`: mean score 0.75 is below the minimum 0.90',
    ]);
  });

  it('a removed prompt passes with reason "removed"', () => {
    const report = compareReport({ status: 'removed', baseline: fromPattern('baseline', 'PPF') });
    expect(report.verdict).toBe('pass');
    expect(messages(report.reasons)).toEqual(['removed']);
    expect(metricOf(report).baseline?.passRate).toBeCloseTo(2 / 3, 10);
  });

  it('a baseline that could not be prepared leaves the absolute rules only', () => {
    const baseline = { ...fromPattern('baseline', 'EEE'), setupError: 'template parse error at line 3' };
    const report = compareReport({ threshold: 0.5, baseline, candidate: fromPattern('candidate', 'PPF') });
    expect(report.verdict).toBe('pass');
    expect(report.errors).toBe(0);
    expect(messages(report.reasons)).toEqual([
      'baseline could not be evaluated (template parse error at line 3); gated on absolute thresholds only',
    ]);
    expect(report.cases[0]?.baseline).toBeUndefined();
    expect(report.setupErrors).toEqual({ baseline: 'template parse error at line 3' });
    // Merging keeps the note from the typed fact, not from the reason's wording.
    const reworded = [promptReason(report.id, 'setup-failed', 'reworded')];
    const shard = (cases: PromptReport['cases']) => reportOf([{ ...report, cases, reasons: reworded }]);
    const rebuilt = mergeReports([shard(report.cases.slice(0, 1)), shard(report.cases.slice(1))]).prompts[0];
    expect(messages(rebuilt?.reasons ?? [])).toContain(
      'baseline could not be evaluated (template parse error at line 3); gated on absolute thresholds only',
    );
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
    expect(messages(report.reasons)).toEqual([
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
    expect(report.reasons[0]?.message).toMatch(
      /^`better`: the candidate is judged worse than the baseline \(0 wins, 1 ties, 10 losses; one-sided p = 0.0010/,
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
      baseline: fromPattern('baseline', 'P'.repeat(10)),
      candidate: fromPattern('candidate', 'P'.repeat(5) + 'F'.repeat(5)),
    });
    const broken = compareReport({
      id: 'c',
      baseline: fromPattern('baseline', 'PP'),
      candidate: fromPattern('candidate', 'PE'),
    });
    expect(wrapReport([ok]).verdict).toBe('pass');
    const failing = wrapReport([ok, bad], {
      extraReasons: [runReason('budget-exhausted', 'budget exhausted')],
    });
    expect(failing.verdict).toBe('fail');
    expect(failing.reasons[0]).toMatchObject({
      scope: 'metric',
      code: 'pass-rate-drop',
      promptId: 'b',
      metric: 'tone',
    });
    expect(reasonLine(failing.reasons[0] as Reason)).toMatch(/^b: `tone`: pass rate dropped 50.0 pts/);
    expect(failing.reasons.at(-1)?.message).toBe('budget exhausted');
    const errored = wrapReport([ok, bad, broken]);
    expect(errored.verdict).toBe('error');
    expect(errored.errors).toBe(1);
  });

  it('no prompts is a pass', () => {
    expect(wrapReport([], { extraReasons: [nothingToEvaluate('compare')] })).toMatchObject({
      verdict: 'pass',
      reasons: [{ scope: 'run', code: 'nothing-to-evaluate', message: 'no prompt changes' }],
    });
  });
});

function reportOf(prompts: PromptReport[]) {
  return buildReport({
    mode: 'compare',
    prompts,
    usage: emptyUsageTotals(),
    toolVersion: 'test',
    generatedAt: '2026-01-01T00:00:00.000Z',
    failOn: ['fail', 'error'],
  });
}
