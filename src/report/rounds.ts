/** The one-line account of `repeat: auto` rounds that the comment, the HTML and the terminal share. */
import { count, plural, usd } from './format.js';
import type { AdaptiveReport } from './types.js';

const STOPPED: Record<AdaptiveReport['stop'], string> = {
  decided: 'decided',
  'max-repeats': 'still inconclusive at max_repeats',
  budget: 'stopped: the next round would exceed max_cost_usd',
};

/**
 * "repeat: auto, 2 of 3 rounds (100 cases at 1 sample per side, then 18 uncertain cases at 3):
 * 272 calls, $0.0121; decided at one-sided alpha 0.0157"
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
  const last = rounds.at(-1);
  const alpha = last ? ` at one-sided alpha ${last.alpha.toPrecision(2)}` : '';
  return (
    `repeat: auto, ${rounds.length} of ${plural(adaptive.planned, 'round')} (${steps.join(', then ')}): ` +
    `${count(calls)} calls, ${usd(cost)}; ${STOPPED[adaptive.stop]}${alpha}`
  );
}
