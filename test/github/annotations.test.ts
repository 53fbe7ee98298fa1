import { metricReason, promptReason } from '../../src/core/reason.js';
import { describe, expect, it } from 'vitest';
import {
  annotationsFor,
  failedCallsWarning,
  MAX_ANNOTATIONS_PER_LEVEL,
} from '../../src/github/annotations.js';
import type { PromptReport, Report } from '../../src/report/types.js';
import { fileErrorReport } from '../../src/app/file-errors.js';
import { emptyUsageTotals } from '../../src/providers/usage.js';

function prompt(id: string, overrides: Partial<PromptReport> = {}): PromptReport {
  return {
    id,
    path: `prompts/${id}.prompt.yml`,
    status: 'modified',
    verdict: 'pass',
    reasons: [],
    model: 'openai/gpt-4o-mini',
    version: { notBumped: false },
    promptTokens: {},
    threshold: 0.8,
    metrics: [],
    cases: [],
    usage: {},
    errors: 0,
    ...overrides,
  };
}

function report(prompts: PromptReport[]): Report {
  return {
    schemaVersion: 2,
    tool: { name: 'promptgate', version: '0.0.0' },
    mode: 'compare',
    verdict: prompts.some((p) => p.verdict !== 'pass') ? 'fail' : 'pass',
    reasons: [],
    generatedAt: '2026-01-01T00:00:00.000Z',
    prompts,
    usage: emptyUsageTotals(),
    errors: 0,
  };
}

describe('annotationsFor', () => {
  it('puts an error on each regressed or errored prompt file and a warning on each unbumped version', () => {
    const annotations = annotationsFor(
      report([
        prompt('ok'),
        prompt('summarize', {
          verdict: 'fail',
          reasons: [
            metricReason(
              'summarize',
              'exact',
              'pass-rate-drop',
              'exact: pass rate dropped 0.90 -> 0.70 (CI -0.31..-0.09)',
            ),
          ],
        }),
        prompt('broken', {
          verdict: 'error',
          reasons: [promptReason('broken', 'evaluation-errors', '3 of 20 samples errored')],
        }),
        prompt('tone', { version: { notBumped: true, candidate: '1.2.0', suggestedBump: 'minor' } }),
      ]),
    );

    expect(annotations).toEqual([
      {
        file: 'prompts/summarize.prompt.yml',
        level: 'error',
        title: 'promptgate: summarize regressed',
        message: 'exact: pass rate dropped 0.90 -> 0.70 (CI -0.31..-0.09)',
      },
      {
        file: 'prompts/broken.prompt.yml',
        level: 'error',
        title: 'promptgate: broken could not be evaluated',
        message: '3 of 20 samples errored',
      },
      {
        file: 'prompts/tone.prompt.yml',
        level: 'warning',
        title: 'promptgate: tone changed without a version bump',
        message: "the prompt's content changed but version 1.2.0 did not; suggested: a minor bump",
      },
    ]);
  });

  it('keeps within GitHub’s ten annotations per level, with a line for the rest', () => {
    const many = Array.from({ length: 14 }, (_, i) =>
      prompt(`p${i}`, { verdict: 'fail', version: { notBumped: true } }),
    );

    const annotations = annotationsFor(report(many));
    const errors = annotations.filter((a) => a.level === 'error');
    const warnings = annotations.filter((a) => a.level === 'warning');

    // Room is left for the step's own messages (the failing verdict, GitHub write problems).
    expect(errors.length).toBeLessThan(MAX_ANNOTATIONS_PER_LEVEL);
    expect(warnings.length).toBeLessThan(MAX_ANNOTATIONS_PER_LEVEL);
    expect(errors.at(-1)?.title).toBe(`promptgate: ${14 - errors.length + 1} more failing prompts`);
    expect(errors.at(-1)?.message).toMatch(/p13\.prompt\.yml: see the job summary/);
    expect(warnings.at(-1)?.title).toBe(`promptgate: ${14 - warnings.length + 1} more warnings`);
  });

  it('titles a file that could not be loaded as such, not as a regression', () => {
    const broken = fileErrorReport(
      'evals/faq.eval.yaml',
      'evals/faq.eval.yaml:3:1: malformed YAML',
      'fail',
      'modified',
    );
    const [annotation] = annotationsFor(report([broken]));
    expect(annotation).toMatchObject({
      file: 'evals/faq.eval.yaml',
      level: 'error',
      title: 'promptgate: evals/faq.eval.yaml could not be loaded',
      message: 'could not be loaded: evals/faq.eval.yaml:3:1: malformed YAML',
    });
  });

  it('has nothing to say about a clean report', () => {
    expect(annotationsFor(report([prompt('a'), prompt('b')]))).toEqual([]);
  });

  it('warns loudly when most model calls failed, whatever the verdict', () => {
    const failing = { ...report([prompt('a')]), verdict: 'pass' as const };
    failing.usage = { ...failing.usage, calls: 100, errors: 91 };
    expect(failedCallsWarning(failing)).toMatch(/^91 of 100 model calls failed/);
    failing.usage = { ...failing.usage, calls: 100, errors: 50 };
    expect(failedCallsWarning(failing)).toBeUndefined();
    expect(failedCallsWarning(report([]))).toBeUndefined();
  });

  it('blames the budget, not the provider, when the budget stopped the calls', () => {
    const stopped = report([prompt('a')]);
    stopped.usage = { ...stopped.usage, calls: 90, errors: 60, budgetExhausted: true };
    const warning = failedCallsWarning(stopped) ?? '';
    expect(warning).toMatch(
      /^60 of 90 model calls failed or were not made because the budget \(max_cost_usd\) ran out/,
    );
    expect(warning).toContain('Raise max_cost_usd (promptgate.yaml, or the action input `max-cost-usd`)');
    expect(warning).not.toContain('Check the provider');
  });
});
