import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ConfigError } from '../errors.js';
import type { YamlSource } from './yaml.js';

// The schemas are this program's own constants (never user input), so checking them against the
// JSON Schema meta-schema at every start would only cost time. The code optimisation pass about
// doubles compile time, and these validators run at most once per loaded file.
const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, code: { optimize: false } });
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Validates parsed YAML against a JSON schema. The first error becomes a ConfigError pointing at
 * the offending line; the others are listed so one run shows every mistake.
 */
export function validateYaml(schema: object, source: YamlSource, what: string): void {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(source.data)) return;
  const errors = dedupe(validate.errors ?? []);
  const first = errors[0];
  if (!first) return;
  const others = errors
    .slice(1, 6)
    .map((e) => `  - ${describe(e)} (line ${source.locate(errorPath(e)).line ?? '?'})`);
  throw new ConfigError(
    `invalid ${what}: ${describe(first)}${others.length ? `\n  other problems:\n${others.join('\n')}` : ''}`,
    source.locate(errorPath(first)),
  );
}

/** The YAML path to point at: the unknown key itself rather than its parent mapping. */
function errorPath(error: ErrorObject): (string | number)[] {
  const path = pointerToPath(error.instancePath);
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty;
  return error.keyword === 'additionalProperties' && typeof extra === 'string' ? [...path, extra] : path;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describe(error: ErrorObject): string {
  const at = error.instancePath ? `\`${error.instancePath.slice(1).replace(/\//g, '.')}\`` : 'the file';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty?: unknown }).additionalProperty);
      return `unknown key \`${key}\` in ${at}`;
    }
    case 'required':
      return `${at} is missing the required key \`${String((error.params as { missingProperty?: unknown }).missingProperty)}\``;
    case 'enum':
      return `${at} must be one of ${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${at} ${error.message ?? 'is invalid'}`;
  }
}

/** ajv reports anyOf branches separately; keep the most specific message per location. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
