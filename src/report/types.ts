/**
 * The JSON report: the contract between compare (which builds it), the renderers (comment, summary,
 * terminal, JUnit), `merge` of sharded runs, and users' own tooling. Keep it additive.
 */
import type { PairResult } from '../metrics/types.js';
import type { UsageTotals } from '../providers/types.js';
import type { SampleResult } from '../run/types.js';
import type { Reason } from '../core/reason.js';
import type { Verdict } from '../core/verdict.js';

export type { Reason, Verdict };
export type ChangeStatus = 'modified' | 'added' | 'removed' | 'renamed' | 'unchanged';
export type ReportMode = 'eval' | 'compare' | 'scheduled';

export interface Interval {
  low: number;
  high: number;
}

export interface SideStats {
  /** Number of cases (clusters); samples are averaged per case first. */
  n: number;
  /** Fraction of cases that pass this metric (a case with repeats contributes its pass fraction). */
  passRate: number;
  /** Wilson interval of the pass rate at the configured confidence. */
  passRateCi: Interval;
  meanScore: number;
  /** Standard error of the mean score, clustered by case. */
  scoreStdErr: number;
  /** Cases whose every sample errored (not counted in passRate/meanScore). */
  errors: number;
}

export interface MetricDelta {
  /** candidate - baseline, over the cases both sides could score. */
  passRate: number;
  meanScore: number;
  /**
   * Interval of the paired mean score change at `ciLevel`: the paired t-interval, or for 12 cases
   * or fewer the inverted sign-flip test. [-1, 1] with fewer than 2 paired cases.
   */
  ci: Interval;
  /** Newcombe's paired interval of the pass-rate change at `ciLevel`. */
  passRateCi: Interval;
  /**
   * Level of both intervals: 1 - 2 x (1 - confidence), so the upper end is the one-sided bound the
   * gate tests (90% for `confidence: 0.95`).
   */
  ciLevel: number;
  /** Number of paired cases. */
  n: number;
  /**
   * One-sided p-value of "the pass rate dropped": the exact McNemar test on the discordant cases,
   * clustered by case with repeats (exact sign-flip test of per-case pass fractions). 1 when none flipped.
   */
  flipPValue: number;
  /**
   * One-sided p-value of "the mean score dropped": paired t, or exact sign-flip for 12 cases or
   * fewer; for a pass/fail metric (every score is its pass fraction) the pass-rate test's.
   */
  scorePValue: number;
  scoreTest: 'paired-t' | 'sign-flip' | 'pass-rate';
  passToFail: number;
  failToPass: number;
  /** True when the score interval excludes zero. */
  significant: boolean;
  /**
   * Smallest pass-rate drop the gate's test can flag at this suite size (every flip in one direction,
   * the fewest cases that can reach significance); smaller drops are never significant. 1 when none can.
   */
  minDetectableEffect: number;
  /** Cases whose baseline samples disagree (some pass, some fail): their flips may be noise. */
  flakyCases: number;
}

export interface PairwiseStats {
  wins: number;
  ties: number;
  losses: number;
  errors: number;
  winRate: number;
  tieRate: number;
  lossRate: number;
  /** Interval of (winRate - lossRate) for the candidate: Newcombe's paired interval, ties concordant. */
  netCi: Interval;
  /** One-sided exact sign test of "the candidate loses more often than it wins" (1 with no decisive pair). */
  pValue: number;
}

export interface MetricReport {
  name: string;
  type: string;
  /** Candidate pass rate and mean score (repeated here so eval-mode consumers need not dig). */
  passRate: number;
  meanScore: number;
  baseline?: SideStats;
  candidate?: SideStats;
  delta?: MetricDelta;
  /** Present for pairwise metrics instead of baseline/candidate/delta. */
  pairwise?: PairwiseStats;
  status: Verdict;
  /** Why it failed or errored, one sentence each (scope `metric`). */
  reasons: Reason[];
}

export type CaseOutcome = 'pass' | 'fail' | 'error';

export interface CaseSideReport {
  outcome: CaseOutcome;
  /** Mean over metrics and samples, 0..1. */
  score: number;
  samples: SampleResult[];
}

export interface CaseReport {
  id: string;
  vars: Record<string, unknown>;
  expected?: unknown;
  baseline?: CaseSideReport;
  candidate?: CaseSideReport;
  /** Pairwise verdicts, by metric name. */
  pairwise?: Record<string, PairResult>;
  flip?: 'pass->fail' | 'fail->pass';
  /** The baseline's samples of this case disagree on some metric: a flip of this case may be noise. */
  flaky?: true;
}

export interface SideUsage {
  calls: number;
  cachedCalls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMs: { p50: number; p95: number };
}

export interface PromptReport {
  id: string;
  path: string;
  /** For renames: the path at base. */
  previousPath?: string;
  status: ChangeStatus;
  verdict: Verdict;
  /** The prompt's own reasons and those of its metrics (scope `prompt` or `metric`). */
  reasons: Reason[];
  model: string;
  /** The model ran on the deterministic offline stand-in (`--offline`, an `offline:` ref): no production evidence. */
  offline?: true;
  version: {
    baseline?: string;
    candidate?: string;
    baselineHash?: string;
    candidateHash?: string;
    /** Content changed but the semver did not. */
    notBumped: boolean;
    suggestedBump?: 'major' | 'minor' | 'patch';
  };
  promptTokens: { baseline?: number; candidate?: number };
  threshold: number;
  metrics: MetricReport[];
  cases: CaseReport[];
  usage: { baseline?: SideUsage; candidate?: SideUsage };
  /** Failed samples (API or render failure) plus metric results that could not be computed, both sides. */
  errors: number;
  /** Versions that could not be prepared at all (e.g. a template that fails to parse), and why. */
  setupErrors?: { baseline?: string; candidate?: string };
  /** Set when the file could not be loaded (the loader's message): the entry has no cases then. */
  loadError?: string;
  /** `repeat: auto` in compare: the rounds of re-sampling that decided the verdict. */
  adaptive?: AdaptiveReport;
}

/** One round of `repeat: auto`: what it sampled, what it cost, and the verdict it was gated to. */
export interface AdaptiveRound {
  /** Samples per side the round's cases have after it (1 in round 1). */
  samplesPerCase: number;
  /** Cases it sampled: every case in round 1, the uncertain ones after. */
  cases: number;
  /** Model calls it made, both sides (judge calls of metrics not included). */
  calls: number;
  costUsd: number;
  /** One-sided alpha this round was tested at (its share of 1 - confidence). */
  alpha: number;
  verdict: Verdict;
}

export interface AdaptiveReport {
  /** Rounds planned (up to `max_repeats`), over which alpha is spent. */
  planned: number;
  rounds: AdaptiveRound[];
  /** Why the rounds ended: a verdict other than inconclusive, no more rounds or cases to grow, or the budget. */
  stop: 'decided' | 'max-repeats' | 'budget';
}

export interface Report {
  /** The report contract's version (src/contracts/report.ts, REPORT_SCHEMA_VERSION). */
  schemaVersion: 2;
  tool: { name: 'promptgate'; version: string };
  mode: ReportMode;
  verdict: Verdict;
  /**
   * The verdicts that fail the check under this run's policy (`fail-on`); absent in reports of
   * older versions, which means the default, fail and error.
   */
  failOn?: Verdict[];
  /**
   * Reasons for the verdict: the run's own (scope `run`: nothing to evaluate, budget, a crash) and
   * those of every prompt that did not pass.
   */
  reasons: Reason[];
  generatedAt: string;
  base?: { ref: string; sha: string };
  head?: { ref: string; sha: string };
  prompts: PromptReport[];
  usage: UsageTotals;
  errors: number;
  /** Set when this report covers one shard of a split plan. */
  shard?: { index: number; total: number };
  /**
   * Settings of the head's promptgate.yaml that `compare` did not apply (providers, routing,
   * cache directory come from the base commit unless the head config is trusted).
   */
  headConfigNotApplied?: string[];
  /**
   * What the author should know that does not decide the verdict: placeholders sent as written,
   * prompt files that could not be loaded but are not part of the change.
   */
  warnings?: string[];
  /** Prompts that were found but not evaluated, and why (e.g. no test cases). */
  notEvaluated?: NotEvaluatedPrompt[];
}

export interface NotEvaluatedPrompt {
  id: string;
  path: string;
  reason: string;
}
