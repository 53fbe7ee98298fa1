/** TypeBox's value errors in users' words: where, what is expected, what was found, how to fix. */
import { KindGuard, type TArray, type TInteger, type TNumber, type TSchema } from '@sinclair/typebox';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { closestName } from './suggest.js';

/** Object keys and list indexes from the document root to a value. */
export type DataPath = (string | number)[];

export interface Issue {
  /** Where the offending value (or unknown key) sits. */
  path: DataPath;
  message: string;
  hint?: string;
}

/** One issue per error TypeBox reports; a union is explained by the branch the value was meant for. */
export function toIssue(error: ValueError): Issue {
  const path = pointerToPath(error.path);
  const at = describePath(path);
  switch (error.type) {
    case ValueErrorType.ObjectAdditionalProperties: {
      const key = path[path.length - 1];
      const known = KindGuard.IsObject(error.schema) ? Object.keys(error.schema.properties) : [];
      const near = known.length > 0 ? closestName(String(key), known) : undefined;
      return {
        path,
        message: `unknown key \`${shownInput(String(key))}\` in ${describePath(path.slice(0, -1))}`,
        hint:
          known.length > 0
            ? `${near ? `did you mean \`${near}\`? ` : ''}known keys: ${known.join(', ')}`
            : undefined,
      };
    }
    case ValueErrorType.ObjectRequiredProperty:
      return {
        path: path.slice(0, -1),
        message: `${describePath(path.slice(0, -1))} is missing the required key \`${String(path[path.length - 1])}\``,
      };
    case ValueErrorType.Union: {
      const { schema, value } = error;
      const branch = KindGuard.IsUnion(schema) ? schema.anyOf.findIndex((v) => kindMatches(v, value)) : -1;
      const inner = error.errors[branch]?.First();
      if (inner) return toIssue(inner);
      break;
    }
  }
  const hint = suggestion(error.schema, error.value);
  return {
    path,
    message: `${at} must be ${expected(error.schema)}, got ${describeValue(error.value)}`,
    hint,
  };
}

/** What a schema accepts, as a phrase: "a number from 0 to 1", "one of "read", "off"". */
function expected(schema: TSchema, plural = false): string {
  const literals = literalValues(schema);
  if (literals) {
    const listed = literals.map((v) => JSON.stringify(v)).join(', ');
    if (plural) return `values from ${listed}`;
    return literals.length === 1 ? listed : `one of ${listed}`;
  }
  const noun = (singular: string, rest = '') =>
    plural ? `${singular}s${rest}` : `${/^[aeiou]/i.test(singular) ? 'an' : 'a'} ${singular}${rest}`;
  if (KindGuard.IsUnion(schema)) return schema.anyOf.map((v) => expected(v, plural)).join(' or ');
  // A pattern says little to users; the schema names what it stands for.
  if (typeof schema.description === 'string') return schema.description;
  if (KindGuard.IsString(schema)) {
    if (schema.format === 'date-time') return noun('ISO 8601 date-time');
    if (schema.format === 'timestamp') return noun('ISO timestamp');
    const pattern = schema.pattern === undefined ? '' : ` matching ${schema.pattern}`;
    return noun(schema.minLength === 1 ? 'non-empty string' : 'string', pattern);
  }
  if (KindGuard.IsNumber(schema)) return noun('number', bounds(schema));
  if (KindGuard.IsInteger(schema)) return noun('whole number', bounds(schema));
  if (KindGuard.IsBoolean(schema)) return 'true or false';
  if (KindGuard.IsNull(schema)) return 'empty';
  if (KindGuard.IsArray(schema)) return noun('list', listRules(schema));
  if (KindGuard.IsObject(schema) || KindGuard.IsRecord(schema)) return noun('mapping');
  return 'valid';
}

function listRules(schema: TArray): string {
  const of = KindGuard.IsUnknown(schema.items) ? '' : ` of ${expected(schema.items, true)}`;
  const rules = [
    ...(schema.minItems ? [`at least ${schema.minItems}`] : []),
    ...(schema.uniqueItems ? ['without repeats'] : []),
    ...(KindGuard.IsLiteral(schema.contains) ? [`including ${JSON.stringify(schema.contains.const)}`] : []),
  ];
  return `${of}${rules.length ? ` (${rules.join(', ')})` : ''}`;
}

function bounds(schema: TNumber | TInteger): string {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema;
  if (minimum !== undefined && maximum !== undefined) return ` from ${minimum} to ${maximum}`;
  const parts = [
    minimum !== undefined ? `>= ${minimum}` : undefined,
    exclusiveMinimum !== undefined ? `> ${exclusiveMinimum}` : undefined,
    maximum !== undefined ? `<= ${maximum}` : undefined,
    exclusiveMaximum !== undefined ? `< ${exclusiveMaximum}` : undefined,
  ].filter((part) => part !== undefined);
  return parts.length ? ` ${parts.join(' and ')}` : '';
}

/** The allowed values of a literal or a union of literals; undefined for anything else. */
function literalValues(schema: TSchema): unknown[] | undefined {
  if (KindGuard.IsLiteral(schema)) return [schema.const];
  if (!KindGuard.IsUnion(schema)) return undefined;
  const values = schema.anyOf.flatMap((v) => (KindGuard.IsLiteral(v) ? [v.const] : []));
  return values.length === schema.anyOf.length ? values : undefined;
}

function suggestion(schema: TSchema, value: unknown): string | undefined {
  const allowed = literalValues(schema)?.filter((v): v is string => typeof v === 'string');
  const near = typeof value === 'string' && allowed ? closestName(value, allowed) : undefined;
  return near ? `did you mean \`${near}\`?` : undefined;
}

/** Whether a value is of the kind a union branch describes, so that branch's errors explain it. */
function kindMatches(schema: TSchema, value: unknown): boolean {
  if (KindGuard.IsString(schema)) return typeof value === 'string';
  if (KindGuard.IsNumber(schema) || KindGuard.IsInteger(schema)) return typeof value === 'number';
  if (KindGuard.IsArray(schema)) return Array.isArray(value);
  if (KindGuard.IsObject(schema) || KindGuard.IsRecord(schema)) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
  return false;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

/** `gate.max_drop`, `messages.0.role`, or "the file" for the root. */
function describePath(path: DataPath): string {
  return path.length === 0 ? 'the file' : `\`${path.map((part) => shownInput(String(part))).join('.')}\``;
}

/** Longest piece of a file's text (a key, a name) a message quotes. */
const SHOWN_INPUT_CHARS = 80;

/**
 * A key or name from a file as an error message quotes it: at most SHOWN_INPUT_CHARS characters, and
 * line breaks and other control characters written as escapes. The files are pull request data: a
 * key of megabytes would otherwise be copied into the log, every report and the annotation, and a
 * line break in it would start a log line of the file's choosing.
 */
export function shownInput(text: string): string {
  const cut = text.length > SHOWN_INPUT_CHARS ? `${text.slice(0, SHOWN_INPUT_CHARS - 1)}…` : text;
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code === 0x0a ? '\\n' : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A JSON pointer (`/gate/max_drop`) as a path (`['gate', 'max_drop']`), list indices as numbers. */
export function pointerToPath(pointer: string): DataPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
