import { ConfigError } from '../errors.js';
import { anthropicProvider } from './catalog/anthropic.js';
import { githubProvider } from './catalog/github.js';
import { offlineProvider } from './catalog/offline.js';
import { openaiProvider } from './catalog/openai.js';
import type { ProviderDefinition } from './definition.js';

/** The provider that serves bare model names no definition claims. */
export const FALLBACK_PROVIDER = 'openai';

const definitions = new Map<string, ProviderDefinition>();

/** Adds a provider type; one call per definition file. Duplicate types are a programming error. */
export function registerProvider(definition: ProviderDefinition): void {
  if (definitions.has(definition.type))
    throw new Error(`provider type \`${definition.type}\` is registered twice`);
  definitions.set(definition.type, definition);
}

registerProvider(openaiProvider);
registerProvider(anthropicProvider);
registerProvider(githubProvider);
registerProvider(offlineProvider);

/** Every registered provider type, in registration order (the config's `type:` enum). */
export function providerTypes(): string[] {
  return [...definitions.keys()];
}

export function providerDefinitions(): ProviderDefinition[] {
  return [...definitions.values()];
}

/** The definition of a provider type; the config validated `type:`, so unknown types are a ConfigError. */
export function providerDefinition(type: string): ProviderDefinition {
  const definition = definitions.get(type);
  if (definition) return definition;
  throw new ConfigError(
    `unknown provider type \`${type}\``,
    undefined,
    `use one of: ${providerTypes().join(', ')}`,
  );
}

/** The provider type a bare model name belongs to by convention: the first claim, else the fallback. */
export function conventionalProviderType(model: string): string {
  return providerDefinitions().find((d) => d.claims?.(model))?.type ?? FALLBACK_PROVIDER;
}
