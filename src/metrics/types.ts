import type { TObject } from '@sinclair/typebox';
import type { SourceLocation } from '../errors.js';
import type { ChatMessage, ResponseFormat } from '../providers/types.js';

/** `error` means the metric could not judge (the judge API failed): never a pass, never silently a fail. */
export type Outcome = 'pass' | 'fail' | 'error';

export interface MetricResult {
  outcome: Outcome;
  /** 0..1 */
  score: number;
  /** Short human explanation, e.g. "missing \"refund\"" or the judge's reasoning. */
  reason: string;
}

/** What a judge call returns; the gateway already retried and cached it. */
export type JudgeReply = { ok: true; text: string } | { ok: false; error: string };

/** The only way a metric reaches a model: injected, so metrics stay pure and testable. */
export interface JudgeClient {
  complete(request: {
    /** Model ref; undefined means the suite's or the global judge model. */
    model?: string;
    messages: ChatMessage[];
    responseFormat?: ResponseFormat;
    /** Default 0 (judges should be repeatable); `null` sends none, as `gh models eval` does. */
    temperature?: number | null;
  }): Promise<JudgeReply>;
}

/** Templates (e.g. a user's judge prompt override) and JSON files (schema `$ref`) a metric may read at parse time. */
export interface ParseContext {
  location: SourceLocation;
  /** Reads a repo-relative file, resolved against the suite's directory; undefined when missing. */
  readFile(path: string): string | undefined;
  /** Records a file the metric depends on, for change discovery. */
  addDependency(path: string): void;
}

export interface MetricInput {
  /** The model output, as returned. */
  output: string;
  vars: Record<string, unknown>;
  expected?: unknown;
  /** The rendered prompt that produced the output (for judges). */
  messages: ChatMessage[];
  judge: JudgeClient;
}

export interface PairInput {
  baseline: string;
  candidate: string;
  vars: Record<string, unknown>;
  expected?: unknown;
  messages: ChatMessage[];
  judge: JudgeClient;
}

export type PairVerdict = 'win' | 'tie' | 'loss';

export interface PairResult extends MetricResult {
  /** From the candidate's point of view; score is 1 / 0.5 / 0. */
  verdict?: PairVerdict;
}

interface MetricDefinitionBase<C> {
  readonly type: string;
  /**
   * The schema of the metric's YAML mapping (without `type`/`name`): what `parse` checks first, and
   * what the published suite schema offers editors for this type.
   */
  readonly configSchema: TObject;
  /** Calls a model (its calls are counted as judge usage). */
  readonly usesJudge: boolean;
  /** Validates the raw YAML mapping (without `type`/`name`); throws ConfigError with the location on bad config. */
  parse(raw: Record<string, unknown>, context: ParseContext): C;
}

export interface SingleMetricDefinition<C = unknown> extends MetricDefinitionBase<C> {
  readonly kind: 'single';
  evaluate(config: C, input: MetricInput): Promise<MetricResult>;
}

/** Compares baseline and candidate outputs of the same case; only runs in compare mode. */
export interface PairwiseMetricDefinition<C = unknown> extends MetricDefinitionBase<C> {
  readonly kind: 'pairwise';
  evaluatePair(config: C, input: PairInput): Promise<PairResult>;
}

export type MetricDefinition<C = unknown> = SingleMetricDefinition<C> | PairwiseMetricDefinition<C>;
