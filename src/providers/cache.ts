import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { canonicalJson } from '../canonical-json.js';
import type { CacheMode } from '../config/types.js';
import { isRecord } from '../core/is-record.js';
import { count } from './narrow.js';
import type { ChatRequest, ProviderType, TokenUsage } from './types.js';

/** Bumped when the key recipe or the entry format changes, so old entries are simply never found. */
const FORMAT = 1;

/** What is kept of a successful response. Cost is recomputed on read, so price changes apply. */
export interface CachedResponse {
  text: string;
  usage: TokenUsage;
  /** How long the original call took; replayed so latency metrics give the same verdict from cache. */
  latencyMs: number;
}

export interface CacheKeyParts {
  providerType: ProviderType;
  baseUrl: string;
  request: ChatRequest;
  sample: number;
}

/** sha256 of canonical JSON of everything that can change the answer. */
export function cacheKey(parts: CacheKeyParts): string {
  return createHash('sha256')
    .update(canonicalJson({ format: FORMAT, ...parts }))
    .digest('hex');
}

export interface ResponseCache {
  get(key: string): Promise<CachedResponse | undefined>;
  /** Never throws: a cache that cannot be written only costs a repeat call later. */
  put(key: string, response: CachedResponse): Promise<void>;
}

/**
 * A content-addressed cache on disk: `<dir>/<first 2 hex>/<key>.json`. `read` mode never writes;
 * `off` neither reads nor writes.
 */
export function createDiskCache(
  dir: string,
  mode: CacheMode,
  options: { now?: () => number } = {},
): ResponseCache {
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  // Once per run, before its first write: what killed runs left behind goes.
  let swept: Promise<void> | undefined;
  return {
    get(key) {
      if (mode === 'off') return Promise.resolve(undefined);
      let text: string;
      try {
        // Entries are small local files: one synchronous read is several times cheaper than the
        // promise API's open/stat/read/close round trips (a tenth of a fully cached re-run's CPU).
        text = readFileSync(fileOf(key), 'utf8');
      } catch {
        return Promise.resolve(undefined);
      }
      return Promise.resolve(parseEntry(text, key));
    },
    async put(key, response) {
      if (mode !== 'readwrite') return;
      swept ??= removeStaleTemps(dir, options.now?.() ?? Date.now());
      await swept;
      const file = fileOf(key);
      // Same directory as the target, so the rename is atomic: readers see the old file or the whole new one.
      const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(temp, JSON.stringify({ format: FORMAT, key, ...response }), 'utf8');
        await rename(temp, file);
      } catch {
        await rm(temp, { force: true }).catch(() => undefined);
      }
    },
  };
}

/**
 * A live temporary file exists for the milliseconds between its write and its rename; one this old
 * was left by a killed run (any process, this one or another sharing the cache).
 */
export const STALE_TEMP_MS = 10 * 60_000;

const TEMP_FILE = /\.json\.\d+\.[0-9a-f]{12}\.tmp$/;

/** Removes the cache's temporary files older than STALE_TEMP_MS; never fails (a sweep is housekeeping). */
async function removeStaleTemps(dir: string, now: number): Promise<void> {
  const shards = await readdir(dir).catch(() => []);
  await Promise.all(
    shards
      .filter((shard) => /^[0-9a-f]{2}$/.test(shard))
      .map(async (shard) => {
        const entries = await readdir(join(dir, shard)).catch(() => []);
        await Promise.all(
          entries
            .filter((entry) => TEMP_FILE.test(entry))
            .map(async (entry) => {
              const path = join(dir, shard, entry);
              const modified = await stat(path).then(
                (s) => s.mtimeMs,
                () => now,
              );
              if (now - modified > STALE_TEMP_MS) await rm(path, { force: true }).catch(() => undefined);
            }),
        );
      }),
  );
}

/** A truncated, hand-edited or foreign file is a miss, never a trusted answer. */
function parseEntry(text: string, key: string): CachedResponse | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(entry) || entry.format !== FORMAT || entry.key !== key) return undefined;
  const { text: reply, usage, latencyMs } = entry;
  if (typeof reply !== 'string' || !isRecord(usage) || typeof latencyMs !== 'number') return undefined;
  if (typeof usage.inputTokens !== 'number' || typeof usage.outputTokens !== 'number') return undefined;
  return {
    text: reply,
    usage: { inputTokens: count(usage.inputTokens), outputTokens: count(usage.outputTokens) },
    latencyMs: Math.max(0, latencyMs),
  };
}
