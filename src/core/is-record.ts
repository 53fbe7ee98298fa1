/** Narrowing helper for parsed data (JSON, YAML, API bodies): a plain object, not an array or null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
