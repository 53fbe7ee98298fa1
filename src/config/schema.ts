/** JSON schema of promptgate.yaml (validated with ajv; unknown keys are errors so typos surface). */
import { releaseConfigSchema } from '../lifecycle/release-config.js';

import { VERDICTS } from '../core/verdict.js';

const fraction = { type: 'number', minimum: 0, maximum: 1 };

const gateRules = {
  min_pass_rate: fraction,
  min_score: fraction,
  max_drop: fraction,
  require_significance: { type: 'boolean' },
  confidence: { type: 'number', exclusiveMinimum: 0.5, exclusiveMaximum: 1 },
  fail_on_error: { type: 'boolean' },
  require_version_bump: { type: 'boolean' },
};

const globList = {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 } },
  ],
};

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    prompts: globList,
    suites: globList,
    exclude: globList,
    template_paths: globList,
    default_provider: { type: 'string', minLength: 1 },
    providers: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['type'],
        properties: {
          // One of the registered provider types: checked against the registry after validation.
          type: { type: 'string', minLength: 1 },
          base_url: { type: 'string', minLength: 1 },
          api_key_env: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
          concurrency: { type: 'integer', minimum: 1 },
          headers: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
    models: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
    judge: {
      type: 'object',
      additionalProperties: false,
      properties: { model: { type: 'string', minLength: 1 } },
    },
    concurrency: { type: 'integer', minimum: 1, maximum: 256 },
    timeout_ms: { type: 'integer', minimum: 1 },
    max_attempts: { type: 'integer', minimum: 1, maximum: 20 },
    cache: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dir: { type: 'string', minLength: 1 },
        mode: { enum: ['readwrite', 'read', 'off'] },
      },
    },
    pricing: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['input', 'output'],
        properties: { input: { type: 'number', minimum: 0 }, output: { type: 'number', minimum: 0 } },
      },
    },
    max_cost_usd: { type: 'number', exclusiveMinimum: 0 },
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max_file_bytes: { type: 'integer', minimum: 1 },
        max_cases: { type: 'integer', minimum: 1 },
      },
    },
    gate: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ...gateRules,
        // A list of verdicts, or the same text the `--fail-on` option takes (checked in load.ts).
        fail_on: {
          anyOf: [
            { type: 'string', minLength: 1 },
            { type: 'array', items: { enum: VERDICTS }, uniqueItems: true },
          ],
        },
        metrics: {
          type: 'object',
          additionalProperties: { type: 'object', additionalProperties: false, properties: gateRules },
        },
      },
    },
    lock_file: { type: 'string', minLength: 1 },
    promotion: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tag: { type: 'boolean' },
        commit: { enum: ['push', 'pull-request'] },
      },
    },
    ...releaseConfigSchema,
  },
} as const;
