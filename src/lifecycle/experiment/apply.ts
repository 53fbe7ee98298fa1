/** `--apply`: carries an experiment's decision out on the lock file (complete or abort the rollout). Pure. */
import { UsageError } from '../../errors.js';
import { findInEnvironment } from '../environments.js';
import type { LockFile } from '../lockfile.js';
import { applyRollout, type RolloutResult } from '../rollout.js';
import type { ExperimentAnalysis } from './analyze.js';

export interface ApplyArgs {
  lock: LockFile;
  env: string;
  id: string;
  analysis: ExperimentAnalysis;
  actor: string;
  now: Date;
}

/** The new lock for a promote (rollout completed) or rollback (rollout aborted); undefined for continue. */
export function applyDecision(args: ApplyArgs): RolloutResult | undefined {
  const { analysis } = args;
  if (analysis.decision === 'continue') return undefined;
  const rollout = findInEnvironment(args.lock, args.env, args.id)?.rollout;
  if (!rollout || rollout.version !== analysis.canary.variant) {
    throw new UsageError(
      `cannot apply: the lock file has ${rollout ? `a rollout of ${rollout.version}` : 'no rollout'} of \`${args.id}\` in ${args.env}, the analysis is about ${analysis.canary.variant}`,
    );
  }
  const reason = `experiment: ${analysis.decision}: ${analysis.reasons.join('; ')}`;
  return applyRollout(
    { lock: args.lock, env: args.env, id: args.id, actor: args.actor, now: args.now, reason },
    { kind: analysis.decision === 'promote' ? 'complete' : 'abort' },
  );
}
