import { percentileOfSorted } from '../compare/stats.js';
import type { ChatRequest, TokenUsage } from './types.js';

/**
 * `max_cost_usd` kept with calls in flight: each request reserves what it may cost before it is
 * issued and settles to what it did cost when it answers. A request whose reservation would carry
 * spent + reserved past the budget waits for calls in flight to settle; it is refused only once the
 * budget is spent. Alone (nothing in flight) a request may go while money remains, so a run always
 * progresses: spending ends at most one call past the budget.
 */
export class CostBudget {
  private reservedUsd = 0;
  private inFlight = 0;
  private settled: (() => void)[] = [];

  constructor(
    private readonly maxUsd: number | undefined,
    private readonly spentUsd: () => number,
  ) {}

  /**
   * A hold on what `estimate` says (after waiting, if need be), or undefined once the budget is spent.
   * Without a budget nothing is estimated: a run without `max_cost_usd` pays nothing per request.
   */
  async reserve(estimate: () => number): Promise<{ release: () => void } | undefined> {
    if (this.maxUsd === undefined) return NO_HOLD;
    const estimateUsd = estimate();
    for (;;) {
      const spent = this.spentUsd();
      if (spent >= this.maxUsd) return undefined;
      const fits = spent + this.reservedUsd + estimateUsd <= this.maxUsd;
      if (fits || this.inFlight === 0) return this.hold(estimateUsd);
      await new Promise<void>((resolve) => this.settled.push(resolve));
    }
  }

  private hold(estimateUsd: number): { release: () => void } {
    this.reservedUsd += estimateUsd;
    this.inFlight++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.reservedUsd -= estimateUsd;
        this.inFlight--;
        for (const wake of this.settled.splice(0)) wake();
      },
    };
  }
}

const NO_HOLD = { release: () => undefined };

/** Before ten answers are seen, a request without max_tokens is assumed to answer this long. */
const DEFAULT_OUTPUT_TOKENS = 4_096;
const SEEN_ENOUGH = 10;

/**
 * The usage a request may have, for its reservation: its input (about four characters per token),
 * and its `max_tokens`, else the 95th percentile of the model's answers so far.
 */
export class UsageEstimator {
  /** Each model's answer lengths in ascending order, so the percentile is a lookup, not a sort per request. */
  private readonly outputs = new Map<string, number[]>();

  observe(model: string, usage: TokenUsage): void {
    let seen = this.outputs.get(model);
    if (!seen) this.outputs.set(model, (seen = []));
    seen.splice(insertionIndex(seen, usage.outputTokens), 0, usage.outputTokens);
  }

  estimate(model: string, request: ChatRequest): TokenUsage {
    const inputChars = request.messages.reduce((sum, m) => sum + m.content.length, 0);
    const seen = this.outputs.get(model) ?? [];
    const outputTokens =
      request.maxTokens ??
      (seen.length >= SEEN_ENOUGH ? percentileOfSorted(seen, 0.95) : DEFAULT_OUTPUT_TOKENS);
    return { inputTokens: Math.ceil(inputChars / 4), outputTokens };
  }
}

/** The first index of ascending `sorted` whose value exceeds `value` (binary search). */
function insertionIndex(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
