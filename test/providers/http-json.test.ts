import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeepAliveAgents } from '../../src/providers/http-agents.js';
import { ConnectionError, createPostJson, RequestAbortedError } from '../../src/providers/http-json.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function serve(listener: RequestListener): Promise<URL> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`);
}

describe('the JSON transport', () => {
  it('posts the JSON with its length and returns any status with headers and the decoded text', async () => {
    const received: { body: string; headers: Record<string, unknown> }[] = [];
    const url = await serve((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ body, headers: req.headers });
        res.writeHead(429, { 'content-encoding': 'gzip', 'retry-after-ms': '50' });
        res.end(gzipSync(JSON.stringify({ error: { message: 'slow down, ünïcode' } })));
      });
    });
    const post = createPostJson(createKeepAliveAgents(2));

    const json = JSON.stringify({ question: 'größer?' });
    const reply = await post(url, { 'x-team': 'evals' }, json, new AbortController().signal);

    expect(reply.status).toBe(429);
    expect(reply.headers['retry-after-ms']).toBe('50');
    expect(JSON.parse(reply.text)).toEqual({ error: { message: 'slow down, ünïcode' } });
    expect(received[0]?.body).toBe(json);
    expect(received[0]?.headers).toMatchObject({
      'x-team': 'evals',
      'content-length': String(Buffer.byteLength(json)),
      'accept-encoding': 'gzip, deflate, br',
    });
  });

  it('rejects with RequestAbortedError when aborted, before or during the request', async () => {
    const url = await serve(() => undefined); // never answers
    const post = createPostJson(createKeepAliveAgents(2));

    const early = new AbortController();
    early.abort();
    await expect(post(url, {}, '{}', early.signal)).rejects.toBeInstanceOf(RequestAbortedError);

    const late = new AbortController();
    const pending = post(url, {}, '{}', late.signal);
    setTimeout(() => late.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(RequestAbortedError);
  });

  it('rejects with ConnectionError, Node’s error as its cause, when the connection drops or the body is corrupt', async () => {
    const url = await serve((req, res) => {
      if (req.headers['x-case'] === 'reset') return void req.socket.destroy();
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end('not gzip at all');
    });
    const post = createPostJson(createKeepAliveAgents(2));
    const signal = new AbortController().signal;

    const reset: unknown = await post(url, { 'x-case': 'reset' }, '{}', signal).catch((e: unknown) => e);
    expect(reset).toBeInstanceOf(ConnectionError);
    expect((reset as ConnectionError).cause).toBeInstanceOf(Error);

    await expect(post(url, { 'x-case': 'corrupt' }, '{}', signal)).rejects.toBeInstanceOf(ConnectionError);
  });
});
