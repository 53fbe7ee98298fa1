import { promptReason } from '../../src/core/reason.js';
/** Minimal prompts, reports and lock entries for the lifecycle tests. */
import { createHash } from 'node:crypto';
import type { PromptFile } from '../../src/prompts/types.js';
import type { MetricReport, PromptReport, Report, Verdict } from '../../src/report/types.js';
import type { HistoryEvent, LockedPrompt } from '../../src/lifecycle/lockfile.js';
import { emptyUsageTotals } from '../../src/providers/usage.js';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A promptgate prompt; its content hash is derived from its content unless given. */
export function promptFile(overrides: Partial<PromptFile> = {}): PromptFile {
  const prompt: PromptFile = {
    format: 'promptgate',
    id: 'support-reply',
    path: 'prompts/reply.prompt.yaml',
    version: '1.0.0',
    model: 'gpt-4o-mini',
    modelParameters: { temperature: 0 },
    messages: [
      { role: 'system', content: 'You answer support questions politely.' },
      { role: 'user', content: '{{ message }}' },
    ],
    partials: [],
    contentHash: '',
    variables: ['message'],
    ...overrides,
  };
  if (overrides.contentHash) return prompt;
  return { ...prompt, contentHash: sha256(JSON.stringify({ ...prompt, contentHash: undefined })) };
}

export interface MetricSpec {
  name: string;
  passRate: number;
  n: number;
  meanScore?: number;
}

export function metricReport(spec: MetricSpec): MetricReport {
  const meanScore = spec.meanScore ?? spec.passRate;
  return {
    name: spec.name,
    type: 'contains',
    passRate: spec.passRate,
    meanScore,
    candidate: {
      n: spec.n,
      passRate: spec.passRate,
      passRateCi: { low: 0, high: 1 },
      meanScore,
      scoreStdErr: 0,
      errors: 0,
    },
    status: 'pass',
    reasons: [],
  };
}

export function promptReport(args: {
  id: string;
  hash: string;
  verdict?: Verdict;
  reasons?: string[];
  metrics?: MetricSpec[];
  version?: string;
  model?: string;
  offline?: true;
}): PromptReport {
  return {
    id: args.id,
    path: `prompts/${args.id}.prompt.yaml`,
    status: 'modified',
    verdict: args.verdict ?? 'pass',
    reasons: (args.reasons ?? []).map((message) => promptReason(args.id, 'recorded', message)),
    model: args.model ?? 'openai:gpt-4o-mini',
    ...(args.offline ? { offline: args.offline } : {}),
    version: { candidate: args.version ?? '1.0.0', candidateHash: args.hash, notBumped: false },
    promptTokens: {},
    threshold: 1,
    metrics: (args.metrics ?? [{ name: 'polite', passRate: 1, n: 10 }]).map(metricReport),
    cases: [],
    usage: {},
    errors: 0,
  };
}

export function report(prompts: PromptReport[], overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 2,
    tool: { name: 'promptgate', version: '0.0.0-test' },
    mode: 'eval',
    verdict: prompts.every((p) => p.verdict === 'pass') ? 'pass' : 'fail',
    reasons: [],
    generatedAt: '2026-02-01T10:00:00.000Z',
    prompts,
    usage: emptyUsageTotals(),
    errors: 0,
    ...overrides,
  };
}

export const COMMIT_A = 'a'.repeat(40);
export const COMMIT_B = 'b'.repeat(40);

export function historyEvent(overrides: Partial<HistoryEvent> = {}): HistoryEvent {
  return {
    event: 'promote',
    version: '1.0.0',
    hash: sha256('v1'),
    path: 'prompts/reply.prompt.yaml',
    commit: COMMIT_A,
    actor: 'octocat',
    at: '2026-01-01T12:00:00.000Z',
    ...overrides,
  };
}

/** A production record with one promotion in its history. */
export function lockedPrompt(overrides: Partial<LockedPrompt> = {}): LockedPrompt {
  const base: LockedPrompt = {
    version: '1.0.0',
    hash: sha256('v1'),
    format: 'promptgate',
    path: 'prompts/reply.prompt.yaml',
    commit: COMMIT_A,
    files: { 'prompts/reply.prompt.yaml': sha256('file v1') },
    promotedBy: 'octocat',
    promotedAt: '2026-01-01T12:00:00.000Z',
    evaluation: {
      verdict: 'pass',
      model: 'openai:gpt-4o-mini',
      at: '2026-01-01T11:00:00.000Z',
      commit: COMMIT_A,
      metrics: { polite: { passRate: 0.95, meanScore: 0.95, n: 40 } },
    },
    history: [historyEvent()],
  };
  return { ...base, ...overrides };
}
