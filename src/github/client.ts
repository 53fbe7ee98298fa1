import { UsageError } from '../errors.js';
import { createCheckRun } from './checks.js';
import { upsertStickyComment } from './comment.js';
import { resolveDriftIssue, upsertDriftIssue } from './issues.js';
import { createOctokit, DEFAULT_GITHUB_TIMING, type GitHubTiming } from './octokit.js';
import { openPullRequest } from './pulls.js';
import type { GitHubPort } from './port.js';
import { GitHubTimeBudget } from './time-budget.js';

export interface GitHubClientOptions {
  /** REST API root: GITHUB_API_URL on Actions (GHES, the fake server in tests). Default https://api.github.com. */
  baseUrl?: string;
  /** Per-request timeout and retries (tests shorten them). */
  timing?: GitHubTiming;
  /** Total time all calls of this client may wait for GitHub. Default 2 minutes. */
  totalTimeMs?: number;
}

const DEFAULT_TOTAL_TIME_MS = 120_000;

/** The Octokit-backed GitHub port. Nothing else in promptgate touches Octokit. */
export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubPort {
  if (!token) {
    throw new UsageError(
      'the `github-token` input is empty: pass `${{ github.token }}` or a token with access to this repository',
    );
  }
  const budget = new GitHubTimeBudget(options.totalTimeMs ?? DEFAULT_TOTAL_TIME_MS);
  const octokit = createOctokit(token, {
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    timing: options.timing ?? DEFAULT_GITHUB_TIMING,
    stop: budget.signal,
  });
  return {
    upsertStickyComment: (input) => budget.run(() => upsertStickyComment(octokit, input)),
    createCheckRun: (input) => budget.run(() => createCheckRun(octokit, input)),
    upsertDriftIssue: (input) => budget.run(() => upsertDriftIssue(octokit, input)),
    resolveDriftIssue: (input) => budget.run(() => resolveDriftIssue(octokit, input)),
    openPullRequest: (input) => budget.run(() => openPullRequest(octokit, input)),
  };
}
