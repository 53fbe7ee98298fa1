import { getErrorMessage } from '../errors.js';
import { ProviderError } from './types.js';

export interface RetryPolicy {
  /** Attempts including the first. */
  maxAttempts: number;
  /** Per-attempt limit; it starts when the attempt is issued, not while it waits for a slot. */
  timeoutMs: number;
  /** Backoff ceiling for the first retry; doubled per retry (full jitter: a random delay up to it). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Server-requested delays (Retry-After) are honoured up to this, so one header cannot stall a run. */
  maxRetryAfterMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Arms an attempt's timeout: calls `onTimeout` after `ms` unless the returned cancel runs first. */
  startTimer: (ms: number, onTimeout: () => void) => () => void;
  /** In [0, 1); injectable for deterministic tests. */
  random: () => number;
}

export const DEFAULT_RETRY: Omit<RetryPolicy, 'maxAttempts' | 'timeoutMs'> = {
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  startTimer: (ms, onTimeout) => {
    const timer = setTimeout(onTimeout, ms);
    return () => clearTimeout(timer);
  },
  random: Math.random,
};

export interface AttemptHooks {
  /** Runs each attempt, e.g. inside a concurrency slot. Slots are released while backing off. */
  run?: <T>(attempt: () => Promise<T>) => Promise<T>;
  /**
   * Asked right before an attempt is issued (it may wait, e.g. for budget held by calls in flight); a
   * reason stops the call without issuing it.
   */
  refuse?: () => string | undefined | Promise<string | undefined>;
  /** Aborting it (an interrupted run) stops the attempt in flight and any backoff; no retry follows. */
  signal?: AbortSignal;
}

export type RetryOutcome<T> =
  { ok: true; value: T; attempts: number } | { ok: false; error: string; attempts: number };

/**
 * Calls `attempt` until it succeeds, fails with a non-retryable error, or `maxAttempts` is used up.
 * Never throws: the last failure comes back as data.
 */
export async function withRetry<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  policy: RetryPolicy,
  hooks: AttemptHooks = {},
): Promise<RetryOutcome<T>> {
  const run = hooks.run ?? ((task) => task());
  for (let attempts = 1; ; attempts++) {
    const outcome = await run(async (): Promise<Attempt<T>> => {
      const refusal = await hooks.refuse?.();
      if (refusal !== undefined) return { status: 'refused', reason: refusal };
      try {
        return { status: 'ok', value: await withTimeout(attempt, policy, hooks.signal) };
      } catch (error) {
        return { status: 'failed', error: classify(error) };
      }
    }).catch((error: unknown): Attempt<T> => ({ status: 'failed', error: classify(error) }));

    if (outcome.status === 'ok') return { ok: true, value: outcome.value, attempts };
    if (outcome.status === 'refused') return { ok: false, error: outcome.reason, attempts: attempts - 1 };
    const { error } = outcome;
    if (!error.retryable || attempts >= policy.maxAttempts) {
      const message = attempts > 1 ? `${error.message} (after ${attempts} attempts)` : error.message;
      return { ok: false, error: message, attempts };
    }
    await untilAborted(policy.sleep(backoffDelay(attempts, error, policy)), hooks.signal);
  }
}

/** The wait, cut short when `signal` aborts (the next attempt is then refused or fails at once). */
function untilAborted(wait: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return wait;
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done);
    void wait.then(done);
  });
}

type Attempt<T> =
  | { status: 'ok'; value: T }
  | { status: 'refused'; reason: string }
  | { status: 'failed'; error: ProviderError };

/** Delay before the next attempt after `failedAttempts` failures: the server's word, else full jitter. */
export function backoffDelay(failedAttempts: number, error: ProviderError, policy: RetryPolicy): number {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempts - 1));
  return Math.floor(policy.random() * ceiling);
}

/**
 * Rejects with a retryable ProviderError once `timeoutMs` passes, or a final one when `outer` aborts,
 * aborting the attempt's request either way.
 */
async function withTimeout<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  { timeoutMs, startTimer }: Pick<RetryPolicy, 'timeoutMs' | 'startTimer'>,
  outer: AbortSignal | undefined,
): Promise<T> {
  const controller = new AbortController();
  let cancelTimer: (() => void) | undefined;
  let forget: (() => void) | undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    const stop = (error: ProviderError) => {
      controller.abort(error);
      reject(error);
    };
    cancelTimer = startTimer(timeoutMs, () =>
      stop(new ProviderError(`timed out after ${timeoutMs} ms`, true)),
    );
    const onAbort = () => stop(new ProviderError(getErrorMessage(outer?.reason), false));
    if (outer?.aborted) onAbort();
    else if (outer) forget = whenAborted(outer, onAbort);
  });
  try {
    // Racing as well as aborting: a client that ignores its signal still cannot hang the run.
    return await Promise.race([attempt(controller.signal), stopped]);
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    cancelTimer?.();
    forget?.();
  }
}

/** What each signal's one listener runs: the attempts under way when it aborts. */
const onAbortOf = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Runs `handler` when `signal` aborts, until the returned function forgets it. Every attempt of a run
 * shares the run's signal: one listener on it serves them all, where a listener per attempt made
 * each add and removal walk the list of the others (an EventTarget refuses duplicates).
 */
function whenAborted(signal: AbortSignal, handler: () => void): () => void {
  let handlers = onAbortOf.get(signal);
  if (!handlers) {
    const all = new Set<() => void>();
    signal.addEventListener('abort', () => [...all].forEach((run) => run()), { once: true });
    onAbortOf.set(signal, all);
    handlers = all;
  }
  const own = handlers;
  own.add(handler);
  return () => own.delete(handler);
}

/** Providers classify their own failures; anything else is a bug or unknown, so not retried. */
function classify(error: unknown): ProviderError {
  return error instanceof ProviderError ? error : new ProviderError(getErrorMessage(error), false);
}
