/**
 * Per-case views of run results: which metric values a case has on one side, its outcome, and the
 * CaseReports of a prompt. Everything downstream (metric statistics, the gate, `merge`) is computed
 * from CaseReports, so a report can be recomputed from its own JSON.
 */
import type { CaseOutcome, CaseReport, CaseSideReport } from '../report/types.js';
import type { CasePairwise, CaseRun, SampleResult, SideRun } from '../run/types.js';

export type SideName = 'baseline' | 'candidate';

/** One case's value for one metric on one side, over the samples that could be scored. */
export interface CaseMetricValue {
  /** Fraction of scored samples that passed. */
  passFraction: number;
  /** Mean score of the scored samples. */
  score: number;
  /** Score of each scored sample (for clustered standard errors). */
  sampleScores: number[];
}

/** A case "passes" a metric when at least half of its scored samples pass. */
export const CASE_PASS_FRACTION = 0.5;

function allSamplesErrored(side: CaseSideReport): boolean {
  return side.samples.length > 0 && side.samples.every((s) => s.error !== undefined);
}

/**
 * The value of `metric` for one side of a case:
 * - `undefined` when the side is absent or the metric does not apply to this case (case-level metrics);
 * - `'error'` when every sample errored, or the metric errored on every sample;
 * - otherwise the value over the samples whose metric outcome is not `error`.
 */
export function caseMetricValue(
  c: CaseReport,
  side: SideName,
  metric: string,
): CaseMetricValue | 'error' | undefined {
  const report = c[side];
  if (!report) return undefined;
  if (allSamplesErrored(report)) {
    return metricApplies(c, metric) ? 'error' : undefined;
  }
  // One pass, no intermediate lists: this runs for every case, side and metric, several times per report.
  let results = 0;
  let passed = 0;
  let total = 0;
  const sampleScores: number[] = [];
  for (const s of report.samples) {
    const result = s.error === undefined ? s.metrics[metric] : undefined;
    if (!result) continue;
    results++;
    if (result.outcome === 'error') continue;
    sampleScores.push(result.score);
    total += result.score;
    if (result.outcome === 'pass') passed++;
  }
  if (results === 0) return undefined;
  if (sampleScores.length === 0) return 'error';
  return {
    passFraction: passed / sampleScores.length,
    score: total / sampleScores.length,
    sampleScores,
  };
}

/**
 * Whether `metric` applies to a case. Errored samples carry no metric results, so this looks at any
 * sample of either side that ran; when none did, the metric is assumed to apply.
 */
function metricApplies(c: CaseReport, metric: string): boolean {
  const ran = [...(c.baseline?.samples ?? []), ...(c.candidate?.samples ?? [])].filter(
    (s) => s.error === undefined,
  );
  return ran.length === 0 || ran.some((s) => s.metrics[metric] !== undefined);
}

/** A side's value of each single metric, in `singleMetrics` order (see caseMetricValue). */
type SideValues = ReturnType<typeof caseMetricValue>[];

function sideValues(c: CaseReport, side: SideName, singleMetrics: string[]): SideValues {
  return singleMetrics.map((m) => caseMetricValue(c, side, m));
}

/**
 * A side's outcome for a case: `error` when every sample errored; `fail` when some metric passes on
 * fewer than half of its scored samples; `error` when some metric could not be scored at all;
 * else `pass`. Only single (non-pairwise) metrics count.
 */
function caseOutcome(report: CaseSideReport, values: SideValues): CaseOutcome {
  if (allSamplesErrored(report)) return 'error';
  if (values.some((v) => v !== undefined && v !== 'error' && v.passFraction < CASE_PASS_FRACTION))
    return 'fail';
  if (values.includes('error')) return 'error';
  return 'pass';
}

/** Mean over the metrics scored for the case (each metric weighs the same); 0 when none was. */
function caseScore(values: SideValues): number {
  const scores = values.flatMap((v) => (v === undefined || v === 'error' ? [] : [v.score]));
  return scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
}

/** The baseline's samples disagree on some metric: the case's outcome is itself a coin toss. */
export function isFlaky(c: CaseReport, singleMetrics: string[]): boolean {
  return disagree(sideValues(c, 'baseline', singleMetrics));
}

function disagree(values: SideValues): boolean {
  return values.some((v) => v !== undefined && v !== 'error' && v.passFraction > 0 && v.passFraction < 1);
}

/**
 * Fills outcome, score, flip and flakiness of each case from its samples. Each side's metric values
 * are worked out once and serve its outcome, its score and (the baseline's) flakiness.
 */
function scoreCases(cases: CaseReport[], singleMetrics: string[]): CaseReport[] {
  return cases.map((c) => {
    const scored: CaseReport = { ...c };
    delete scored.flip;
    let baselineValues: SideValues = [];
    for (const side of ['baseline', 'candidate'] as const) {
      const report = c[side];
      if (report) {
        const values = sideValues(c, side, singleMetrics);
        if (side === 'baseline') baselineValues = values;
        scored[side] = {
          outcome: caseOutcome(report, values),
          score: caseScore(values),
          samples: report.samples,
        };
      }
    }
    delete scored.flaky;
    const before = scored.baseline?.outcome;
    const after = scored.candidate?.outcome;
    if (before === 'pass' && after === 'fail') scored.flip = 'pass->fail';
    if (before === 'fail' && after === 'pass') scored.flip = 'fail->pass';
    if (disagree(baselineValues)) scored.flaky = true;
    return scored;
  });
}

/**
 * The cases of a prompt from its two runs: candidate cases in order, then baseline-only cases.
 * Each comes with its outcomes, scores and flip filled in.
 */
export function collectCases(
  baseline: SideRun | undefined,
  candidate: SideRun | undefined,
  pairwise: Record<string, CasePairwise>,
  singleMetrics: string[],
): CaseReport[] {
  const byId = new Map<string, CaseReport>();
  const add = (run: CaseRun, side: SideName) => {
    const existing = byId.get(run.caseId);
    const report: CaseReport = existing ?? {
      id: run.caseId,
      vars: run.vars,
      ...(run.expected !== undefined ? { expected: run.expected } : {}),
    };
    report[side] = unscoredSide(run.samples);
    byId.set(run.caseId, report);
  };
  for (const run of candidate?.cases ?? []) add(run, 'candidate');
  for (const run of baseline?.cases ?? []) add(run, 'baseline');
  for (const [caseId, results] of Object.entries(pairwise)) {
    const report = byId.get(caseId);
    if (report && Object.keys(results).length > 0) report.pairwise = results;
  }
  return scoreCases([...byId.values()], singleMetrics);
}

function unscoredSide(samples: SampleResult[]): CaseSideReport {
  return { outcome: 'error', score: 0, samples };
}

/**
 * Per case, the fraction of samples that pass every single metric on each side, over the cases both
 * sides could score: the input of the prompt-level pass-rate test.
 */
export function pairedCasePassFractions(cases: CaseReport[], singleMetrics: string[]): number[] {
  return cases.flatMap((c) => {
    const before = samplePassFraction(c.baseline, singleMetrics);
    const after = samplePassFraction(c.candidate, singleMetrics);
    return before === undefined || after === undefined ? [] : [after - before];
  });
}

function samplePassFraction(side: CaseSideReport | undefined, singleMetrics: string[]): number | undefined {
  if (!side || side.outcome === 'error') return undefined;
  const scored = side.samples.filter(
    (s) => s.error === undefined && singleMetrics.every((m) => s.metrics[m]?.outcome !== 'error'),
  );
  if (scored.length === 0) return undefined;
  const passing = scored.filter((s) => singleMetrics.every((m) => s.metrics[m]?.outcome !== 'fail'));
  return passing.length / scored.length;
}

/** Fraction of cases whose outcome on `side` is pass, over cases that did not error; undefined when none. */
export function sidePassRate(
  cases: CaseReport[],
  side: SideName,
): { rate: number; passed: number; scored: number } | undefined {
  const outcomes = cases.flatMap((c) => (c[side] && c[side].outcome !== 'error' ? [c[side].outcome] : []));
  if (outcomes.length === 0) return undefined;
  const passed = outcomes.filter((o) => o === 'pass').length;
  return { rate: passed / outcomes.length, passed, scored: outcomes.length };
}
