import { UsageError } from '../errors.js';
import { createCheckRun } from './checks.js';
import { upsertStickyComment } from './comment.js';
import { resolveDriftIssue, upsertDriftIssue } from './issues.js';
import { createOctokit } from './octokit.js';
import { openPullRequest } from './pulls.js';
import type { GitHubPort } from './port.js';

export interface GitHubClientOptions {
  /** REST API root: GITHUB_API_URL on Actions (GHES, the fake server in tests). Default https://api.github.com. */
  baseUrl?: string;
}

/** The Octokit-backed GitHub port. Nothing else in promptgate touches Octokit. */
export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubPort {
  if (!token) {
    throw new UsageError(
      'the `github-token` input is empty: pass `${{ github.token }}` or a token with access to this repository',
    );
  }
  const octokit = createOctokit(token, options.baseUrl);
  return {
    upsertStickyComment: (input) => upsertStickyComment(octokit, input),
    createCheckRun: (input) => createCheckRun(octokit, input),
    upsertDriftIssue: (input) => upsertDriftIssue(octokit, input),
    resolveDriftIssue: (input) => resolveDriftIssue(octokit, input),
    openPullRequest: (input) => openPullRequest(octokit, input),
  };
}
