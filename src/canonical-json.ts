import { isRecord } from './core/is-record.js';

/**
 * JSON with object keys sorted (by UTF-16 code unit) and undefined members dropped, so equal values
 * always serialise alike: cache keys, and schema comparisons that ignore key order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) =>
    isRecord(member)
      ? Object.fromEntries(
          Object.keys(member)
            .sort()
            .map((key) => [key, member[key]]),
        )
      : member,
  );
}
