/**
 * Combines the JSON reports of a sharded run into one verdict. Shards normally hold whole prompts
 * (run/plan.ts), which merge by concatenation; a prompt split across reports (disjoint cases) is
 * recomputed from its cases, so its statistics are those of one run over all of them.
 */
import { REPORT_SCHEMA_VERSION } from '../contracts/report.js';
import { assemblePromptReport, promptReasons, type MetricInfo } from '../compare/build.js';
import { runReason, type Reason } from '../core/reason.js';
import { worstVerdict } from '../core/verdict.js';
import { defaultConfig } from '../config/load.js';
import type { GatePolicy } from '../config/types.js';
import { UsageError } from '../errors.js';
import type { UsageBucket, UsageTotals } from '../providers/types.js';
import { runReasons } from './facts.js';
import type { PromptReport, Report, Verdict } from './types.js';

/**
 * `policy` is only needed to re-gate a prompt split across reports; pass the project's `gate`
 * configuration (the defaults are used otherwise).
 */
export function mergeReports(reports: Report[], policy: GatePolicy = defaultConfig().gate): Report {
  const [first] = reports;
  if (!first) throw new UsageError('nothing to merge: give one or more JSON reports');
  checkCompatible(reports);

  const prompts = mergePrompts(reports, policy);
  const missing = missingShards(reports);
  const runLevel = reports.flatMap(runReasons);
  // "Nothing to evaluate" from one shard is not a reason of a run whose other shards evaluated.
  const extra = uniqueReasons(
    runLevel.filter((r) => prompts.length === 0 || r.code !== 'nothing-to-evaluate'),
  );
  const verdicts: Verdict[] = [
    ...prompts.map((p) => p.verdict),
    ...reports.map(runLevelVerdict),
    ...(missing.count > 0 ? (['error'] as const) : []),
  ];
  const warnings = unique(reports.flatMap((r) => r.warnings ?? []));
  const notEvaluated = [
    ...new Map(reports.flatMap((r) => r.notEvaluated ?? []).map((p) => [p.id, p])).values(),
  ];
  const runErrors = reports.reduce(
    (sum, r) => sum + r.errors - r.prompts.reduce((s, p) => s + p.errors, 0),
    0,
  );
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: first.tool,
    mode: first.mode,
    verdict: worstVerdict(verdicts),
    failOn: [...policy.failOn],
    reasons: [
      ...promptReasons(prompts),
      ...extra,
      ...(missing.count > 0
        ? [
            runReason(
              'missing-shards',
              `missing shard results: ${missingList(missing)} of ${missing.total}; the verdict is incomplete`,
            ),
          ]
        : []),
    ],
    generatedAt: reports.map((r) => r.generatedAt).reduce((a, b) => (b > a ? b : a)),
    ...(first.base ? { base: first.base } : {}),
    ...(first.head ? { head: first.head } : {}),
    prompts,
    usage: sumUsage(reports.map((r) => r.usage)),
    errors: prompts.reduce((sum, p) => sum + p.errors, 0) + Math.max(0, runErrors),
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(notEvaluated.length > 0 ? { notEvaluated } : {}),
  };
}

function checkCompatible(reports: Report[]): void {
  const modes = unique(reports.map((r) => r.mode));
  if (modes.length > 1) throw new UsageError(`cannot merge reports of different modes (${modes.join(', ')})`);
  for (const key of ['base', 'head'] as const) {
    const shas = unique(reports.flatMap((r) => (r[key] ? [r[key].sha] : [])));
    if (shas.length > 1)
      throw new UsageError(`cannot merge reports of different ${key} commits (${shas.join(', ')})`);
  }
  const seen = new Set<number>();
  for (const r of reports) {
    if (!r.shard) continue;
    if (r.shard.index > r.shard.total)
      throw new UsageError(
        `a report names shard ${r.shard.index} of ${r.shard.total}: not a shard of its run`,
      );
    if (seen.has(r.shard.index))
      throw new UsageError(`shard ${r.shard.index}/${r.shard.total} is given more than once`);
    seen.add(r.shard.index);
  }
}

/** Missing shards named in the reason; a run has at most a few hundred, a forged total has more. */
const MISSING_SHARDS_LISTED = 20;

interface MissingShards {
  /** The shard count the reports announce (the largest, should they differ). */
  total: number;
  count: number;
  /** The first missing indexes, at most MISSING_SHARDS_LISTED. */
  first: number[];
}

/**
 * Shard indexes announced by the reports' totals but absent from the inputs. Reports may come from
 * a pull request's run (workflow_run setups): the total is counted, not enumerated, so a report
 * claiming a billion shards costs nothing.
 */
function missingShards(reports: Report[]): MissingShards {
  const total = Math.max(0, ...reports.map((r) => r.shard?.total ?? 0));
  const present = new Set(reports.flatMap((r) => (r.shard ? [r.shard.index] : [])));
  const first: number[] = [];
  for (let i = 1; i <= total && first.length < MISSING_SHARDS_LISTED; i++) if (!present.has(i)) first.push(i);
  return { total, count: total - present.size, first };
}

function missingList({ count, first }: MissingShards): string {
  const more = count - first.length;
  return more > 0 ? `${first.join(', ')} and ${more.toLocaleString('en-US')} more` : first.join(', ');
}

function mergePrompts(reports: Report[], policy: GatePolicy): PromptReport[] {
  const groups = new Map<string, PromptReport[]>();
  for (const prompt of reports.flatMap((r) => r.prompts)) {
    groups.set(prompt.id, [...(groups.get(prompt.id) ?? []), prompt]);
  }
  return [...groups.values()].map((parts) =>
    parts.length === 1 && parts[0] ? parts[0] : recompute(parts, policy),
  );
}

/** One prompt whose cases were split across reports: recomputed over the union of its cases. */
function recompute(parts: PromptReport[], policy: GatePolicy): PromptReport {
  const [first] = parts;
  if (!first) throw new Error('recompute needs at least one part');
  // Each part's rounds spent alpha on its own data; a test over their union would be one more look.
  if (parts.some((p) => p.adaptive))
    throw new UsageError(
      `prompt ${first.id} ran with repeat: auto in more than one report; its rounds cannot be combined (run it in one shard)`,
    );
  const ids = new Set<string>();
  for (const c of parts.flatMap((p) => p.cases)) {
    if (ids.has(c.id))
      throw new UsageError(
        `prompt ${first.id}: case ${c.id} appears in more than one report (overlapping shards?)`,
      );
    ids.add(c.id);
  }
  const metrics = new Map<string, MetricInfo>();
  for (const m of parts.flatMap((p) => p.metrics)) {
    if (!metrics.has(m.name))
      metrics.set(m.name, { name: m.name, type: m.type, kind: m.pairwise ? 'pairwise' : 'single' });
  }
  return assemblePromptReport(
    {
      id: first.id,
      path: first.path,
      ...(first.previousPath !== undefined ? { previousPath: first.previousPath } : {}),
      status: first.status,
      model: first.model,
      // One shard on the offline stand-in makes the whole evaluation a stand-in's.
      offline: parts.some((p) => p.offline === true),
      threshold: Math.max(...parts.map((p) => p.threshold)),
      version: first.version,
      promptTokens: first.promptTokens,
      metrics: [...metrics.values()],
      sides: {
        baseline: parts.some((p) => p.usage.baseline !== undefined),
        candidate: parts.some((p) => p.usage.candidate !== undefined),
      },
      cases: parts.flatMap((p) => p.cases),
      setupErrors: parts.reduce<NonNullable<PromptReport['setupErrors']>>(
        (all, p) => ({ ...all, ...p.setupErrors }),
        {},
      ),
    },
    policy,
  );
}

/** The part of a report's verdict its prompts do not explain (e.g. a shard that crashed). */
function runLevelVerdict(report: Report): Verdict {
  const fromPrompts = worstVerdict(report.prompts.map((p) => p.verdict));
  return worstVerdict([fromPrompts, report.verdict]) === fromPrompts ? 'pass' : report.verdict;
}

function sumUsage(all: UsageTotals[]): UsageTotals {
  return {
    ...sumBuckets(all),
    judge: sumBuckets(all.map((u) => u.judge)),
    budgetExhausted: all.some((u) => u.budgetExhausted),
  };
}

/**
 * Counts add up; percentiles cannot be merged exactly without the raw latencies, so they are
 * averaged weighted by calls (an approximation, labelled as such in the docs).
 */
function sumBuckets(all: UsageBucket[]): UsageBucket {
  const add = (pick: (u: UsageBucket) => number) => all.reduce((sum, u) => sum + pick(u), 0);
  const calls = add((u) => u.calls);
  const weighted = (pick: (u: UsageBucket) => number) =>
    calls > 0 ? add((u) => pick(u) * u.calls) / calls : 0;
  return {
    calls,
    cachedCalls: add((u) => u.cachedCalls),
    errors: add((u) => u.errors),
    inputTokens: add((u) => u.inputTokens),
    outputTokens: add((u) => u.outputTokens),
    costUsd: add((u) => u.costUsd),
    latencyMs: { p50: weighted((u) => u.latencyMs.p50), p95: weighted((u) => u.latencyMs.p95) },
  };
}

/** The same run reason from several shards (the same budget note) is stated once. */
function uniqueReasons(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.code}\u0000${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
