import { nothingToEvaluate } from '../../src/compare/build.js';
import { runReason } from '../../src/core/reason.js';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { mergeReports } from '../../src/report/merge.js';
import type { Report } from '../../src/report/types.js';
import {
  compareReport,
  fromPattern,
  makeSideRun,
  policy,
  sample,
  usageTotals,
  wrapReport,
  messages,
} from '../compare/builders.js';

const passing = (id: string) =>
  compareReport({
    id,
    baseline: fromPattern('baseline', 'PPPP'),
    candidate: fromPattern('candidate', 'PPPP'),
  });
const regressed = (id: string) =>
  compareReport({
    id,
    baseline: fromPattern('baseline', 'P'.repeat(12)),
    candidate: fromPattern('candidate', 'P'.repeat(6) + 'F'.repeat(6)),
  });

describe('mergeReports', () => {
  it('combines disjoint prompts, sums usage and recomputes the verdict', () => {
    const one = wrapReport([passing('a')], {
      shard: { index: 1, total: 2 },
      usage: usageTotals({ calls: 10, costUsd: 0.5 }),
    });
    const two = wrapReport([regressed('b')], {
      shard: { index: 2, total: 2 },
      usage: usageTotals({ calls: 30, costUsd: 1.5 }),
    });
    const merged = mergeReports([one, two]);
    expect(merged.prompts.map((p) => p.id)).toEqual(['a', 'b']);
    expect(merged.verdict).toBe('fail');
    expect(merged.reasons[0]).toMatchObject({ scope: 'metric', code: 'pass-rate-drop', promptId: 'b' });
    expect(merged.reasons[0]?.message).toMatch(/^`tone`: pass rate dropped 50.0 pts/);
    expect(merged.usage.calls).toBe(40);
    expect(merged.usage.costUsd).toBeCloseTo(2, 10);
    expect(merged.shard).toBeUndefined();
    expect(merged.base).toEqual(one.base);
  });

  it('recomputes a prompt split across reports as if it had run in one piece', () => {
    const cases = (ids: string[], spec: 'pass' | 'fail') =>
      Object.fromEntries(ids.map((id) => [id, [sample({ tone: spec })]]));
    const half = (ids: string[], after: 'pass' | 'fail') =>
      compareReport({
        baseline: makeSideRun('baseline', cases(ids, 'pass')),
        candidate: makeSideRun('candidate', cases(ids, after)),
      });
    const whole = compareReport({
      baseline: makeSideRun('baseline', cases(['a', 'b', 'c', 'd'], 'pass')),
      candidate: makeSideRun('candidate', { ...cases(['a', 'b'], 'pass'), ...cases(['c', 'd'], 'fail') }),
    });
    const merged = mergeReports(
      [wrapReport([half(['a', 'b'], 'pass')]), wrapReport([half(['c', 'd'], 'fail')])],
      policy(),
    );
    expect(merged.prompts).toHaveLength(1);
    expect(merged.prompts[0]).toEqual(whole);
    // Two of four cases flipping: beyond the tolerance, not significant.
    expect(merged.verdict).toBe('inconclusive');
  });

  it('flags a prompt as evaluated offline when any shard of it ran on the offline model', () => {
    const shard = (ids: string[], offline: boolean) =>
      compareReport({
        offline,
        baseline: makeSideRun(
          'baseline',
          Object.fromEntries(ids.map((id) => [id, [sample({ tone: 'pass' })]])),
        ),
        candidate: makeSideRun(
          'candidate',
          Object.fromEntries(ids.map((id) => [id, [sample({ tone: 'pass' })]])),
        ),
      });
    const real = mergeReports(
      [wrapReport([shard(['a'], false)]), wrapReport([shard(['b'], false)])],
      policy(),
    );
    expect(real.prompts[0]?.offline).toBeUndefined();
    const mixed = mergeReports(
      [wrapReport([shard(['a'], false)]), wrapReport([shard(['b'], true)])],
      policy(),
    );
    expect(mixed.prompts[0]?.offline).toBe(true);
  });

  it('refuses to combine the rounds of repeat: auto from several reports', () => {
    const adaptive = (id: string) => ({
      ...compareReport({
        baseline: makeSideRun('baseline', { [id]: [sample({ tone: 'pass' })] }),
        candidate: makeSideRun('candidate', { [id]: [sample({ tone: 'pass' })] }),
      }),
      adaptive: { planned: 3, stop: 'decided' as const, rounds: [] },
    });
    expect(() => mergeReports([wrapReport([adaptive('a')]), wrapReport([adaptive('b')])], policy())).toThrow(
      /repeat: auto in more than one report/,
    );
  });

  it('refuses overlapping cases, mixed modes and different commits', () => {
    expect(() => mergeReports([wrapReport([passing('a')]), wrapReport([passing('a')])])).toThrow(UsageError);
    expect(() =>
      mergeReports([wrapReport([passing('a')]), wrapReport([passing('b')], { mode: 'eval' })]),
    ).toThrow(/different modes/);
    const other = wrapReport([passing('b')], { head: { ref: 'x', sha: '9999999' } });
    expect(() => mergeReports([wrapReport([passing('a')]), other])).toThrow(/different head commits/);
    expect(() => mergeReports([])).toThrow(UsageError);
  });

  it('a missing shard makes the merged verdict an error', () => {
    const merged = mergeReports([wrapReport([passing('a')], { shard: { index: 1, total: 3 } })]);
    expect(merged.verdict).toBe('error');
    expect(messages(merged.reasons)).toContain('missing shard results: 2, 3 of 3; the verdict is incomplete');
  });

  it('keeps the error of a shard that crashed, and its reason', () => {
    const crashed: Report = {
      ...wrapReport([], { shard: { index: 2, total: 2 } }),
      verdict: 'error',
      reasons: [runReason('run-failed', 'ConfigError: promptgate.yaml:3: unknown key')],
      errors: 1,
    };
    const merged = mergeReports([wrapReport([passing('a')], { shard: { index: 1, total: 2 } }), crashed]);
    expect(merged.verdict).toBe('error');
    expect(messages(merged.reasons)).toEqual(['ConfigError: promptgate.yaml:3: unknown key']);
    expect(merged.errors).toBe(1);
  });

  it('drops "no prompt changes" from an empty shard once another shard evaluated prompts', () => {
    const empty = wrapReport([], {
      shard: { index: 2, total: 2 },
      extraReasons: [nothingToEvaluate('compare')],
    });
    const merged = mergeReports([wrapReport([passing('a')], { shard: { index: 1, total: 2 } }), empty]);
    expect(merged).toMatchObject({ verdict: 'pass', reasons: [] });
  });
});
