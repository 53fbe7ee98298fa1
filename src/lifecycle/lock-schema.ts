/**
 * The schema of promptgate.lock.yaml: the parser's check, and the key order the writer keeps
 * (properties are listed in the order they are written).
 */
import { Type } from '@sinclair/typebox';
import { VERDICTS } from '../core/verdict.js';
import { literals } from '../validation/types.js';
import { LIFECYCLE_STATUSES } from './states.js';

export const COMMIT_PATTERN = '^[0-9a-f]{40}(?:[0-9a-f]{24})?$';

const Text = Type.String({ minLength: 1 });
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'a sha256 hex digest' });
const Commit = Type.String({ pattern: COMMIT_PATTERN, description: 'a full commit sha' });
const Timestamp = Type.String({ format: 'timestamp' });
const Fraction = Type.Number({ minimum: 0, maximum: 1 });
const strict = { additionalProperties: false } as const;

export const MetricSummarySchema = Type.Object(
  { passRate: Fraction, meanScore: Fraction, n: Type.Integer({ minimum: 0 }) },
  strict,
);

export const SummarySchema = Type.Object(
  {
    verdict: literals(VERDICTS),
    model: Text,
    at: Timestamp,
    commit: Type.Optional(Commit),
    metrics: Type.Record(Type.String(), MetricSummarySchema),
  },
  strict,
);

const entryKeys = {
  version: Text,
  hash: Sha256,
  format: literals(['github', 'promptgate']),
  path: Text,
  commit: Commit,
  files: Type.Record(Type.String(), Sha256),
  promotedBy: Text,
  promotedAt: Timestamp,
  forced: Type.Optional(Text),
  evaluation: Type.Optional(SummarySchema),
};

const { version, ...afterVersion } = entryKeys;
export const RolloutSchema = Type.Object(
  { version, weight: Type.Integer({ minimum: 0, maximum: 100 }), ...afterVersion },
  strict,
);

export const EventSchema = Type.Object(
  {
    event: literals([
      'promote',
      'forced-promote',
      'rollback',
      'rollout',
      'rollout-complete',
      'rollout-abort',
      'status',
    ]),
    version: Text,
    hash: Sha256,
    path: Text,
    partials: Type.Optional(Type.Array(Text)),
    commit: Commit,
    actor: Text,
    at: Timestamp,
    from: Type.Optional(Text),
    weight: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    status: Type.Optional(literals(LIFECYCLE_STATUSES)),
    reason: Type.Optional(Text),
  },
  strict,
);

export const LockedPromptSchema = Type.Object(
  {
    ...entryKeys,
    status: Type.Optional(literals(LIFECYCLE_STATUSES)),
    lastScheduledRun: Type.Optional(SummarySchema),
    rollout: Type.Optional(RolloutSchema),
    history: Type.Optional(Type.Array(EventSchema)),
  },
  strict,
);

const PromptsSchema = Type.Record(Type.String(), LockedPromptSchema);

export const LockFileSchema = Type.Object(
  {
    lockfileVersion: Type.Integer(),
    prompts: Type.Optional(PromptsSchema),
    environments: Type.Optional(Type.Record(Type.String(), PromptsSchema)),
  },
  strict,
);
