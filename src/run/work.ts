import type { MetricSpec } from '../suites/types.js';
import type { ChatMessage, ModelRef, ResponseFormat } from '../providers/types.js';
import type { CasePairwise, SampleResult, Side } from './types.js';

/**
 * The serialisable work plan: plain JSON (no functions, classes or shared state), so an item can be
 * sent to another process, a CI job or a queue and its result sent back.
 */

/** The request settings of a prompt, as the model gateway takes them. */
export interface CallParameters {
  temperature?: number;
  maxTokens?: number;
  topP?: number;
  responseFormat?: ResponseFormat;
}

/** One model call (one sample of one case on one side) and the single-output metrics that score it. */
export interface SampleItem {
  kind: 'sample';
  /** Unique within a run; the result comes back under it. */
  key: string;
  promptId: string;
  side: Side;
  caseId: string;
  sample: number;
  model: ModelRef;
  /** The prompt rendered with the case's variables. */
  messages: ChatMessage[];
  parameters: CallParameters;
  metrics: MetricSpec[];
  vars: Record<string, unknown>;
  expected?: unknown;
  /** Judge of the case's LLM metrics unless a metric names its own. */
  judgeModel: ModelRef;
}

/** Pairwise metrics of one case on both sides' first outputs. */
export interface PairItem {
  kind: 'pair';
  key: string;
  promptId: string;
  caseId: string;
  metrics: MetricSpec[];
  baseline: string;
  candidate: string;
  /** The candidate's rendered messages: the task both outputs answer. */
  messages: ChatMessage[];
  vars: Record<string, unknown>;
  expected?: unknown;
  judgeModel: ModelRef;
}

export type WorkItem = SampleItem | PairItem;

export type WorkResult =
  { kind: 'sample'; key: string; result: SampleResult } | { kind: 'pair'; key: string; result: CasePairwise };

export function sampleKey(promptId: string, side: Side, caseId: string, sample: number): string {
  return JSON.stringify([promptId, side, caseId, sample]);
}

export function pairKey(promptId: string, caseId: string): string {
  return JSON.stringify([promptId, 'pair', caseId]);
}
