/** Small schema builders shared by the file schemas. */
import { Type } from '@sinclair/typebox';

/** One of the given strings (a union of literals); errors list them and suggest the closest. */
export const literals = <const T extends string>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v)));
