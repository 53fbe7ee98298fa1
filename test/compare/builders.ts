import type { Reason } from '../../src/core/reason.js';
import { DEFAULT_FAIL_ON } from '../../src/core/verdict.js';
/** Small builders for run results, shared by the compare and report tests. */
import { buildPromptReport, buildReport, type PromptComparisonInput } from '../../src/compare/build.js';
import type { GatePolicy } from '../../src/config/types.js';
import { defaultConfig } from '../../src/config/load.js';
import type { UsageTotals } from '../../src/providers/types.js';
import { emptyUsageTotals } from '../../src/providers/usage.js';
import type { PromptReport, Report } from '../../src/report/types.js';
import type { MetricResult } from '../../src/metrics/types.js';
import type { SampleResult, Side, SideRun } from '../../src/run/types.js';

type MetricSpec = 'pass' | 'fail' | 'error' | number;

/** One sample; a number is a score (pass when >= 0.5). */
export function sample(metrics: Record<string, MetricSpec>, extra: Partial<SampleResult> = {}): SampleResult {
  const results: Record<string, MetricResult> = {};
  for (const [name, spec] of Object.entries(metrics)) {
    results[name] =
      typeof spec === 'number'
        ? { outcome: spec >= 0.5 ? 'pass' : 'fail', score: spec, reason: `scored ${spec}` }
        : spec === 'error'
          ? { outcome: 'error', score: 0, reason: 'judge timed out' }
          : {
              outcome: spec,
              score: spec === 'pass' ? 1 : 0,
              reason: spec === 'pass' ? 'ok' : `${name} not met`,
            };
  }
  return {
    sample: 0,
    output: 'an answer',
    metrics: results,
    usage: { inputTokens: 100, outputTokens: 20 },
    costUsd: 0.001,
    latencyMs: 500,
    cached: false,
    ...extra,
  };
}

/** A sample whose model call failed. */
export function failed(error = 'HTTP 500: upstream error'): SampleResult {
  return {
    sample: 0,
    error,
    metrics: {},
    usage: { inputTokens: 0, outputTokens: 0 },
    costUsd: 0,
    latencyMs: 1200,
    cached: false,
  };
}

export function makeSideRun(
  side: Side,
  cases: Record<string, SampleResult[]>,
  extra: Partial<SideRun> = {},
): SideRun {
  return {
    side,
    promptId: 'support/reply',
    path: 'prompts/support/reply.prompt.yml',
    contentHash: side === 'baseline' ? 'aaa' : 'bbb',
    model: 'openai:gpt-4o-mini',
    promptTokens: side === 'baseline' ? 120 : 140,
    cases: Object.entries(cases).map(([caseId, samples]) => ({
      caseId,
      vars: { question: `question ${caseId}` },
      samples: samples.map((s, i) => ({ ...s, sample: i })),
    })),
    ...extra,
  };
}

/**
 * A side where metric `tone` passes or fails per case: 'PPF' -> case-1 pass, case-2 pass, case-3 fail.
 * 'E' is a failed call, 'J' a judge error.
 */
export function fromPattern(side: Side, pattern: string, metric = 'tone'): SideRun {
  const cases: Record<string, SampleResult[]> = {};
  [...pattern].forEach((ch, i) => {
    const spec: MetricSpec = ch === 'P' ? 'pass' : ch === 'J' ? 'error' : 'fail';
    cases[`case-${i + 1}`] = [ch === 'E' ? failed() : sample({ [metric]: spec })];
  });
  return makeSideRun(side, cases);
}

export function policy(overrides: Partial<GatePolicy> = {}): GatePolicy {
  return { ...defaultConfig().gate, ...overrides };
}

export function comparison(overrides: Partial<PromptComparisonInput> = {}): PromptComparisonInput {
  return {
    id: 'support/reply',
    path: 'prompts/support/reply.prompt.yml',
    status: 'modified',
    model: 'openai:gpt-4o-mini',
    offline: false,
    threshold: 0,
    metrics: [{ name: 'tone', type: 'judge', kind: 'single' }],
    pairwise: {},
    version: { baseline: '1.0.0', candidate: '1.1.0', notBumped: false },
    ...overrides,
  };
}

export function compareReport(overrides: Partial<PromptComparisonInput> = {}, gate = policy()): PromptReport {
  return buildPromptReport(comparison(overrides), gate);
}

export function usageTotals(overrides: Partial<UsageTotals> = {}): UsageTotals {
  return {
    ...emptyUsageTotals(),
    calls: 20,
    inputTokens: 2000,
    outputTokens: 400,
    costUsd: 0.02,
    ...overrides,
  };
}

export function wrapReport(
  prompts: PromptReport[],
  overrides: Partial<Parameters<typeof buildReport>[0]> = {},
): Report {
  return buildReport({
    mode: 'compare',
    prompts,
    usage: usageTotals(),
    base: { ref: 'main', sha: '1111111aaaaaaa' },
    head: { ref: 'feature', sha: '2222222bbbbbbb' },
    toolVersion: '1.0.0',
    generatedAt: '2025-01-01T00:00:00.000Z',
    failOn: DEFAULT_FAIL_ON,
    ...overrides,
  });
}

/** The sentences of typed reasons, for assertions on what users read. */
export function messages(reasons: readonly Reason[]): string[] {
  return reasons.map((r) => r.message);
}
