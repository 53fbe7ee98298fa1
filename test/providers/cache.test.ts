import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKey, createDiskCache, STALE_TEMP_MS, type CacheKeyParts } from '../../src/providers/cache.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'promptgate-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const parts = (extra: Partial<CacheKeyParts> = {}): CacheKeyParts => ({
  providerType: 'openai',
  baseUrl: 'https://api.openai.com/v1',
  request: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], temperature: 0 },
  sample: 0,
  ...extra,
});
const entry = { text: 'hello', usage: { inputTokens: 3, outputTokens: 1 }, latencyMs: 120 };

async function files(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('cacheKey', () => {
  it('ignores key order and undefined members but changes with anything that can change the answer', () => {
    const base = cacheKey(parts());
    const reordered = cacheKey({
      sample: 0,
      request: {
        temperature: 0,
        messages: [{ content: 'hi', role: 'user' }],
        model: 'gpt-4o-mini',
        topP: undefined,
      },
      baseUrl: 'https://api.openai.com/v1',
      providerType: 'openai',
    });
    expect(reordered).toBe(base);
    expect(cacheKey(parts({ sample: 1 }))).not.toBe(base);
    expect(cacheKey(parts({ baseUrl: 'http://127.0.0.1:1/v1' }))).not.toBe(base);
    expect(cacheKey(parts({ providerType: 'github' }))).not.toBe(base);
    const other = parts();
    other.request.responseFormat = { type: 'json_object' };
    expect(cacheKey(other)).not.toBe(base);
  });
});

describe('createDiskCache', () => {
  it('round-trips an entry through a sharded file and leaves no temp files', async () => {
    const cache = createDiskCache(dir, 'readwrite');
    const key = cacheKey(parts());
    await cache.put(key, entry);

    expect(await cache.get(key)).toEqual(entry);
    expect(await files(dir)).toEqual([join(dir, key.slice(0, 2), `${key}.json`)]);
  });

  it('never trusts a truncated, foreign or mistyped entry, and overwrites it', async () => {
    const cache = createDiskCache(dir, 'readwrite');
    const key = cacheKey(parts());
    await cache.put(key, entry);
    const [file] = await files(dir);
    if (!file) throw new Error('no cache file written');
    const full = await readFile(file, 'utf8');

    await writeFile(file, full.slice(0, full.length / 2));
    expect(await cache.get(key)).toBeUndefined();
    await writeFile(file, full.replace(key, cacheKey(parts({ sample: 9 }))));
    expect(await cache.get(key)).toBeUndefined();
    await writeFile(file, full.replace('"text":"hello"', '"text":42'));
    expect(await cache.get(key)).toBeUndefined();

    await cache.put(key, { ...entry, text: 'fresh' });
    expect((await cache.get(key))?.text).toBe('fresh');
  });

  it('read mode serves hits but writes nothing; off mode does neither', async () => {
    const key = cacheKey(parts());
    await createDiskCache(dir, 'readwrite').put(key, entry);
    const readOnly = createDiskCache(dir, 'read');
    expect(await readOnly.get(key)).toEqual(entry);

    const otherKey = cacheKey(parts({ sample: 2 }));
    await readOnly.put(otherKey, entry);
    await createDiskCache(dir, 'off').put(otherKey, entry);
    expect(await files(dir)).toHaveLength(1);
    expect(await createDiskCache(dir, 'off').get(key)).toBeUndefined();
  });

  it('removes temporary files a killed run left, before its first write, and never a live one', async () => {
    const now = Date.now();
    const key = cacheKey(parts());
    const shard = join(dir, 'ab');
    await mkdir(shard, { recursive: true });
    const stale = join(shard, `${'ab'.padEnd(64, '0')}.json.4242.0123456789ab.tmp`);
    const live = join(shard, `${'ab'.padEnd(64, '1')}.json.4243.0123456789ab.tmp`);
    const foreign = join(shard, 'notes.tmp');
    for (const path of [stale, live, foreign]) await writeFile(path, '{"format":1');
    const old = new Date(now - STALE_TEMP_MS - 60_000);
    await utimes(stale, old, old);
    await utimes(foreign, old, old);

    const cache = createDiskCache(dir, 'readwrite', { now: () => now });
    await cache.get(key);
    expect(await files(dir)).toHaveLength(3);
    await cache.put(key, entry);
    expect((await files(dir)).sort()).toEqual(
      [join(dir, key.slice(0, 2), `${key}.json`), live, foreign].sort(),
    );
  });
});
