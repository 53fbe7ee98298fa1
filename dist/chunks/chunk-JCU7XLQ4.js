#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/lifecycle/murmur3.ts
var C1 = 3432918353;
var C2 = 461845907;
var encoder = new TextEncoder();
function murmur3(text, seed = 0) {
  const bytes = encoder.encode(text);
  const length = bytes.length;
  const blocks = length & ~3;
  let h = seed >>> 0;
  for (let i = 0; i < blocks; i += 4) {
    let k = bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16 | bytes[i + 3] << 24;
    k = Math.imul(k, C1);
    k = k << 15 | k >>> 17;
    k = Math.imul(k, C2);
    h ^= k;
    h = h << 13 | h >>> 19;
    h = Math.imul(h, 5) + 3864292196 | 0;
  }
  const tail = length & 3;
  if (tail > 0) {
    let k = 0;
    for (let j = tail - 1; j >= 0; j--) k = k << 8 | bytes[blocks + j];
    k = Math.imul(k, C1);
    k = k << 15 | k >>> 17;
    k = Math.imul(k, C2);
    h ^= k;
  }
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}

// src/lifecycle/fractional.ts
function fractionalVariant(flagKey, targetingKey, buckets) {
  const total = buckets.reduce((sum, [, weight]) => sum + Math.max(0, weight), 0);
  if (total <= 0) return void 0;
  const bucket = BigInt(murmur3(flagKey + targetingKey)) * BigInt(total) >> 32n;
  let cumulative = 0n;
  for (const [variant, weight] of buckets) {
    cumulative += BigInt(Math.max(0, weight));
    if (cumulative > bucket) return variant;
  }
  return void 0;
}

// src/lifecycle/cohorts.ts
function cohortsOf(prompt) {
  const rollout = prompt.rollout;
  if (!rollout) return { defaultVersion: prompt.version };
  return {
    defaultVersion: prompt.version,
    buckets: [
      [prompt.version, 100 - rollout.weight],
      [rollout.version, rollout.weight]
    ]
  };
}
function entryFor(flagKey, prompt, targetingKey) {
  const { buckets } = cohortsOf(prompt);
  if (!buckets || !prompt.rollout || !targetingKey) return prompt;
  const version = fractionalVariant(flagKey, targetingKey, buckets);
  return version === prompt.rollout.version ? prompt.rollout : prompt;
}

export {
  cohortsOf,
  entryFor
};
