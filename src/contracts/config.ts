/**
 * The published schema of promptgate.yaml (schemas/config.schema.json, for editors via
 * `# yaml-language-server: $schema=...`): the validator's own schema, with the provider types the
 * registry knows as an enum (the validator checks them against the registry after validation).
 */
import { configSchema } from '../config/schema.js';
import { providerTypes } from '../providers/registry.js';

export const CONFIG_SCHEMA_ID = 'https://promptgate.dev/schemas/config.schema.json';

export function publishedConfigSchema(): Record<string, unknown> {
  const providers = configSchema.properties.providers;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'promptgate.yaml',
    ...configSchema,
    properties: {
      ...configSchema.properties,
      providers: {
        ...providers,
        additionalProperties: {
          ...providers.additionalProperties,
          properties: { ...providers.additionalProperties.properties, type: { enum: providerTypes() } },
        },
      },
    },
  };
}
