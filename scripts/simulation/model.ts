/**
 * Synthetic paired runs driven through the real gate (buildPromptReport with the default policy),
 * so the false-fail rate and power of what users get are measured, not assumed.
 *
 * The model: every case has a right answer the baseline gets right; each sample is independently
 * flipped with probability `noise` (temperature, provider non-determinism). A "broken" case is one
 * the candidate gets wrong; noise can still flip it right. A no-change PR breaks none.
 */
import { buildPromptReport, type PromptComparisonInput } from '../../src/compare/build.js';
import { gateInRounds } from '../../src/compare/rounds.js';
import { defaultConfig } from '../../src/config/load.js';
import type { GatePolicy } from '../../src/config/types.js';
import type { Verdict } from '../../src/core/verdict.js';
import type { MetricResult } from '../../src/metrics/types.js';
import type { SampleResult, Side, SideRun } from '../../src/run/types.js';

/** mulberry32: a small seeded generator, so every table is reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller). */
function gaussian(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

export interface PassFailScenario {
  cases: number;
  noise: number;
  samples: number;
  /** Cases the candidate gets wrong. */
  broken: number;
  /** Suite threshold: 0 for promptgate suites, 1 for GitHub Models files. */
  threshold: number;
}

export interface Outcome {
  verdict: Verdict;
  /** The reference: exact one-sided McNemar on per-case majority outcomes at the same level. */
  referenceFails: boolean;
}

const METRIC = 'correct';

function metricResult(pass: boolean, score = pass ? 1 : 0): MetricResult {
  return { outcome: pass ? 'pass' : 'fail', score, reason: pass ? 'ok' : 'wrong' };
}

function sampleResult(sample: number, result: MetricResult): SampleResult {
  return {
    sample,
    output: 'answer',
    metrics: { [METRIC]: result },
    usage: { inputTokens: 1, outputTokens: 1 },
    costUsd: 0,
    latencyMs: 1,
    cached: false,
  };
}

function sideRun(side: Side, cases: SampleResult[][]): SideRun {
  return {
    side,
    promptId: 'sim',
    path: 'sim.prompt.yml',
    contentHash: side,
    model: 'sim',
    promptTokens: 1,
    cases: cases.map((samples, i) => ({ caseId: `case-${i}`, vars: {}, samples })),
  };
}

function input(
  baseline: SideRun,
  candidate: SideRun,
  threshold: number,
  type: string,
): PromptComparisonInput {
  return {
    id: 'sim',
    path: 'sim.prompt.yml',
    status: 'modified',
    model: 'sim',
    offline: false,
    threshold,
    metrics: [{ name: METRIC, type, kind: 'single' }],
    baseline,
    candidate,
    pairwise: {},
    version: { notBumped: false },
  };
}

/** One simulated pull request with pass/fail cases; returns the gate's verdict and the reference's. */
export function runPassFail(s: PassFailScenario, rng: () => number, policy: GatePolicy): Outcome {
  const draw = (right: boolean) =>
    Array.from({ length: s.samples }, (_, k) =>
      sampleResult(k, metricResult(rng() < s.noise ? !right : right)),
    );
  const baseline = Array.from({ length: s.cases }, () => draw(true));
  const candidate = Array.from({ length: s.cases }, (_, i) => draw(i >= s.broken));
  const report = buildPromptReport(
    input(sideRun('baseline', baseline), sideRun('candidate', candidate), s.threshold, 'contains'),
    policy,
  );
  return {
    verdict: report.verdict,
    referenceFails: referenceMcNemar(baseline, candidate, 1 - policy.confidence),
  };
}

export interface AdaptiveOutcome {
  verdict: Verdict;
  /** Model calls of every round, both sides. */
  calls: number;
  rounds: number;
}

/**
 * One simulated pull request under `repeat: auto` (round 1: one sample per case), through the same
 * rounds loop the application runs; the resampler draws from the same model as round 1.
 */
export async function runAdaptive(
  s: Omit<PassFailScenario, 'samples'>,
  maxRepeats: number,
  rng: () => number,
  policy: GatePolicy,
): Promise<AdaptiveOutcome> {
  const right = (side: Side, i: number) => side === 'baseline' || i >= s.broken;
  const sample = (side: Side, i: number, k: number) =>
    sampleResult(k, metricResult(rng() < s.noise ? !right(side, i) : right(side, i)));
  const first = (side: Side) =>
    sideRun(
      side,
      Array.from({ length: s.cases }, (_, i) => [sample(side, i, 0)]),
    );
  const index = (caseId: string) => Number(caseId.slice('case-'.length));
  const report = await gateInRounds(
    input(first('baseline'), first('candidate'), s.threshold, 'contains'),
    policy,
    {
      maxRepeats: new Map(Array.from({ length: s.cases }, (_, i) => [`case-${i}`, maxRepeats])),
      resample: (requests) => {
        const draw = (side: Side) =>
          new Map(
            requests.map((r) => [
              r.caseId,
              Array.from({ length: r.count }, (_, k) => sample(side, index(r.caseId), k)),
            ]),
          );
        return Promise.resolve({ baseline: draw('baseline'), candidate: draw('candidate') });
      },
    },
  );
  const rounds = report.adaptive?.rounds ?? [];
  return {
    verdict: report.verdict,
    calls: rounds.reduce((sum, r) => sum + r.calls, 0),
    rounds: rounds.length,
  };
}

function referenceMcNemar(baseline: SampleResult[][], candidate: SampleResult[][], alpha: number): boolean {
  const majority = (samples: SampleResult[]) =>
    samples.filter((x) => x.metrics[METRIC]?.outcome === 'pass').length * 2 >= samples.length;
  let down = 0;
  let up = 0;
  baseline.forEach((b, i) => {
    const before = majority(b);
    const after = majority(candidate[i] ?? []);
    if (before && !after) down++;
    if (!before && after) up++;
  });
  // P(X >= down) for X ~ Bin(down + up, 1/2).
  const n = down + up;
  let tail = 0;
  let term = 2 ** -n;
  for (let k = 0; k <= n; k++) {
    if (k >= down) tail += term;
    term = (term * (n - k)) / (k + 1);
  }
  return n > 0 && tail <= alpha;
}

export interface ScoreScenario {
  cases: number;
  /** Mean change of every case (negative: a drop). */
  shift: number;
  /** Spread of the per-case change. */
  sd: number;
}

/** One simulated pull request on a continuous score (e.g. a judge's 0..1 rating). */
export function runScore(s: ScoreScenario, rng: () => number, policy: GatePolicy): Verdict {
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const before = Array.from({ length: s.cases }, () => clamp(0.8 + 0.1 * gaussian(rng)));
  const after = before.map((b) => clamp(b + s.shift + s.sd * gaussian(rng)));
  const side = (name: Side, scores: number[]) =>
    sideRun(
      name,
      scores.map((x) => [sampleResult(0, metricResult(x >= 0.5, x))]),
    );
  return buildPromptReport(input(side('baseline', before), side('candidate', after), 0, 'judge'), policy)
    .verdict;
}

export function defaultPolicy(): GatePolicy {
  return defaultConfig().gate;
}
