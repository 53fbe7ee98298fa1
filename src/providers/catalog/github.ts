import type { ProviderDefinition } from '../definition.js';

/**
 * GitHub Models: the OpenAI-compatible inference endpoint with a GitHub token; serves
 * `publisher/model` names. Its models are priced by their family (`openai/gpt-4o-mini` as `gpt-4o-mini`).
 */
export const githubProvider: ProviderDefinition = {
  type: 'github',
  endpoint: {
    apiKeyEnv: 'GITHUB_TOKEN',
    baseUrlEnv: 'PROMPTGATE_GITHUB_MODELS_URL',
    baseUrl: 'https://models.github.ai/inference',
  },
  claims: (model) => model.includes('/'),
  missingHint: (variable) =>
    variable === 'GITHUB_TOKEN'
      ? `in Actions pass \`${variable}: \${{ github.token }}\` in the step's env and grant \`permissions: models: read\`; locally export a token (e.g. \`gh auth token\`), or run with --offline to use the deterministic offline model`
      : undefined,
  create: async (config, env, connections) =>
    (await import('../github.js')).createGitHubModelsProvider(config, env, connections),
};
