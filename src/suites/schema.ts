/** The schema of eval suite files and of the cases they hold inline or name in a case file. */
import { Type, type Static } from '@sinclair/typebox';

const Mapping = Type.Record(Type.String(), Type.Unknown());
// Each metric's own keys are checked by its definition (metrics/registry.ts).
const Metrics = Type.Array(Mapping);

const caseKeys = {
  id: Type.Optional(Type.Union([Type.String(), Type.Number()])),
  description: Type.Optional(Type.String()),
  vars: Type.Optional(Mapping),
  expected: Type.Optional(Type.Unknown()),
  metrics: Type.Optional(Metrics),
};

/** A case written in the suite: unknown keys are typos. */
const InlineCase = Type.Object(caseKeys, { additionalProperties: false });

/** Rows of a case file (YAML, JSON or JSON Lines): datasets often carry columns of their own. */
export const CaseRowSchema = Type.Object(caseKeys);
export type CaseRow = Static<typeof CaseRowSchema>;
export const CaseRowsSchema = Type.Array(CaseRowSchema);

export const SuiteSchema = Type.Object(
  {
    prompt: Type.String({ minLength: 1 }),
    name: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
    threshold: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    // Samples per case, or `auto`: one, and more for uncertain cases while the verdict is inconclusive.
    repeat: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 100 }), Type.Literal('auto')])),
    max_repeats: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    judge: Type.Optional(
      Type.Object({ model: Type.Optional(Type.String({ minLength: 1 })) }, { additionalProperties: false }),
    ),
    vars: Type.Optional(Mapping),
    metrics: Type.Optional(Metrics),
    // Inline cases, or the path of a case file relative to the suite.
    cases: Type.Union([Type.String({ minLength: 1 }), Type.Array(InlineCase, { minItems: 1 })]),
  },
  { additionalProperties: false },
);
