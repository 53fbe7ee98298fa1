import { closestName } from '../../validation/suggest.js';
import { shownInput } from '../../validation/messages.js';

/** A `.prompt.yml` mapping split into the keys gh reads and the ones it ignores. */
export interface SplitKeys {
  known: Record<string, unknown>;
  ignored: string[];
}

/**
 * gh decodes evaluators into Go structs, so a key it does not know is ignored, never an error.
 * The ignored keys are kept to explain a mistake when the known ones are not enough.
 */
export function splitKeys(raw: Record<string, unknown>, known: readonly string[]): SplitKeys {
  const entries = Object.entries(raw);
  return {
    known: Object.fromEntries(entries.filter(([key]) => known.includes(key))),
    ignored: entries.map(([key]) => key).filter((key) => !known.includes(key)),
  };
}

/** Hint naming the ignored keys (with the closest known key), prepended to `fallback`. */
export function ignoredKeysHint(
  ignored: readonly string[],
  known: readonly string[],
  fallback: string,
): string {
  const notes = ignored.map((key) => {
    const near = closestName(key, known);
    return `\`${shownInput(key)}\` is not a key gh reads${near ? ` (did you mean \`${near}\`?)` : ''}`;
  });
  return [...notes, fallback].join('; ');
}
