import type { SkippedWrite } from './port.js';

/**
 * A bound on the total time a run spends waiting for GitHub. Time counts only while a call is under
 * way (evaluating does not use it up); once spent, `signal` aborts every request in flight and every
 * later call is skipped at once, so a failing API can never hold the job.
 */
export class GitHubTimeBudget {
  private readonly controller = new AbortController();
  private spentMs = 0;
  private active = 0;
  private since = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly exhausted: Promise<SkippedWrite>;

  constructor(
    private readonly totalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.exhausted = new Promise((resolve) => {
      this.controller.signal.addEventListener('abort', () => resolve(this.skipped()));
    });
  }

  /** Aborted when the budget is spent. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Runs one GitHub call within the budget; a skipped write once it is spent. */
  async run<T>(call: () => Promise<T>): Promise<T | SkippedWrite> {
    if (this.controller.signal.aborted) return this.skipped();
    this.enter();
    try {
      return await Promise.race([call(), this.exhausted]);
    } finally {
      this.leave();
    }
  }

  private enter(): void {
    if (this.active++ > 0) return;
    this.since = this.now();
    this.timer = setTimeout(() => this.controller.abort(), Math.max(0, this.totalMs - this.spentMs));
  }

  private leave(): void {
    if (--this.active > 0) return;
    this.spentMs += this.now() - this.since;
    clearTimeout(this.timer);
  }

  private skipped(): SkippedWrite {
    return {
      action: 'skipped',
      reason: `GitHub did not answer within ${Math.round(this.totalMs / 1000)} s in total (outage or hung requests); gave up on it`,
    };
  }
}
