/** The one-line account of `repeat: auto` rounds that the comment, the HTML report and the terminal share. */
import { count, plural, usd } from './format.js';
import type { AdaptiveReport } from './types.js';

/** How the rounds ended, with the level the last one was tested at. */
function ending(stop: AdaptiveReport['stop'], round: number, alpha: string): string {
  if (stop === 'decided') return `decided in round ${round} at one-sided alpha ${alpha}`;
  const last = `round ${round} at one-sided alpha ${alpha}`;
  return stop === 'budget'
    ? `${last}; the next round would exceed max_cost_usd`
    : `still inconclusive at max_repeats (${last})`;
}

/**
 * "repeat: auto, 2 of 3 rounds (100 cases at 1 sample per side, then 18 uncertain cases at 3):
 * 272 calls, $0.0121; decided in round 2 at one-sided alpha 0.016"
 */
export function roundsSummary(adaptive: AdaptiveReport): string {
  const { rounds } = adaptive;
  const steps = rounds.map((r, i) =>
    i === 0
      ? `${plural(r.cases, 'case')} at ${plural(r.samplesPerCase, 'sample')} per side`
      : `${plural(r.cases, 'uncertain case')} at ${r.samplesPerCase}`,
  );
  const calls = rounds.reduce((sum, r) => sum + r.calls, 0);
  const cost = rounds.reduce((sum, r) => sum + r.costUsd, 0);
  const alpha = (rounds.at(-1)?.alpha ?? 0).toPrecision(2);
  return (
    `repeat: auto, ${rounds.length} of ${plural(adaptive.planned, 'round')} (${steps.join(', then ')}): ` +
    `${count(calls)} calls, ${usd(cost)}; ${ending(adaptive.stop, rounds.length, alpha)}`
  );
}
