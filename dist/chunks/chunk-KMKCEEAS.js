#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-WQAX2RUL.js";

// src/providers/http-agents.ts
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
function createKeepAliveAgents(maxSockets = Infinity) {
  let http;
  let https;
  return {
    routeTo(url) {
      if (url.protocol === "https:") {
        if (!https) {
          const { Agent, request } = process.getBuiltinModule("node:https");
          https = { request, agent: new Agent({ keepAlive: true, maxSockets }) };
        }
        return https;
      }
      if (!http) {
        const { Agent, request } = process.getBuiltinModule("node:http");
        http = { request, agent: new Agent({ keepAlive: true, maxSockets }) };
      }
      return http;
    }
  };
}
var ACCEPT_ENCODING = "gzip, deflate, br";
var MAX_REPLY_BYTES = 32 * 1024 * 1024;
var ReplyTooLargeError = class extends Error {
  constructor() {
    super(`the reply was larger than ${MAX_REPLY_BYTES / 1024 / 1024} MiB; it was not read further`);
    this.name = "ReplyTooLargeError";
  }
};
function boundedChunks(onTooLarge) {
  const chunks = [];
  let bytes = 0;
  return {
    chunks,
    add: (chunk) => {
      if (bytes > MAX_REPLY_BYTES) return;
      bytes += chunk.length;
      if (bytes > MAX_REPLY_BYTES) onTooLarge(new ReplyTooLargeError());
      else chunks.push(chunk);
    }
  };
}
function decodeBody(raw, contentEncoding) {
  const limit = { maxOutputLength: MAX_REPLY_BYTES };
  try {
    switch (contentEncoding?.trim().toLowerCase()) {
      case "gzip":
      case "x-gzip":
        return gunzipSync(raw, limit);
      case "deflate":
        return inflateSync(raw, limit);
      case "br":
        return brotliDecompressSync(raw, limit);
      default:
        return raw;
    }
  } catch (error) {
    throw error instanceof RangeError ? new ReplyTooLargeError() : error;
  }
}
function assertSendableHeaders(provider, headers) {
  const { validateHeaderName, validateHeaderValue } = process.getBuiltinModule("node:http");
  for (const [name, value] of Object.entries(headers)) {
    try {
      validateHeaderName(name);
      validateHeaderValue(name, value);
    } catch {
      throw new ConfigError(
        `provider \`${provider}\`: header \`${name}\` cannot be sent over HTTP (invalid name, or a line break or control character in its value)`
      );
    }
  }
}

export {
  createKeepAliveAgents,
  ACCEPT_ENCODING,
  boundedChunks,
  decodeBody,
  assertSendableHeaders
};
