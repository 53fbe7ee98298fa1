import type { ProviderConfig } from '../config/types.js';
import { openAICompatibleFor } from './openai-compatible.js';
import type { Provider } from './types.js';

/**
 * OpenAI, or any OpenAI-compatible server (vLLM, Ollama, LiteLLM...) via `base_url`
 * or OPENAI_BASE_URL. Throws ConfigError when the key variable is unset.
 */
export function createOpenAIProvider(
  config: ProviderConfig,
  env: NodeJS.ProcessEnv,
  connections?: number,
): Provider {
  return openAICompatibleFor('openai', config, env, {
    organization: env.OPENAI_ORG_ID || undefined,
    project: env.OPENAI_PROJECT_ID || undefined,
    connections,
  });
}
