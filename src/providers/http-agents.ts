import type { Agent, ClientRequest, RequestOptions } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

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
