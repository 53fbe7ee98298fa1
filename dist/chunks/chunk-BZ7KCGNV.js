#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  ACCEPT_ENCODING,
  boundedChunks,
  createKeepAliveAgents,
  decodeBody
} from "./chunk-KMKCEEAS.js";

// src/providers/http-fetch.ts
function createHttpFetch(maxSockets = Infinity) {
  return fetchOver(createKeepAliveAgents(maxSockets));
}
function fetchOver(agents) {
  return (input, init = {}) => new Promise((resolve, reject) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = requestBody(init.body);
    const { request: send, agent } = agents.routeTo(url);
    const request = send(url, {
      method: init.method ?? "GET",
      headers: outgoingHeaders(init.headers),
      agent,
      signal: init.signal ?? void 0
    });
    request.on(
      "error",
      (error) => reject(error.name === "AbortError" ? error : new TypeError("fetch failed", { cause: error }))
    );
    request.on("response", (response) => {
      const { chunks, add } = boundedChunks((error) => {
        request.destroy();
        reject(new TypeError("fetch failed", { cause: error }));
      });
      response.on("data", add);
      response.on("error", (error) => reject(new TypeError("fetch failed", { cause: error })));
      response.on("end", () => {
        try {
          resolve(
            toResponse(response, chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks))
          );
        } catch (error) {
          reject(new TypeError("fetch failed", { cause: error }));
        }
      });
    });
    request.end(body);
  });
}
var shared = /* @__PURE__ */ new Map();
function sharedHttpFetch(maxSockets = Infinity) {
  let known = shared.get(maxSockets);
  if (!known) {
    known = fetchOver(createKeepAliveAgents(maxSockets));
    shared.set(maxSockets, known);
  }
  return known;
}
function outgoingHeaders(init) {
  const headers = {};
  (init instanceof Headers ? init : new Headers(init)).forEach((value, name) => headers[name] = value);
  headers["accept-encoding"] = ACCEPT_ENCODING;
  return headers;
}
function requestBody(body) {
  if (body === void 0 || body === null) return void 0;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  throw new TypeError("only string and byte request bodies are supported");
}
function toResponse(response, raw) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === void 0) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const decoded = decodeBody(raw, headers.get("content-encoding") ?? void 0);
  if (decoded !== raw) {
    headers.delete("content-encoding");
    headers.delete("content-length");
  }
  return new BufferedResponse(decoded, {
    status: response.statusCode ?? 502,
    statusText: response.statusMessage ?? "",
    headers
  });
}
var BufferedResponse = class _BufferedResponse extends Response {
  #bytes;
  #init;
  constructor(bytes, init) {
    super(null, init);
    this.#bytes = bytes;
    this.#init = init;
  }
  text() {
    return Promise.resolve(this.#bytes.toString("utf8"));
  }
  async json() {
    return JSON.parse(await this.text());
  }
  bytes() {
    return Promise.resolve(new Uint8Array(this.#bytes));
  }
  async arrayBuffer() {
    return (await this.bytes()).buffer;
  }
  async blob() {
    return new Blob([await this.bytes()], { type: this.headers.get("content-type") ?? "" });
  }
  clone() {
    return new _BufferedResponse(this.#bytes, { ...this.#init, headers: new Headers(this.headers) });
  }
};

export {
  createHttpFetch,
  sharedHttpFetch
};
