import type { IncomingMessage } from 'node:http';
import {
  ACCEPT_ENCODING,
  boundedChunks,
  createKeepAliveAgents,
  decodeBody,
  type KeepAliveAgents,
} from './http-agents.js';

/**
 * The part of `fetch` the model SDKs use (a request with a string or byte body, answered with a
 * buffered Response), over node:http with keep-alive agents of at most `maxSockets` connections per
 * host: sockets are reused across calls instead of opened while the previous response is still being
 * read, and there are no hidden header or body timeouts (each attempt's own timeout governs).
 */
export function createHttpFetch(maxSockets = Infinity): typeof fetch {
  return fetchOver(createKeepAliveAgents(maxSockets));
}

function fetchOver(agents: KeepAliveAgents): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const body = requestBody(init.body);
      const { request: send, agent } = agents.routeTo(url);
      const request = send(url, {
        method: init.method ?? 'GET',
        headers: outgoingHeaders(init.headers, url, body),
        agent,
      });
      const signal = init.signal ?? undefined;
      // Our own abort listener, removed when the reply is settled: node:http's `signal` option
      // watches the request's whole stream lifecycle for that, several listeners per call.
      const abort = () => request.destroy(abortError(signal?.reason));
      const settle =
        <T>(finish: (value: T) => void) =>
        (value: T) => {
          signal?.removeEventListener('abort', abort);
          finish(value);
        };
      const fail = settle(reject);
      const succeed = settle(resolve);
      if (signal?.aborted) process.nextTick(abort);
      else signal?.addEventListener('abort', abort);
      // What `fetch` rejects with: a TypeError whose cause is the network error (or the AbortError).
      request.on('error', (error) =>
        fail(error.name === 'AbortError' ? error : new TypeError('fetch failed', { cause: error })),
      );
      request.on('response', (response) => {
        const { chunks, add } = boundedChunks((error) => {
          request.destroy();
          fail(new TypeError('fetch failed', { cause: error }));
        });
        response.on('data', add);
        response.on('error', (error) => fail(new TypeError('fetch failed', { cause: error })));
        response.on('end', () => {
          try {
            succeed(
              toResponse(response, chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks)),
            );
          } catch (error) {
            fail(new TypeError('fetch failed', { cause: error }));
          }
        });
      });
      request.end(body);
    });
}

const shared = new Map<number, typeof fetch>();

/**
 * One transport, with its pools, per connection limit, shared by every provider of the process (both
 * SDKs), so a host never sees more than `maxSockets` connections.
 */
export function sharedHttpFetch(maxSockets = Infinity): typeof fetch {
  let known = shared.get(maxSockets);
  if (!known) {
    known = fetchOver(createKeepAliveAgents(maxSockets));
    shared.set(maxSockets, known);
  }
  return known;
}

/**
 * The request's header lines. The SDKs pass a Headers object already merged and lower-cased: it is
 * read once. With a body, the lines are given as one flat list, exactly as node:http would write
 * them from an object (the SDK's headers, accept-encoding, then Host, Connection and Content-Length
 * unless set): node:http then validates and writes each line instead of storing every header through
 * setHeader first. Without a body, node:http decides the framing from an object as usual.
 */
function outgoingHeaders(
  init: RequestInit['headers'],
  url: URL,
  body: string | Uint8Array | undefined,
): Record<string, string> | string[] {
  const lines: string[] = [];
  let encoding = -1;
  let host = false;
  let connection = false;
  let length = false;
  (init instanceof Headers ? init : new Headers(init)).forEach((value, name) => {
    if (name === 'accept-encoding') encoding = lines.length + 1;
    host ||= name === 'host';
    connection ||= name === 'connection';
    length ||= name === 'content-length' || name === 'transfer-encoding';
    lines.push(name, value);
  });
  if (encoding >= 0) lines[encoding] = ACCEPT_ENCODING;
  else lines.push('accept-encoding', ACCEPT_ENCODING);
  if (body === undefined) return objectOf(lines);
  if (!host) lines.push('Host', url.host);
  if (!connection) lines.push('Connection', 'keep-alive');
  if (!length)
    lines.push(
      'Content-Length',
      String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength),
    );
  return lines;
}

function objectOf(lines: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i + 1 < lines.length; i += 2) headers[lines[i]!] = lines[i + 1]!;
  return headers;
}

function requestBody(body: RequestInit['body']): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  throw new TypeError('only string and byte request bodies are supported');
}

function toResponse(response: IncomingMessage, raw: Buffer): Response {
  const { headers } = response;
  const decoded = decodeBody(raw, headers['content-encoding']);
  // The body is decoded here, as fetch does; its headers must no longer claim an encoding.
  const decodedHere = decoded !== raw;
  // Pairs, from which the Response builds its one Headers (a Headers made here would be copied).
  const pairs: [string, string][] = [];
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    if (decodedHere && (name === 'content-encoding' || name === 'content-length')) continue;
    if (typeof value === 'string') pairs.push([name, value]);
    else for (const item of value) pairs.push([name, item]);
  }
  return new BufferedResponse(decoded, {
    status: response.statusCode ?? 502,
    statusText: response.statusMessage ?? '',
    headers: pairs,
  });
}

/** What fetch rejects with when its signal aborts: an AbortError caused by the signal's reason. */
function abortError(reason: unknown): Error {
  const error = new Error('The operation was aborted', { cause: reason });
  error.name = 'AbortError';
  return error;
}

/**
 * A reply already read whole into memory, as a real Response whose body readers (text, json,
 * arrayBuffer, bytes, blob, clone) answer from that memory. A Response made from the bytes would wrap
 * them in a web ReadableStream only for the SDK to read it straight back, for every call: that stream
 * was the largest part of the SDK path's per-call cost. `body` is null (there is no stream; the SDKs
 * read non-streaming replies through text() and json()).
 */
class BufferedResponse extends Response {
  readonly #bytes: Buffer;
  readonly #init: ResponseInit;

  constructor(bytes: Buffer, init: ResponseInit) {
    super(null, init);
    this.#bytes = bytes;
    this.#init = init;
  }

  override text(): Promise<string> {
    return Promise.resolve(this.#bytes.toString('utf8'));
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return Promise.resolve(new Uint8Array(this.#bytes));
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer;
  }

  override async blob(): Promise<Blob> {
    return new Blob([await this.bytes()], { type: this.headers.get('content-type') ?? '' });
  }

  override clone(): Response {
    return new BufferedResponse(this.#bytes, { ...this.#init, headers: new Headers(this.headers) });
  }
}
