import { describe, expect, it } from 'vitest';
import { annotationsFor, MAX_ANNOTATIONS_PER_LEVEL } from '../../src/github/annotations.js';
import type { PromptReport, Report } from '../../src/report/types.js';
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
    schemaVersion: 1,
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
          reasons: ['exact: pass rate dropped 0.90 -> 0.70 (CI -0.31..-0.09)'],
        }),
        prompt('broken', { verdict: 'error', reasons: ['3 of 20 samples errored'] }),
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

  it('keeps to GitHub’s ten annotations per level', () => {
    const many = Array.from({ length: 14 }, (_, i) =>
      prompt(`p${i}`, { verdict: 'fail', version: { notBumped: true } }),
    );

    const annotations = annotationsFor(report(many));

    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(MAX_ANNOTATIONS_PER_LEVEL);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(MAX_ANNOTATIONS_PER_LEVEL);
  });

  it('has nothing to say about a clean report', () => {
    expect(annotationsFor(report([prompt('a'), prompt('b')]))).toEqual([]);
  });
});
