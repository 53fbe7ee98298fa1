/**
 * The lifecycle of a prompt version: draft -> testing -> staging -> production -> deprecated ->
 * archived, with the few ways back a release needs (a staged version pulled back to testing, a
 * deprecated version rolled back into service). Pure: every lock-file change asks here first.
 */
import { UsageError } from '../errors.js';

export const LIFECYCLE_STATUSES = [
  'draft',
  'testing',
  'staging',
  'production',
  'deprecated',
  'archived',
] as const;

export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

const TRANSITIONS: Record<LifecycleStatus, readonly LifecycleStatus[]> = {
  // Not evaluated yet (or the evaluation failed).
  draft: ['testing', 'archived'],
  // A passing evaluation of this exact content: it may be released.
  testing: ['draft', 'staging', 'production', 'archived'],
  staging: ['testing', 'production', 'deprecated'],
  production: ['deprecated'],
  // Replaced or retired; a rollback brings it back.
  deprecated: ['staging', 'production', 'archived'],
  // Final: archived content is never served again.
  archived: [],
};

export function allowedTransitions(from: LifecycleStatus): readonly LifecycleStatus[] {
  return TRANSITIONS[from];
}

export function isLifecycleStatus(value: string): value is LifecycleStatus {
  return (LIFECYCLE_STATUSES as readonly string[]).includes(value);
}

/** An illegal lifecycle transition: a usage error (exit 2) naming the transitions that are allowed. */
export class TransitionError extends UsageError {
  constructor(
    readonly subject: string,
    readonly from: LifecycleStatus,
    readonly to: LifecycleStatus,
  ) {
    const allowed = TRANSITIONS[from];
    super(
      `${subject} is ${from}: ${from} -> ${to} is not allowed (allowed from ${from}: ${allowed.length > 0 ? allowed.join(', ') : 'none, it is final'})`,
    );
    this.name = 'TransitionError';
  }
}

/** Throws a TransitionError unless `from -> to` is legal; staying in the same status is a no-op. */
export function checkTransition(subject: string, from: LifecycleStatus, to: LifecycleStatus): void {
  if (from !== to && !TRANSITIONS[from].includes(to)) throw new TransitionError(subject, from, to);
}
