import type { ModelRef, UsageTotals } from '../providers/types.js';
import type { WorkItem, WorkResult } from './work.js';

/**
 * Runs work items wherever it likes (in this process, a matrix of CI jobs, a queue of workers) and
 * streams back one result per item, in any order. `run` may be called again while a call is in
 * flight (pairwise judging starts as a prompt's samples finish; adaptive rounds ask for more).
 * A failed call is an error result, never a rejection; an item without a result becomes an error.
 */
export interface Executor {
  run(items: readonly WorkItem[], onResult: (result: WorkResult) => void): Promise<void>;
  /** Throws ConfigError naming what is missing when a model cannot be served; called before any run. */
  check(ref: ModelRef): void;
  /** Human label of the resolved model, e.g. `openai:gpt-4o-mini`. */
  describe(ref: ModelRef): string;
  /** Whether the ref routes to the deterministic offline model: its results say nothing about production. */
  isOffline(ref: ModelRef): boolean;
  /** Calls, tokens and cost so far, for the report. */
  usage(): UsageTotals;
}
