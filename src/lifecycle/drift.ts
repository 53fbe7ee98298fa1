/**
 * Drift: the same production prompt, re-run on a schedule, scoring worse than when it was recorded.
 * The content is unchanged by construction (only runs of the production hash are compared), so a
 * significant drop points at the model or provider. Pure: reports and lock file in, findings out.
 */
import { twoProportionComparison } from '../compare/stats.js';
import { escapeMarkdown, escapeWithCode, inlineCode, truncate } from '../report/escape.js';
import { percent, plural, points } from '../report/format.js';
import type { Interval, Report, Verdict } from '../report/types.js';
import { when } from './history.js';
import {
  byCodeUnit,
  findLocked,
  type EvaluationSummary,
  type LockFile,
  type MetricSummary,
} from './lockfile.js';
import { summarizeEvaluation } from './summary.js';

export interface MetricDrift {
  metric: string;
  recorded: MetricSummary;
  current: MetricSummary;
  /** Current minus recorded pass rate. */
  diff: number;
  /** Interval of `diff` at the confidence. */
  ci: Interval;
  pValue: number;
  /** The interval excludes zero. */
  significant: boolean;
  /** A significant drop larger than maxDrop. */
  drifted: boolean;
}

export interface PromptDrift {
  id: string;
  version: string;
  verdict: Verdict;
  model: string;
  /** What the run is compared with: the evaluation that justified the promotion, else the last scheduled run. */
  baseline: { source: 'promotion' | 'scheduled run'; at: string; model: string };
  metrics: MetricDrift[];
  drifted: boolean;
}

export interface DriftResult {
  drifted: boolean;
  confidence: number;
  maxDrop: number;
  /** When the scheduled run ran. */
  at: string;
  prompts: PromptDrift[];
  /** Prompts of the run that could not be compared, and why. */
  skipped: { id: string; reason: string }[];
}

/** Float noise must not turn a drop of exactly maxDrop into drift. */
const EPSILON = 1e-9;

const BASELINE_LABEL: Record<PromptDrift['baseline']['source'], string> = {
  promotion: 'the evaluation that justified its promotion',
  'scheduled run': 'the previous scheduled run',
};

/** Room left under GitHub's 65,536-character issue body for the marker the GitHub layer adds. */
const ISSUE_BODY_BUDGET = 65_000;
const SKIP_REASON_CHARS = 300;

export function detectDrift(args: {
  report: Report;
  lock: LockFile;
  confidence: number;
  maxDrop: number;
}): DriftResult {
  const { report, lock, confidence, maxDrop } = args;
  const prompts: PromptDrift[] = [];
  const skipped: DriftResult['skipped'] = [];
  for (const prompt of [...report.prompts].sort((a, b) => byCodeUnit(a.id, b.id))) {
    const locked = findLocked(lock, prompt.id);
    const skip = (reason: string) => skipped.push({ id: prompt.id, reason });
    if (!locked) {
      skip('never promoted: nothing recorded to compare with');
      continue;
    }
    if (prompt.version.candidateHash !== locked.hash) {
      skip(`the run evaluated content that is not the production version ${locked.version}`);
      continue;
    }
    const recorded = locked.evaluation ?? locked.lastScheduledRun;
    if (!recorded) {
      skip(
        `no evaluation of production version ${locked.version} is recorded yet (the scheduled run writes one into the lock file; commit it to use it next time)`,
      );
      continue;
    }
    if (prompt.verdict === 'error' && prompt.metrics.every((m) => (m.candidate?.n ?? 0) === 0)) {
      skip(`the run errored: ${prompt.reasons.map((r) => r.message).join('; ') || 'every call failed'}`);
      continue;
    }
    const current = summarizeEvaluation(report, prompt);
    const metrics = compareMetrics(recorded, current, confidence, maxDrop);
    if (metrics.length === 0) {
      skip('no metric in common with the recorded evaluation');
      continue;
    }
    prompts.push({
      id: prompt.id,
      version: locked.version,
      verdict: prompt.verdict,
      model: prompt.model,
      baseline: {
        source: locked.evaluation ? 'promotion' : 'scheduled run',
        at: recorded.at,
        model: recorded.model,
      },
      metrics,
      drifted: metrics.some((m) => m.drifted),
    });
  }
  return {
    drifted: prompts.some((p) => p.drifted),
    confidence,
    maxDrop,
    at: report.generatedAt,
    prompts,
    skipped,
  };
}

function compareMetrics(
  recorded: EvaluationSummary,
  current: EvaluationSummary,
  confidence: number,
  maxDrop: number,
): MetricDrift[] {
  return Object.keys(current.metrics)
    .sort(byCodeUnit)
    .flatMap((metric) => {
      const before = recorded.metrics[metric];
      const now = current.metrics[metric];
      if (!before || !now || before.n === 0 || now.n === 0) return [];
      const { diff, ci, pValue } = twoProportionComparison(
        before.passRate,
        before.n,
        now.passRate,
        now.n,
        confidence,
      );
      const significant = ci.high < 0 || ci.low > 0;
      const drifted = ci.high < 0 && -diff > maxDrop + EPSILON;
      return [{ metric, recorded: before, current: now, diff, ci, pValue, significant, drifted }];
    });
}

/** The lock file with this scheduled run recorded for every production prompt it evaluated as promoted. */
export function recordScheduledRun(lock: LockFile, report: Report): LockFile {
  const prompts = { ...lock.prompts };
  for (const prompt of report.prompts) {
    const locked = findLocked(lock, prompt.id);
    // An errored run measured the provider's outage, not the prompt: keep the previous record.
    if (!locked || prompt.version.candidateHash !== locked.hash || prompt.verdict === 'error') continue;
    prompts[prompt.id] = { ...locked, lastScheduledRun: summarizeEvaluation(report, prompt) };
  }
  return { ...lock, prompts };
}

/** The drift issue's title, naming the drifted prompts. */
export function driftIssueTitle(result: DriftResult): string {
  const drifted = result.prompts.filter((p) => p.drifted).map((p) => p.id);
  return drifted.length > 0 ? `promptgate: drift detected in ${drifted.join(', ')}` : 'promptgate: no drift';
}

/**
 * The drift issue body: one table per compared prompt (recorded vs now, change, interval, finding),
 * the prompts not compared, and the scheduled run's full report folded away when it fits.
 */
export function renderDriftIssueBody(result: DriftResult, reportMarkdown?: string): string {
  const level = `${Math.round(result.confidence * 100)}%`;
  const driftedCount = result.prompts.filter((p) => p.drifted).length;
  const lines = [
    driftedCount > 0
      ? `## promptgate: drift detected in ${plural(driftedCount, 'prompt')}`
      : '## promptgate: no drift detected',
    '',
    `The scheduled run of ${when(result.at)} re-evaluated the production prompts. A metric has drifted when its ` +
      `pass rate dropped by more than ${points(result.maxDrop)} and the ${level} interval of the change lies entirely below zero.`,
  ];
  for (const prompt of result.prompts) {
    const now = prompt.model === prompt.baseline.model ? '' : `; now ${escapeMarkdown(prompt.model)}`;
    lines.push(
      '',
      `### ${escapeMarkdown(prompt.id)} ${escapeMarkdown(prompt.version)}: ${prompt.drifted ? '**drifted**' : 'no drift'}`,
      '',
      `Compared with ${BASELINE_LABEL[prompt.baseline.source]} (${when(prompt.baseline.at)}, ${escapeMarkdown(prompt.baseline.model)}${now}).`,
      '',
      `| metric | recorded | now | change | ${level} interval | finding |`,
      '| --- | --- | --- | --- | --- | --- |',
      ...prompt.metrics.map(
        (m) =>
          `| ${escapeMarkdown(m.metric)} | ${rate(m.recorded)} | ${rate(m.current)} | ${points(m.diff, true)} | ` +
          `${points(m.ci.low, true)} to ${points(m.ci.high, true)} | ${finding(m)} |`,
      ),
    );
  }
  if (result.skipped.length > 0) {
    // Reasons can quote provider errors and judge replies: untrusted text, made inert.
    const skipped = result.skipped.map(
      (s) => `- ${inlineCode(s.id)}: ${escapeWithCode(truncate(s.reason, SKIP_REASON_CHARS))}`,
    );
    lines.push('', '### Not compared', '', ...skipped);
  }
  const body = lines.join('\n');
  if (!reportMarkdown) return `${body}\n`;
  const details = `\n\n<details><summary>Full report of the scheduled run</summary>\n\n${reportMarkdown.trim()}\n\n</details>\n`;
  if (body.length + details.length <= ISSUE_BODY_BUDGET) return `${body}${details}`;
  return `${body}\n\n_The full report is too long for an issue: see the workflow run's job summary and JSON report._\n`;
}

function finding(m: MetricDrift): string {
  if (m.drifted) return '**drifted**';
  if (!m.significant) return 'within noise';
  return m.diff < 0 ? 'small drop (within max drop)' : 'improved';
}

function rate(m: MetricSummary): string {
  return `${percent(m.passRate)} (n=${m.n})`;
}
