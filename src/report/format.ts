/** Number formatting shared by gate reasons and every renderer, so all outputs say the same thing. */
import { VERDICT_LABEL, type Verdict } from '../core/verdict.js';
import type { Interval, MetricDelta } from './types.js';

/** 0.9 -> "90.0%" */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** Percentage points of a fraction difference: 0.2 -> "20.0 pts"; signed: "+20.0 pts" / "-20.0 pts". */
export function points(fraction: number, signed = false): string {
  const value = (fraction * 100).toFixed(1);
  return `${signed ? sign(fraction, value) : value.replace(/^-/, '')} pts`;
}

/** A 0..1 score: 0.853 -> "0.85"; signed: "+0.12" / "-0.12". */
export function score(value: number, signed = false): string {
  const text = value.toFixed(2);
  return signed ? sign(value, text) : text;
}

/** A score interval: "-0.31 to -0.09". */
export function interval(ci: Interval): string {
  return `${score(ci.low)} to ${score(ci.high)}`;
}

/** "$0.0123" below a dollar, "$12.34" above. */
export function usd(value: number): string {
  return `$${value.toFixed(value >= 1 ? 2 : 4)}`;
}

/** 1234567 -> "1,234,567" */
export function count(value: number): string {
  // en-US grouping without Intl: the first toLocaleString of a process loads ICU data (tens of ms).
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 850 -> "850 ms", 1234 -> "1.2 s" */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** "1 prompt", "3 prompts" */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABEL[verdict];
}

/** Signs that round to zero print without a sign, so "-0.0" never appears. */
function sign(value: number, text: string): string {
  if (/^-?0(\.0+)?$/.test(text)) return text.replace(/^-/, '');
  return value > 0 ? `+${text}` : text;
}

/** A standard error, or "n/a" when fewer than 2 cases leave the spread unknown. */
export function stdErrText(stdErr: number, n: number): string {
  return n < 2 ? 'n/a' : score(stdErr);
}

/** A p-value as people read it, with its relation: "p = 0.031", "p = 0.0004", "p < 0.0001". */
export function pStatement(p: number): string {
  if (p < 0.0001) return 'p < 0.0001';
  return `p = ${p < 0.001 ? p.toFixed(4) : p.toFixed(3)}`;
}

/** The evidence of a paired change: "90% CI -0.30 to -0.12; 2 pass->fail, 0 fail->pass; p = 0.250" ("n/a" below 2 cases). */
export function changeEvidence(d: MetricDelta, arrow = '->'): string {
  if (d.n < 2) return 'n/a';
  return (
    `${Math.round(d.ciLevel * 100)}% CI ${interval(d.ci)}; ` +
    `${d.passToFail} pass${arrow}fail, ${d.failToPass} fail${arrow}pass; ${pStatement(d.flipPValue)}`
  );
}
