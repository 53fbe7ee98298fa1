import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAIProvider } from '../../src/providers/openai.js';
import { createHttpFetch } from '../../src/providers/http-fetch.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';

let fake: FakeServer | undefined;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  for (const close of closers.splice(0)) await close();
});

describe('the providers’ HTTP transport', () => {
  it('keeps at most the run’s concurrency of connections open and reuses them', async () => {
    fake = await startFakeOpenAI({ latencyMs: 20, reply: () => 'ok' });
    const provider = createOpenAIProvider(
      { name: 'openai', type: 'openai', baseUrl: `${fake.url}/v1` },
      { OPENAI_API_KEY: 'sk-test' },
      4,
    );
    const calls = Array.from({ length: 40 }, (_, i) =>
      provider.complete(
        { model: 'gpt-4o-mini', messages: [{ role: 'user', content: `call ${i}` }] },
        new AbortController().signal,
      ),
    );
    const replies = await Promise.all(calls);
    expect(replies.every((r) => r.text === 'ok')).toBe(true);
    expect(fake.maxInFlight).toBe(4);
    expect(fake.connections).toBe(4);
  });

  it('decodes compressed bodies and keeps status and headers', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(429, {
        'content-encoding': 'gzip',
        'retry-after-ms': '50',
        'content-type': 'application/json',
      });
      res.end(gzipSync(JSON.stringify({ error: { message: 'slow down' } })));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;

    const response = await createHttpFetch(2)(`http://127.0.0.1:${port}/x`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after-ms')).toBe('50');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toEqual({ error: { message: 'slow down' } });
    // Every body reader answers from the buffered reply, as often as asked (the SDKs read it once).
    const text = JSON.stringify({ error: { message: 'slow down' } });
    expect(await response.clone().text()).toBe(text);
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(text);
    expect(await (await response.blob()).text()).toBe(text);
  });

  it('rejects like fetch: AbortError when aborted, TypeError with the cause on network failure', async () => {
    fake = await startFakeOpenAI({
      failures: (request) => (request.path.endsWith('?hang') ? 'hang' : 'reset'),
    });
    const fetchOver = createHttpFetch(2);
    const controller = new AbortController();
    const hanging = fetchOver(`${fake.url}/v1/chat/completions?hang`, {
      method: 'POST',
      body: '{}',
      signal: controller.signal,
    });
    controller.abort();
    await expect(hanging).rejects.toMatchObject({ name: 'AbortError' });

    const reset = fetchOver(`${fake.url}/v1/chat/completions`, { method: 'POST', body: '{}' });
    const error: unknown = await reset.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('fetch failed');
    expect((error as TypeError).cause).toBeInstanceOf(Error);
  });
});
