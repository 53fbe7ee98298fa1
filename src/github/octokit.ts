import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { SkippedWrite } from './port.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** How long GitHub may take: a hung or failing API must never hold the job. */
export interface GitHubTiming {
  /** One HTTP request; a hung one is cut off (and retried like a 5xx). */
  requestTimeoutMs: number;
  /** Retries of a 5xx, timeout or reset; the plugin waits 1, 4... times `retryBaseMs` between them. */
  retries: number;
  retryBaseMs: number;
  /** Longest wait for a rate limit's reset before giving up on the request. */
  maxRateLimitWaitMs: number;
}

export const DEFAULT_GITHUB_TIMING: GitHubTiming = {
  requestTimeoutMs: 15_000,
  retries: 2,
  retryBaseMs: 1_000,
  maxRateLimitWaitMs: 30_000,
};

/**
 * The Octokit of @actions/github (REST methods + paginate) with the retry and throttling plugins,
 * pointed at `baseUrl` when given (GHES, tests). Every request is cut off after its timeout and at
 * once when `stop` aborts (the run's budget for GitHub is spent).
 */
export function createOctokit(
  token: string,
  options: { baseUrl?: string; timing?: GitHubTiming; stop?: AbortSignal } = {},
): Octokit {
  const timing = options.timing ?? DEFAULT_GITHUB_TIMING;
  const withinLimits = (retryAfterSeconds: number, retryCount: number) =>
    !options.stop?.aborted && retryCount < 2 && retryAfterSeconds * 1000 <= timing.maxRateLimitWaitMs;
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      request: { fetch: boundedFetch(timing.requestTimeoutMs, options.stop) },
      retry: { retries: timing.retries, retryAfterBaseValue: timing.retryBaseMs },
      throttle: {
        onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
          withinLimits(retryAfter, retryCount),
        onSecondaryRateLimit: (
          retryAfter: number,
          _options: unknown,
          _octokit: unknown,
          retryCount: number,
        ) => withinLimits(retryAfter, retryCount),
      },
    },
    retry,
    throttling,
  );
}

/** fetch with a per-request timeout and an outer stop signal, on top of any signal the caller passed. */
function boundedFetch(timeoutMs: number, stop: AbortSignal | undefined): typeof fetch {
  return (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), stop, init?.signal ?? undefined].filter(
      (s): s is AbortSignal => s !== undefined,
    );
    return fetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
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
