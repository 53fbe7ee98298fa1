#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import "./chunk-NM3O7CPD.js";

// src/providers/http-fetch.ts
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
function createHttpFetch(maxSockets = Infinity) {
  const http = new HttpAgent({ keepAlive: true, maxSockets });
  const https = new HttpsAgent({ keepAlive: true, maxSockets });
  return (input, init = {}) => new Promise((resolve, reject) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = requestBody(init.body);
    const secure = url.protocol === "https:";
    const request = (secure ? httpsRequest : httpRequest)(url, {
      method: init.method ?? "GET",
      headers: { ...Object.fromEntries(new Headers(init.headers)), "accept-encoding": "gzip, deflate, br" },
      agent: secure ? https : http,
      signal: init.signal ?? void 0
    });
    request.on(
      "error",
      (error) => reject(error.name === "AbortError" ? error : new TypeError("fetch failed", { cause: error }))
    );
    request.on("response", (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("error", (error) => reject(new TypeError("fetch failed", { cause: error })));
      response.on("end", () => {
        try {
          resolve(toResponse(response, Buffer.concat(chunks)));
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
    known = createHttpFetch(maxSockets);
    shared.set(maxSockets, known);
  }
  return known;
}
function requestBody(body) {
  if (body === void 0 || body === null) return void 0;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  throw new TypeError("only string and byte request bodies are supported");
}
var NULL_BODY = /* @__PURE__ */ new Set([101, 204, 205, 304]);
function toResponse(response, raw) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === void 0) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const encoding = headers.get("content-encoding")?.trim().toLowerCase();
  const decoded = encoding === "gzip" || encoding === "x-gzip" ? gunzipSync(raw) : encoding === "deflate" ? inflateSync(raw) : encoding === "br" ? brotliDecompressSync(raw) : raw;
  if (decoded !== raw) {
    headers.delete("content-encoding");
    headers.delete("content-length");
  }
  const status = response.statusCode ?? 502;
  return new Response(NULL_BODY.has(status) ? null : new Uint8Array(decoded), {
    status,
    statusText: response.statusMessage ?? "",
    headers
  });
}
export {
  createHttpFetch,
  sharedHttpFetch
};
