import type { Agent, ClientRequest, RequestOptions } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { ConfigError } from '../errors.js';

/** How to reach one URL: its scheme's `request` and that scheme's keep-alive pool. */
export interface Route {
  request: (url: URL, options: RequestOptions) => ClientRequest;
  agent: Agent;
}

/** Keep-alive connection pools for both schemes, at most `maxSockets` connections per host. */
export interface KeepAliveAgents {
  routeTo(url: URL): Route;
}

/**
 * node:http and node:https come from `process.getBuiltinModule`, not an `import`: importing them as
 * ES modules makes Node read every export for the module facade, and node:http's lazy `WebSocket`
 * and friends then load undici (about 40 ms of CPU at start-up that nothing here uses). Each scheme
 * (TLS is another 10 ms) loads with its first request.
 */
export function createKeepAliveAgents(maxSockets = Infinity): KeepAliveAgents {
  let http: Route | undefined;
  let https: Route | undefined;
  return {
    routeTo(url) {
      if (url.protocol === 'https:') {
        if (!https) {
          const { Agent, request } = process.getBuiltinModule('node:https');
          https = { request, agent: new Agent({ keepAlive: true, maxSockets }) };
        }
        return https;
      }
      if (!http) {
        const { Agent, request } = process.getBuiltinModule('node:http');
        http = { request, agent: new Agent({ keepAlive: true, maxSockets }) };
      }
      return http;
    },
  };
}

/** What the transport asks for; bodies are decoded by `decodeBody`. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * The most a reply may hold, as received and once decoded. Model replies are far smaller (a long
 * completion is well under 1 MiB); an endpoint that sends more, or a compressed body that inflates
 * to gigabytes, must not take the run's memory.
 */
export const MAX_REPLY_BYTES = 32 * 1024 * 1024;

/** A reply larger than MAX_REPLY_BYTES: the call fails, the rest is not read. */
export class ReplyTooLargeError extends Error {
  constructor() {
    super(`the reply was larger than ${MAX_REPLY_BYTES / 1024 / 1024} MiB; it was not read further`);
    this.name = 'ReplyTooLargeError';
  }
}

/**
 * Collects a reply's chunks up to MAX_REPLY_BYTES; `onTooLarge` runs once when a chunk goes past it
 * (the caller destroys the request) and later chunks are dropped.
 */
export function boundedChunks(onTooLarge: (error: ReplyTooLargeError) => void) {
  const chunks: Buffer[] = [];
  let bytes = 0;
  return {
    chunks,
    add: (chunk: Buffer): void => {
      if (bytes > MAX_REPLY_BYTES) return;
      bytes += chunk.length;
      if (bytes > MAX_REPLY_BYTES) onTooLarge(new ReplyTooLargeError());
      else chunks.push(chunk);
    },
  };
}

/** The body as sent before `content-encoding` was applied; unknown or absent encodings pass through. */
export function decodeBody(raw: Buffer, contentEncoding: string | undefined): Buffer {
  const limit = { maxOutputLength: MAX_REPLY_BYTES };
  try {
    switch (contentEncoding?.trim().toLowerCase()) {
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(raw, limit);
      case 'deflate':
        return inflateSync(raw, limit);
      case 'br':
        return brotliDecompressSync(raw, limit);
      default:
        return raw;
    }
  } catch (error) {
    // zlib refuses output past maxOutputLength with a RangeError; corrupt data is a plain Error.
    throw error instanceof RangeError ? new ReplyTooLargeError() : error;
  }
}

/**
 * Throws a ConfigError naming the provider and the header when Node would refuse to send a configured
 * header (a line break or control character in its value, an invalid name). Checked once when the
 * client is made: a request that can never be sent is a configuration error, not a connection failure
 * to retry. The value is never shown (it may hold an expanded secret).
 */
export function assertSendableHeaders(provider: string, headers: Record<string, string>): void {
  const { validateHeaderName, validateHeaderValue } = process.getBuiltinModule('node:http');
  for (const [name, value] of Object.entries(headers)) {
    try {
      validateHeaderName(name);
      validateHeaderValue(name, value);
    } catch {
      throw new ConfigError(
        `provider \`${provider}\`: header \`${name}\` cannot be sent over HTTP (invalid name, or a line break or control character in its value)`,
      );
    }
  }
}
