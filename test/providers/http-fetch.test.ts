import { getEventListeners } from 'node:events';
import { createServer } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
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

  it('writes the header lines node:http would, with the body’s byte length, and leaves no listener on the signal', async () => {
    const received: string[] = [];
    const reply = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';
    const sockets = new Set<Socket>();
    const server = createTcpServer((socket) => {
      sockets.add(socket);
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        const end = text.indexOf('\r\n\r\n');
        const length = Number(/content-length: (\d+)/i.exec(text)?.[1] ?? 0);
        if (end >= 0 && Buffer.byteLength(text.slice(end + 4)) >= length) {
          received.push(text);
          text = '';
          socket.write(reply);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => {
      // The client keeps its connections alive: end them, or close would wait for them.
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    });
    const { port } = server.address() as AddressInfo;
    const signal = new AbortController().signal;

    const body = JSON.stringify({ text: 'héllo ✓' });
    const headers = new Headers({ 'content-type': 'application/json', 'accept-encoding': 'identity' });
    const response = await createHttpFetch(1)(`http://127.0.0.1:${port}/v1/x?y=1`, {
      method: 'POST',
      headers,
      body,
      signal,
    });
    expect(await response.text()).toBe('ok');
    await createHttpFetch(1)(`http://127.0.0.1:${port}/get`, { signal });
    expect(received).toEqual([
      [
        'POST /v1/x?y=1 HTTP/1.1',
        'accept-encoding: gzip, deflate, br',
        'content-type: application/json',
        `Host: 127.0.0.1:${port}`,
        'Connection: keep-alive',
        `Content-Length: ${Buffer.byteLength(body)}`,
        '',
        body,
      ].join('\r\n'),
      [
        'GET /get HTTP/1.1',
        'accept-encoding: gzip, deflate, br',
        `Host: 127.0.0.1:${port}`,
        'Connection: keep-alive',
        '',
        '',
      ].join('\r\n'),
    ]);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });
});
