import type { ProviderDefinition } from '../definition.js';

/**
 * Anthropic's Messages API (or a proxy via `base_url` / ANTHROPIC_BASE_URL); serves `claude*` names.
 * List prices: text, standard tier, as published by Anthropic in 2026.
 */
export const anthropicProvider: ProviderDefinition = {
  type: 'anthropic',
  endpoint: {
    apiKeyEnv: 'ANTHROPIC_API_KEY',
    baseUrlEnv: 'ANTHROPIC_BASE_URL',
    baseUrl: 'https://api.anthropic.com',
  },
  claims: (model) => /^claude/i.test(model),
  prices: [
    ['claude-opus-4-{5,6,7}{,-20*}', { input: 5, output: 25 }],
    ['claude-opus-4{,-0,-1}{,-20*}', { input: 15, output: 75 }],
    ['claude-sonnet-4{,-0,-5,-6}{,-20*}', { input: 3, output: 15 }],
    ['claude-haiku-4-5{,-20*}', { input: 1, output: 5 }],
    ['claude-3-7-sonnet*', { input: 3, output: 15 }],
    ['claude-3-5-sonnet*', { input: 3, output: 15 }],
    ['claude-3-5-haiku*', { input: 0.8, output: 4 }],
    ['claude-3-haiku*', { input: 0.25, output: 1.25 }],
    ['claude-3-opus*', { input: 15, output: 75 }],
  ],
  create: async (config, env, connections) =>
    (await import('../anthropic.js')).createAnthropicProvider(config, env, connections),
};
