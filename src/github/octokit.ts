import { getOctokit } from '@actions/github';
import type { SkippedWrite } from './port.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** The Octokit of @actions/github (REST methods + paginate), pointed at `baseUrl` when given (GHES, tests). */
export function createOctokit(token: string, baseUrl?: string): Octokit {
  return getOctokit(token, baseUrl ? { baseUrl } : {});
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

/**
 * Turns a 403 into a non-fatal result. GitHub answers 403 when the token lacks a permission, most
 * often the read-only GITHUB_TOKEN of a pull request from a fork, and for secondary rate limits.
 * Anything else is rethrown.
 */
export function skipWhenForbidden(error: unknown, what: string, permission: string): SkippedWrite {
  if (httpStatus(error) !== 403) throw error;
  const detail = error instanceof Error ? error.message : String(error);
  // Secondary rate limits also answer 403; blaming permissions for them would send users the wrong way.
  if (/rate limit/i.test(detail)) {
    return {
      action: 'skipped',
      reason: `GitHub rate-limited the request to ${what} (403: ${detail}). Re-run the job later.`,
    };
  }
  return {
    action: 'skipped',
    reason:
      `GitHub refused to ${what} (403: ${detail}). Pull requests from forks get a read-only token; ` +
      `otherwise grant \`permissions: ${permission}: write\` to the job. The verdict is still in the job summary and the exit status.`,
  };
}
