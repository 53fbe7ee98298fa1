/**
 * `promptgate experiment analyze [<id>] --data FILE [--env E] [--control V --canary V] [--apply]
 * [--json FILE]`: per-variant outcomes, the statistics, the guardrails and the decision; --apply
 * completes (promote) or aborts (rollback) the rollout in the lock file.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError, UsageError } from '../../errors.js';
import { writeOutput } from '../../output.js';
import { resolveActor } from '../actor.js';
import { environmentPrompts, findInEnvironment, resolveEnvironment } from '../environments.js';
import { byCodeUnit, type LockFile } from '../lockfile.js';
import { readLockFile, updateLockFile } from '../store.js';
import { analyzeExperiment, type ExperimentAnalysis } from '../experiment/analyze.js';
import { applyDecision } from '../experiment/apply.js';
import { readOutcomes } from '../experiment/data.js';
import { analysisJson, renderAnalysis, type ExperimentSubject } from '../experiment/render.js';
import type { VariantSamples } from '../experiment/samples.js';
import type { ExperimentRules } from '../release-config.js';
import { stringOption, type CommandContext, type ReleaseCommand } from './command.js';
import { RELEASE_USAGE } from './usage.js';

export const experimentCommand: ReleaseCommand = {
  name: 'experiment',
  usage: [...RELEASE_USAGE.experiment],
  options: {
    data: { type: 'string' },
    env: { type: 'string' },
    control: { type: 'string' },
    canary: { type: 'string' },
    apply: { type: 'boolean' },
    json: { type: 'string' },
  },
  async run(context) {
    const [sub, ...ids] = context.args;
    if (sub !== 'analyze') throw new UsageError('experiment takes a subcommand: analyze');
    if (ids.length > 1) throw new UsageError('experiment analyze takes at most one prompt id');
    const dataPath = stringOption(context.values, 'data');
    if (!dataPath) throw new UsageError('experiment analyze needs --data FILE (JSON Lines or CSV outcomes)');
    const env = resolveEnvironment(stringOption(context.values, 'env'), context.config.release.environments);
    const outcome = await runExperiment(context, {
      env,
      ...(ids[0] ? { id: ids[0] } : {}),
      data: await readData(dataPath, context.cwd),
      apply: context.values.apply === true,
    });
    const json = stringOption(context.values, 'json');
    if (json === '-') context.print(outcome.json);
    else {
      context.print(outcome.text);
      if (json) await writeOutput(resolve(context.cwd, json), outcome.json);
    }
    return 0;
  },
};

export interface ExperimentRequest {
  env: string;
  id?: string;
  data: { path: string; text: string };
  apply: boolean;
}

export interface ExperimentOutcome {
  analysis: ExperimentAnalysis;
  subject: ExperimentSubject;
  /** What --apply did, when it did something. */
  applied?: string[];
  text: string;
  json: string;
}

/** Analyses the data against the lock file's rollout, and applies the decision when asked. */
export async function runExperiment(
  context: CommandContext,
  request: ExperimentRequest,
): Promise<ExperimentOutcome> {
  const variants = readOutcomes(request.data.text, request.data.path);
  const lock = await readLockFile(context.root, context.config.lockFile);
  const subject = pickSubject(lock, request, context);
  const samples = (version: string, role: string): VariantSamples => {
    const found = variants.get(version);
    if (found) return found;
    throw new ConfigError(
      `no rows for the ${role} ${version} (variants in the data: ${[...variants.keys()].sort(byCodeUnit).join(', ')})`,
      { file: request.data.path },
      'name the variants with --control and --canary, or check the `variant` column',
    );
  };
  const analysis = analyzeExperiment(
    samples(subject.control, 'control'),
    samples(subject.canary, 'canary'),
    context.config.release.rules satisfies ExperimentRules,
  );
  const about: ExperimentSubject = {
    env: request.env,
    ...(subject.id ? { id: subject.id } : {}),
    ...(subject.weight === undefined ? {} : { weight: subject.weight }),
  };
  let applied: string[] | undefined;
  if (request.apply && analysis.decision !== 'continue') {
    const id = subject.id;
    if (!id) throw new UsageError('--apply needs the prompt id whose rollout it completes or aborts');
    const actor = await resolveActor(context.root, context.env);
    applied = await updateLockFile(context.root, context.config.lockFile, (current) => {
      const result = applyDecision({
        lock: current,
        env: request.env,
        id,
        analysis,
        actor,
        now: context.now(),
      });
      return result ? { lock: result.lock, result: result.summary } : { result: [] };
    });
  }
  const text =
    renderAnalysis(analysis, about) +
    (applied
      ? `applied: ${applied.join('; ')}\ncommit ${context.config.lockFile} (and re-export flagd flags)\n`
      : '') +
    (request.apply && analysis.decision === 'continue'
      ? 'applied: nothing (the decision is continue)\n'
      : '');
  return {
    analysis,
    subject: about,
    ...(applied ? { applied } : {}),
    text,
    json: analysisJson(analysis, about),
  };
}

interface Subject {
  id?: string;
  control: string;
  canary: string;
  weight?: number;
}

/** Which versions are compared: --control/--canary, else the rollout of the named (or only) prompt. */
function pickSubject(lock: LockFile, request: ExperimentRequest, context: CommandContext): Subject {
  const control = stringOption(context.values, 'control');
  const canary = stringOption(context.values, 'canary');
  let id = request.id;
  if (!id && (!control || !canary)) {
    const rolling = Object.entries(environmentPrompts(lock, request.env)).filter(([, p]) => p.rollout);
    if (rolling.length !== 1) {
      throw new UsageError(
        rolling.length === 0
          ? `no rollout is in progress in ${request.env}: name the prompt, or the variants with --control V --canary V`
          : `several rollouts are in progress in ${request.env} (${rolling.map(([i]) => i).join(', ')}): name the prompt`,
      );
    }
    id = rolling[0]?.[0];
  }
  const record = id ? findInEnvironment(lock, request.env, id) : undefined;
  if (id && !record && (!control || !canary))
    throw new UsageError(`\`${id}\` has no version in ${request.env}`);
  const resolvedControl = control ?? record?.version;
  const resolvedCanary = canary ?? record?.rollout?.version;
  if (!resolvedControl || !resolvedCanary) {
    throw new UsageError(
      `no rollout of \`${id ?? ''}\` is in progress in ${request.env}: name the variants with --control V --canary V`,
    );
  }
  if (resolvedControl === resolvedCanary)
    throw new UsageError('--control and --canary name the same version');
  return {
    ...(id ? { id } : {}),
    control: resolvedControl,
    canary: resolvedCanary,
    ...(record?.rollout && record.rollout.version === resolvedCanary
      ? { weight: record.rollout.weight }
      : {}),
  };
}

async function readData(path: string, cwd: string): Promise<{ path: string; text: string }> {
  try {
    return { path, text: await readFile(resolve(cwd, path), 'utf8') };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new UsageError(`cannot read the data file ${path} (${code})`);
    }
    throw error;
  }
}
