import { UsageError } from './errors.js';

/** Parses `I/N` (1-based) as given to `--shard` or the `shard` input. */
export function parseShard(text: string): { index: number; total: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new UsageError(`shard must look like I/N with 1 <= I <= N (got \`${text}\`)`);
  }
  return { index, total };
}
