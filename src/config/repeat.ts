/** `repeat` and `max_repeats`, written the same way in a suite and in promptgate.yaml. */
import { ConfigError, type SourceLocation } from '../errors.js';
import type { SampleRepeat } from './types.js';

export interface RawRepeat {
  repeat?: number | 'auto';
  max_repeats?: number;
}

/** Enough for three rounds (1, 3, 5 samples per uncertain case). */
export const DEFAULT_MAX_REPEATS = 5;

/** What `repeat` asks for; undefined when neither key is written. */
export function sampleRepeat(
  raw: RawRepeat,
  locate: (path: string[]) => SourceLocation,
): SampleRepeat | undefined {
  if (raw.repeat === 'auto') return { repeat: 1, maxRepeats: raw.max_repeats ?? DEFAULT_MAX_REPEATS };
  if (raw.max_repeats !== undefined)
    throw new ConfigError(
      '`max_repeats` applies only with `repeat: auto`',
      locate(['max_repeats']),
      'set `repeat: auto`, or remove `max_repeats`',
    );
  return raw.repeat === undefined ? undefined : { repeat: raw.repeat };
}
