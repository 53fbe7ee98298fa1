import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import {
  ACCEPT_ENCODING,
  boundedChunks,
  decodeBody,
  sharedKeepAliveAgents,
  type KeepAliveAgents,
} from './http-agents.js';

/** A complete reply of any status: header names are lower-case, the body is decoded text. */
export interface HttpReply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** No complete reply arrived: refused, reset, DNS, a body that does not decode. `cause` says which. */
export class ConnectionError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ConnectionError';
  }
}

/** The caller's signal aborted the request. */
export class RequestAbortedError extends Error {
  constructor() {
    super('request aborted');
    this.name = 'RequestAbortedError';
  }
}

/**
 * POSTs a JSON text and buffers the whole reply, whatever its status. Rejects with ConnectionError or
 * RequestAbortedError, or with Node's own error for a request it refuses to send (an invalid header).
 */
export type PostJson = (
  url: URL,
  headers: OutgoingHttpHeaders,
  json: string,
  signal: AbortSignal,
) => Promise<HttpReply>;

/**
 * The providers' hot path: one node:http request per call over keep-alive pools, the body written
 * once with its length, the reply kept as text. Nothing else is built per call (no web Request,
 * Response, Headers or streams), and there are no hidden timeouts: each attempt's own timeout aborts
 * `signal`.
 */
export function createPostJson(agents: KeepAliveAgents): PostJson {
  return (url, headers, json, signal) =>
    new Promise<HttpReply>((resolve, reject) => {
      if (signal.aborted) return reject(new RequestAbortedError());
      const { request: send, agent } = agents.routeTo(url);
      const fail = (error: unknown) =>
        reject(signal.aborted ? new RequestAbortedError() : new ConnectionError(error));
      const request = send(url, {
        method: 'POST',
        headers: {
          ...headers,
          'content-length': Buffer.byteLength(json),
          'accept-encoding': ACCEPT_ENCODING,
        },
        agent,
        signal,
      });
      request.on('error', fail);
      request.on('response', (response) => {
        const { chunks, add } = boundedChunks((error) => {
          request.destroy();
          fail(error);
        });
        response.on('data', add);
        response.on('error', fail);
        response.on('end', () => {
          try {
            const raw = chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks);
            const text = decodeBody(raw, response.headers['content-encoding']).toString('utf8');
            resolve({ status: response.statusCode ?? 502, headers: response.headers, text });
          } catch (error) {
            fail(error);
          }
        });
      });
      request.end(json);
    });
}

const shared = new Map<number, PostJson>();

/** One transport per connection limit for the whole process, over the shared keep-alive pools. */
export function sharedPostJson(maxSockets = Infinity): PostJson {
  let known = shared.get(maxSockets);
  if (!known) {
    known = createPostJson(sharedKeepAliveAgents(maxSockets));
    shared.set(maxSockets, known);
  }
  return known;
}
