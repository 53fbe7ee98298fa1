/** Facts every renderer derives from a report the same way (plain text; each renderer escapes). */
import { sidePassRate } from '../compare/cases.js';
import { percent, plural } from './format.js';
import type { CaseReport, CaseSideReport, PromptReport, Report } from './types.js';

/** The one-line "why" after the verdict: counts, then the first reason of the worst kind. */
export function headline(report: Report): string {
  const n = report.prompts.length;
  if (report.verdict === 'pass') {
    if (n === 0) return report.reasons[0] ?? 'nothing to evaluate';
    return report.mode === 'eval'
      ? `${plural(n, 'prompt')} ${n === 1 ? 'meets its threshold' : 'meet their thresholds'}`
      : `${plural(n, 'prompt')} evaluated, no regression`;
  }
  const failed = report.prompts.filter((p) => p.verdict === 'fail');
  const errored = report.prompts.filter((p) => p.verdict === 'error');
  const counts = [
    ...(failed.length > 0 ? [`${failed.length} of ${plural(n, 'prompt')} failed the gate`] : []),
    ...(errored.length > 0 ? [`${errored.length} of ${plural(n, 'prompt')} had errors`] : []),
  ].join(', ');
  const why = errored[0]
    ? errorWhy(errored[0])
    : failed[0]
      ? `${failed[0].id}: ${failed[0].reasons[0] ?? 'failed'}`
      : report.reasons[0];
  if (!counts) return why ?? report.verdict;
  return why ? `${counts}; ${why}` : counts;
}

function errorWhy(prompt: PromptReport): string {
  const first = errorMessages(prompt)[0];
  return `${prompt.id}: ${plural(prompt.errors, 'error')}${first ? ` (e.g. ${first.message})` : ''}`;
}

/**
 * Reasons that belong to the run rather than to one prompt (budget, nothing to evaluate, a crash):
 * neither prefixed with a prompt's id nor one of a prompt's own reasons.
 */
export function runReasons(report: Report): string[] {
  return report.reasons.filter(
    (r) => !report.prompts.some((p) => r.startsWith(`${p.id}: `) || p.reasons.includes(r)),
  );
}

/** True when the prompt was compared against a baseline (not eval mode, not added). */
export function hasBaseline(prompt: PromptReport): boolean {
  return prompt.usage.baseline !== undefined;
}

/** "90.0%" or "100.0% -> 80.0%" over cases (the rate the threshold applies to). */
export function passRateChange(prompt: PromptReport, arrow = '->'): string {
  const before = sidePassRate(prompt.cases, 'baseline');
  const after = sidePassRate(prompt.cases, 'candidate');
  const text = (r: typeof after) => (r ? percent(r.rate) : 'n/a');
  if (prompt.status === 'removed') return text(before);
  return hasBaseline(prompt) ? `${text(before)} ${arrow} ${text(after)}` : text(after);
}

export function firstOutput(side: CaseSideReport | undefined): string | undefined {
  return side?.samples.find((s) => s.output !== undefined)?.output;
}

/** Why a side of a case did not pass: each failing or erroring metric once, and call errors. */
export function caseProblems(side: CaseSideReport | undefined): string[] {
  const problems = new Map<string, string>();
  for (const s of side?.samples ?? []) {
    if (s.error !== undefined && !problems.has('\u0000error'))
      problems.set('\u0000error', `error: ${s.error}`);
    for (const [name, result] of Object.entries(s.metrics)) {
      if (result.outcome !== 'pass' && !problems.has(name)) {
        problems.set(name, `${name}${result.outcome === 'error' ? ' (error)' : ''}: ${result.reason}`);
      }
    }
  }
  return [...problems.values()];
}

/** Flipped cases in compare mode (regressions first), failing or erroring cases without a baseline. */
export function notableCases(prompt: PromptReport): CaseReport[] {
  if (!hasBaseline(prompt)) return prompt.cases.filter((c) => c.candidate && c.candidate.outcome !== 'pass');
  return [
    ...prompt.cases.filter((c) => c.flip === 'pass->fail'),
    ...prompt.cases.filter((c) => c.candidate?.outcome === 'error'),
    ...prompt.cases.filter((c) => c.flip === 'fail->pass'),
  ];
}

/** The samples' error messages, deduplicated with counts. */
export function errorMessages(prompt: PromptReport): { message: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of prompt.cases) {
    for (const side of [c.baseline, c.candidate]) {
      for (const s of side?.samples ?? []) {
        const messages = [
          ...(s.error !== undefined ? [s.error] : []),
          ...Object.entries(s.metrics).flatMap(([name, r]) =>
            r.outcome === 'error' ? [`${name}: ${r.reason}`] : [],
          ),
        ];
        for (const m of messages) counts.set(m, (counts.get(m) ?? 0) + 1);
      }
    }
    for (const [name, r] of Object.entries(c.pairwise ?? {})) {
      if (r.outcome === 'error')
        counts.set(`${name}: ${r.reason}`, (counts.get(`${name}: ${r.reason}`) ?? 0) + 1);
    }
  }
  return [...counts.entries()].map(([message, count]) => ({ message, count }));
}
