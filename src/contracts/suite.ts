/**
 * The published schema of eval suite files (schemas/suite.schema.json, for editors via
 * `# yaml-language-server: $schema=...`): the validator's own suite schema, with each metric entry
 * (in the suite and in inline cases) checked against that metric type's declared config schema, for
 * `type` and its `not-` form alike.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { suiteMetricDefinitions } from '../metrics/registry.js';
import { SuiteSchema } from '../suites/schema.js';

export const SUITE_SCHEMA_ID = 'https://promptgate.dev/schemas/suite.schema.json';

/** One entry of `metrics:`: a `type` the registry knows, an optional `name`, and that type's own keys. */
function publishedMetric(): TSchema {
  return Type.Union(
    suiteMetricDefinitions().map((definition) =>
      Type.Object(
        {
          type: Type.Union([Type.Literal(definition.type), Type.Literal(`not-${definition.type}`)]),
          name: Type.Optional(Type.String({ minLength: 1 })),
          ...definition.configSchema.properties,
        },
        { additionalProperties: false, title: definition.type },
      ),
    ),
  );
}

export function publishedSuiteSchema(): TSchema {
  const metrics = Type.Optional(Type.Array(publishedMetric()));
  const { cases } = SuiteSchema.properties;
  const inlineCase = cases.anyOf[1].items;
  return Type.Object(
    {
      ...SuiteSchema.properties,
      metrics,
      cases: Type.Union([
        cases.anyOf[0],
        Type.Array(Type.Object({ ...inlineCase.properties, metrics }, { additionalProperties: false }), {
          minItems: 1,
        }),
      ]),
    },
    { additionalProperties: false, $id: SUITE_SCHEMA_ID, title: 'promptgate eval suite (*.eval.yaml)' },
  );
}
