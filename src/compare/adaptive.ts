/**
 * `repeat: auto`: the decisions of adaptive sequential re-sampling (pure).
 *
 * Round 1 takes one sample per case on both sides. While the prompt's verdict is `inconclusive`,
 * the next round tops up only the uncertain cases (their samples disagree, within or across sides)
 * to 3, then 5, ... samples per side, up to `max_repeats`; every round is gated again.
 *
 * Validity: looking after every round would inflate false fails, so round k is tested at its own
 * share alpha_k of alpha, the increments of the Lan-DeMets O'Brien-Fleming-type spending function
 * over the planned rounds, combined by the union bound (sum alpha_k = alpha). The union bound needs
 * no model of how the looks correlate, which is what makes data-dependent re-sampling safe: whether
 * a case is re-sampled depends only on its own samples and is the same if its two sides are swapped,
 * so under "no change" each case's pass-fraction difference at every round stays symmetric about 0
 * and independent of the other cases, and the exact sign-flip test of round k holds its level alpha_k
 * whatever happened in other rounds. Conservative (correlation is left unused), and exact.
 */
import type { GatePolicy } from '../config/types.js';
import type { CaseReport } from '../report/types.js';
import { normalCdf, normalQuantile } from './distributions.js';

/** Samples per uncertain case after each round: 1, 3, 5, ... (odd, so a case's majority is never a tie), capped at `maxRepeats`. */
export function sampleSchedule(maxRepeats: number): number[] {
  const schedule = [1];
  for (let s = 3; schedule.at(-1)! < maxRepeats; s += 2) schedule.push(Math.min(s, maxRepeats));
  return schedule;
}

/**
 * One-sided alpha of round `round` (1-based) of `rounds`: alpha(t_k) - alpha(t_k-1) with
 * alpha(t) = 2 - 2 Phi(z_{1 - alpha/2} / sqrt(t)) and t_k = k / rounds. Early rounds get little
 * (they decide only overwhelming drops), the last round most.
 */
export function roundAlpha(alpha: number, round: number, rounds: number): number {
  // alpha(1) is alpha exactly (not through the approximations of Phi and its inverse).
  const spent = (t: number) =>
    t <= 0 ? 0 : t >= 1 ? alpha : 2 - 2 * normalCdf(normalQuantile(1 - alpha / 2) / Math.sqrt(t));
  return spent(round / rounds) - spent((round - 1) / rounds);
}

/** The policy of one round: every confidence (global and per metric) becomes 1 - its round alpha. */
export function roundPolicy(policy: GatePolicy, round: number, rounds: number): GatePolicy {
  const at = (confidence: number) => 1 - roundAlpha(1 - confidence, round, rounds);
  const metrics = Object.fromEntries(
    Object.entries(policy.metrics).map(([name, m]) => [
      name,
      m.confidence === undefined ? m : { ...m, confidence: at(m.confidence) },
    ]),
  );
  return { ...policy, confidence: at(policy.confidence), metrics };
}

/**
 * Ids of the cases whose outcome is uncertain: on some single metric their scored samples (both
 * sides together) do not all agree. Symmetric in the two sides, and a case's own samples decide.
 * Only cases both sides scored count: a case one side could not score is an error, not noise.
 */
export function uncertainCases(cases: CaseReport[], singleMetrics: string[]): string[] {
  return cases
    .filter((c) => {
      if (!c.baseline || !c.candidate) return false;
      const samples = [...c.baseline.samples, ...c.candidate.samples].filter((s) => s.error === undefined);
      return singleMetrics.some((m) => {
        const outcomes = new Set(samples.map((s) => s.metrics[m]?.outcome).filter((o) => o !== 'error'));
        outcomes.delete(undefined);
        return outcomes.size > 1;
      });
    })
    .map((c) => c.id);
}
