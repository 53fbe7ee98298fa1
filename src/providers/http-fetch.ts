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
        headers: outgoingHeaders(init.headers),
        agent,
        signal: init.signal ?? undefined,
      });
      // What `fetch` rejects with: a TypeError whose cause is the network error (or the AbortError).
      request.on('error', (error) =>
        reject(error.name === 'AbortError' ? error : new TypeError('fetch failed', { cause: error })),
      );
      request.on('response', (response) => {
        const { chunks, add } = boundedChunks((error) => {
          request.destroy();
          reject(new TypeError('fetch failed', { cause: error }));
        });
        response.on('data', add);
        response.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
        response.on('end', () => {
          try {
            resolve(
              toResponse(response, chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks)),
            );
          } catch (error) {
            reject(new TypeError('fetch failed', { cause: error }));
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

/** The SDKs pass a Headers object already merged and lower-cased: read it once, without a copy. */
function outgoingHeaders(init: RequestInit['headers']): Record<string, string> {
  const headers: Record<string, string> = {};
  (init instanceof Headers ? init : new Headers(init)).forEach((value, name) => (headers[name] = value));
  headers['accept-encoding'] = ACCEPT_ENCODING;
  return headers;
}

function requestBody(body: RequestInit['body']): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  throw new TypeError('only string and byte request bodies are supported');
}

function toResponse(response: IncomingMessage, raw: Buffer): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const decoded = decodeBody(raw, headers.get('content-encoding') ?? undefined);
  // The body is decoded here, as fetch does; its headers must no longer claim an encoding.
  if (decoded !== raw) {
    headers.delete('content-encoding');
    headers.delete('content-length');
  }
  return new BufferedResponse(decoded, {
    status: response.statusCode ?? 502,
    statusText: response.statusMessage ?? '',
    headers,
  });
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
