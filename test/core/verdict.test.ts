import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FAIL_ON,
  failsCheck,
  parseFailOn,
  VERDICT_LABEL,
  VERDICTS,
  verdictSeverity,
  worstVerdict,
} from '../../src/core/verdict.js';
import { exitCodeFor } from '../../src/output.js';
import { wrapReport } from '../compare/builders.js';

describe('verdicts', () => {
  it('rank pass < skipped < inconclusive < fail < error', () => {
    const ranked = [...VERDICTS].sort((a, b) => verdictSeverity(a) - verdictSeverity(b));
    expect(ranked).toEqual(['pass', 'skipped', 'inconclusive', 'fail', 'error']);
    expect(worstVerdict([])).toBe('pass');
    expect(worstVerdict(['pass', 'inconclusive', 'skipped'])).toBe('inconclusive');
    expect(worstVerdict(['inconclusive', 'fail', 'pass'])).toBe('fail');
    expect(worstVerdict(['error', 'fail'])).toBe('error');
  });

  it('have one label each', () => {
    expect(VERDICTS.map((v) => VERDICT_LABEL[v])).toEqual([
      'PASS',
      'SKIPPED',
      'INCONCLUSIVE',
      'FAIL',
      'ERROR',
    ]);
  });
});

describe('fail-on', () => {
  it('defaults to fail and error: inconclusive and skipped do not fail the check', () => {
    expect(VERDICTS.filter((v) => failsCheck(v, DEFAULT_FAIL_ON))).toEqual(['fail', 'error']);
  });

  it('parses verdict lists, never and regression', () => {
    expect(parseFailOn('fail, error,inconclusive')).toEqual({
      ok: true,
      failOn: ['inconclusive', 'fail', 'error'],
    });
    expect(parseFailOn('never')).toEqual({ ok: true, failOn: [] });
    expect(parseFailOn('Regression')).toEqual({ ok: true, failOn: ['fail', 'error'] });
    expect(parseFailOn('error')).toEqual({ ok: true, failOn: ['error'] });
  });

  it('returns unknown words instead of guessing', () => {
    expect(parseFailOn('fail,regresion')).toEqual({ ok: false, unknown: ['regresion'] });
    expect(parseFailOn('constructor')).toEqual({ ok: false, unknown: ['constructor'] });
    expect(parseFailOn(' , ')).toEqual({ ok: false, unknown: [] });
    expect(parseFailOn('never,fail')).toEqual({ ok: false, unknown: ['never'] });
  });

  it('decides the exit status: 0 when the verdict does not fail, 2 for error, else 1', () => {
    const exit = (verdict: (typeof VERDICTS)[number], failOn?: (typeof VERDICTS)[number][]) =>
      exitCodeFor({ ...wrapReport([]), verdict, ...(failOn ? { failOn } : {}) });
    expect(VERDICTS.map((v) => exit(v))).toEqual([0, 0, 0, 1, 2]);
    expect(VERDICTS.map((v) => exit(v, ['inconclusive', 'fail', 'error']))).toEqual([0, 0, 1, 1, 2]);
    expect(VERDICTS.map((v) => exit(v, []))).toEqual([0, 0, 0, 0, 0]);
    // Reports of older versions carry no failOn: the default applies.
    const legacy = { ...wrapReport([]), verdict: 'fail' as const };
    delete legacy.failOn;
    expect(exitCodeFor(legacy)).toBe(1);
  });
});
