import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { ConfigError } from '../../src/errors.js';
import { createModelGateway, maskSecrets, type GatewayOptions } from '../../src/providers/gateway.js';
import { DEFAULT_RETRY } from '../../src/providers/retry.js';
import type { CallOptions, ModelGateway } from '../../src/providers/types.js';
import { startFakeAnthropic } from '../fakes/anthropic-server.js';
import { startFakeOpenAI, type FakeOpenAIOptions, type FakeServer } from '../fakes/openai-server.js';

const EVAL: CallOptions = { purpose: 'eval', sample: 0 };
const ask = (content: string) => ({ messages: [{ role: 'user' as const, content }] });

let cacheDir: string;
const servers: FakeServer[] = [];
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'promptgate-gateway-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await rm(cacheDir, { recursive: true, force: true });
});

async function fakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeServer> {
  const server = await startFakeOpenAI(options);
  servers.push(server);
  return server;
}

/** Config pointing the built-in `openai` provider at a fake, with fast retries and a temp cache. */
function configFor(server: FakeServer, extra: Partial<Config> = {}): Config {
  return {
    ...defaultConfig(),
    providers: { openai: { name: 'openai', type: 'openai', baseUrl: `${server.url}/v1` } },
    cache: { dir: cacheDir, mode: 'readwrite' },
    maxAttempts: 3,
    timeoutMs: 2000,
    ...extra,
  };
}

/** Records backoff delays and waits them for real (they are tiny in these tests). */
function recordingRetry() {
  const sleeps: number[] = [];
  const retry: GatewayOptions['retry'] = {
    baseDelayMs: 1,
    sleep: (ms) => {
      sleeps.push(ms);
      return DEFAULT_RETRY.sleep(ms);
    },
  };
  return { retry, sleeps };
}

/** Resolves once `condition` holds, checking every few milliseconds. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

const gatewayFor = (config: Config, options: Partial<GatewayOptions> = {}): ModelGateway =>
  createModelGateway(config, { env: { OPENAI_API_KEY: 'sk-test' }, ...options });

async function cacheFiles(): Promise<string[]> {
  const entries = await readdir(cacheDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('createModelGateway: calls', () => {
  it('calls the routed provider and reports text, usage, cost and latency', async () => {
    const server = await fakeOpenAI({
      reply: () => ({ text: 'pong', usage: { inputTokens: 1000, outputTokens: 500 } }),
    });
    const gateway = gatewayFor(configFor(server));

    const result = await gateway.call('gpt-4o-mini', { ...ask('ping'), temperature: 0 }, EVAL);

    expect(result).toMatchObject({
      ok: true,
      text: 'pong',
      cached: false,
      usage: { inputTokens: 1000, outputTokens: 500 },
    });
    expect(result.ok && result.costUsd).toBeCloseTo((1000 * 0.15 + 500 * 0.6) / 1e6);
    expect(server.requests[0]?.body).toMatchObject({ model: 'gpt-4o-mini', temperature: 0 });
    const usage = gateway.usage();
    expect(usage).toMatchObject({
      calls: 1,
      cachedCalls: 0,
      errors: 0,
      inputTokens: 1000,
      outputTokens: 500,
    });
    expect(usage.unpricedModels).toBeUndefined();
  });

  it('retries a 429 after the server-requested delay', async () => {
    const server = await fakeOpenAI({ failures: [{ status: 429, headers: { 'retry-after-ms': '50' } }] });
    const { retry, sleeps } = recordingRetry();
    const gateway = gatewayFor(configFor(server), { retry });

    const started = Date.now();
    const result = await gateway.call('gpt-4o-mini', ask('hi'), EVAL);

    expect(result).toMatchObject({ ok: true, text: 'hi' });
    expect(sleeps).toEqual([50]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(server.requests).toHaveLength(2);
  });

  it('turns an always-failing endpoint into failed results and error counts, never a throw', async () => {
    const server = await fakeOpenAI({ failures: () => ({ status: 500 }) });
    const { retry } = recordingRetry();
    const gateway = gatewayFor(configFor(server), { retry });

    const results = await Promise.all([1, 2].map((n) => gateway.call('gpt-4o-mini', ask(`q${n}`), EVAL)));

    for (const result of results) {
      expect(result).toMatchObject({ ok: false, attempts: 3 });
      expect(!result.ok && result.error).toMatch(/server error \(500\).*after 3 attempts/);
    }
    expect(server.requests).toHaveLength(6);
    expect(gateway.usage()).toMatchObject({ calls: 2, errors: 2, costUsd: 0 });
  });

  it('times out a hanging request and succeeds on the next attempt', async () => {
    const server = await fakeOpenAI({ failures: ['hang'] });
    const { retry } = recordingRetry();
    // The attempts' timers, on a clock the test moves: the first expires once its request hangs at the
    // server; no other expires, however slow a busy machine makes the second attempt.
    const armed: number[] = [];
    const startTimer = (ms: number, onTimeout: () => void) => {
      armed.push(ms);
      if (armed.length === 1) void until(() => server.requests.length === 1).then(onTimeout);
      return () => undefined;
    };
    const gateway = gatewayFor(configFor(server, { timeoutMs: 100 }), { retry: { ...retry, startTimer } });

    expect(await gateway.call('gpt-4o-mini', ask('slow'), EVAL)).toMatchObject({ ok: true, text: 'slow' });
    expect(server.requests).toHaveLength(2);
    expect(armed).toEqual([100, 100]);
  });

  it('reports a request that hangs on every attempt as timed out', async () => {
    const server = await fakeOpenAI({ failures: () => 'hang' });
    const { retry } = recordingRetry();
    const startTimer = (_ms: number, onTimeout: () => void) => {
      const issued = server.requests.length;
      void until(() => server.requests.length > issued).then(onTimeout);
      return () => undefined;
    };
    const gateway = gatewayFor(configFor(server, { timeoutMs: 100 }), { retry: { ...retry, startTimer } });

    const result = await gateway.call('gpt-4o-mini', ask('slow'), EVAL);

    expect(result).toMatchObject({ ok: false, attempts: 3 });
    expect(!result.ok && result.error).toMatch(/timed out after 100 ms \(after 3 attempts\)/);
    expect(gateway.usage()).toMatchObject({ calls: 1, errors: 1 });
  });

  it('retries a reset connection and a malformed body', async () => {
    const server = await fakeOpenAI({ failures: ['reset', 'malformed'] });
    const { retry } = recordingRetry();
    const gateway = gatewayFor(configFor(server), { retry });

    expect(await gateway.call('gpt-4o-mini', ask('x'), EVAL)).toMatchObject({ ok: true, text: 'x' });
    expect(server.requests).toHaveLength(3);
  });

  it('counts judge calls in their own bucket as well as in the totals', async () => {
    const server = await fakeOpenAI();
    const gateway = gatewayFor(configFor(server));

    await gateway.call('gpt-4o-mini', ask('answer'), EVAL);
    await gateway.call('gpt-4o-mini', ask('grade'), { purpose: 'judge', sample: 0 });

    const usage = gateway.usage();
    expect(usage.calls).toBe(2);
    expect(usage.judge.calls).toBe(1);
    expect(usage.judge.latencyMs.p95).toBeGreaterThan(0);
  });

  it('flags models without a price', async () => {
    const server = await fakeOpenAI();
    const gateway = gatewayFor(configFor(server));

    const result = await gateway.call('my-finetune', ask('x'), EVAL);

    expect(result).toMatchObject({ ok: true, costUsd: 0 });
    expect(gateway.usage().unpricedModels).toEqual(['my-finetune']);
  });
});

describe('createModelGateway: cache', () => {
  it('serves a second identical run from disk with zero HTTP calls and zero spend', async () => {
    const server = await fakeOpenAI({ reply: (body) => `answer to ${JSON.stringify(body.messages)}` });
    const config = configFor(server);
    const run = (gateway: ModelGateway) =>
      Promise.all(
        [0, 1, 2].map((sample) => gateway.call('gpt-4o-mini', ask('same'), { purpose: 'eval', sample })),
      );

    const first = await run(gatewayFor(config));
    expect(server.requests).toHaveLength(3);

    const second = gatewayFor(config);
    const replay = await run(second);
    expect(server.requests).toHaveLength(3);
    expect(replay.map((r) => r.ok && r.text)).toEqual(first.map((r) => r.ok && r.text));
    expect(replay.every((r) => r.ok && r.cached)).toBe(true);
    expect(second.usage()).toMatchObject({ calls: 3, cachedCalls: 3, costUsd: 0, inputTokens: 0 });
  });

  it('does not trust corrupt entries: it calls again and repairs them', async () => {
    const server = await fakeOpenAI();
    const config = configFor(server);
    await gatewayFor(config).call('gpt-4o-mini', ask('x'), EVAL);
    for (const file of await cacheFiles()) await writeFile(file, '{"format":1,"key":"');

    const again = gatewayFor(config);
    expect(await again.call('gpt-4o-mini', ask('x'), EVAL)).toMatchObject({
      ok: true,
      cached: false,
      text: 'x',
    });
    expect(server.requests).toHaveLength(2);
    expect(await gatewayFor(config).call('gpt-4o-mini', ask('x'), EVAL)).toMatchObject({
      ok: true,
      cached: true,
    });
  });

  it('writes nothing in read mode and neither reads nor writes when off', async () => {
    const server = await fakeOpenAI();
    const config = configFor(server);

    await gatewayFor(config, { cacheMode: 'read' }).call('gpt-4o-mini', ask('x'), EVAL);
    await gatewayFor({ ...config, cache: { dir: cacheDir, mode: 'off' } }).call(
      'gpt-4o-mini',
      ask('x'),
      EVAL,
    );
    expect(await cacheFiles()).toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  it('never caches failures', async () => {
    const server = await fakeOpenAI({ failures: [{ status: 400 }] });
    const config = configFor(server);

    expect(await gatewayFor(config).call('gpt-4o-mini', ask('x'), EVAL)).toMatchObject({
      ok: false,
      attempts: 1,
    });
    expect(await gatewayFor(config).call('gpt-4o-mini', ask('x'), EVAL)).toMatchObject({
      ok: true,
      cached: false,
    });
  });

  it('shares one request between identical calls issued at the same time', async () => {
    const server = await fakeOpenAI({ latencyMs: 30 });
    const gateway = gatewayFor(configFor(server));

    const results = await Promise.all([1, 2, 3].map(() => gateway.call('gpt-4o-mini', ask('dup'), EVAL)));

    expect(server.requests).toHaveLength(1);
    // Which of the three goes out first depends on disk-cache lookups finishing; exactly one does.
    expect(results.map((r) => r.ok && r.cached).sort()).toEqual([false, true, true]);
  });
});

describe('createModelGateway: limits and budget', () => {
  it('never exceeds the global concurrency limit, and calls resolve independently', async () => {
    const server = await fakeOpenAI({ latencyMs: 25 });
    const gateway = gatewayFor(configFor(server, { concurrency: 4 }), { cacheMode: 'off' });

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => gateway.call('gpt-4o-mini', ask(`q${i}`), EVAL)),
    );

    expect(server.maxInFlight).toBe(4);
    expect(results.map((r) => r.ok && r.text)).toEqual(Array.from({ length: 20 }, (_, i) => `q${i}`));
  });

  it('applies a per-provider limit under a larger global one', async () => {
    const server = await fakeOpenAI({ latencyMs: 25 });
    const config = configFor(server, { concurrency: 8 });
    config.providers.openai = { name: 'openai', type: 'openai', baseUrl: `${server.url}/v1`, concurrency: 2 };
    const gateway = gatewayFor(config, { cacheMode: 'off' });

    await Promise.all(Array.from({ length: 10 }, (_, i) => gateway.call('gpt-4o-mini', ask(`${i}`), EVAL)));

    expect(server.requests).toHaveLength(10);
    expect(server.maxInFlight).toBe(2);
  });

  it('stops issuing calls once max_cost_usd is spent, and says so', async () => {
    const server = await fakeOpenAI({
      reply: () => ({ text: 'x', usage: { inputTokens: 1_000_000, outputTokens: 0 } }),
    });
    const config = configFor(server, {
      concurrency: 1,
      maxCostUsd: 2,
      pricing: { 'gpt-4o-mini': { input: 1, output: 0 } },
    });
    const gateway = gatewayFor(config);

    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => gateway.call('gpt-4o-mini', ask(`q${i}`), EVAL)),
    );

    expect(server.requests).toHaveLength(2);
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.find((r) => !r.ok)).toMatchObject({
      ok: false,
      attempts: 0,
      // Never issued: no time spent, so the report does not count it as a call.
      latencyMs: 0,
      error: expect.stringMatching(/^budget exhausted: max_cost_usd 2 reached/) as unknown,
    });
    expect(gateway.usage()).toMatchObject({ budgetExhausted: true, costUsd: 2, errors: 3 });
  });

  it('with concurrency 16, spends at most max_cost_usd plus one call: each request reserves its cost first', async () => {
    // Every answer: 400 input + 100 output tokens at $1 / $4 per million = $0.0008 per call.
    const perCall = (400 * 1 + 100 * 4) / 1_000_000;
    const server = await fakeOpenAI({
      latencyMs: 20,
      reply: () => ({ text: 'x', usage: { inputTokens: 400, outputTokens: 100 } }),
    });
    const maxCostUsd = 0.01; // 12.5 calls
    const config = configFor(server, {
      concurrency: 16,
      maxCostUsd,
      pricing: { 'gpt-4o-mini': { input: 1, output: 4 } },
    });
    const gateway = gatewayFor(config, { cacheMode: 'off' });

    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        gateway.call('gpt-4o-mini', { ...ask(`q${i} ${'x'.repeat(1_600)}`), maxTokens: 100 }, EVAL),
      ),
    );

    const usage = gateway.usage();
    expect(usage.budgetExhausted).toBe(true);
    expect(usage.costUsd).toBeLessThanOrEqual(maxCostUsd + perCall + 1e-12);
    expect(usage.costUsd).toBeGreaterThan(maxCostUsd - perCall);
    expect(results.filter((r) => r.ok)).toHaveLength(server.requests.length);
    // Calls did run side by side while the budget allowed it.
    expect(server.maxInFlight).toBeGreaterThan(1);
  });

  it('without max_tokens, a request reserves a long answer until the model’s answers are known', async () => {
    const server = await fakeOpenAI({
      latencyMs: 20,
      reply: () => ({ text: 'x', usage: { inputTokens: 400, outputTokens: 100 } }),
    });
    const perCall = (400 * 1 + 100 * 4) / 1_000_000;
    const maxCostUsd = 0.02;
    const config = configFor(server, {
      concurrency: 16,
      maxCostUsd,
      pricing: { 'gpt-4o-mini': { input: 1, output: 4 } },
    });
    const gateway = gatewayFor(config, { cacheMode: 'off' });

    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        gateway.call('gpt-4o-mini', ask(`q${i} ${'x'.repeat(1_600)}`), EVAL),
      ),
    );

    expect(gateway.usage().costUsd).toBeLessThanOrEqual(maxCostUsd + perCall + 1e-12);
    expect(server.requests.length).toBeGreaterThan(10);
  });

  it('names a tiny spent amount that reached a tiny budget instead of "$0.0000"', async () => {
    const server = await fakeOpenAI({
      reply: () => ({ text: 'x', usage: { inputTokens: 15, outputTokens: 0 } }),
    });
    const config = configFor(server, {
      concurrency: 1,
      maxCostUsd: 0.00001,
      pricing: { 'gpt-4o-mini': { input: 1, output: 0 } },
    });
    const gateway = gatewayFor(config);

    const results = await Promise.all([0, 1].map((i) => gateway.call('gpt-4o-mini', ask(`q${i}`), EVAL)));

    // Order-independent: which call takes the slot first depends on disk-cache lookups finishing.
    expect(results.filter((r) => !r.ok)).toMatchObject([
      { ok: false, error: 'budget exhausted: max_cost_usd 0.00001 reached (spent $0.000015)' },
    ]);
  });
});

describe('createModelGateway: routing, keys and labels', () => {
  it('fails check() with a ConfigError naming the missing variable, before any call', async () => {
    const server = await fakeOpenAI();
    const gateway = createModelGateway(configFor(server), { env: {} });

    expect(() => gateway.check('gpt-4o-mini')).toThrow(ConfigError);
    expect(() => gateway.check('gpt-4o-mini')).toThrow(
      'OPENAI_API_KEY is not set (needed by model `gpt-4o-mini` via provider `openai`)',
    );
    expect(() => gateway.check('claude-haiku-4-5')).toThrow(/ANTHROPIC_API_KEY is not set/);
    expect(() => gateway.check('typo:gpt-4o')).toThrow(/unknown provider `typo`/);
    const result = await gateway.call('gpt-4o-mini', ask('x'), EVAL);
    expect(result).toMatchObject({ ok: false, attempts: 0, latencyMs: 0 });
    expect(!result.ok && result.error).toContain('OPENAI_API_KEY is not set');
    expect(server.requests).toHaveLength(0);
  });

  it('routes claude* to Anthropic and publisher/model to GitHub Models by convention', async () => {
    const openai = await fakeOpenAI({ reply: () => 'from github' });
    const anthropic = await startFakeAnthropic({ reply: () => 'from anthropic' });
    servers.push(anthropic);
    const gateway = createModelGateway(
      { ...defaultConfig(), cache: { dir: cacheDir, mode: 'off' } },
      {
        env: {
          ANTHROPIC_API_KEY: 'sk-ant',
          ANTHROPIC_BASE_URL: anthropic.url,
          GITHUB_TOKEN: 'ghs',
          PROMPTGATE_GITHUB_MODELS_URL: `${openai.url}/inference`,
        },
      },
    );

    expect(await gateway.call('claude-haiku-4-5', ask('x'), EVAL)).toMatchObject({
      ok: true,
      text: 'from anthropic',
    });
    expect(await gateway.call('openai/gpt-4o-mini', ask('x'), EVAL)).toMatchObject({
      ok: true,
      text: 'from github',
    });
    expect(openai.requests[0]?.path).toBe('/inference/chat/completions');
    expect(gateway.describe('openai/gpt-4o-mini')).toBe('github:openai/gpt-4o-mini');
    expect(gateway.isOffline('openai/gpt-4o-mini')).toBe(false);
    expect(gateway.describe('anthropic:claude-haiku-4-5')).toBe('anthropic:claude-haiku-4-5');
  });

  it('routes everything to the offline model in offline mode, needing no key and no network', async () => {
    const server = await fakeOpenAI();
    const gateway = createModelGateway(configFor(server), { env: {}, offline: true });

    expect(() => gateway.check('gpt-4o-mini')).not.toThrow();
    expect(gateway.describe('openai:gpt-4o-mini')).toBe(
      'offline:gpt-4o-mini (deterministic offline model, no network)',
    );
    expect(gateway.isOffline('openai:gpt-4o-mini')).toBe(true);
    const result = await gateway.call('gpt-4o-mini', ask('hello'), EVAL);
    expect(result).toMatchObject({ ok: true, cached: false, costUsd: 0 });
    expect(server.requests).toHaveLength(0);
    expect(await cacheFiles()).toEqual([]);
  });
});

describe('maskSecrets', () => {
  it('masks default and configured key variables and header references that are set', () => {
    const masked: string[] = [];
    maskSecrets(
      { OPENAI_API_KEY: 'sk-1', GITHUB_TOKEN: 'ghs-2', VLLM_KEY: 'v-3', TEAM_TOKEN: 't-4', UNRELATED: 'u' },
      (value) => masked.push(value),
      {
        providers: {
          vllm: {
            name: 'vllm',
            type: 'openai',
            apiKeyEnv: 'VLLM_KEY',
            headers: { 'x-team': 'Bearer ${TEAM_TOKEN}' },
          },
        },
      },
    );
    expect(masked.sort()).toEqual(['ghs-2', 'sk-1', 't-4', 'v-3']);
  });
});
