import type { ProviderDefinition } from '../definition.js';

/**
 * OpenAI, or any OpenAI-compatible server (vLLM, Ollama, LiteLLM...) via `base_url` or
 * OPENAI_BASE_URL. Bare model names no other provider claims go here.
 * List prices: text, standard tier, as published by OpenAI in 2026; patterns are disjoint, so a newer
 * model is never priced as an older family by accident (it is reported as unpriced instead).
 */
export const openaiProvider: ProviderDefinition = {
  type: 'openai',
  endpoint: {
    apiKeyEnv: 'OPENAI_API_KEY',
    baseUrlEnv: 'OPENAI_BASE_URL',
    baseUrl: 'https://api.openai.com/v1',
  },
  prices: [
    ['gpt-5.5-pro{,-20*}', { input: 30, output: 180 }],
    ['gpt-5.5{,-20*}', { input: 5, output: 30 }],
    ['gpt-5.4-pro{,-20*}', { input: 30, output: 180 }],
    ['gpt-5.4{,-20*}', { input: 2.5, output: 15 }],
    ['gpt-5.4-mini{,-20*}', { input: 0.75, output: 4.5 }],
    ['gpt-5.4-nano{,-20*}', { input: 0.2, output: 1.25 }],
    ['gpt-5.2{,-20*,-chat-latest}', { input: 1.75, output: 14 }],
    ['gpt-5.1{,-20*,-chat-latest}', { input: 1.25, output: 10 }],
    ['gpt-5{,-20*,-chat-latest}', { input: 1.25, output: 10 }],
    ['gpt-5-mini{,-20*}', { input: 0.25, output: 2 }],
    ['gpt-5-nano{,-20*}', { input: 0.05, output: 0.4 }],
    ['gpt-4.1{,-20*}', { input: 2, output: 8 }],
    ['gpt-4.1-mini{,-20*}', { input: 0.4, output: 1.6 }],
    ['gpt-4.1-nano{,-20*}', { input: 0.1, output: 0.4 }],
    ['gpt-4o-2024-05-13', { input: 5, output: 15 }],
    ['gpt-4o{,-20*}', { input: 2.5, output: 10 }],
    ['gpt-4o-mini{,-20*}', { input: 0.15, output: 0.6 }],
    ['o4-mini{,-20*}', { input: 1.1, output: 4.4 }],
    ['o3{,-20*}', { input: 2, output: 8 }],
    ['o3-mini{,-20*}', { input: 1.1, output: 4.4 }],
    ['o1{,-20*}', { input: 15, output: 60 }],
    ['o1-mini{,-20*}', { input: 1.1, output: 4.4 }],
  ],
  create: async (config, env, connections) =>
    (await import('../openai.js')).createOpenAIProvider(config, env, connections),
};
