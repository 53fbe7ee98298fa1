/** Compiled checks, for large documents: a report read back has thousands of cases. */
import type { Static, TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { registerFormats } from './formats.js';

const checks = new WeakMap<TSchema, TypeCheck<TSchema>>();

/**
 * Compiles once per process on first use (tens of milliseconds), after which a check runs several
 * times faster than the interpreter `isValid` uses. Not worth it for a config or prompt file.
 */
export function isValidCompiled<T extends TSchema>(schema: T, data: unknown): data is Static<T> {
  let check = checks.get(schema);
  if (!check) {
    registerFormats();
    check = TypeCompiler.Compile(schema);
    checks.set(schema, check);
  }
  return check.Check(data);
}
