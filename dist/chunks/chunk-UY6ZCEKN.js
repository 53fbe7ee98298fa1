#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  ProviderError
} from "./chunk-53TPHBIN.js";

// src/providers/failures.ts
function isRetryableStatus(status) {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
function httpFailure(status, header, detail, credential, now = Date.now()) {
  const retryAfter = retryAfterMs(header, now);
  if (status === 401 || status === 403) {
    return new ProviderError(`${credential.apiKeyEnv} was rejected (${status})`, false, void 0, status);
  }
  const what = status === 429 ? "rate limited" : status >= 500 ? "server error" : "request rejected";
  const text = scrub(detail, credential.apiKey);
  return new ProviderError(
    `${what} (${status})${text ? `: ${text}` : ""}`,
    isRetryableStatus(status),
    retryAfter,
    status
  );
}
function malformedReply(detail) {
  return new ProviderError(`malformed response: ${detail}`, true);
}
function connectionFailure(detail, credential) {
  return new ProviderError(`connection failed: ${scrub(detail, credential.apiKey)}`, true);
}
function retryAfterMs(header, now = Date.now()) {
  const ms = Number.parseFloat(header("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = header("retry-after")?.trim();
  if (!value) return void 0;
  if (/^\d+(\.\d+)?$/.test(value)) return Number.parseFloat(value) * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function scrub(text, secret) {
  const clean = (secret ? text.split(secret).join("***") : text).replace(/\s+/g, " ").trim();
  return clean.length > 300 ? `${clean.slice(0, 297)}...` : clean;
}
function sdkFailure(error, credential, sdk) {
  if (error instanceof ProviderError) return error;
  if (error instanceof sdk.APIUserAbortError) return new ProviderError("request aborted", false);
  if (error instanceof sdk.APIConnectionError) return connectionFailure(causeChain(error), credential);
  if (error instanceof sdk.APIError && error.status !== void 0) {
    const { headers } = error;
    const header = (name) => headers?.get(name) ?? void 0;
    return httpFailure(
      error.status,
      header,
      serverMessage(error.error) ?? bodyText(error.status, error.message),
      credential
    );
  }
  if (error instanceof SyntaxError) return malformedReply(error.message);
  return unexpectedFailure(error, credential);
}
function bodyText(status, message) {
  const prefix = `${status} `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
function unexpectedFailure(error, credential) {
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError(scrub(message, credential.apiKey), false);
}
function serverMessage(body) {
  if (typeof body !== "object" || body === null) return void 0;
  if ("message" in body && typeof body.message === "string") return body.message;
  return "error" in body ? serverMessage(body.error) : void 0;
}
function causeChain(error) {
  const parts = [];
  let current = error;
  while (current instanceof Error && parts.length < 4) {
    parts.push(current.message);
    current = current.cause;
  }
  return parts.join(" <- ");
}

// src/providers/sdk-options.ts
var SDK_TIMEOUT_MS = 60 * 60 * 1e3;

export {
  malformedReply,
  sdkFailure,
  SDK_TIMEOUT_MS
};
