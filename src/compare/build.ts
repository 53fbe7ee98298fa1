/**
 * Run results -> the JSON report. A prompt's report is assembled from its CaseReports alone (plus
 * a few facts about the prompt), so `merge` can recompute one from the JSON of several shards.
 */
import { REPORT_SCHEMA_VERSION } from '../contracts/report.js';
import type { GatePolicy } from '../config/types.js';
import type { UsageTotals } from '../providers/types.js';
import type {
  CaseReport,
  ChangeStatus,
  MetricReport,
  PromptReport,
  Report,
  ReportMode,
} from '../report/types.js';
import { promptReason, runReason, type Reason } from '../core/reason.js';
import { worstVerdict, type FailOn } from '../core/verdict.js';
import type { CasePairwise, SideRun } from '../run/types.js';
import { collectCases, type SideName } from './cases.js';
import { summarizeFailures } from './failures.js';
import { gatePrompt, metricPolicy } from './gate.js';
import { pairwiseMetricStats, singleMetricStats } from './metric-stats.js';
import { sideUsage } from './usage.js';

export interface MetricInfo {
  name: string;
  type: string;
  kind: 'single' | 'pairwise';
}

export interface PromptComparisonInput {
  id: string;
  path: string;
  previousPath?: string;
  /** Eval mode uses 'unchanged'. */
  status: ChangeStatus;
  model: string;
  /** The model is the deterministic offline stand-in. */
  offline: boolean;
  /** Suite threshold: the minimum candidate pass rate. */
  threshold: number;
  /** In display order. */
  metrics: MetricInfo[];
  /** Absent for added prompts and plain eval runs. */
  baseline?: SideRun;
  /** Absent for removed prompts. */
  candidate?: SideRun;
  pairwise: Record<string, CasePairwise>;
  /** Computed by the caller (lifecycle/versioning). */
  version: PromptReport['version'];
}

/** Everything assemblePromptReport needs: what a PromptReport holds before statistics and gate. */
export interface PromptDraft extends Pick<
  PromptComparisonInput,
  'id' | 'path' | 'previousPath' | 'status' | 'model' | 'offline' | 'threshold' | 'version' | 'metrics'
> {
  promptTokens: PromptReport['promptTokens'];
  /** Which versions ran; a side that could not be prepared at all counts as absent. */
  sides: Record<SideName, boolean>;
  cases: CaseReport[];
  /** Versions that could not be prepared: the reader must know, though they are not gate rules. */
  setupErrors: NonNullable<PromptReport['setupErrors']>;
}

/** The notes about versions that could not be prepared, from the report's typed `setupErrors`. */
export function setupNotes(promptId: string, setupErrors: PromptReport['setupErrors'] = {}): Reason[] {
  const note = (message: string) => promptReason(promptId, 'setup-failed', message);
  return [
    ...(setupErrors.baseline !== undefined
      ? [note(`baseline could not be evaluated (${setupErrors.baseline}); gated on absolute thresholds only`)]
      : []),
    ...(setupErrors.candidate !== undefined
      ? [note(`candidate could not be evaluated (${setupErrors.candidate})`)]
      : []),
  ];
}

/** The reason of a run with nothing to evaluate (merge drops it once a shard did evaluate). */
export function nothingToEvaluate(mode: ReportMode): Reason {
  return runReason(
    'nothing-to-evaluate',
    mode === 'compare' ? 'no prompt changes' : 'no prompts with eval cases found',
  );
}

export function buildPromptReport(input: PromptComparisonInput, policy: GatePolicy): PromptReport {
  // A baseline that could not be prepared (e.g. malformed at base) has nothing to compare against:
  // the candidate is then held to the absolute thresholds only, instead of failing on the base's fault.
  const baseline = input.baseline?.setupError === undefined ? input.baseline : undefined;
  const setupErrors = {
    ...(input.baseline?.setupError !== undefined ? { baseline: input.baseline.setupError } : {}),
    ...(input.candidate?.setupError !== undefined ? { candidate: input.candidate.setupError } : {}),
  };
  const singles = input.metrics.filter((m) => m.kind === 'single').map((m) => m.name);
  return assemblePromptReport(
    {
      id: input.id,
      path: input.path,
      ...(input.previousPath !== undefined ? { previousPath: input.previousPath } : {}),
      status: input.status,
      model: input.model,
      offline: input.offline,
      threshold: input.threshold,
      version: input.version,
      promptTokens: {
        ...(baseline ? { baseline: baseline.promptTokens } : {}),
        ...(input.candidate ? { candidate: input.candidate.promptTokens } : {}),
      },
      metrics: input.metrics,
      sides: { baseline: baseline !== undefined, candidate: input.candidate !== undefined },
      cases: collectCases(baseline, input.candidate, baseline ? input.pairwise : {}, singles),
      setupErrors,
    },
    policy,
  );
}

/** Statistics, usage and the gate over scored cases (as collectCases returns them, or as a report holds them). */
export function assemblePromptReport(draft: PromptDraft, policy: GatePolicy): PromptReport {
  const { cases, sides } = draft;
  // Pairwise metrics compare the two versions' outputs: without both there is nothing to show.
  const shown = draft.metrics.filter((m) => m.kind === 'single' || (sides.baseline && sides.candidate));
  const metrics = shown.map((m) => metricReport(m, cases, sides, metricPolicy(policy, m.name).confidence));
  const samplesOf = (side: SideName) => cases.flatMap((c) => c[side]?.samples ?? []);
  const failures = summarizeFailures(cases);
  const report: PromptReport = {
    id: draft.id,
    path: draft.path,
    ...(draft.previousPath !== undefined ? { previousPath: draft.previousPath } : {}),
    status: draft.status,
    verdict: 'pass',
    reasons: setupNotes(draft.id, draft.setupErrors),
    model: draft.model,
    ...(draft.offline ? { offline: true as const } : {}),
    version: draft.version,
    promptTokens: draft.promptTokens,
    threshold: draft.threshold,
    metrics,
    cases,
    usage: {
      ...(sides.baseline ? { baseline: sideUsage(samplesOf('baseline')) } : {}),
      ...(sides.candidate ? { candidate: sideUsage(samplesOf('candidate')) } : {}),
    },
    errors: failures.failedSamples + failures.metricErrors,
    ...(Object.keys(draft.setupErrors).length > 0 ? { setupErrors: draft.setupErrors } : {}),
  };
  return gatePrompt(report, policy);
}

function metricReport(
  metric: MetricInfo,
  cases: CaseReport[],
  sides: Record<SideName, boolean>,
  confidence: number,
): MetricReport {
  const base = { name: metric.name, type: metric.type, status: 'pass' as const, reasons: [] };
  if (metric.kind === 'pairwise') {
    const { stats, meanScore } = pairwiseMetricStats(cases, metric.name, confidence);
    // For a pairwise metric, "passing" means the candidate was not judged worse.
    const judged = stats.wins + stats.ties + stats.losses;
    return { ...base, passRate: judged > 0 ? 1 - stats.lossRate : 0, meanScore, pairwise: stats };
  }
  const stats = singleMetricStats(cases, metric.name, sides, confidence);
  const shown = stats.candidate ?? stats.baseline;
  return { ...base, passRate: shown?.passRate ?? 0, meanScore: shown?.meanScore ?? 0, ...stats };
}

export interface BuildReportArgs {
  mode: ReportMode;
  prompts: PromptReport[];
  usage: UsageTotals;
  base?: { ref: string; sha: string };
  head?: { ref: string; sha: string };
  shard?: { index: number; total: number };
  toolVersion: string;
  generatedAt: string;
  /** Run-level reasons (budget exhausted, nothing to evaluate). */
  extraReasons?: Reason[];
  /** The verdicts that fail the check (the effective `fail-on`). */
  failOn: FailOn;
}

export function buildReport(args: BuildReportArgs): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'promptgate', version: args.toolVersion },
    mode: args.mode,
    verdict: worstVerdict(args.prompts.map((p) => p.verdict)),
    failOn: [...args.failOn],
    reasons: [...promptReasons(args.prompts), ...(args.extraReasons ?? [])],
    generatedAt: args.generatedAt,
    ...(args.base ? { base: args.base } : {}),
    ...(args.head ? { head: args.head } : {}),
    prompts: args.prompts,
    usage: args.usage,
    errors: args.prompts.reduce((sum, p) => sum + p.errors, 0),
    ...(args.shard ? { shard: args.shard } : {}),
  };
}

/** The reasons of every prompt that did not pass (each names its prompt in `promptId`). */
export function promptReasons(prompts: PromptReport[]): Reason[] {
  return prompts.filter((p) => p.verdict !== 'pass').flatMap((p) => p.reasons);
}
