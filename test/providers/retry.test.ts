import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY, withRetry, type RetryPolicy } from '../../src/providers/retry.js';
import { ProviderError } from '../../src/providers/types.js';

/** A policy whose sleeps are recorded instead of waited, with a fixed "random" draw. */
function policy(extra: Partial<RetryPolicy> = {}) {
  const sleeps: number[] = [];
  const value: RetryPolicy = {
    ...DEFAULT_RETRY,
    maxAttempts: 4,
    timeoutMs: 1000,
    random: () => 0.5,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    ...extra,
  };
  return { policy: value, sleeps };
}

/** An attempt function that fails with the given errors in turn, then answers. */
function scripted(errors: ProviderError[], answer = 'ok') {
  let calls = 0;
  const attempt = () => {
    const error = errors[calls++];
    return error ? Promise.reject(error) : Promise.resolve(answer);
  };
  return { attempt, calls: () => calls };
}

const transient = (retryAfterMs?: number) => new ProviderError('server error (500)', true, retryAfterMs, 500);

describe('withRetry', () => {
  it('retries retryable failures with exponential full-jitter backoff', async () => {
    const { policy: p, sleeps } = policy();
    const { attempt, calls } = scripted([transient(), transient(), transient()]);

    expect(await withRetry(attempt, p)).toEqual({ ok: true, value: 'ok', attempts: 4 });
    expect(calls()).toBe(4);
    // random 0.5 of ceilings 500, 1000, 2000
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it('honours the server delay, capped', async () => {
    const { policy: p, sleeps } = policy({ maxRetryAfterMs: 5000 });
    const { attempt } = scripted([transient(50), transient(90_000)]);

    await withRetry(attempt, p);
    expect(sleeps).toEqual([50, 5000]);
  });

  it('gives up after maxAttempts and says how many attempts were made', async () => {
    const { policy: p } = policy({ maxAttempts: 3 });
    const { attempt, calls } = scripted([transient(), transient(), transient(), transient()]);

    expect(await withRetry(attempt, p)).toEqual({
      ok: false,
      error: 'server error (500) (after 3 attempts)',
      attempts: 3,
    });
    expect(calls()).toBe(3);
  });

  it('stops at once on a non-retryable failure or an unclassified error', async () => {
    const { policy: p, sleeps } = policy();
    const rejected = scripted([new ProviderError('OPENAI_API_KEY was rejected (401)', false)]);
    expect(await withRetry(rejected.attempt, p)).toEqual({
      ok: false,
      error: 'OPENAI_API_KEY was rejected (401)',
      attempts: 1,
    });
    expect(await withRetry(() => Promise.reject(new TypeError('bug')), p)).toMatchObject({
      ok: false,
      attempts: 1,
    });
    expect(sleeps).toEqual([]);
  });

  it('times out a hanging attempt, aborts its signal and retries', async () => {
    const { policy: p } = policy({ timeoutMs: 20, maxAttempts: 2 });
    const signals: AbortSignal[] = [];
    const result = await withRetry((signal) => {
      signals.push(signal);
      // The first attempt never settles (a client ignoring its signal); the second answers.
      return signals.length === 1 ? new Promise<string>(() => undefined) : Promise.resolve('late ok');
    }, p);

    expect(result).toEqual({ ok: true, value: 'late ok', attempts: 2 });
    expect(signals[0]?.aborted).toBe(true);
  });

  it('runs attempts through the run hook and stops without issuing when refused', async () => {
    const { policy: p } = policy();
    const ran: string[] = [];
    let refuse: string | undefined;
    const { attempt, calls } = scripted([transient()]);
    const hooks = {
      run: <T>(task: () => Promise<T>) => {
        ran.push('slot');
        refuse = ran.length === 2 ? 'budget exhausted' : undefined;
        return task();
      },
      refuse: () => refuse,
    };

    expect(await withRetry(attempt, p, hooks)).toEqual({ ok: false, error: 'budget exhausted', attempts: 1 });
    expect(calls()).toBe(1);
  });
});

describe('withRetry when the run is interrupted', () => {
  it('aborts the attempt in flight and does not retry it', async () => {
    const { policy: p } = policy({ timeoutMs: 60_000 });
    const interrupt = new AbortController();
    let attempts = 0;
    let attemptSignal: AbortSignal | undefined;
    const outcome = withRetry(
      (signal) => {
        attempts++;
        attemptSignal = signal;
        return new Promise<string>(() => undefined); // a request that never answers
      },
      p,
      { signal: interrupt.signal },
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    interrupt.abort(new Error('interrupted by SIGTERM'));
    expect(await outcome).toEqual({ ok: false, error: 'interrupted by SIGTERM', attempts: 1 });
    expect(attempts).toBe(1);
    expect(attemptSignal?.aborted).toBe(true);
  });

  it('aborts every attempt in flight through one listener on the run’s signal, removed as attempts finish', async () => {
    const { policy: p } = policy({ timeoutMs: 60_000 });
    const interrupt = new AbortController();
    const hanging = Array.from({ length: 5 }, () =>
      withRetry(() => new Promise<string>(() => undefined), p, { signal: interrupt.signal }),
    );
    const finished = await withRetry(() => Promise.resolve('ok'), p, { signal: interrupt.signal });
    expect(finished).toMatchObject({ ok: true, value: 'ok' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(getEventListeners(interrupt.signal, 'abort')).toHaveLength(1);
    interrupt.abort(new Error('interrupted'));
    expect(await Promise.all(hanging)).toEqual(
      Array.from({ length: 5 }, () => ({ ok: false, error: 'interrupted', attempts: 1 })),
    );
  });

  it('cuts a backoff short', async () => {
    const interrupt = new AbortController();
    const p = { ...policy().policy, sleep: () => new Promise<void>(() => undefined) };
    const outcome = withRetry(() => Promise.reject(new ProviderError('502 bad gateway', true)), p, {
      signal: interrupt.signal,
      refuse: () => (interrupt.signal.aborted ? 'interrupted' : undefined),
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    interrupt.abort(new Error('interrupted'));
    expect(await outcome).toEqual({ ok: false, error: 'interrupted', attempts: 1 });
  });
});

describe('backoffDelay', () => {
  it('never exceeds maxDelayMs', () => {
    const { policy: p } = policy({ random: () => 0.999, maxDelayMs: 3000 });
    expect(backoffDelay(10, transient(), p)).toBeLessThan(3000);
  });
});
