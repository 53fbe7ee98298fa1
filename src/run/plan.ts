import { createHash } from 'node:crypto';
import type { SourceLocation } from '../errors.js';
import type { PromptFile } from '../prompts/types.js';
import type { ChangeStatus } from '../report/types.js';
import type { MetricSpec, Suite } from '../suites/types.js';
import { compareText } from '../core/order.js';

/** One case as it will run: the suite's metrics plus the case's own, with the judge it uses. */
export interface PlannedCase {
  /** Unique within the prompt: the case id, prefixed by the suite name when a prompt has several suites. */
  id: string;
  vars: Record<string, unknown>;
  expected?: unknown;
  metrics: MetricSpec[];
  repeat: number;
  judgeModel?: string;
  /** Where the case is written, for error messages. */
  location: SourceLocation;
}

/** What to evaluate for one prompt: the same cases on the baseline and the candidate. */
export interface PromptPlan {
  id: string;
  path: string;
  previousPath?: string;
  status: ChangeStatus;
  baseline?: PromptFile;
  candidate?: PromptFile;
  /** Why the baseline could not be loaded (e.g. its file was malformed at base); its cases become errors. */
  baselineError?: string;
  cases: PlannedCase[];
  /** Every metric of the prompt in display order (first appearance), by name. */
  metrics: MetricSpec[];
  /** The strictest threshold of its suites. */
  threshold: number;
  /** The baseline had eval cases and the candidate has none: the change would escape the gate. */
  casesRemoved?: boolean;
}

export type PlanInput = Pick<
  PromptPlan,
  'id' | 'path' | 'previousPath' | 'status' | 'baseline' | 'candidate' | 'baselineError' | 'casesRemoved'
> & { suites: Suite[] };

/** Builds a prompt's plan (pure and deterministic: same input, same plan, same order). */
export function planPrompt(input: PlanInput): PromptPlan {
  const multi = input.suites.length > 1;
  const cases = input.suites.flatMap((suite) =>
    suite.cases.map((c): PlannedCase => ({
      id: multi ? `${suite.name}/${c.id}` : c.id,
      vars: c.vars,
      expected: c.expected,
      metrics: [...suite.metrics, ...c.metrics],
      repeat: suite.repeat,
      judgeModel: suite.judgeModel,
      location: c.location,
    })),
  );
  const metrics = new Map<string, MetricSpec>();
  for (const c of cases) for (const m of c.metrics) if (!metrics.has(m.name)) metrics.set(m.name, m);
  return {
    id: input.id,
    path: input.path,
    previousPath: input.previousPath,
    status: input.status,
    baseline: input.baseline,
    candidate: input.candidate,
    baselineError: input.baselineError,
    cases,
    metrics: [...metrics.values()],
    threshold: input.suites.length ? Math.max(...input.suites.map((s) => s.threshold)) : 1,
    ...(input.casesRemoved && cases.length === 0 ? { casesRemoved: true } : {}),
  };
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
  const chosen: PromptPlan[] = [];
  const ordered = [...plans].sort(
    (a, b) => planWeight(b) - planWeight(a) || compareText(stableKey(a), stableKey(b)),
  );
  for (const plan of ordered) {
    let target = 0;
    for (let i = 1; i < total; i++) if ((loads[i] ?? 0) < (loads[target] ?? 0)) target = i;
    loads[target] = (loads[target] ?? 0) + planWeight(plan);
    if (target === index - 1) chosen.push(plan);
  }
  return plans.filter((p) => chosen.includes(p));
}

function stableKey(plan: PromptPlan): string {
  return createHash('sha256').update(plan.id).digest('hex');
}
