import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** Keep-alive connection pools for both schemes, at most `maxSockets` connections per host. */
export interface KeepAliveAgents {
  http: HttpAgent;
  https: HttpsAgent;
}

export function createKeepAliveAgents(maxSockets = Infinity): KeepAliveAgents {
  return {
    http: new HttpAgent({ keepAlive: true, maxSockets }),
    https: new HttpsAgent({ keepAlive: true, maxSockets }),
  };
}

const shared = new Map<number, KeepAliveAgents>();

/**
 * One pair of pools per connection limit for the whole process: every transport (the JSON one and
 * the SDKs' fetch) draws from the same pools, so a host never sees more than `maxSockets` connections.
 */
export function sharedKeepAliveAgents(maxSockets = Infinity): KeepAliveAgents {
  let agents = shared.get(maxSockets);
  if (!agents) {
    agents = createKeepAliveAgents(maxSockets);
    shared.set(maxSockets, agents);
  }
  return agents;
}

/** What every transport asks for; bodies are decoded by `decodeBody`. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** The body as sent before `content-encoding` was applied; unknown or absent encodings pass through. */
export function decodeBody(raw: Buffer, contentEncoding: string | undefined): Buffer {
  switch (contentEncoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(raw);
    case 'deflate':
      return inflateSync(raw);
    case 'br':
      return brotliDecompressSync(raw);
    default:
      return raw;
  }
}
