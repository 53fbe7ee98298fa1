import { createHash } from 'node:crypto';
import { compareText } from '../core/order.js';
import { UsageError } from '../errors.js';
import type { PromptPlan } from './plan.js';

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

/** Model calls a plan costs (both sides, every sample): the weight used to balance shards. */
export function planWeight(plan: PromptPlan): number {
  const sides = (plan.baseline ? 1 : 0) + (plan.candidate ? 1 : 0);
  return plan.cases.reduce((sum, c) => sum + c.repeat * sides, 0);
}

/**
 * Splits plans into `total` shards and returns shard `index` (1-based). Whole prompts go to one
 * shard, so each shard's report holds complete comparisons that `merge` can simply combine.
 * Assignment is greedy by weight over a stable order, so every runner computes the same split.
 */
export function selectShard(plans: PromptPlan[], index: number, total: number): PromptPlan[] {
  const loads = new Array<number>(total).fill(0);
  const chosen = new Set<PromptPlan>();
  const weighed = plans.map((plan) => ({ plan, weight: planWeight(plan), key: stableKey(plan) }));
  weighed.sort((a, b) => b.weight - a.weight || compareText(a.key, b.key));
  for (const { plan, weight } of weighed) {
    let target = 0;
    for (let i = 1; i < total; i++) if ((loads[i] ?? 0) < (loads[target] ?? 0)) target = i;
    loads[target] = (loads[target] ?? 0) + weight;
    if (target === index - 1) chosen.add(plan);
  }
  return plans.filter((p) => chosen.has(p));
}

function stableKey(plan: PromptPlan): string {
  return createHash('sha256').update(plan.id).digest('hex');
}
