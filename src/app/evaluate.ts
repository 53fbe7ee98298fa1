import { resolve } from 'node:path';
import { buildReport, nothingToEvaluate, type PromptComparisonInput } from '../compare/build.js';
import { promptReason, runReason } from '../core/reason.js';
import type { CacheMode, Config } from '../config/types.js';
import { discoverChanges, type PromptChange } from '../discover/changes.js';
import { loadConfig, loadProject, suitesFor, type Project } from '../discover/project.js';
import { defaultConfig } from '../config/load.js';
import { TRUST_HINT, trustBase, trustHead, type TrustedRun } from '../config/trust.js';
import { cacheDirInCommit } from './cache-trust.js';
import { explicitJudgeModel, isPairwise, usesJudge } from '../metrics/registry.js';
import { versionInfo } from '../lifecycle/versioning.js';
import type { Repository } from '../repo/repository.js';
import type { RepoSnapshot } from '../repo/snapshot.js';
import type { PromptReport, Report, ReportMode } from '../report/types.js';
import type { PromptExecution } from '../run/execute.js';
import { executeAndGate } from './gate-rounds.js';
import type { Executor } from '../run/executor.js';
import { createLocalExecutor, type ExecutorFactory } from '../run/local-executor.js';
import { prepareWork, type PromptWork } from '../run/prepare.js';
import { planPrompt, type PromptPlan } from '../run/plan.js';
import { selectShard } from '../run/shard.js';
import { TOOL_VERSION } from '../version.js';
import { ConfigError, getErrorMessage, TemplateError, TemplateSandboxError, UsageError } from '../errors.js';
import type { FailOn } from '../core/verdict.js';
import { checkPathsMatch, pathMatcher } from '../discover/select.js';
import { fileErrorReport, refusedPromptReport, untouchedFileWarning } from './file-errors.js';
import { noEvaluatorsWarning, unfilledPlaceholderWarnings } from '../prompts/github-placeholders.js';
import { fileUrlVarWarnings } from '../suites/promptfoo.js';
import { interruptionOf } from '../interrupt.js';

/** What to evaluate and how; the same for the CLI and the action. */
export interface EvaluateOptions {
  configPath?: string;
  /** Route every model call to the deterministic offline model. */
  offline?: boolean;
  cacheMode?: CacheMode;
  /** Only these prompt ids (or paths). */
  only?: string[];
  /**
   * Only prompts whose file, or a suite file testing them, lies at these repo-relative paths
   * (files, directories or globs). A path that matches nothing is a usage error.
   */
  paths?: string[];
  shard?: { index: number; total: number };
  /** Values that win over promptgate.yaml (action inputs). */
  overrides?: { cacheDir?: string; concurrency?: number; maxCostUsd?: number; failOn?: FailOn };
}

/**
 * `eval`: every prompt of the working tree on its own suites, gated on absolute thresholds.
 * `compare`: the prompts whose evaluation changed between base and head (undefined: the working
 * tree), on both versions.
 */
export type EvaluateRequest = EvaluateOptions &
  (
    | {
        mode: 'eval';
        /**
         * The working tree is a pull request's (the action's `eval` on a pull request event), based on
         * this ref: providers, routing, limits, the gate and the budget come from the merge base of it
         * and HEAD, as in `compare`. Undefined: the working tree's promptgate.yaml is trusted.
         */
        trustedBase?: string;
      }
    | {
        mode: 'compare';
        base: string;
        head?: string;
        /**
         * Use the head's providers, routing and cache directory as written. Off by default: the
         * head is the pull request, and those settings decide where requests (and keys) go.
         */
        trustHeadConfig?: boolean;
      }
  );

/** Where a run reports how it goes: the CLI prints, the action logs and writes the pending comment. */
export interface ProgressSink {
  /** Awaited after planning and key checks, before the first model call. */
  onPlan?: (plans: PromptPlan[], models: Pick<Executor, 'describe'>) => void | Promise<void>;
  onProgress?: (done: number, total: number) => void;
}

/** The edges of an evaluation, injected so the whole flow runs in-process in tests. */
export interface EvaluateDeps {
  /** Repository root: relative cache directories resolve against it. */
  root: string;
  repository: Repository;
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  progress?: ProgressSink;
  /** Aborted on SIGINT/SIGTERM: no new calls, finished results kept, verdict `error`. */
  signal?: AbortSignal;
  /** Runs the work items; default: in this process through the model gateway. */
  executor?: ExecutorFactory;
}

/** The report together with what it was computed from, so callers never load it again. */
export interface Evaluation {
  report: Report;
  config: Config;
  /** The evaluated project: the working tree for `eval`, the head for `compare`. */
  project: Project;
}

export async function evaluate(request: EvaluateRequest, deps: EvaluateDeps): Promise<Evaluation> {
  return request.mode === 'compare'
    ? evaluateCompare(request, request.base, request.head, request.trustHeadConfig === true, deps)
    : evaluateEval(request, request.trustedBase, deps);
}

async function evaluateEval(
  request: EvaluateOptions,
  trustedBase: string | undefined,
  deps: EvaluateDeps,
): Promise<Evaluation> {
  const snapshot = deps.repository.workingTree();
  const headConfig = await loadConfig(snapshot, request.configPath);
  const pullRequest =
    trustedBase === undefined ? undefined : await deps.repository.pullRequestSnapshots(trustedBase);
  // Without a config that loads at the merge base, the trusted routing and limits are the built-in defaults.
  const trust = pullRequest
    ? trustBase(
        headConfig,
        (await loadConfig(pullRequest.trusted, request.configPath).catch(() => undefined)) ?? defaultConfig(),
      )
    : undefined;
  const config = trust?.config ?? headConfig;
  // As in compare: cache entries the pull request committed would answer for the model.
  const cacheGuard = pullRequest
    ? await guardCommittedCache(request, config, pullRequest.head, deps.root, "the pull request's commit")
    : { options: request, warnings: [] };
  const { options } = cacheGuard;
  const project = await loadProject(snapshot, config, { isolate: true });
  const inScope = await scopeOf(
    request.paths,
    [...project.prompts.map((p) => p.path), ...project.suites.map((s) => s.path), ...project.errors.keys()],
    snapshot,
    config,
  );
  checkOnly(request.only, project.prompts);
  const all = project.prompts
    .filter((p) => selected(request.only, p.id, p.path))
    .filter((p) => inScope(p.path) || suitesFor(project, p).some((s) => inScope(s.path)))
    .map((prompt) =>
      planPrompt({
        id: prompt.id,
        path: prompt.path,
        status: 'unchanged',
        candidate: prompt,
        suites: suitesFor(project, prompt),
        repeat: config.repeat,
      }),
    );
  const plans = all.filter((plan) => plan.cases.length > 0);
  const failedFiles: PromptReport[] = [];
  // A run that finds no prompt file at all passes with nothing evaluated: most often the prompts
  // live where the globs do not look (or in another tool's format), so it says where it looked.
  const warnings: string[] = [
    ...cacheGuard.warnings,
    ...(project.prompts.length === 0 && project.errors.size === 0
      ? [
          `no prompt file matches \`prompts\` (${config.prompts.join(', ')}), so nothing was evaluated: ` +
            'set `prompts:` in promptgate.yaml to where your GitHub Models `.prompt.yml` files or promptgate prompt files are',
        ]
      : []),
  ];
  for (const [path, message] of project.errors) {
    if (inScope(path) && !request.only?.length)
      failedFiles.push(fileErrorReport(path, message, 'error', 'unchanged'));
    else warnings.push(untouchedFileWarning(path, message, 'not among the selected prompts'));
  }
  // A suite that does not load cannot say which prompt it tests: a prompt without cases may be its.
  const brokenSuites = failedFiles.map((f) => f.path).filter((path) => !isPromptFile(path));
  const noCases =
    brokenSuites.length > 0
      ? `${NO_TEST_CASES} (unless its suite is one that could not be loaded: ${listPaths(brokenSuites)})`
      : NO_TEST_CASES;
  const notEvaluated = all
    .filter((plan) => plan.cases.length === 0)
    .map((plan) => ({ id: plan.id, path: plan.path, reason: noCases }));
  const report = await execute('eval', plans, config, options, deps, undefined, trust, {
    notEvaluated,
    failedFiles,
    warnings,
  });
  return { report, config, project };
}

async function evaluateCompare(
  request: EvaluateOptions,
  baseRef: string,
  headRef: string | undefined,
  trustHeadConfig: boolean,
  deps: EvaluateDeps,
): Promise<Evaluation> {
  const range = await deps.repository.compareRange(baseRef, headRef);
  const config = await loadConfig(range.head, request.configPath);
  const trustedConfig = await loadConfig(range.base, request.configPath).catch(() => undefined);
  // Without a config that loads at base, the trusted routing and limits are the built-in defaults.
  const trust = trustHeadConfig ? trustHead(config) : trustBase(config, trustedConfig ?? defaultConfig());
  // The cache is a directory of the checkout: entries the head commits would answer for the model.
  const cacheGuard = trustHeadConfig
    ? { options: request, warnings: [] }
    : await guardCommittedCache(request, trust.config, range.head, deps.root, 'the compared commit');
  const { options } = cacheGuard;
  const head = await loadProject(range.head, trust.config, { isolate: true });
  const base = await loadProject(range.base, trustedConfig ?? config, { lenient: true });
  // A prompt removed by the change is still a valid --only target.
  checkOnly(request.only, [...head.prompts, ...base.prompts]);
  const inScope = await scopeOf(
    request.paths,
    [
      ...[...head.prompts, ...base.prompts].map((p) => p.path),
      ...[...head.suites, ...base.suites].map((s) => s.path),
      ...head.errors.keys(),
    ],
    range.head,
    trust.config,
  );

  // A file broken at head is that file's problem: a failure when the change touched it, else a warning.
  const failedFiles: PromptReport[] = [];
  const warnings: string[] = [...cacheGuard.warnings];
  for (const [path, message] of head.errors) {
    // Untouched: the same text, and just as broken at base. A file the change edits, adds, or breaks
    // through something it includes (a partial, a schema) is the change's problem.
    const basePath = range.renames.get(path) ?? path;
    if (head.refused.has(path)) {
      // A refused file (too large, a symlink out of the repository, a template the sandbox refuses)
      // is not read again to compare it: it is the change's `error` unless base refused it too.
      const touched = !base.refused.has(basePath);
      if (touched && inScope(path) && !request.only?.length) {
        const added = !(await range.base.listFiles()).includes(basePath);
        failedFiles.push(fileErrorReport(path, message, 'error', added ? 'added' : 'modified'));
      } else
        warnings.push(
          untouchedFileWarning(
            path,
            message,
            touched ? 'not among the selected prompts' : 'refused at base too',
          ),
        );
      continue;
    }
    const before = await range.base.readFile(basePath);
    const touched = before !== (await range.head.readFile(path)) || !base.errors.has(basePath);
    if (touched && inScope(path) && !request.only?.length)
      failedFiles.push(fileErrorReport(path, message, 'fail', before === undefined ? 'added' : 'modified'));
    else
      warnings.push(
        untouchedFileWarning(
          path,
          message,
          touched ? 'not among the selected prompts' : 'the change does not touch it',
        ),
      );
  }

  const headPathOf = new Map([...range.renames].map(([headPath, basePath]) => [basePath, headPath]));
  /** The base suites of a prompt that no longer load at head: its cases are not gone, they are broken. */
  const brokenSuitesOf = (change: PromptChange) =>
    change.base
      ? suitesFor(base, change.base)
          .map((s) => headPathOf.get(s.path) ?? s.path)
          .filter((path) => head.errors.has(path))
      : [];
  const notEvaluated: NonNullable<Report['notEvaluated']> = [];
  const plans = discoverChanges(base, head, range.renames)
    .filter((c) => !head.errors.has(c.path))
    .filter((c) => selected(request.only, c.id, c.path))
    .filter(
      (c) =>
        inScope(c.path) ||
        (c.previousPath !== undefined && inScope(c.previousPath)) ||
        (c.head ? suitesFor(head, c.head) : []).some((s) => inScope(s.path)) ||
        (c.base ? suitesFor(base, c.base) : []).some((s) => inScope(s.path)),
    )
    .map((change) => ({
      change,
      plan: planPrompt({
        id: change.id,
        path: change.path,
        previousPath: change.previousPath,
        status: change.status,
        baseline: change.base,
        candidate: change.head,
        baselineError: change.baseError,
        // Both versions run the candidate's cases; a removed prompt keeps its own suites for the record.
        suites: change.head ? suitesFor(head, change.head) : [],
        repeat: trust.config.repeat,
        casesRemoved: change.base ? suitesFor(base, change.base).some((s) => s.cases.length > 0) : false,
      }),
    }))
    .filter(({ change, plan }) => {
      const broken = plan.cases.length === 0 ? brokenSuitesOf(change) : [];
      if (broken.length === 0) return true;
      // The broken suite is reported (and gated) as its own entry; the prompt is not a second failure.
      notEvaluated.push({
        id: plan.id,
        path: plan.path,
        reason: `not evaluated: its suite ${listPaths(broken)} could not be loaded (see that file's error)`,
      });
      return false;
    })
    .map(({ plan }) => plan);
  const refs = {
    base: { ref: baseRef, sha: range.baseSha },
    head: { ref: headRef ?? 'working tree', sha: range.headSha },
  };
  const report = await execute('compare', plans, trust.config, options, deps, refs, trust, {
    failedFiles,
    warnings,
    notEvaluated,
  });
  return { report, config: trust.config, project: head };
}

async function execute(
  mode: ReportMode,
  allPlans: PromptPlan[],
  config: Config,
  options: EvaluateOptions,
  deps: EvaluateDeps,
  refs?: Pick<Report, 'base' | 'head'>,
  trust?: TrustedRun,
  notices: RunNotices = {},
): Promise<Report> {
  const sharded = options.shard ? selectShard(allPlans, options.shard.index, options.shard.total) : allPlans;
  // Each case is rendered once per side, here: the checks, the calls and the judges share it. A
  // prompt that may not run (a sandbox refusal, a case its candidate cannot render) is that prompt's
  // `error`, with no call made for any of its cases; every other prompt still runs.
  const prepared = sharded.map((plan) => prepareChecked(plan, config.judgeModel));
  const works = prepared.filter((p): p is PromptWork => !(p instanceof RefusedPrompt));
  const refused = prepared
    .filter((p): p is RefusedPrompt => p instanceof RefusedPrompt)
    .map(({ plan, error }) => refusedPromptReport(plan, error.format()));
  const plans = works.map((work) => work.plan);
  const o = options.overrides ?? {};
  const effective: Config = {
    ...config,
    concurrency: o.concurrency ?? config.concurrency,
    maxCostUsd: o.maxCostUsd ?? config.maxCostUsd,
    cache: { ...config.cache, dir: resolve(deps.root, o.cacheDir ?? config.cache.dir) },
  };
  const executor = (deps.executor ?? createLocalExecutor)(effective, {
    env: deps.env,
    offline: options.offline,
    cacheMode: options.cacheMode,
    ...(trust ? { refusal: trust.refusal } : {}),
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  // Fail fast, before any call, when a model cannot be served (missing key, unknown provider).
  for (const plan of plans) {
    if (plan.cases.length === 0) continue;
    if (plan.candidate) executor.check(plan.candidate.model);
    if (plan.baseline) executor.check(plan.baseline.model);
    for (const c of plan.cases) {
      for (const metric of c.metrics.filter(usesJudge)) {
        executor.check(explicitJudgeModel(metric) ?? c.judgeModel ?? config.judgeModel);
      }
    }
  }
  await deps.progress?.onPlan?.(plans, executor);

  const gated = await executeAndGate(works, {
    executor,
    onProgress: deps.progress?.onProgress,
    gate: config.gate,
    maxCostUsd: effective.maxCostUsd,
    comparison: (execution) => comparisonInput(execution, executor),
  });
  // Broken files are reported once, by the first shard.
  const failedFiles = !options.shard || options.shard.index === 1 ? (notices.failedFiles ?? []) : [];
  const prompts = [
    ...gated.map(({ execution, report }) => guardUngated(execution.work.plan, report)),
    ...refused,
    ...failedFiles,
  ];
  const usage = executor.usage();
  const report = buildReport({
    mode,
    prompts,
    usage,
    ...refs,
    ...(options.shard ? { shard: options.shard } : {}),
    toolVersion: TOOL_VERSION,
    generatedAt: deps.clock().toISOString(),
    failOn: o.failOn ?? config.gate.failOn,
    extraReasons: [
      ...(sharded.length === 0 && failedFiles.length === 0 ? [nothingToEvaluate(mode)] : []),
      ...(usage.budgetExhausted
        ? [
            runReason(
              'budget-exhausted',
              `budget exhausted: max_cost_usd ${effective.maxCostUsd ?? ''} reached; remaining calls were not made`,
            ),
          ]
        : []),
    ],
  });
  const reported = trust?.notApplied.length ? { ...report, headConfigNotApplied: trust.notApplied } : report;
  const warnings = [
    ...(notices.warnings ?? []),
    ...plans.flatMap((plan) =>
      plan.candidate
        ? [
            ...noEvaluatorsWarning(plan.candidate, plan.cases),
            ...unfilledPlaceholderWarnings(plan.candidate, plan.cases),
          ]
        : [],
    ),
    ...plans.flatMap((plan) =>
      plan.candidate?.format === 'promptgate' ? fileUrlVarWarnings(plan.cases) : [],
    ),
  ];
  const noticed: Report = {
    ...reported,
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(notices.notEvaluated?.length ? { notEvaluated: notices.notEvaluated } : {}),
  };
  // Calls the budget refused leave cases unevaluated: never a pass (nor "cannot tell"), whatever
  // fail_on_error says; a regression already shown stays a failure.
  const interrupted = interruptionOf(deps.signal);
  if (interrupted)
    return {
      ...noticed,
      verdict: 'error',
      reasons: [runReason('interrupted', interrupted.message), ...noticed.reasons],
    };
  const unfinished = noticed.verdict === 'pass' || noticed.verdict === 'inconclusive';
  return usage.budgetExhausted && unfinished ? { ...noticed, verdict: 'error' } : noticed;
}

/**
 * The run's options and warnings once `head`'s commit is checked for files in the response cache's
 * directory: when it holds any, the cache is neither read nor written (cacheMode off), and a warning
 * says why. `commit` names `head` in that warning.
 */
async function guardCommittedCache(
  request: EvaluateOptions,
  config: Config,
  head: RepoSnapshot,
  root: string,
  commit: string,
): Promise<{ options: EvaluateOptions; warnings: string[] }> {
  const dir = await cacheDirInCommit(head, root, request.overrides?.cacheDir ?? config.cache.dir);
  return dir
    ? { options: { ...request, cacheMode: 'off' }, warnings: [committedCacheWarning(dir, commit)] }
    : { options: request, warnings: [] };
}

/** Why a run neither reads nor writes the response cache: `dir` holds files of `commit`. */
function committedCacheWarning(dir: string, commit: string): string {
  return `\`${dir}\` holds files of ${commit}, where a pull request could write the answers its prompt should get: the response cache is neither read nor written in this run (${TRUST_HINT})`;
}

/** What a run reports besides its evaluated prompts. */
interface RunNotices extends Pick<Report, 'warnings' | 'notEvaluated'> {
  /** Prompt and suite files that could not be loaded, as prompt entries that fail or error the run. */
  failedFiles?: PromptReport[];
}

/** Prompt files by name (a broken one is reported under its prompt id; anything else is a suite or data file). */
function isPromptFile(path: string): boolean {
  return /\.prompt\.ya?ml$/i.test(path);
}

/** Paths as code spans, at most three and a count of the rest. */
function listPaths(paths: string[]): string {
  const shown = paths.slice(0, 3).map((p) => `\`${p}\``);
  return paths.length > 3 ? `${shown.join(', ')} and ${paths.length - 3} more` : shown.join(', ');
}

/** Why a prompt without cases is listed but not evaluated. */
const NO_TEST_CASES = 'not evaluated: no test cases';

/** A changed prompt with no eval cases is not gated; if the PR removed its cases, that fails the gate. */
function guardUngated(plan: PromptPlan, report: PromptReport): PromptReport {
  if (!plan.candidate || plan.cases.length > 0) return report;
  if (plan.casesRemoved) {
    return {
      ...report,
      verdict: 'fail',
      reasons: [
        ...report.reasons,
        promptReason(
          report.id,
          'cases-removed',
          'its eval cases were removed, so the change would escape the gate; keep or replace its suite',
        ),
      ],
    };
  }
  return {
    ...report,
    reasons: [
      ...report.reasons,
      promptReason(
        report.id,
        'not-gated',
        `${NO_TEST_CASES}, so not gated (add \`testData\`, or a suite that names this prompt)`,
      ),
    ],
  };
}

function comparisonInput(execution: PromptExecution, executor: Executor): PromptComparisonInput {
  const { plan } = execution.work;
  const modelRef = (plan.candidate ?? plan.baseline)?.model ?? '';
  return {
    id: plan.id,
    path: plan.path,
    previousPath: plan.previousPath,
    status: plan.status,
    model: executor.describe(modelRef),
    offline: executor.isOffline(modelRef),
    threshold: plan.threshold,
    metrics: plan.metrics.map((m) => ({
      name: m.name,
      type: m.type,
      kind: isPairwise(m) ? 'pairwise' : 'single',
    })),
    baseline: execution.baseline,
    candidate: execution.candidate,
    pairwise: execution.pairwise,
    version: versionInfo(plan.baseline, plan.candidate),
  };
}

/** A prompt none of whose cases may run, and why (the file, the line and the fix). */
class RefusedPrompt {
  constructor(
    readonly plan: PromptPlan,
    readonly error: ConfigError,
  ) {}
}

/**
 * The prompt's rendered work, or why it may not run. A template the sandbox refuses renders for no
 * case and calls nothing. A promptgate candidate that cannot render one of its cases (say, an
 * undefined variable) is a configuration mistake to fix before spending tokens: report the case and
 * the template line. Baselines may legitimately lack a variable the PR adds, so their render errors
 * stay per-case errors. GitHub Models files keep gh's behaviour: a row without a variable is that
 * case's error, not the prompt's.
 */
function prepareChecked(plan: PromptPlan, judgeModel: string): PromptWork | RefusedPrompt {
  let work: PromptWork;
  try {
    work = prepareWork(plan, judgeModel);
  } catch (error) {
    if (error instanceof TemplateSandboxError) return new RefusedPrompt(plan, error);
    throw error;
  }
  const { candidate } = work;
  if (candidate?.prompt?.format !== 'promptgate') return work;
  for (const [i, rendered] of candidate.cases.entries()) {
    const c = plan.cases[i];
    if (!c || !('failure' in rendered)) continue;
    const missing = rendered.failure instanceof TemplateError && rendered.failure.missingVariables.length > 0;
    return new RefusedPrompt(
      plan,
      new ConfigError(
        `case \`${c.id}\` cannot render prompt \`${plan.id}\`: ${getErrorMessage(rendered.failure)}`,
        c.location,
        missing
          ? 'define the variable in the case `vars` (or the suite `vars`), or guard it with `{% if %}` / `| default()`'
          : 'a value is of another kind than the template expects there (a list where a filter takes text, say): fix the case `vars`, or convert it in the template (`| join(", ")`, `| string`)',
      ),
    );
  }
  return work;
}

/** `--only` names that match no prompt are a typo to report, not an empty (passing) run. */
function checkOnly(only: string[] | undefined, prompts: { id: string; path: string }[]): void {
  const unknown = (only ?? []).filter((name) => !prompts.some((p) => p.id === name || p.path === name));
  if (unknown.length > 0) {
    throw new UsageError(
      `no prompt matches --only ${unknown.join(', ')} (known: ${[...new Set(prompts.map((p) => p.id))].join(', ') || 'none'})`,
    );
  }
}

/** The path filter of a run (everything without paths); a path that selects none of `files` is a usage error. */
async function scopeOf(
  paths: string[] | undefined,
  files: string[],
  snapshot: RepoSnapshot,
  config: Config,
): Promise<(path: string) => boolean> {
  if (!paths?.length) return () => true;
  const matches = pathMatcher(paths);
  if (!paths.every((path) => files.some(pathMatcher([path])))) {
    // Only on the error path: list the repository to tell a typo from a file outside the globs.
    checkPathsMatch(paths, files, {
      repoFiles: await snapshot.listFiles(),
      promptGlobs: config.prompts,
      suiteGlobs: config.suites,
    });
  }
  return matches;
}

function selected(only: string[] | undefined, id: string, path: string): boolean {
  return !only || only.length === 0 || only.includes(id) || only.includes(path);
}
