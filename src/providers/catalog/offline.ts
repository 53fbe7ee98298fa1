import type { ProviderDefinition } from '../definition.js';

/** The deterministic offline model: no key, no network, no cost (`offline:anything`). */
export const offlineProvider: ProviderDefinition = {
  type: 'offline',
  endpoint: { baseUrl: 'offline:' },
  local: true,
  create: async (config) => (await import('../offline.js')).createOfflineProvider(config.name),
};
