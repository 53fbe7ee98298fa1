import type { MetricResult, PairResult } from '../metrics/types.js';
import type { TokenUsage } from '../providers/types.js';

export type Side = 'baseline' | 'candidate';

/** One model call for one case (one sample of `repeat: n`) and every metric's verdict on its output. */
export interface SampleResult {
  sample: number;
  /** Undefined when rendering or the call failed (then `error` says why). */
  output?: string;
  error?: string;
  /** By metric name. Empty when `error` is set. */
  metrics: Record<string, MetricResult>;
  usage: TokenUsage;
  costUsd: number;
  latencyMs: number;
  cached: boolean;
}

export interface CaseRun {
  caseId: string;
  vars: Record<string, unknown>;
  expected?: unknown;
  samples: SampleResult[];
}

/** One version of one prompt run over all cases of its suites. */
export interface SideRun {
  side: Side;
  promptId: string;
  path: string;
  /** Semver (promptgate files) or undefined. */
  version?: string;
  contentHash: string;
  /** Resolved model label, e.g. `openai:gpt-4o-mini`. */
  model: string;
  /** Estimated tokens of the prompt's template messages rendered with the first case (size tracking). */
  promptTokens: number;
  cases: CaseRun[];
  /** Set when the version could not be prepared at all (e.g. its template fails to parse). */
  setupError?: string;
}

/** Pairwise metric verdicts for one case, by metric name. */
export type CasePairwise = Record<string, PairResult>;
