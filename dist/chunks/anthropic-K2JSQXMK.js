#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  SDK_TIMEOUT_MS,
  malformedReply,
  sdkFailure
} from "./chunk-UY6ZCEKN.js";
import {
  count,
  requireCredential,
  resolveEndpoint
} from "./chunk-NDRPIACG.js";
import "./chunk-53TPHBIN.js";
import {
  isRecord
} from "./chunk-L7DL4HE5.js";
import {
  assertSendableHeaders
} from "./chunk-KMKCEEAS.js";
import "./chunk-WQAX2RUL.js";
import "./chunk-NM3O7CPD.js";

// src/providers/anthropic.ts
var DEFAULT_MAX_TOKENS = 4096;
var JSON_OBJECT_INSTRUCTION = "Respond with a single valid JSON object and nothing else.";
function createAnthropicProvider(config, env, connections) {
  const endpoint = resolveEndpoint(config, env);
  const credential = requireCredential(config, endpoint);
  assertSendableHeaders(config.name, endpoint.headers);
  let connected;
  const connect = () => connected ??= Promise.all([import("./sdk-G3STXHVB.js"), import("./http-fetch-MKKZRMC6.js")]).then(
    ([{ default: sdk }, http]) => ({
      sdk,
      client: new sdk({
        apiKey: credential.apiKey,
        baseURL: endpoint.baseUrl,
        defaultHeaders: endpoint.headers,
        maxRetries: 0,
        timeout: SDK_TIMEOUT_MS,
        fetch: http.sharedHttpFetch(connections)
      })
    })
  );
  return {
    name: config.name,
    type: "anthropic",
    async complete(request, signal) {
      const { sdk, client } = await connect();
      let body;
      try {
        body = await client.messages.create(toMessageParams(request), { signal });
      } catch (error) {
        throw sdkFailure(error, credential, sdk);
      }
      return parseMessage(body);
    }
  };
}
function toMessageParams(request) {
  const system = request.messages.filter((m) => m.role === "system").map((m) => m.content);
  if (request.responseFormat?.type === "json_object") system.push(JSON_OBJECT_INSTRUCTION);
  const messages = [];
  for (const message of request.messages) {
    if (message.role === "system") continue;
    const previous = messages.at(-1);
    if (previous?.role === message.role && typeof previous.content === "string") {
      previous.content = `${previous.content}

${message.content}`;
    } else {
      messages.push({ role: message.role, content: message.content });
    }
  }
  const params = {
    model: request.model,
    max_tokens: request.maxTokens ?? DEFAULT_MAX_TOKENS,
    messages
  };
  if (system.length > 0) params.system = system.join("\n\n");
  if (request.responseFormat?.type === "json_schema") {
    params.output_config = { format: { type: "json_schema", schema: request.responseFormat.schema } };
  }
  return params;
}
function parseMessage(body) {
  if (!isRecord(body) || !Array.isArray(body.content)) {
    throw malformedReply("no content array in the reply");
  }
  const text = body.content.filter(isRecord).filter((block) => block.type === "text" && typeof block.text === "string").map((block) => String(block.text)).join("");
  const usage = isRecord(body.usage) ? body.usage : {};
  const inputTokens = count(usage.input_tokens) + count(usage.cache_creation_input_tokens) + count(usage.cache_read_input_tokens);
  return { text, usage: { inputTokens, outputTokens: count(usage.output_tokens) } };
}
export {
  DEFAULT_MAX_TOKENS,
  createAnthropicProvider
};
