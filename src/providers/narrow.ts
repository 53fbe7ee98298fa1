/** Narrowing for provider replies, which arrive as `unknown` from the wire. */

/** A token count, or 0 when the server sent none or nonsense. */
export function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}
