/** Facts every renderer derives from a report the same way (plain text; each renderer escapes). */
import { sidePassRate } from '../compare/cases.js';
import { percent, plural, points, score } from './format.js';
import { reasonLine, type Reason } from '../core/reason.js';
import { verdictSeverity } from '../core/verdict.js';
import type { CaseReport, CaseSideReport, MetricReport, PromptReport, Report } from './types.js';

/**
 * The one-line "why" after the verdict: what regressed and by how much (the worst prompt), else
 * the first reason of the worst kind.
 */
export function headline(report: Report): string {
  const n = report.prompts.length;
  if (report.verdict === 'pass') {
    if (n === 0) return report.reasons[0]?.message ?? 'nothing to evaluate';
    return report.mode === 'eval'
      ? `${plural(n, 'prompt')} ${n === 1 ? 'meets its threshold' : 'meet their thresholds'}`
      : `${plural(n, 'prompt')} evaluated, no regression`;
  }
  const failed = report.prompts.filter((p) => p.verdict === 'fail');
  const errored = report.prompts.filter((p) => p.verdict === 'error');
  const regressions = failed.flatMap((p) => {
    const r = regressionOf(p);
    return r ? [{ prompt: p, regression: r }] : [];
  });
  const worst = regressions.reduce<(typeof regressions)[number] | undefined>(
    (a, b) => (a === undefined || b.regression.size > a.regression.size ? b : a),
    undefined,
  );
  if (failed.length === 1 && errored.length === 0 && worst) {
    return `\`${worst.prompt.id}\` regressed: ${worst.regression.text}`;
  }
  const allRegressed = regressions.length === failed.length;
  const inconclusive = report.prompts.filter((p) => p.verdict === 'inconclusive');
  const shown = failed[0] ?? inconclusive[0];
  const whyPrompt = worst?.prompt ?? errored[0] ?? shown;
  const why = worst
    ? `${failed.length > 1 ? 'worst ' : ''}\`${worst.prompt.id}\`: ${worst.regression.text}`
    : errored[0]
      ? errorWhy(errored[0])
      : shown
        ? `\`${shown.id}\`: ${shown.reasons[0]?.message ?? shown.verdict}`
        : report.reasons[0] && reasonLine(report.reasons[0]);
  // A few prompts are named, so the headline says which ones errored or cannot tell, not only how many.
  const named = (group: PromptReport[]) =>
    group.length <= MAX_NAMED && !(group.length === 1 && group[0] === whyPrompt)
      ? ` (${group.map((p) => `\`${p.id}\``).join(', ')})`
      : '';
  const counts = [
    ...(failed.length > 0
      ? [
          `${failed.length} of ${plural(n, 'prompt')} ${allRegressed ? 'regressed' : 'failed the gate'}${named(failed)}`,
        ]
      : []),
    ...(errored.length > 0
      ? [`${errored.length} of ${plural(n, 'prompt')} had errors${named(errored)}`]
      : []),
    ...(inconclusive.length > 0
      ? [`${inconclusive.length} of ${plural(n, 'prompt')} inconclusive${named(inconclusive)}`]
      : []),
  ].join(', ');
  if (!counts) return why ?? report.verdict;
  return why ? `${counts}; ${why}` : counts;
}

/** Groups of at most this many prompts are named in the headline. */
const MAX_NAMED = 3;

/** How a compared prompt got worse, in one line (plain text with code spans). */
export interface Regression {
  /** e.g. "pass rate 100.0% → 0.0% (-100.0 pts; 20 of 20 cases pass → fail on `tone`)" */
  text: string;
  /** How much worse, for ranking prompts: the drop of the case pass rate, else of a score. */
  size: number;
  /** Whether the case pass rate fell (else a score or a pairwise judgement did). */
  passRateFell: boolean;
  /** The metrics the drop shows in; their gate reasons describe the same cause. */
  metrics: string[];
}

/** Worst first, as the PR comment and the HTML summary list them: failing prompts first, the most regressed first; the rest keep their order. */
export function rankPrompts(prompts: PromptReport[]): PromptReport[] {
  const size = new Map(prompts.map((p) => [p, regressionOf(p)?.size ?? 0]));
  return [...prompts].sort(
    (a, b) =>
      verdictSeverity(b.verdict) - verdictSeverity(a.verdict) || (size.get(b) ?? 0) - (size.get(a) ?? 0),
  );
}

/** What regressed between baseline and candidate, or undefined when nothing got worse. */
export function regressionOf(prompt: PromptReport): Regression | undefined {
  if (!hasBaseline(prompt) || prompt.status === 'removed') return undefined;
  const dropped = prompt.metrics.filter(
    (m) =>
      m.status !== 'pass' &&
      ((m.delta !== undefined && m.delta.n > 0 && (m.delta.passRate < 0 || m.delta.meanScore < 0)) ||
        (m.pairwise !== undefined && m.pairwise.lossRate > m.pairwise.winRate)),
  );
  const metrics = dropped.map((m) => m.name);
  const on = metrics.length > 0 ? ` on ${metrics.map((m) => `\`${m}\``).join(', ')}` : '';
  const before = sidePassRate(prompt.cases, 'baseline');
  const after = sidePassRate(prompt.cases, 'candidate');
  if (before && after && after.rate < before.rate) {
    const flips = prompt.cases.filter((c) => c.flip === 'pass->fail').length;
    return {
      text:
        `pass rate ${percent(before.rate)} → ${percent(after.rate)} (${points(after.rate - before.rate, true)}; ` +
        `${flips} of ${plural(prompt.cases.length, 'case')} pass → fail${on})`,
      size: before.rate - after.rate,
      passRateFell: true,
      metrics,
    };
  }
  const worst = dropped.reduce<MetricReport | undefined>(
    (a, b) => (a === undefined || metricDrop(b) > metricDrop(a) ? b : a),
    undefined,
  );
  if (!worst) return undefined;
  if (worst.pairwise) {
    const p = worst.pairwise;
    return {
      text: `\`${worst.name}\` judged worse: ${p.wins} wins, ${p.ties} ties, ${p.losses} losses`,
      size: p.lossRate - p.winRate,
      passRateFell: false,
      metrics,
    };
  }
  const b = worst.baseline?.meanScore ?? 0;
  const c = worst.candidate?.meanScore ?? 0;
  return {
    text: `\`${worst.name}\` mean score ${score(b)} → ${score(c)} (${score(c - b, true)})`,
    size: b - c,
    passRateFell: false,
    metrics,
  };
}

function metricDrop(m: MetricReport): number {
  if (m.pairwise) return m.pairwise.lossRate - m.pairwise.winRate;
  return -(m.delta?.meanScore ?? 0);
}

/**
 * A prompt's reasons with one root cause stated once: the regression line replaces the gate
 * reasons of the metrics it names and the prompt's pass-rate minimum (the same cases failing).
 * `folded` are the replaced gate reasons, kept for a collapsed "gate rules" listing.
 */
export function rootCauses(prompt: PromptReport): { causes: string[]; folded: string[] } {
  const messages = (reasons: Reason[]) => reasons.map((r) => r.message);
  const regression = regressionOf(prompt);
  if (!regression) return { causes: messages(prompt.reasons), folded: [] };
  // The prompt-level minimum is a consequence of the same failing cases when the pass rate fell.
  const isFolded = (r: Reason) =>
    (r.metric !== undefined && regression.metrics.includes(r.metric)) ||
    (regression.passRateFell && r.scope === 'prompt' && r.code === 'below-threshold');
  const folded = prompt.reasons.filter(isFolded);
  const belowMinimum = folded.some((r) => r.code === 'below-threshold');
  const rest = prompt.reasons.filter((r) => !isFolded(r));
  const cause = `${regression.text}${belowMinimum ? ', below the minimum pass rate' : ''}`;
  return { causes: [cause, ...messages(rest)], folded: messages(folded) };
}

function errorWhy(prompt: PromptReport): string {
  const first = errorMessages(prompt)[0];
  return `${prompt.id}: ${plural(prompt.errors, 'error')}${first ? ` (e.g. ${first.message})` : ''}`;
}

/** Reasons that belong to the run rather than to one prompt (budget, nothing to evaluate, a crash). */
export function runReasons(report: Report): Reason[] {
  return report.reasons.filter((r) => r.scope === 'run');
}

/** One sentence naming the head's config settings `compare` did not apply, or undefined. */
export function notAppliedNote(report: Report): string | undefined {
  const settings = report.headConfigNotApplied ?? [];
  if (settings.length === 0) return undefined;
  return `not applied from the pull request's promptgate.yaml: ${settings.join('; ')} (routing, secrets, the gate and the budget come from the base commit unless the head config is trusted: --trust-head-config, action input \`trust-head-config: true\`)`;
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

/** What a case marked flaky means, in every renderer that marks one. */
export const FLAKY_CASE = 'the baseline samples of this case disagree, so its flip may be noise';

/**
 * Flipped cases in compare mode (regressions first, then errors, then improvements; within each,
 * steady cases before flaky ones, as the comment orders its evidence), failing or erroring cases
 * without a baseline.
 */
export function notableCases(prompt: PromptReport): CaseReport[] {
  if (!hasBaseline(prompt)) return prompt.cases.filter((c) => c.candidate && c.candidate.outcome !== 'pass');
  const steadyFirst = (cases: CaseReport[]) => [
    ...cases.filter((c) => !c.flaky),
    ...cases.filter((c) => c.flaky),
  ];
  return [
    ...steadyFirst(prompt.cases.filter((c) => c.flip === 'pass->fail')),
    ...steadyFirst(prompt.cases.filter((c) => c.candidate?.outcome === 'error')),
    ...steadyFirst(prompt.cases.filter((c) => c.flip === 'fail->pass')),
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
