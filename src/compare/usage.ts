/** Calls, tokens, cost and latency of one side of a prompt, from its samples. */
import type { SideUsage } from '../report/types.js';
import type { SampleResult } from '../run/types.js';
import { percentile } from './stats.js';

/**
 * A sample made a call when it has an output, or when it failed after time was spent on a request
 * (render failures never reach the model and take no time).
 */
function madeCall(sample: SampleResult): boolean {
  return sample.output !== undefined || sample.latencyMs > 0;
}

export function sideUsage(samples: SampleResult[]): SideUsage {
  const calls = samples.filter(madeCall);
  // Cached replies take ~0 ms and would make the model look faster than it is.
  const latencies = calls.filter((s) => !s.cached).map((s) => s.latencyMs);
  return {
    calls: calls.length,
    cachedCalls: calls.filter((s) => s.cached).length,
    inputTokens: sumOf(samples, (s) => s.usage.inputTokens),
    outputTokens: sumOf(samples, (s) => s.usage.outputTokens),
    costUsd: sumOf(samples, (s) => s.costUsd),
    latencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) },
  };
}

function sumOf(samples: SampleResult[], pick: (s: SampleResult) => number): number {
  return samples.reduce((acc, s) => acc + pick(s), 0);
}
