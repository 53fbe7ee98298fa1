import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { createOpenAIProvider } from '../../src/providers/openai.js';
import { ProviderError, type ChatRequest } from '../../src/providers/types.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';

const KEY = 'sk-test-0123456789';
let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const request = (extra: Partial<ChatRequest> = {}): ChatRequest => ({
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Say hi' },
  ],
  ...extra,
});

async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  return error;
}

describe('createOpenAIProvider', () => {
  it('sends the chat-completions request shape with a bearer key and reads text and usage', async () => {
    fake = await startFakeOpenAI({
      reply: () => ({ text: 'hi!', usage: { inputTokens: 12, outputTokens: 3 } }),
    });
    const provider = createOpenAIProvider(
      { name: 'openai', type: 'openai', baseUrl: `${fake.url}/v1` },
      { OPENAI_API_KEY: KEY },
    );

    const response = await provider.complete(
      request({
        temperature: 0.2,
        topP: 0.9,
        maxTokens: 50,
        responseFormat: { type: 'json_schema', name: 'answer', schema: { type: 'object' }, strict: true },
      }),
      new AbortController().signal,
    );

    expect(response).toEqual({ text: 'hi!', usage: { inputTokens: 12, outputTokens: 3 } });
    const [sent] = fake.requests;
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(sent?.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Say hi' },
      ],
      temperature: 0.2,
      top_p: 0.9,
      max_tokens: 50,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'answer', schema: { type: 'object' }, strict: true },
      },
    });
  });

  it('sends json_object as response_format, omits text, and uses max_completion_tokens for reasoning models', async () => {
    fake = await startFakeOpenAI();
    const provider = createOpenAIProvider(
      { name: 'openai', type: 'openai', baseUrl: `${fake.url}/v1` },
      { OPENAI_API_KEY: KEY },
    );
    const signal = new AbortController().signal;

    await provider.complete(request({ responseFormat: { type: 'json_object' } }), signal);
    await provider.complete(request({ responseFormat: { type: 'text' } }), signal);
    await provider.complete(request({ model: 'o4-mini', maxTokens: 100 }), signal);

    expect(fake.requests[0]?.body).toMatchObject({ response_format: { type: 'json_object' } });
    expect(fake.requests[1]?.body).not.toHaveProperty('response_format');
    expect(fake.requests[2]?.body).toMatchObject({ max_completion_tokens: 100 });
    expect(fake.requests[2]?.body).not.toHaveProperty('max_tokens');
  });

  it('takes the base URL from OPENAI_BASE_URL, the key from api_key_env, and expands ${VAR} in headers', async () => {
    fake = await startFakeOpenAI({ reply: () => 'ok' });
    const provider = createOpenAIProvider(
      { name: 'local', type: 'openai', apiKeyEnv: 'LOCAL_KEY', headers: { 'x-team': 'team-${TEAM}' } },
      { OPENAI_BASE_URL: `${fake.url}/v1`, LOCAL_KEY: 'local-secret', TEAM: 'evals' },
    );

    await provider.complete(request(), new AbortController().signal);

    expect(fake.requests[0]?.headers.authorization).toBe('Bearer local-secret');
    expect(fake.requests[0]?.headers['x-team']).toBe('team-evals');
  });

  it('sends what the official SDK sends: JSON in and out, its own headers, organization, project, configured headers last', async () => {
    fake = await startFakeOpenAI({ reply: () => 'ok' });
    const provider = createOpenAIProvider(
      {
        name: 'proxy',
        type: 'openai',
        baseUrl: `${fake.url}/v1`,
        // A gateway that wants its own scheme: a configured header replaces ours whatever its case.
        headers: { Authorization: 'Token ${PROXY_TOKEN}', 'X-Team': 'evals' },
      },
      {
        OPENAI_API_KEY: KEY,
        PROXY_TOKEN: 'proxy-secret',
        OPENAI_ORG_ID: 'org-1',
        OPENAI_PROJECT_ID: 'proj-1',
      },
    );

    await provider.complete(request(), new AbortController().signal);

    const headers = fake.requests[0]?.headers ?? {};
    expect(headers).toMatchObject({
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: 'Token proxy-secret',
      'openai-organization': 'org-1',
      'openai-project': 'proj-1',
      'x-team': 'evals',
      connection: 'keep-alive',
    });
    // The SDK's identity and its retry count: 0 on every attempt, since withRetry makes each one anew.
    expect(headers['user-agent']).toMatch(/^OpenAI\/JS \d/);
    expect(headers).toMatchObject({ 'x-stainless-lang': 'js', 'x-stainless-retry-count': '0' });
    expect(Number(headers['content-length'])).toBe(JSON.stringify(fake.requests[0]?.body).length);
  });

  it('throws ConfigError naming the variable when the key is missing', () => {
    expect(() => createOpenAIProvider({ name: 'openai', type: 'openai' }, {})).toThrow(ConfigError);
    expect(() => createOpenAIProvider({ name: 'openai', type: 'openai' }, {})).toThrow(
      /OPENAI_API_KEY is not set/,
    );
  });

  it('classifies failures: 401 names the variable but never the key, 429 carries Retry-After, malformed bodies retry', async () => {
    fake = await startFakeOpenAI({
      failures: [
        { status: 401, message: `Incorrect API key provided: ${KEY}` },
        { status: 429, headers: { 'retry-after': '2' } },
        { status: 400, message: `bad request, key ${KEY}` },
        'malformed',
        { status: 503 },
      ],
    });
    const provider = createOpenAIProvider(
      { name: 'openai', type: 'openai', baseUrl: `${fake.url}/v1` },
      { OPENAI_API_KEY: KEY },
    );
    const attempt = () => provider.complete(request(), new AbortController().signal);

    const unauthorized = await failureOf(attempt());
    expect(unauthorized).toMatchObject({
      message: 'OPENAI_API_KEY was rejected (401)',
      retryable: false,
      status: 401,
    });

    const limited = await failureOf(attempt());
    expect(limited).toMatchObject({ retryable: true, retryAfterMs: 2000, status: 429 });

    const rejected = await failureOf(attempt());
    expect(rejected.retryable).toBe(false);
    expect(rejected.message).toContain('request rejected (400)');
    expect(rejected.message).not.toContain(KEY);

    const malformed = await failureOf(attempt());
    expect(malformed.retryable).toBe(true);
    expect(malformed.message).toMatch(/^malformed response/);

    expect(await failureOf(attempt())).toMatchObject({ retryable: true, status: 503 });
  });

  it('says what an error reply without the usual JSON said, and retries a reset connection', async () => {
    const server = createServer((req, res) => {
      if (req.url?.endsWith('/reset/chat/completions')) return void req.socket.destroy();
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(`<html>Bad Gateway for ${KEY}</html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const providerAt = (path: string) =>
      createOpenAIProvider(
        { name: 'openai', type: 'openai', baseUrl: `http://127.0.0.1:${port}${path}` },
        { OPENAI_API_KEY: KEY },
      );
    try {
      const proxied = await failureOf(providerAt('/v1').complete(request(), new AbortController().signal));
      expect(proxied).toMatchObject({
        message: 'server error (502): <html>Bad Gateway for ***</html>',
        retryable: true,
        status: 502,
      });

      const reset = await failureOf(providerAt('/reset').complete(request(), new AbortController().signal));
      expect(reset.retryable).toBe(true);
      expect(reset.message).toMatch(/^connection failed: /);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reads compressed error replies (Retry-After in ms, the server’s message) and retries a corrupt body', async () => {
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/corrupt/')) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        return void res.end('not gzip at all');
      }
      res.writeHead(429, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'retry-after-ms': '50',
      });
      res.end(gzipSync(JSON.stringify({ error: { message: 'slow down, ünïcode' } })));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const providerAt = (path: string) =>
      createOpenAIProvider(
        { name: 'openai', type: 'openai', baseUrl: `http://127.0.0.1:${port}${path}` },
        { OPENAI_API_KEY: KEY },
      );
    try {
      const limited = await failureOf(providerAt('/v1').complete(request(), new AbortController().signal));
      expect(limited).toMatchObject({
        message: 'rate limited (429): slow down, ünïcode',
        retryable: true,
        retryAfterMs: 50,
        status: 429,
      });

      const corrupt = await failureOf(
        providerAt('/corrupt').complete(request(), new AbortController().signal),
      );
      expect(corrupt.retryable).toBe(true);
      expect(corrupt.message).toMatch(/^connection failed: /);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a header Node cannot send when the client is made, naming the header but not its value', () => {
    const create = () =>
      createOpenAIProvider(
        {
          name: 'proxy',
          type: 'openai',
          baseUrl: 'http://127.0.0.1:9/v1',
          headers: { 'x-bad': 'a\n${TEAM}' },
        },
        { OPENAI_API_KEY: KEY, TEAM: 'team-secret' },
      );

    expect(create).toThrow(ConfigError);
    expect(create).toThrow(/provider `proxy`: header `x-bad` cannot be sent/);
    expect(create).not.toThrow(/team-secret/);
  });

  it('aborts the request when the signal fires', async () => {
    fake = await startFakeOpenAI({ failures: ['hang'] });
    const provider = createOpenAIProvider(
      { name: 'openai', type: 'openai', baseUrl: `${fake.url}/v1` },
      { OPENAI_API_KEY: KEY },
    );
    const controller = new AbortController();
    const pending = provider.complete(request(), controller.signal);
    setTimeout(() => controller.abort(), 30);

    expect(await failureOf(pending)).toMatchObject({ message: 'request aborted', retryable: false });
    // A signal aborted before the call sends nothing.
    const sent = fake.requests.length;
    expect(await failureOf(provider.complete(request(), controller.signal))).toMatchObject({
      message: 'request aborted',
      retryable: false,
    });
    expect(fake.requests).toHaveLength(sent);
  });
});
