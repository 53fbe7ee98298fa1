#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  count,
  requireCredential,
  resolveEndpoint
} from "./chunk-FOVWBIID.js";
import {
  ProviderError
} from "./chunk-53TPHBIN.js";
import {
  isRecord
} from "./chunk-FIYCFDO4.js";

// src/providers/failures.ts
function isRetryableStatus(status) {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
function httpFailure(status, headers, detail, credential, now = Date.now()) {
  const retryAfter = headers ? retryAfterMs(headers, now) : void 0;
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
function retryAfterMs(headers, now = Date.now()) {
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get("retry-after")?.trim();
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
    return httpFailure(error.status, error.headers, serverMessage(error.error) ?? error.message, credential);
  }
  if (error instanceof SyntaxError) return malformedReply(error.message);
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

// src/providers/openai-compatible.ts
var SDK_TIMEOUT_MS = 60 * 60 * 1e3;
function openAICompatibleFor(type, config, env, extra) {
  const endpoint = resolveEndpoint(config, env);
  const credential = requireCredential(config, endpoint);
  return createOpenAICompatibleProvider({ name: config.name, type, endpoint, credential, ...extra });
}
function createOpenAICompatibleProvider(settings) {
  let connected;
  const connect = () => connected ??= Promise.all([import("./openai-GSYN3N7D.js"), import("./http-fetch-B62STLDT.js")]).then(
    ([{ default: sdk }, http]) => ({
      sdk,
      // Everything is passed explicitly so the SDK never falls back to process.env.
      client: new sdk({
        apiKey: settings.credential.apiKey,
        adminAPIKey: null,
        baseURL: settings.endpoint.baseUrl,
        organization: settings.organization ?? null,
        project: settings.project ?? null,
        defaultHeaders: settings.endpoint.headers,
        maxRetries: 0,
        timeout: SDK_TIMEOUT_MS,
        fetch: http.sharedHttpFetch(settings.connections)
      })
    })
  );
  return {
    name: settings.name,
    type: settings.type,
    async complete(request, signal) {
      const { sdk, client } = await connect();
      let body;
      try {
        body = await client.chat.completions.create(toChatCompletionParams(request), { signal });
      } catch (error) {
        throw sdkFailure(error, settings.credential, sdk);
      }
      return parseChatCompletion(body);
    }
  };
}
function toChatCompletionParams(request) {
  const params = {
    model: request.model,
    messages: request.messages.map((message) => ({ role: message.role, content: message.content }))
  };
  if (request.temperature !== void 0) params.temperature = request.temperature;
  if (request.topP !== void 0) params.top_p = request.topP;
  if (request.maxTokens !== void 0) {
    if (usesMaxCompletionTokens(request.model)) params.max_completion_tokens = request.maxTokens;
    else params.max_tokens = request.maxTokens;
  }
  const format = request.responseFormat;
  if (format?.type === "json_object") params.response_format = { type: "json_object" };
  if (format?.type === "json_schema") {
    params.response_format = {
      type: "json_schema",
      json_schema: {
        name: format.name,
        schema: format.schema,
        ...format.strict === void 0 ? {} : { strict: format.strict }
      }
    };
  }
  return params;
}
function usesMaxCompletionTokens(model) {
  return /^(?:[\w.-]+\/)?(?:o\d|gpt-5)/i.test(model);
}
function parseChatCompletion(body) {
  if (!isRecord(body)) return fail(`expected a JSON object, got ${typeof body}`);
  const choice = Array.isArray(body.choices) ? body.choices[0] : void 0;
  if (!isRecord(choice) || !isRecord(choice.message)) return fail("no choices[0].message in the reply");
  const { content, refusal } = choice.message;
  const text = typeof content === "string" ? content : typeof refusal === "string" ? refusal : "";
  const usage = isRecord(body.usage) ? body.usage : {};
  return {
    text,
    usage: { inputTokens: count(usage.prompt_tokens), outputTokens: count(usage.completion_tokens) }
  };
}
function fail(detail) {
  throw malformedReply(detail);
}

export {
  malformedReply,
  sdkFailure,
  SDK_TIMEOUT_MS,
  openAICompatibleFor
};
