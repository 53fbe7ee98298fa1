import type { Config } from '../config/types.js';
import { secretEnvNames } from './endpoint.js';
import { knownProviders } from './routing.js';

/**
 * Hands every credential the providers may read (default and configured key variables, variables
 * referenced in `headers:`) to `mask`, e.g. `core.setSecret`, so Actions logs never show them.
 */
export function maskSecrets(
  env: NodeJS.ProcessEnv,
  mask: (value: string) => void,
  config: Pick<Config, 'providers'> = { providers: {} },
): void {
  const names = new Set(Object.values(knownProviders(config)).flatMap(secretEnvNames));
  for (const name of names) {
    const value = env[name];
    if (value) mask(value);
  }
}
