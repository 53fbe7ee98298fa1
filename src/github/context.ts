import { readFileSync } from 'node:fs';
import { getErrorMessage, UsageError } from '../errors.js';
import type { ActionMode } from './constants.js';

export interface PullRequestInfo {
  number: number;
  baseRef: string;
  headRef: string;
  /** The head branch lives in another repository: the token is read-only and secrets are withheld. */
  isFork: boolean;
}

/** Everything the action needs to know about the run that started it, read once from the environment. */
export interface ActionContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit the workflow runs on (GITHUB_SHA): for pull_request, the test merge commit. */
  sha: string;
  ref: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runUrl?: string;
  defaultBranch?: string;
  /** Commit to compare against; undefined when the event has nothing to compare (schedule). */
  base?: string;
  /** Commit to evaluate. */
  head?: string;
  pullRequest?: PullRequestInfo;
}

/** Explicit `base`/`head` inputs: required for workflow_dispatch, and they win over the event's own. */
export interface ContextOverrides {
  base?: string;
  head?: string;
}

const ZERO_SHA = /^0+$/;

/**
 * Reads GITHUB_* variables and the event payload. Per event:
 * - pull_request, pull_request_target: base/head shas of the PR, its number, whether it is a fork;
 * - merge_group: the queue's base and head shas;
 * - push: `before`..`after`; a new branch (`before` all zeros) compares with the default branch
 *   (`after^`..`after` when it is the default branch or the payload does not name it);
 * - workflow_dispatch and others: the `base`/`head` inputs (head defaults to GITHUB_SHA);
 * - schedule: no base (the scheduled drift run evaluates the head only).
 */
export function readActionContext(env: NodeJS.ProcessEnv, overrides: ContextOverrides = {}): ActionContext {
  const eventName = required(env, 'GITHUB_EVENT_NAME');
  const [owner, repo, ...rest] = required(env, 'GITHUB_REPOSITORY').split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new UsageError(
      `GITHUB_REPOSITORY must look like owner/name (got \`${env.GITHUB_REPOSITORY ?? ''}\`)`,
    );
  }
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const sha = env.GITHUB_SHA ?? '';
  const defaultBranch = text(payload, 'repository', 'default_branch');
  const refs = eventRefs(eventName, payload, sha);
  const base = overrides.base || refs.base;
  const head = overrides.head || refs.head || (base ? sha || undefined : undefined);

  return {
    eventName,
    owner,
    repo,
    sha,
    ref: env.GITHUB_REF ?? '',
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    ...(env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    ...(defaultBranch ? { defaultBranch } : {}),
    ...(base ? { base } : {}),
    ...(head ? { head } : {}),
    ...(refs.pullRequest ? { pullRequest: refs.pullRequest } : {}),
  };
}

/**
 * What `mode: auto` means for an event: pull requests and merge queues compare, a push to the
 * default branch promotes, a schedule looks for drift, a manual run compares when given a base.
 */
export function autoMode(context: ActionContext): ActionMode {
  switch (context.eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'merge_group':
      return 'compare';
    case 'push':
      return context.defaultBranch && context.ref === `refs/heads/${context.defaultBranch}`
        ? 'promote'
        : 'compare';
    case 'schedule':
      return 'scheduled';
    default:
      return context.base ? 'compare' : 'eval';
  }
}

interface EventRefs {
  base?: string;
  head?: string;
  pullRequest?: PullRequestInfo;
}

function eventRefs(eventName: string, payload: unknown, sha: string): EventRefs {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = value(payload, 'pull_request', 'number');
      if (typeof number !== 'number') {
        throw new UsageError(`the ${eventName} event payload has no pull_request.number`);
      }
      const baseRepo = text(payload, 'pull_request', 'base', 'repo', 'full_name');
      // A deleted fork leaves head.repo null: still not this repository.
      const headRepo = text(payload, 'pull_request', 'head', 'repo', 'full_name');
      return {
        base: text(payload, 'pull_request', 'base', 'sha'),
        head: text(payload, 'pull_request', 'head', 'sha'),
        pullRequest: {
          number,
          baseRef: text(payload, 'pull_request', 'base', 'ref') ?? '',
          headRef: text(payload, 'pull_request', 'head', 'ref') ?? '',
          isFork: headRepo === undefined || headRepo !== baseRepo,
        },
      };
    }
    case 'merge_group':
      return {
        base: text(payload, 'merge_group', 'base_sha'),
        head: text(payload, 'merge_group', 'head_sha'),
      };
    case 'push': {
      const after = text(payload, 'after') ?? sha;
      if (!after || ZERO_SHA.test(after)) return {}; // a deleted branch: nothing to evaluate
      const before = text(payload, 'before');
      if (before && !ZERO_SHA.test(before)) return { base: before, head: after };
      // A new branch may bring several commits: compare it with the default branch it forked from
      // (the merge base), not just its last commit, or earlier prompt edits would escape the gate.
      const defaultBranch = text(payload, 'repository', 'default_branch');
      const fromDefault = defaultBranch && text(payload, 'ref') !== `refs/heads/${defaultBranch}`;
      return { base: fromDefault ? defaultBranch : `${after}^`, head: after };
    }
    default:
      return {};
  }
}

function readPayload(path: string | undefined): unknown {
  if (!path) return {};
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read the event payload GITHUB_EVENT_PATH=${path}: ${getErrorMessage(error)}`,
    );
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new UsageError(`the event payload at GITHUB_EVENT_PATH=${path} is not valid JSON`);
  }
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const found = env[name];
  if (!found) throw new UsageError(`${name} is not set: the action must run inside GitHub Actions`);
  return found;
}

function value(object: unknown, ...path: string[]): unknown {
  let current = object;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function text(object: unknown, ...path: string[]): string | undefined {
  const found = value(object, ...path);
  return typeof found === 'string' && found !== '' ? found : undefined;
}
