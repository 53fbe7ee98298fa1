import { percentile } from '../compare/stats.js';
import type { CallPurpose, TokenUsage, UsageBucket, UsageTotals } from './types.js';

/** How one logical call ended. */
export type CallEnding = { ok: true; cached: boolean } | { ok: false };

/** What one answered request cost. */
export interface Charge {
  usage: TokenUsage;
  costUsd: number;
  latencyMs: number;
}

/**
 * Running totals of a run. Calls are counted per logical call; tokens, cost and latency per request
 * a provider answered, charged the moment it answers so the budget sees it before the next request.
 * A cache hit costs nothing now, and its replayed latency is not a measurement.
 */
export class UsageLedger {
  private readonly all = new Tally();
  private readonly judge = new Tally();
  private readonly unpriced = new Set<string>();
  private exhausted = false;

  record(purpose: CallPurpose, ending: CallEnding): void {
    this.all.count(ending);
    if (purpose === 'judge') this.judge.count(ending);
  }

  charge(purpose: CallPurpose, charge: Charge): void {
    this.all.charge(charge);
    if (purpose === 'judge') this.judge.charge(charge);
  }

  /** Money actually spent so far (uncached calls). */
  get spentUsd(): number {
    return this.all.costUsd;
  }

  markUnpriced(model: string): void {
    this.unpriced.add(model);
  }

  markBudgetExhausted(): void {
    this.exhausted = true;
  }

  totals(): UsageTotals {
    return {
      ...this.all.bucket(),
      judge: this.judge.bucket(),
      budgetExhausted: this.exhausted,
      ...(this.unpriced.size > 0 ? { unpricedModels: [...this.unpriced].sort() } : {}),
    };
  }
}

class Tally {
  private calls = 0;
  private cachedCalls = 0;
  private errors = 0;
  private inputTokens = 0;
  private outputTokens = 0;
  costUsd = 0;
  private readonly latencies: number[] = [];

  count(ending: CallEnding): void {
    this.calls++;
    if (!ending.ok) this.errors++;
    else if (ending.cached) this.cachedCalls++;
  }

  charge({ usage, costUsd, latencyMs }: Charge): void {
    this.inputTokens += usage.inputTokens;
    this.outputTokens += usage.outputTokens;
    this.costUsd += costUsd;
    this.latencies.push(latencyMs);
  }

  bucket(): UsageBucket {
    return {
      calls: this.calls,
      cachedCalls: this.cachedCalls,
      errors: this.errors,
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      costUsd: this.costUsd,
      latencyMs: { p50: percentile(this.latencies, 0.5), p95: percentile(this.latencies, 0.95) },
    };
  }
}

/** Usage of a run that made no call (error reports, test builders). */
export function emptyUsageTotals(): UsageTotals {
  return new UsageLedger().totals();
}
