/**
 * Orders strings by UTF-16 code units, the same on every machine. `localeCompare` depends on the
 * runtime's locale and ICU data, so orders that feed fingerprints, shards or reports must not use it.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
