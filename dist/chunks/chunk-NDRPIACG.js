#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  ConfigError,
  MissingSecretError
} from "./chunk-WQAX2RUL.js";

// src/providers/catalog/anthropic.ts
var anthropicProvider = {
  type: "anthropic",
  endpoint: {
    apiKeyEnv: "ANTHROPIC_API_KEY",
    baseUrlEnv: "ANTHROPIC_BASE_URL",
    baseUrl: "https://api.anthropic.com"
  },
  claims: (model) => /^claude/i.test(model),
  prices: [
    ["claude-opus-4-{5,6,7}{,-20*}", { input: 5, output: 25 }],
    ["claude-opus-4{,-0,-1}{,-20*}", { input: 15, output: 75 }],
    ["claude-sonnet-4{,-0,-5,-6}{,-20*}", { input: 3, output: 15 }],
    ["claude-haiku-4-5{,-20*}", { input: 1, output: 5 }],
    ["claude-3-7-sonnet*", { input: 3, output: 15 }],
    ["claude-3-5-sonnet*", { input: 3, output: 15 }],
    ["claude-3-5-haiku*", { input: 0.8, output: 4 }],
    ["claude-3-haiku*", { input: 0.25, output: 1.25 }],
    ["claude-3-opus*", { input: 15, output: 75 }]
  ],
  create: async (config, env, connections) => (await import("./anthropic-K2JSQXMK.js")).createAnthropicProvider(config, env, connections)
};

// src/providers/catalog/github.ts
var githubProvider = {
  type: "github",
  endpoint: {
    apiKeyEnv: "GITHUB_TOKEN",
    baseUrlEnv: "PROMPTGATE_GITHUB_MODELS_URL",
    baseUrl: "https://models.github.ai/inference"
  },
  claims: (model) => model.includes("/"),
  missingHint: (variable) => variable === "GITHUB_TOKEN" ? `in Actions pass \`${variable}: \${{ github.token }}\` in the step's env and grant \`permissions: models: read\`; locally export a token (e.g. \`gh auth token\`), or run with --offline to use the deterministic offline model` : void 0,
  create: async (config, env, connections) => (await import("./github-7BHGUWIH.js")).createGitHubModelsProvider(config, env, connections)
};

// src/providers/catalog/offline.ts
var offlineProvider = {
  type: "offline",
  endpoint: { baseUrl: "offline:" },
  local: true,
  create: async (config) => (await import("./offline-7VPWHPN6.js")).createOfflineProvider(config.name)
};

// src/providers/catalog/openai.ts
var openaiProvider = {
  type: "openai",
  endpoint: {
    apiKeyEnv: "OPENAI_API_KEY",
    baseUrlEnv: "OPENAI_BASE_URL",
    baseUrl: "https://api.openai.com/v1"
  },
  prices: [
    ["gpt-5.5-pro{,-20*}", { input: 30, output: 180 }],
    ["gpt-5.5{,-20*}", { input: 5, output: 30 }],
    ["gpt-5.4-pro{,-20*}", { input: 30, output: 180 }],
    ["gpt-5.4{,-20*}", { input: 2.5, output: 15 }],
    ["gpt-5.4-mini{,-20*}", { input: 0.75, output: 4.5 }],
    ["gpt-5.4-nano{,-20*}", { input: 0.2, output: 1.25 }],
    ["gpt-5.2{,-20*,-chat-latest}", { input: 1.75, output: 14 }],
    ["gpt-5.1{,-20*,-chat-latest}", { input: 1.25, output: 10 }],
    ["gpt-5{,-20*,-chat-latest}", { input: 1.25, output: 10 }],
    ["gpt-5-mini{,-20*}", { input: 0.25, output: 2 }],
    ["gpt-5-nano{,-20*}", { input: 0.05, output: 0.4 }],
    ["gpt-4.1{,-20*}", { input: 2, output: 8 }],
    ["gpt-4.1-mini{,-20*}", { input: 0.4, output: 1.6 }],
    ["gpt-4.1-nano{,-20*}", { input: 0.1, output: 0.4 }],
    ["gpt-4o-2024-05-13", { input: 5, output: 15 }],
    ["gpt-4o{,-20*}", { input: 2.5, output: 10 }],
    ["gpt-4o-mini{,-20*}", { input: 0.15, output: 0.6 }],
    ["o4-mini{,-20*}", { input: 1.1, output: 4.4 }],
    ["o3{,-20*}", { input: 2, output: 8 }],
    ["o3-mini{,-20*}", { input: 1.1, output: 4.4 }],
    ["o1{,-20*}", { input: 15, output: 60 }],
    ["o1-mini{,-20*}", { input: 1.1, output: 4.4 }]
  ],
  create: async (config, env, connections) => (await import("./openai-RH3RSFZL.js")).createOpenAIProvider(config, env, connections)
};

// src/providers/registry.ts
var FALLBACK_PROVIDER = "openai";
var definitions = /* @__PURE__ */ new Map();
function registerProvider(definition) {
  if (definitions.has(definition.type))
    throw new Error(`provider type \`${definition.type}\` is registered twice`);
  definitions.set(definition.type, definition);
}
registerProvider(openaiProvider);
registerProvider(anthropicProvider);
registerProvider(githubProvider);
registerProvider(offlineProvider);
function providerTypes() {
  return [...definitions.keys()];
}
function providerDefinitions() {
  return [...definitions.values()];
}
function providerDefinition(type) {
  const definition = definitions.get(type);
  if (definition) return definition;
  throw new ConfigError(
    `unknown provider type \`${type}\``,
    void 0,
    `use one of: ${providerTypes().join(", ")}`
  );
}
function conventionalProviderType(model) {
  return providerDefinitions().find((d) => d.claims?.(model))?.type ?? FALLBACK_PROVIDER;
}

// src/providers/endpoint.ts
function resolveEndpoint(config, env) {
  const defaults = providerDefinition(config.type).endpoint;
  const fromEnv = defaults.baseUrlEnv ? nonEmpty(env[defaults.baseUrlEnv]) : void 0;
  const baseUrl = (config.baseUrl ?? fromEnv ?? defaults.baseUrl).replace(/\/+$/, "");
  const missing = [];
  const apiKeyEnv = config.apiKeyEnv ?? defaults.apiKeyEnv;
  const apiKey = apiKeyEnv ? nonEmpty(env[apiKeyEnv]) : void 0;
  if (apiKeyEnv && apiKey === void 0) missing.push(apiKeyEnv);
  const headers = {};
  for (const [name, value] of Object.entries(config.headers ?? {})) {
    headers[name] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_match, variable) => {
      const resolved = nonEmpty(env[variable]);
      if (resolved === void 0 && !missing.includes(variable)) missing.push(variable);
      return resolved ?? "";
    });
  }
  return { baseUrl, apiKeyEnv, apiKey, headers, missing };
}
function secretEnvNames(config) {
  const names = [config.apiKeyEnv ?? providerDefinition(config.type).endpoint.apiKeyEnv];
  for (const value of Object.values(config.headers ?? {})) {
    for (const match of value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) names.push(match[1]);
  }
  return names.filter((name) => name !== void 0);
}
function assertUsable(config, endpoint, modelRef) {
  const [first, ...rest] = endpoint.missing;
  if (first === void 0) return;
  const names = [first, ...rest].join(", ");
  const neededBy = modelRef === void 0 ? "" : `model \`${modelRef}\` via `;
  throw new MissingSecretError(
    [first, ...rest],
    config.name,
    `${names} ${rest.length > 0 ? "are" : "is"} not set (needed by ${neededBy}provider \`${config.name}\`)`,
    missingHint(config.type, first)
  );
}
function requireCredential(config, endpoint) {
  assertUsable(config, endpoint);
  if (endpoint.apiKeyEnv === void 0 || endpoint.apiKey === void 0) {
    throw new ConfigError(`provider \`${config.name}\` of type \`${config.type}\` takes no API key`);
  }
  return { apiKeyEnv: endpoint.apiKeyEnv, apiKey: endpoint.apiKey };
}
function missingHint(type, variable) {
  return providerDefinition(type).missingHint?.(variable) ?? `export ${variable} (in Actions: add it as a repository secret and pass it in the step's env), or run with --offline to use the deterministic offline model`;
}
function nonEmpty(value) {
  return value === void 0 || value === "" ? void 0 : value;
}

// src/providers/narrow.ts
function count(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
}

export {
  resolveEndpoint,
  secretEnvNames,
  assertUsable,
  requireCredential,
  count,
  providerTypes,
  providerDefinitions,
  providerDefinition,
  conventionalProviderType
};
