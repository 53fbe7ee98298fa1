/**
 * The schemas of prompt files: GitHub Models `.prompt.yml` files keep gh's leniency (gh ignores keys
 * it does not know), promptgate's own files are strict so typos surface.
 */
import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../validation/types.js';

// gh decodes any scalar into its Go string fields (`name: 2025`, `content: 42`).
const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);
const Mapping = Type.Record(Type.String(), Type.Unknown());

const modelParameters = {
  maxTokens: Type.Optional(Type.Integer({ minimum: 1 })),
  temperature: Type.Optional(Type.Number({ minimum: 0, maximum: 2 })),
  topP: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
};

const Id = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._/-]*$' });
const Model = Type.String({ minLength: 1 });

// The keys both formats share. `id` and `version` are promptgate's own: gh ignores them, so a
// GitHub file may carry a `version` of any type (`version: 2`), which is never read.
const promptKeys = {
  name: Type.Optional(Scalar),
  description: Type.Optional(Scalar),
  model: Type.Optional(Model),
  // gh reads these three and ignores any other key (`maxCompletionTokens`, `max_tokens`, ...).
  modelParameters: Type.Optional(Type.Object(modelParameters)),
  responseFormat: Type.Optional(literals(['text', 'json_object', 'json_schema'])),
  jsonSchema: Type.Optional(Type.Union([Type.String(), Mapping])),
  messages: Type.Array(
    // An empty `content:` is an empty message to gh.
    Type.Object({ role: Type.String(), content: Type.Union([Scalar, Type.Null()]) }),
    { minItems: 1 },
  ),
  testData: Type.Optional(Type.Array(Mapping)),
  evaluators: Type.Optional(Type.Array(Mapping)),
};

export const GitHubPromptSchema = Type.Object(promptKeys);

export const PromptgatePromptSchema = Type.Object(
  {
    ...promptKeys,
    id: Id,
    version: Type.String(),
    model: Model,
    modelParameters: Type.Optional(Type.Object(modelParameters, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

/** A prompt file of either format, once checked (`id` and `version` only in promptgate files). */
export type RawPrompt = Static<typeof GitHubPromptSchema> &
  Partial<Pick<Static<typeof PromptgatePromptSchema>, 'id' | 'version'>>;
