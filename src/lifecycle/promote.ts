import { UsageError } from '../errors.js';
import type { PromptFile } from '../prompts/types.js';
import type { Verdict } from '../core/verdict.js';
import type { PromptReport, Report } from '../report/types.js';
import { readFileAtCommit, readWorkingFile, sha256 } from './files.js';
import { evaluationLines } from './history.js';
import {
  environmentPrompts,
  environmentStatus,
  findInEnvironment,
  PRODUCTION,
  versionStatus,
  withEnvironmentPrompts,
} from './environments.js';
import { isCommitSha, type HistoryEvent, type LockedPrompt, type LockFile } from './lockfile.js';
import { checkTransition, TransitionError } from './states.js';
import { summarizeEvaluation } from './summary.js';
import { createTag, tagName } from './tags.js';
import { displayVersion, shortHash } from './versioning.js';

export interface PromoteArgs {
  /** Repository root (the working tree). */
  root: string;
  lock: LockFile;
  /** The prompts as they are now (the working tree at `commit`). */
  prompts: PromptFile[];
  /** Prompt ids (or paths), or every prompt. */
  ids: string[] | 'all';
  /** The last evaluation: a promotion needs a passing evaluation of exactly this content. */
  report?: Report;
  /** Promote even without a passing evaluation; the reason is kept in the history. */
  force?: { reason: string };
  actor: string;
  /** The commit holding the prompts' content (usually HEAD). */
  commit: string;
  now: Date;
  /** Create an annotated `prompt/<id>@<version>` tag per promoted prompt (production only). */
  tag: boolean;
  /** The environment promoted to; default production. */
  env?: string;
}

export interface PromoteResult {
  lock: LockFile;
  promoted: string[];
  refused: { id: string; reason: string }[];
  /** Already in production with this version and content: nothing to do. */
  unchanged: string[];
  /** Tags created. */
  tags: string[];
  /** What the user should know that is not a refusal (a forced promotion, an existing tag). */
  notes: string[];
}

type Decision =
  | { kind: 'refuse'; reason: string }
  | { kind: 'unchanged' }
  | { kind: 'promote'; prompt: LockedPrompt; tagMessage: string; note?: string };

/**
 * Records prompts as production versions in the lock file. A prompt is promoted only when the report
 * holds a passing evaluation of its exact content (or when forced with a reason), and only from a
 * commit that holds that content, so the lock always points at something `git show` can reproduce.
 * Returns the new lock (the caller writes it); tags are created in the repository.
 */
export async function promote(args: PromoteArgs): Promise<PromoteResult> {
  if (args.force && !args.force.reason.trim()) {
    throw new UsageError(
      'a forced promotion needs a reason, e.g. --force "judge provider outage, checked by hand"',
    );
  }
  if (!isCommitSha(args.commit))
    throw new UsageError(`promote needs a full commit sha, got \`${args.commit}\``);

  const result: PromoteResult = {
    lock: args.lock,
    promoted: [],
    refused: [],
    unchanged: [],
    tags: [],
    notes: [],
  };
  const env = args.env ?? PRODUCTION;
  const prompts = { ...environmentPrompts(args.lock, env) };
  const tagQueue: { id: string; name: string; message: string }[] = [];

  for (const id of selectIds(args)) {
    const prompt = args.prompts.find((p) => p.id === id || p.path === id);
    if (!prompt) {
      result.refused.push({ id, reason: 'no prompt with this id or path in the working tree' });
      continue;
    }
    const decision = await decide(prompt, args);
    if (decision.kind === 'refuse') result.refused.push({ id: prompt.id, reason: decision.reason });
    else if (decision.kind === 'unchanged') result.unchanged.push(prompt.id);
    else {
      prompts[prompt.id] = decision.prompt;
      result.promoted.push(prompt.id);
      if (decision.note) result.notes.push(decision.note);
      if (args.tag && env === PRODUCTION)
        tagQueue.push({
          id: prompt.id,
          name: tagName(prompt.id, decision.prompt.version),
          message: decision.tagMessage,
        });
    }
  }

  for (const tag of tagQueue) {
    const outcome = await createTag(args.root, tag.name, args.commit, tag.message, args.actor);
    if (outcome === 'created') result.tags.push(tag.name);
    else if (outcome === 'exists') result.notes.push(`${tag.id}: tag ${tag.name} already exists; left as is`);
    else result.notes.push(`${tag.id}: \`${tag.name}\` is not a valid git tag name; no tag created`);
  }
  return { ...result, lock: withEnvironmentPrompts(args.lock, env, prompts) };
}

function selectIds(args: PromoteArgs): string[] {
  if (args.ids === 'all') return args.prompts.map((p) => p.id).sort();
  if (args.ids.length === 0) throw new UsageError('name the prompts to promote (ids or paths), or use --all');
  return [...new Set(args.ids)];
}

async function decide(prompt: PromptFile, args: PromoteArgs): Promise<Decision> {
  const env = args.env ?? PRODUCTION;
  const current = findInEnvironment(args.lock, env, prompt.id);
  const version = displayVersion(prompt);
  if (current && current.version === version && current.hash === prompt.contentHash)
    return { kind: 'unchanged' };
  if (current?.rollout) {
    return {
      kind: 'refuse',
      reason: `a rollout of ${current.rollout.version} is in progress in ${env}: complete it (\`promptgate rollout ${prompt.id} --version ${current.rollout.version} --weight 100\`) or abort it (\`--abort\`) first`,
    };
  }
  const status = versionStatus(args.lock, prompt.id, prompt.contentHash);
  // A production version may also be staged (staging catches up); anything else follows the lifecycle.
  if (status && status !== 'production') {
    try {
      checkTransition(`${prompt.id} ${version}`, status, environmentStatus(env));
    } catch (error) {
      if (error instanceof TransitionError && args.ids === 'all')
        return { kind: 'refuse', reason: error.message };
      throw error;
    }
  }

  const reused = [current, ...(current?.history ?? [])].find(
    (e) => e && e.version === version && e.hash !== prompt.contentHash,
  );
  if (reused) {
    return {
      kind: 'refuse',
      reason: `version ${version} was already promoted with different content (${shortHash(reused.hash)}): bump the version`,
    };
  }

  const { evaluated, problem } = findEvaluation(args.report, prompt);
  if (problem && !args.force) return { kind: 'refuse', reason: problem };

  const files = await committedFiles(args.root, args.commit, prompt);
  if ('problem' in files) return { kind: 'refuse', reason: files.problem };

  const forced = problem ? args.force?.reason.trim() : undefined;
  const at = args.now.toISOString();
  const evaluation = evaluated && args.report ? summarizeEvaluation(args.report, evaluated) : undefined;
  const event: HistoryEvent = {
    event: forced ? 'forced-promote' : 'promote',
    version,
    hash: prompt.contentHash,
    path: prompt.path,
    ...(prompt.partials.length > 0 ? { partials: [...prompt.partials] } : {}),
    commit: args.commit,
    actor: args.actor,
    at,
    ...(current ? { from: current.version } : {}),
    ...(forced ? { reason: forced } : {}),
  };
  const locked: LockedPrompt = {
    version,
    hash: prompt.contentHash,
    format: prompt.format,
    path: prompt.path,
    commit: args.commit,
    files: files.files,
    promotedBy: args.actor,
    promotedAt: at,
    ...(forced ? { forced } : {}),
    ...(evaluation ? { evaluation } : {}),
    // A scheduled run of the previous version says nothing about this one.
    history: [...(current?.history ?? []), event],
  };
  const tagMessage = [
    `promptgate: promote ${prompt.id} ${version}`,
    '',
    `content hash: ${prompt.contentHash}`,
    ...(evaluation ? evaluationLines(evaluation) : ['evaluation: none recorded']),
    ...(forced ? [`forced by ${args.actor}: ${forced}`] : []),
  ].join('\n');
  const note = forced
    ? `${prompt.id}: promoted without a passing evaluation (${problem ?? ''}); reason recorded: ${forced}`
    : undefined;
  return { kind: 'promote', prompt: locked, tagMessage, ...(note ? { note } : {}) };
}

/** The report's evaluation of exactly this content, and why it does not justify a promotion. */
function findEvaluation(
  report: Report | undefined,
  prompt: PromptFile,
): { evaluated?: PromptReport; problem?: string } {
  if (!report) return { problem: 'no evaluation of this content (no report given)' };
  const entries = report.prompts.filter((p) => p.id === prompt.id);
  const evaluated = entries.find((p) => p.version.candidateHash === prompt.contentHash);
  if (!evaluated) {
    const other = entries.find((p) => p.version.candidateHash)?.version.candidateHash;
    return {
      problem: other
        ? `no evaluation of this content (the report evaluated ${shortHash(other)}, the prompt is now ${shortHash(prompt.contentHash)}): evaluate it again`
        : 'no evaluation of this content (the report does not include this prompt)',
    };
  }
  if (evaluated.verdict === 'pass' && evaluated.offline === true) {
    return {
      evaluated,
      problem: `evaluated on ${evaluated.model}, a stand-in that says nothing about production: evaluate with a real model (or --force with a reason)`,
    };
  }
  if (evaluated.verdict === 'pass') return { evaluated };
  const why = evaluated.reasons.map((r) => r.message).join('; ') || 'no reason recorded';
  return {
    evaluated,
    problem: `last evaluation ${OUTCOME_WORDS[evaluated.verdict]}: ${why}`,
  };
}

/** How a refused promotion names the last evaluation's verdict. */
const OUTCOME_WORDS: Record<Exclude<Verdict, 'pass'>, string> = {
  skipped: 'was skipped',
  inconclusive: 'was inconclusive',
  fail: 'failed',
  error: 'errored',
};

/** The sha256 of each file of the prompt at `commit`, provided the working tree holds the same content. */
async function committedFiles(
  root: string,
  commit: string,
  prompt: PromptFile,
): Promise<{ files: Record<string, string> } | { problem: string }> {
  const files: Record<string, string> = {};
  for (const path of [prompt.path, ...prompt.partials]) {
    const committed = await readFileAtCommit(root, commit, path);
    if (committed === undefined)
      return { problem: `${path} is not in commit ${commit.slice(0, 7)}: commit it first` };
    if ((await readWorkingFile(root, path)) !== committed) {
      return {
        problem: `${path} has uncommitted changes: commit them first, so the lock points at a commit holding this content`,
      };
    }
    files[path] = sha256(committed);
  }
  return { files };
}
