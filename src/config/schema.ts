/**
 * The schema of promptgate.yaml: the loader's runtime check, its static type and the published
 * schemas/config.schema.json. Unknown keys are errors so typos surface.
 */
import { Type, type Static } from '@sinclair/typebox';
import { VERDICTS } from '../core/verdict.js';
import { ReleaseConfigSchema } from '../lifecycle/release-config.js';
import { literals } from '../validation/types.js';

const Fraction = Type.Number({ minimum: 0, maximum: 1 });
const NonEmpty = Type.String({ minLength: 1 });

const gateRules = {
  min_pass_rate: Type.Optional(Fraction),
  min_score: Type.Optional(Fraction),
  max_drop: Type.Optional(Fraction),
  /** Removed: every drop is tested now. Still accepted so its use gets a clear error. */
  require_significance: Type.Optional(Type.Boolean()),
  confidence: Type.Optional(Type.Number({ exclusiveMinimum: 0.5, exclusiveMaximum: 1 })),
  fail_on_error: Type.Optional(Type.Boolean()),
  require_version_bump: Type.Optional(Type.Boolean()),
};
const GateRules = Type.Object(gateRules, { additionalProperties: false });

const GlobList = Type.Union([NonEmpty, Type.Array(NonEmpty)]);

export const ProviderSchema = Type.Object(
  {
    // One of the registered provider types: checked against the registry after validation.
    type: NonEmpty,
    base_url: Type.Optional(NonEmpty),
    api_key_env: Type.Optional(Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' })),
    concurrency: Type.Optional(Type.Integer({ minimum: 1 })),
    headers: Type.Optional(Type.Record(Type.String(), Type.String())),
  },
  { additionalProperties: false },
);

export const ConfigSchema = Type.Object(
  {
    prompts: Type.Optional(GlobList),
    suites: Type.Optional(GlobList),
    exclude: Type.Optional(GlobList),
    template_paths: Type.Optional(GlobList),
    default_provider: Type.Optional(NonEmpty),
    providers: Type.Optional(Type.Record(Type.String(), ProviderSchema)),
    models: Type.Optional(Type.Record(Type.String(), NonEmpty)),
    judge: Type.Optional(Type.Object({ model: Type.Optional(NonEmpty) }, { additionalProperties: false })),
    concurrency: Type.Optional(Type.Integer({ minimum: 1, maximum: 256 })),
    timeout_ms: Type.Optional(Type.Integer({ minimum: 1 })),
    max_attempts: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
    cache: Type.Optional(
      Type.Object(
        { dir: Type.Optional(NonEmpty), mode: Type.Optional(literals(['readwrite', 'read', 'off'])) },
        { additionalProperties: false },
      ),
    ),
    pricing: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object(
          { input: Type.Number({ minimum: 0 }), output: Type.Number({ minimum: 0 }) },
          { additionalProperties: false },
        ),
      ),
    ),
    max_cost_usd: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
    // The default of suites that set no `repeat`, as a suite writes it.
    repeat: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 100 }), Type.Literal('auto')])),
    max_repeats: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    limits: Type.Optional(
      Type.Object(
        {
          max_file_bytes: Type.Optional(Type.Integer({ minimum: 1 })),
          max_cases: Type.Optional(Type.Integer({ minimum: 1 })),
        },
        { additionalProperties: false },
      ),
    ),
    gate: Type.Optional(
      Type.Object(
        {
          ...gateRules,
          // A list of verdicts, or the same text the `--fail-on` option takes (checked in load.ts).
          fail_on: Type.Optional(
            Type.Union([NonEmpty, Type.Array(literals(VERDICTS), { uniqueItems: true })]),
          ),
          metrics: Type.Optional(Type.Record(Type.String(), GateRules)),
        },
        { additionalProperties: false },
      ),
    ),
    lock_file: Type.Optional(NonEmpty),
    promotion: Type.Optional(
      Type.Object(
        {
          tag: Type.Optional(Type.Boolean()),
          commit: Type.Optional(literals(['push', 'pull-request'])),
        },
        { additionalProperties: false },
      ),
    ),
    ...ReleaseConfigSchema,
  },
  { additionalProperties: false },
);

/** promptgate.yaml as written, once checked. */
export type RawConfig = Static<typeof ConfigSchema>;
export type RawGateRules = Static<typeof GateRules>;
