import type { ProviderConfig } from '../config/types.js';
import { requireCredential, resolveEndpoint } from './endpoint.js';
import { createOpenAICompatibleProvider } from './openai-compatible.js';
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
  const endpoint = resolveEndpoint(config, env);
  return createOpenAICompatibleProvider({
    name: config.name,
    type: 'openai',
    endpoint,
    credential: requireCredential(config, endpoint),
    organization: env.OPENAI_ORG_ID || undefined,
    project: env.OPENAI_PROJECT_ID || undefined,
    connections,
  });
}
