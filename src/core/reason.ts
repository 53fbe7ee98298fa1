/**
 * Why a verdict is what it is, typed: renderers show `message`, code decides by `scope` and `code`
 * (which reasons belong to the run, which gate rule a line states), never by the wording.
 */

/** Where a reason belongs: the whole run, one prompt, or one metric of a prompt. */
export const REASON_SCOPES = ['run', 'prompt', 'metric'] as const;
export type ReasonScope = (typeof REASON_SCOPES)[number];

export const REASON_CODES = [
  // run
  'nothing-to-evaluate',
  'budget-exhausted',
  'interrupted',
  'run-failed',
  'missing-shards',
  // prompt
  'drift',
  'removed',
  'version-not-bumped',
  'no-case-scored',
  'below-threshold',
  'evaluation-errors',
  'setup-failed',
  'load-failed',
  'cases-removed',
  'not-gated',
  'no-rounds',
  // metric
  'pass-rate-drop',
  'score-drop',
  'drop-undetectable',
  'below-min-pass-rate',
  'below-min-score',
  'judged-worse',
  'below-prompt-threshold',
  'metric-errors',
  // a reason of a version 1 report, which recorded only the sentence
  'recorded',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  scope: ReasonScope;
  code: ReasonCode;
  /** The prompt a prompt or metric reason is about. */
  promptId?: string;
  /** The metric a metric reason is about. */
  metric?: string;
  /** One sentence for people; never parsed. */
  message: string;
}

export function runReason(code: ReasonCode, message: string): Reason {
  return { scope: 'run', code, message };
}

export function promptReason(promptId: string, code: ReasonCode, message: string): Reason {
  return { scope: 'prompt', code, promptId, message };
}

export function metricReason(promptId: string, metric: string, code: ReasonCode, message: string): Reason {
  return { scope: 'metric', code, promptId, metric, message };
}

/** A reason as one line where the prompt is not otherwise named (run-level lists, logs). */
export function reasonLine(reason: Reason): string {
  return reason.promptId !== undefined ? `${reason.promptId}: ${reason.message}` : reason.message;
}
