import type { ProviderConfig } from '../config/types.js';
import { ConfigError, MissingSecretError } from '../errors.js';
import type { Credential } from './failures.js';
import { providerDefinition } from './registry.js';

/** Where one provider's requests go and what credentials they carry, resolved from config and environment. */
export interface Endpoint {
  /** Effective base URL without a trailing slash; part of the cache key. */
  baseUrl: string;
  /** Variable holding the key; undefined for the offline provider, which needs none. */
  apiKeyEnv?: string;
  apiKey?: string;
  /** Extra headers with `${VAR}` references expanded. */
  headers: Record<string, string>;
  /** Referenced variables that are unset or empty: the key variable and any used in headers. */
  missing: string[];
  /** The values read from the environment (the key, variables used in headers): never shown. */
  secrets: string[];
}

export function resolveEndpoint(config: ProviderConfig, env: NodeJS.ProcessEnv): Endpoint {
  const defaults = providerDefinition(config.type).endpoint;
  const fromEnv = defaults.baseUrlEnv ? nonEmpty(env[defaults.baseUrlEnv]) : undefined;
  const baseUrl = (config.baseUrl ?? fromEnv ?? defaults.baseUrl).replace(/\/+$/, '');
  const missing: string[] = [];
  const apiKeyEnv = config.apiKeyEnv ?? defaults.apiKeyEnv;
  const apiKey = apiKeyEnv ? nonEmpty(env[apiKeyEnv]) : undefined;
  if (apiKeyEnv && apiKey === undefined) missing.push(apiKeyEnv);
  const secrets = apiKey === undefined ? [] : [apiKey];
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.headers ?? {})) {
    headers[name] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_match, variable: string) => {
      const resolved = nonEmpty(env[variable]);
      if (resolved === undefined && !missing.includes(variable)) missing.push(variable);
      else if (resolved !== undefined) secrets.push(resolved);
      return resolved ?? '';
    });
  }
  return { baseUrl, apiKeyEnv, apiKey, headers, missing, secrets };
}

/** Every environment variable a provider config may read a secret from (keys and header references). */
export function secretEnvNames(config: ProviderConfig): string[] {
  const names = [config.apiKeyEnv ?? providerDefinition(config.type).endpoint.apiKeyEnv];
  for (const value of Object.values(config.headers ?? {})) {
    for (const match of value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) names.push(match[1]);
  }
  return names.filter((name): name is string => name !== undefined);
}

/**
 * Throws the ConfigError users see when a provider cannot be used, naming the unset variable.
 * `modelRef` is the ref as the user wrote it, so they can find where it comes from.
 */
export function assertUsable(config: ProviderConfig, endpoint: Endpoint, modelRef?: string): void {
  const [first, ...rest] = endpoint.missing;
  if (first === undefined) return;
  const names = [first, ...rest].join(', ');
  const neededBy = modelRef === undefined ? '' : `model \`${modelRef}\` via `;
  throw new MissingSecretError(
    [first, ...rest],
    config.name,
    `${names} ${rest.length > 0 ? 'are' : 'is'} not set (needed by ${neededBy}provider \`${config.name}\`)`,
    missingHint(config.type, first),
  );
}

/** The key a networked provider sends; throws the same ConfigError as `assertUsable` when unset. */
export function requireCredential(config: ProviderConfig, endpoint: Endpoint): Credential {
  assertUsable(config, endpoint);
  if (endpoint.apiKeyEnv === undefined || endpoint.apiKey === undefined) {
    throw new ConfigError(`provider \`${config.name}\` of type \`${config.type}\` takes no API key`);
  }
  return { apiKeyEnv: endpoint.apiKeyEnv, apiKey: endpoint.apiKey, secrets: endpoint.secrets };
}

function missingHint(type: string, variable: string): string {
  return (
    providerDefinition(type).missingHint?.(variable) ??
    `export ${variable} (in Actions: add it as a repository secret and pass it in the step's env), or run with --offline to use the deterministic offline model`
  );
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
