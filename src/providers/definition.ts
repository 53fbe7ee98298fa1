import type { PriceEntry, ProviderConfig } from '../config/types.js';
import type { Provider } from './types.js';

/** Where a provider's requests go by default, and which variables override that. */
export interface EndpointDefaults {
  /** Variable holding the API key; undefined for providers that need none. */
  apiKeyEnv?: string;
  /** Variable that overrides the base URL when the config sets none. */
  baseUrlEnv?: string;
  baseUrl: string;
}

/** A price-list entry: an exact model name or a glob (core/glob.ts) (`name{,-20*}` covers snapshots). */
export type PriceListEntry = readonly [pattern: string, price: PriceEntry];

/**
 * Everything promptgate knows about one provider type, in one file under catalog/: the config enum,
 * routing, endpoints, secrets masking, pricing and the gateway all read it from the registry.
 */
export interface ProviderDefinition {
  /** The `type:` of a provider in promptgate.yaml, and the name of its built-in instance. */
  readonly type: string;
  readonly endpoint: EndpointDefaults;
  /** Bare model names this provider serves by convention (`claude*`); unclaimed names go to `openai`. */
  readonly claims?: (model: string) => boolean;
  /** List prices in USD per million tokens; `pricing:` in promptgate.yaml overrides them. */
  readonly prices?: readonly PriceListEntry[];
  /** Local and free (the offline model): never cached, priced or stopped by the budget. */
  readonly local?: boolean;
  /** How to set a missing variable, shown with the "is not set" error. */
  readonly missingHint?: (variable: string) => string | undefined;
  /**
   * Builds the provider for one configured instance. SDKs are imported here, lazily, so a run pays
   * only for the providers it uses. `connections`: keep-alive connections per host, sized to the
   * run's concurrency. Throws ConfigError when the provider cannot be used.
   */
  create(config: ProviderConfig, env: NodeJS.ProcessEnv, connections: number): Promise<Provider>;
}
