import { Type } from '@sinclair/typebox';
import { Ajv, type AnySchemaObject, type ErrorObject } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { compileLinear } from '../core/linear-regex.js';
import { canonicalJson } from '../canonical-json.js';
import { MAX_NESTING, nestsDeeperThan } from '../config/data-limits.js';
import { parseYaml } from '../config/yaml.js';
import { isRecord } from '../core/is-record.js';
import { checkMetricConfig, metricConfig, metricSite, type MetricSite } from './config.js';
import { parseJsonOutput, type FencedMode } from './json.js';
import type { SingleMetricDefinition } from './types.js';
import { resolveFrom } from '../core/repo-path.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module object. Its `default`
// is the plugin whichever way a loader or bundler resolves the import (the plugin carries itself
// as `.default`).
const addFormats = addFormatsModule.default;

/** Plain JSON, so a work item carrying it can run in another process; the validator is compiled there. */
export interface SchemaConfig {
  schema: AnySchemaObject | boolean;
  fenced: FencedMode;
  /** Where the schema came from, for reasons: `inline` or the file path. */
  source: string;
}

const SchemaMetricConfigSchema = metricConfig({
  /** Inline; checked as a JSON Schema by ajv below, once `ref` files are read too. */
  schema: Type.Optional(Type.Unknown()),
  ref: Type.Optional(Type.String({ minLength: 1 })),
  fenced: Type.Optional(Type.Union([Type.Literal(true), Type.Literal(false), Type.Literal('auto')])),
});

/**
 * `schema`: the output is JSON (whole text, or the first ```json fence with `fenced: auto`, the
 * default) that validates against a JSON Schema given inline (`schema:`) or in a file (`ref:`,
 * relative to the suite; JSON or YAML). Draft-07 by default; `$schema` selects 2019-09 or 2020-12.
 * Every validation error is reported with its JSON pointer.
 */
export const schemaMetric: SingleMetricDefinition<SchemaConfig> = {
  type: 'schema',
  kind: 'single',
  usesJudge: false,
  configSchema: SchemaMetricConfigSchema,
  parse(raw, context) {
    const site: MetricSite = metricSite('schema', context);
    const config = checkMetricConfig(site, SchemaMetricConfigSchema, raw);
    const { ref } = config;
    if ((config.schema === undefined) === (ref === undefined)) {
      site.fail('needs exactly one of `schema` (inline JSON Schema) or `ref` (path to a schema file)');
    }
    const fenced: FencedMode = config.fenced === true ? 'always' : config.fenced === false ? 'never' : 'auto';
    const schema = ref === undefined ? config.schema : readSchemaFile(ref, site);
    if (!isRecord(schema) && typeof schema !== 'boolean')
      site.fail('the schema must be a JSON Schema object');
    const where = ref === undefined ? 'inline' : ref;
    if (countKeywords(schema, MAX_SCHEMA_KEYWORDS) > MAX_SCHEMA_KEYWORDS) {
      site.fail(
        `the JSON Schema (${where}) has more than ${MAX_SCHEMA_KEYWORDS.toLocaleString('en-US')} validation keywords, the most promptgate compiles: each becomes code, and a larger schema takes many seconds and gigabytes to compile`,
        'check the fields that matter to this prompt, or generate a smaller schema for it',
      );
    }
    try {
      validatorFor(schema);
      return { schema, fenced, source: where };
    } catch (error) {
      site.fail(
        `invalid JSON Schema (${where}): ${error instanceof Error ? error.message : String(error)}`,
        'check keyword spelling and types; unknown keywords are rejected so that typos cannot loosen the check',
      );
    }
  },
  evaluate(config, input) {
    const parsed = parseJsonOutput(input.output, config.fenced);
    if (!parsed.ok)
      return Promise.resolve({ outcome: 'fail', score: 0, reason: `output is not JSON: ${parsed.error}` });
    // Validators recurse with the output: a model answering `[[[[...` must not exhaust the stack.
    if (nestsDeeperThan(parsed.value))
      return Promise.resolve({
        outcome: 'fail',
        score: 0,
        reason: `output nests deeper than ${MAX_NESTING} levels`,
      });
    let found: readonly ErrorObject[];
    try {
      found = validatorFor(config.schema)(parsed.value);
    } catch (error) {
      if (error instanceof ValidationBudgetError)
        return Promise.resolve({ outcome: 'error', score: 0, reason: error.message });
      // A `$ref` cycle that never moves into the output (`a: {anyOf: [{$ref: a}]}`) recurses until the stack ends.
      if (error instanceof RangeError)
        return Promise.resolve({
          outcome: 'error',
          score: 0,
          reason: `the schema (${config.source}) refers to itself without end: a \`$ref\` cycle that does not descend into the output`,
        });
      throw error;
    }
    if (found.length === 0) {
      return Promise.resolve({
        outcome: 'pass',
        score: 1,
        reason: `valid against the schema (${config.source})`,
      });
    }
    const errors = found.map(describeError);
    return Promise.resolve({
      outcome: 'fail',
      score: 0,
      reason: `${errors.length} schema error${errors.length === 1 ? '' : 's'}: ${errors.join('; ')}`,
    });
  },
};

function readSchemaFile(ref: string, site: MetricSite): unknown {
  const text = site.context.readFile(ref);
  site.context.addDependency(ref);
  if (text === undefined)
    site.fail(`schema file \`${ref}\` was not found`, 'the path is relative to the suite file');
  // YAML through the bounded reader (no alias bombs, duplicate keys or deep nesting; errors name the file).
  if (/\.ya?ml$/i.test(ref)) return parseYaml(text, resolveFrom(site.context.location.file, ref)).data;
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    return site.fail(`schema file \`${ref}\` is not valid JSON: ${String(error)}`);
  }
  if (nestsDeeperThan(schema)) site.fail(`schema file \`${ref}\` nests deeper than ${MAX_NESTING} levels`);
  return schema;
}

/** ajv's regular-expression engine hook; `code` names it in generated standalone code (unused here). */
const linearRegExpEngine = Object.assign((pattern: string, flags: string) => compileLinear(pattern, flags), {
  code: 'compileLinear',
});

/**
 * Subschemas one validation may evaluate. `anyOf` branches that `$ref` the next level double the
 * work per level (a 30-level schema is 2^30 evaluations of one value); real validations stay far
 * below this.
 */
export const MAX_VALIDATION_STEPS = 1_000_000;

/** A validation stopped at MAX_VALIDATION_STEPS. */
class ValidationBudgetError extends Error {}

/**
 * Validation keywords (`type`, `properties`, `pattern`... in every subschema; annotations such as
 * `description` excluded) one schema may have. ajv turns each into code: compile time and memory
 * grow linearly. Measured on a busy machine (load 12): 5,000 properties of `type: string` compile
 * in 1 s of CPU; 8,333 of six keywords each (50,000) in 7 s and 0.9 GB; 20,000 of those took 15 s
 * and 2.1 GB, and the generated function then exceeded the stack when it ran.
 */
export const MAX_SCHEMA_KEYWORDS = 50_000;

/** Keywords that only describe: ajv generates no code for them. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'examples',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$schema',
  '$id',
]);

/** The validation keywords of `schema` and its subschemas, counting stopped once past `limit`. */
function countKeywords(schema: unknown, limit: number): number {
  let count = 0;
  const visit = (sub: unknown): void => {
    if (!isRecord(sub) || count > limit) return;
    for (const key of Object.keys(sub)) if (!ANNOTATIONS.has(key)) count++;
    for (const key of ONE_SCHEMA) visit(sub[key]);
    for (const key of SCHEMA_LISTS) {
      const list = sub[key];
      if (Array.isArray(list)) list.forEach(visit);
    }
    for (const key of SCHEMA_MAPS) {
      const map = sub[key];
      if (isRecord(map)) Object.values(map).forEach(visit);
    }
  };
  visit(schema);
  return count;
}

/** Marks the subschemas whose evaluations are counted (ajv reports each `$comment` it evaluates). */
const STEP_MARK = 'promptgate: counted subschema';

/** Keywords whose value is one subschema / a list of them / a map of them, in every draft ajv knows. */
const ONE_SCHEMA = [
  'additionalProperties',
  'additionalItems',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'not',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contentSchema',
  'items',
];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const SCHEMA_MAPS = [
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependentSchemas',
  'dependencies',
];

/**
 * A copy of `schema` with a counting `$comment` in every subschema (only where the keywords put
 * schemas: `const`, `enum`, `default` and `examples` are data and stay as written).
 */
function withStepMarks(schema: unknown): unknown {
  if (!isRecord(schema)) return schema;
  const copy: Record<string, unknown> = { ...schema, $comment: STEP_MARK };
  for (const key of ONE_SCHEMA) if (isRecord(schema[key])) copy[key] = withStepMarks(schema[key]);
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) copy[key] = list.map(withStepMarks);
  }
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (isRecord(map))
      copy[key] = Object.fromEntries(Object.entries(map).map(([name, sub]) => [name, withStepMarks(sub)]));
  }
  return copy;
}

/**
 * `uniqueItems` in linear time: ajv's compares every pair of items (20,000 small objects took 40 s).
 * Items are equal when their JSON with sorted keys is equal, as JSON Schema defines it.
 */
const distinctItems: ((unique: boolean, data: unknown[]) => boolean) & { errors?: Partial<ErrorObject>[] } = (
  unique,
  data,
) => {
  distinctItems.errors = [];
  if (!unique) return true;
  const seen = new Map<string, number>();
  for (const [i, item] of data.entries()) {
    const j = seen.get(canonicalJson(item));
    if (j !== undefined) {
      distinctItems.errors = [
        { message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)`, params: { i, j } },
      ];
      return false;
    }
    seen.set(canonicalJson(item), i);
  }
  return true;
};

/** Checks a value: the schema's errors, none when it is valid. Throws ValidationBudgetError. */
type SchemaCheck = (data: unknown) => readonly ErrorObject[];

/**
 * Compiled validators: by schema object (the suite's own, shared by its work items), else by its
 * JSON text (a copy that came through JSON), so each distinct schema compiles once per process.
 */
const byObject = new WeakMap<object, SchemaCheck>();
const byText = new Map<string, SchemaCheck>();

function validatorFor(schema: AnySchemaObject | boolean): SchemaCheck {
  const known = typeof schema === 'object' ? byObject.get(schema) : undefined;
  if (known) return known;
  const text = JSON.stringify(schema);
  const validate = byText.get(text) ?? compileSchema(schema);
  byText.set(text, validate);
  if (typeof schema === 'object') byObject.set(schema, validate);
  return validate;
}

/** A fresh validator per schema, so `$id`s of different suites never collide. */
function compileSchema(schema: AnySchemaObject | boolean): SchemaCheck {
  const dialect = isRecord(schema) && typeof schema.$schema === 'string' ? schema.$schema : '';
  let steps = 0;
  // Strict rejects unknown keywords (typos), but `required` naming a property that `properties` does
  // not list is ordinary, valid JSON Schema and must not be refused.
  const options = {
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    // `pattern` and `patternProperties` run on RE2 too: a schema cannot hang on a long output.
    code: { regExp: linearRegExpEngine },
    // Counts the evaluations of marked subschemas (see withStepMarks).
    $comment: (comment: string) => {
      if (comment === STEP_MARK && ++steps > MAX_VALIDATION_STEPS)
        throw new ValidationBudgetError(
          `validation stopped after ${MAX_VALIDATION_STEPS.toLocaleString('en-US')} subschema evaluations: the schema's anyOf/oneOf/$ref combinations multiply the work (simplify them)`,
        );
    },
  } as const;
  const ajv = dialect.includes('2020-12')
    ? new Ajv2020(options)
    : dialect.includes('2019-09')
      ? new Ajv2019(options)
      : new Ajv(options);
  addFormats(ajv);
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword({
    keyword: 'uniqueItems',
    type: 'array',
    schemaType: 'boolean',
    errors: true,
    validate: distinctItems,
  });
  const validate = ajv.compile(withStepMarks(schema) as AnySchemaObject | boolean);
  return (data) => {
    steps = 0;
    return validate(data) ? [] : (validate.errors ?? []);
  };
}

function describeError(error: ErrorObject): string {
  const at = error.instancePath || '(root)';
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty;
  const detail = typeof extra === 'string' ? ` (${JSON.stringify(extra)})` : '';
  return `${at} ${error.message ?? `fails ${error.keyword}`}${detail}`;
}
