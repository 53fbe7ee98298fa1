/**
 * The published schema of promptgate.yaml (schemas/config.schema.json, for editors via
 * `# yaml-language-server: $schema=...`): the validator's own schema, with the provider types the
 * registry knows as an enum (the validator checks them against the registry after validation).
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { ConfigSchema, ProviderSchema } from '../config/schema.js';
import { providerTypes } from '../providers/registry.js';
import { literals } from '../validation/types.js';

export const CONFIG_SCHEMA_ID = 'https://promptgate.dev/schemas/config.schema.json';

export function publishedConfigSchema(): TSchema {
  const provider = Type.Object(
    { ...ProviderSchema.properties, type: literals(providerTypes()) },
    { additionalProperties: false },
  );
  return Type.Object(
    { ...ConfigSchema.properties, providers: Type.Optional(Type.Record(Type.String(), provider)) },
    { additionalProperties: false, $id: CONFIG_SCHEMA_ID, title: 'promptgate.yaml' },
  );
}
