/**
 * flagd's `fractional` bucketing: the bucket of a targeting key is
 * floor(murmur3(flagKey + targetingKey) * totalWeight / 2^32), and the first variant whose cumulative
 * weight exceeds it wins. Weights are relative integers. The exporter and the resolver share this, so
 * an application gets the same cohort from flagd and from the lock file.
 */
import { murmur3 } from './murmur3.js';

export type Bucket = readonly [variant: string, weight: number];

export function fractionalVariant(
  flagKey: string,
  targetingKey: string,
  buckets: readonly Bucket[],
): string | undefined {
  const total = buckets.reduce((sum, [, weight]) => sum + Math.max(0, weight), 0);
  if (total <= 0) return undefined;
  // hash * total < 2^32 * 2^31: exact in BigInt, not in a double.
  const bucket = (BigInt(murmur3(flagKey + targetingKey)) * BigInt(total)) >> 32n;
  let cumulative = 0n;
  for (const [variant, weight] of buckets) {
    cumulative += BigInt(Math.max(0, weight));
    if (cumulative > bucket) return variant;
  }
  return undefined;
}
