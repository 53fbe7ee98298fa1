/**
 * The rounds of `repeat: auto` (see adaptive.ts for why they keep the false-fail rate): gate, and
 * while the verdict is `inconclusive`, ask the resampler for more samples of the uncertain cases on
 * both sides and gate again at the next round's alpha. Model calls stay behind the injected
 * resampler, so the simulation drives this same loop.
 */
import { promptReason } from '../core/reason.js';
import type { GatePolicy } from '../config/types.js';
import type { AdaptiveReport, AdaptiveRound, PromptReport } from '../report/types.js';
import type { SampleResult, SideRun } from '../run/types.js';
import { roundAlpha, roundPolicy, sampleSchedule, uncertainCases } from './adaptive.js';
import { buildPromptReport, type PromptComparisonInput } from './build.js';

/** `count` more samples of one case on both sides, numbered after the ones it has. */
export interface ResampleRequest {
  caseId: string;
  count: number;
}

/** The new samples, by side and case id. */
export interface Resampled {
  baseline: Map<string, SampleResult[]>;
  candidate: Map<string, SampleResult[]>;
}

export interface RoundsOptions {
  /** The cases that may be re-sampled, with their `max_repeats`. */
  maxRepeats: ReadonlyMap<string, number>;
  resample: (requests: ResampleRequest[]) => Promise<Resampled>;
  /** Whether `calls` more model calls (with their judging) fit the budget; a round that does not is not started. */
  affordable?: (calls: number) => boolean;
}

/** Absolute thresholds pass or fail: there is no inconclusive verdict for more samples to resolve. */
export const NO_ROUNDS =
  'repeat: auto took one sample per case: without a baseline to compare with, there is nothing to re-sample for';

/** The prompt's report after as many rounds as its verdict needed; `adaptive` tells how it went. */
export async function gateInRounds(
  input: PromptComparisonInput,
  policy: GatePolicy,
  options: RoundsOptions,
): Promise<PromptReport> {
  const { baseline, candidate } = input;
  if (options.maxRepeats.size === 0) return buildPromptReport(input, policy);
  if (!baseline || baseline.setupError !== undefined || !candidate || candidate.setupError !== undefined) {
    const report = buildPromptReport(input, policy);
    return { ...report, reasons: [...report.reasons, promptReason(report.id, 'no-rounds', NO_ROUNDS)] };
  }
  const schedule = sampleSchedule(Math.max(1, ...options.maxRepeats.values()));
  const planned = schedule.length;
  const singles = input.metrics.filter((m) => m.kind === 'single').map((m) => m.name);
  const alpha = 1 - policy.confidence;
  // Copies: the caller's runs may grow in place as the resampler fetches samples.
  let sides = {
    baseline: appendSamples(baseline, new Map()),
    candidate: appendSamples(candidate, new Map()),
  };
  const rounds: AdaptiveRound[] = [];
  let added = { samples: [...allSamples(baseline), ...allSamples(candidate)], cases: baseline.cases.length };
  for (let round = 1; ; round++) {
    const report = buildPromptReport({ ...input, ...sides }, roundPolicy(policy, round, planned));
    rounds.push({
      samplesPerCase: schedule[round - 1] ?? 1,
      cases: added.cases,
      calls: added.samples.length,
      costUsd: added.samples.reduce((sum, s) => sum + s.costUsd, 0),
      alpha: roundAlpha(alpha, round, planned),
      verdict: report.verdict,
    });
    const finish = (stop: AdaptiveReport['stop']) => withRounds(report, { planned, rounds, stop });
    if (report.verdict !== 'inconclusive') return finish('decided');
    const target = schedule[round];
    if (target === undefined) return finish('max-repeats');
    const requests = topUps(
      uncertainCases(report.cases, singles),
      sides.baseline,
      target,
      options.maxRepeats,
    );
    const calls = 2 * requests.reduce((sum, r) => sum + r.count, 0);
    if (calls === 0) return finish('max-repeats');
    if (options.affordable && !options.affordable(calls)) return finish('budget');
    const resampled = await options.resample(requests);
    sides = {
      baseline: appendSamples(sides.baseline, resampled.baseline),
      candidate: appendSamples(sides.candidate, resampled.candidate),
    };
    added = {
      samples: [...resampled.baseline.values(), ...resampled.candidate.values()].flat(),
      cases: requests.length,
    };
  }
}

function allSamples(run: SideRun): SampleResult[] {
  return run.cases.flatMap((c) => c.samples);
}

/** Each uncertain case that may still grow gets the samples that bring it to `target` per side. */
function topUps(
  uncertain: string[],
  baseline: SideRun,
  target: number,
  maxRepeats: ReadonlyMap<string, number>,
): ResampleRequest[] {
  return uncertain.flatMap((caseId) => {
    const max = maxRepeats.get(caseId);
    const have = baseline.cases.find((c) => c.caseId === caseId)?.samples.length ?? 0;
    const to = Math.min(target, max ?? 0);
    return to > have ? [{ caseId, count: to - have }] : [];
  });
}

function appendSamples(run: SideRun, added: Map<string, SampleResult[]>): SideRun {
  return {
    ...run,
    cases: run.cases.map((c) => {
      const more = added.get(c.caseId) ?? [];
      return { ...c, samples: [...c.samples, ...more] };
    }),
  };
}

function withRounds(
  report: PromptReport,
  { planned, rounds, stop }: Pick<AdaptiveReport, 'planned' | 'rounds' | 'stop'>,
): PromptReport {
  return { ...report, adaptive: { planned, rounds, stop } };
}
