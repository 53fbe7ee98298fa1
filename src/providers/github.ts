import type { ProviderConfig } from '../config/types.js';
import { openAICompatibleFor } from './openai-compatible.js';
import type { Provider } from './types.js';

/**
 * GitHub Models: the OpenAI-compatible inference endpoint with a GitHub token as bearer. Model names
 * keep their publisher (`openai/gpt-4o-mini`). PROMPTGATE_GITHUB_MODELS_URL overrides the endpoint.
 */
export function createGitHubModelsProvider(
  config: ProviderConfig,
  env: NodeJS.ProcessEnv,
  connections?: number,
): Provider {
  return openAICompatibleFor('github', config, env, { connections });
}
