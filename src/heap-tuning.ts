/**
 * V8 heap settings for a process that makes thousands of model calls. Each call leaves ~150 KB of
 * short-lived garbage (mostly inside node:http and the openai SDK) while only a few KB per case stay
 * alive. With V8's defaults the young generation grows to 64 MB and the garbage promoted out of it
 * piles up in the old generation to several times the live heap before a full collection: ~195 MB
 * peak RSS at 2,000 calls with ~20 MB live. Capping the young generation near 8 MB and collecting
 * the old one at 1.5x what the last full collection kept brings that to ~145 MB, for ~7-10% more CPU.
 *
 * Both flags are read by V8 while the process runs, so they work when set from the entry point
 * (unlike --max-semi-space-size, fixed when the heap is created, which would need NODE_OPTIONS).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation may double up to this size, then stays there. */
const YOUNG_GENERATION_CAP_BYTES = 8 * 2 ** 20;

/**
 * The V8 major versions of Node 22 and 24, whose V8 has both flags. V8 answers an unknown flag with
 * an error line on stdout, which would corrupt machine-readable output, so a newer V8 runs untuned.
 */
const CHECKED_V8_MAJORS = new Set([12, 13]);

/** Tunes this process's heap when its V8 is one the flags were checked on; says whether it did. */
export function tuneHeapForManyCalls(v8Version: string = process.versions.v8): boolean {
  if (!CHECKED_V8_MAJORS.has(Number(v8Version.split('.')[0]))) return false;
  setFlagsFromString('--heap-growing-percent=50');
  // The young generation only grows during a collection: once one has taken it to the cap, growth
  // stops (a growth factor of 1).
  const observer = new PerformanceObserver(() => {
    if (youngGenerationBytes() < YOUNG_GENERATION_CAP_BYTES) return;
    setFlagsFromString('--semi-space-growth-factor=1');
    observer.disconnect();
  });
  observer.observe({ entryTypes: ['gc'] });
  return true;
}

export function youngGenerationBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}
