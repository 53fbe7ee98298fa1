import { resolve } from 'node:path';
import { coreIO, logSafeIO, type ActionIO } from './action/io.js';
import { PrCommentWriter } from './action/pr-comment.js';
import { readSettings, type ActionSettings } from './action/settings.js';
import { evaluate, type EvaluateDeps, type EvaluateOptions, type Evaluation } from './app/evaluate.js';
import type { PromptPlan } from './run/plan.js';
import { changesOnlyLockFile, promoteAfterMerge, watchDrift, type AfterEvalDeps } from './app/after-eval.js';
import { runExperimentMode } from './action/experiment.js';
import { reasonLine } from './core/reason.js';
import { DEFAULT_FAIL_ON, failsCheck } from './core/verdict.js';
import { ConfigError, getErrorMessage, MissingSecretError } from './errors.js';
import { headline } from './report/facts.js';
import { verdictLabel } from './report/format.js';
import { annotationsFor, failedCallsWarning } from './github/annotations.js';
import { conclusionFor } from './github/checks.js';
import { createGitHubClient } from './github/client.js';
import { OUTPUTS, type ActionMode } from './github/constants.js';
import { autoMode, readActionContext, type ActionContext } from './github/context.js';
import type { GitHubPort } from './github/port.js';
import { errorReport, writeOutput } from './output.js';
import { reportFormats } from './report/formats/registry.js';
import { reportJson } from './report/json.js';
import { listenForInterrupts, type SignalSource } from './interrupt.js';
import { loadConfig } from './discover/project.js';
import { gitRepository } from './repo/repository.js';
import { WorkingTreeSnapshot } from './repo/worktree.js';
import { maskSecrets } from './providers/gateway.js';
import { renderJobSummary, renderMarkdown } from './report/markdown.js';
import type { Report } from './report/types.js';

/** The action's edges: the runner (inputs, outputs, log), the environment, the clock and GitHub. */
export interface ActionDeps {
  env: NodeJS.ProcessEnv;
  io: ActionIO;
  clock: () => Date;
  /** The GitHub REST port for a token and an API URL. */
  github: (token: string, apiUrl: string) => GitHubPort;
  /** SIGINT/SIGTERM (a cancelled job) stop the evaluation, which still reports; none: not listened to. */
  signals?: SignalSource;
}

export const runnerDeps = (): ActionDeps => ({
  env: process.env,
  io: coreIO,
  clock: () => new Date(),
  github: (token, apiUrl) => createGitHubClient(token, { baseUrl: apiUrl }),
  signals: process,
});

/**
 * The action as the runner starts it (src/index.ts): `run`, and anything thrown while reporting (an
 * unwritable outputs file, a non-Error value) still fails the step with one line, never passes it.
 */
export async function runAction(deps: ActionDeps = runnerDeps()): Promise<void> {
  try {
    await run(deps);
  } catch (error) {
    logSafeIO(deps.io).setFailed(`promptgate: unexpected failure: ${getErrorMessage(error)}`);
  }
}

/** The action: inputs -> evaluation -> report, comment, summary, annotations, outputs, exit status. */
export async function run(edges: ActionDeps = runnerDeps()): Promise<void> {
  // Everything the action logs quotes pull request text: never a workflow command in the log.
  const deps: ActionDeps = { ...edges, io: logSafeIO(edges.io) };
  const { env, io: core } = deps;
  let settings: ActionSettings | undefined;
  let mode: ActionMode = 'compare';
  let report: Report | undefined;
  let context: ActionContext | undefined;
  let github: GitHubPort | undefined;
  const changed: ChangedPrompts = {};
  const interruption = deps.signals
    ? listenForInterrupts(deps.signals, {
        onInterrupt: (why) =>
          core.warning(`promptgate: ${why.signal} received: stopping, writing the reports`),
      })
    : undefined;
  try {
    maskSecrets(env, (value) => core.setSecret(value));
    settings = readSettings((name) => core.getInput(name));
    context = readActionContext(env, { base: settings.base, head: settings.head });
    mode = settings.mode === 'auto' ? autoMode(context) : settings.mode;
    await maskConfiguredSecrets(context.workspace, settings.configPath, deps);
    core.info(`promptgate: ${mode} mode on ${context.eventName}`);
    if (!settings.token)
      core.warning(
        'the `github-token` input is empty: no PR comment, check run or drift issue will be written',
      );
    github = settings.token ? deps.github(settings.token, context.apiUrl) : undefined;
    // An experiment analyses production outcomes: no evaluation, no report, its own summary.
    if (mode === 'experiment') return await runExperimentMode(settings, context, deps);
    const pr = context.pullRequest;
    const prComment =
      github && pr && settings.comment ? new PrCommentWriter(github, context, pr.number, core) : undefined;
    report = await runMode(mode, settings, context, github, deps, interruption?.signal, prComment, changed);
    await publish(report, settings, context, github, deps, prComment, changed);
    conclude(report, core);
  } catch (error) {
    if (error instanceof NeutralSkip) {
      await skipNeutrally(error.message, settings, context, github, deps);
      return;
    }
    report ??= errorReport(
      mode === 'scheduled' ? 'scheduled' : mode === 'eval' ? 'eval' : 'compare',
      error,
      deps.clock(),
    );
    // Later steps (`if: always()`) read the outputs: a run that could not finish says so there too.
    core.setOutput(OUTPUTS.verdict, 'error');
    if (changed.ids) core.setOutput(OUTPUTS.changedPrompts, JSON.stringify(changed.ids));
    await writeReportSafely(report, settings, deps);
    const failed = report;
    await bestEffort(core, 'write the job summary', () =>
      core.appendSummary(renderJobSummary(failed, { runUrl: context?.runUrl })),
    );
    core.setFailed(`promptgate: ${getErrorMessage(error)}`);
  } finally {
    interruption?.dispose();
    // A cancelled job ends like a process the signal ended, once its reports are written.
    const code = interruption?.exitCode();
    if (code !== undefined) core.setExitCode(code);
  }
}

/** The ids of the prompts a compare run planned: its `changed-prompts` output, set once at the end. */
interface ChangedPrompts {
  ids?: string[];
}

/** A run that must not evaluate and must not fail the check: fork pull requests. */
class NeutralSkip extends Error {}

/** Keys named by `api_key_env` or `${VAR}` headers are secrets too; a broken config is reported later. */
async function maskConfiguredSecrets(root: string, configPath: string, deps: ActionDeps): Promise<void> {
  const config = await loadConfig(new WorkingTreeSnapshot(root), configPath).catch(() => undefined);
  if (config) maskSecrets(deps.env, (value) => deps.io.setSecret(value), config);
}

async function runMode(
  // An experiment analyses production outcomes and never reaches an evaluation.
  mode: Exclude<ActionMode, 'experiment'>,
  settings: ActionSettings,
  context: ActionContext,
  github: GitHubPort | undefined,
  deps: ActionDeps,
  signal: AbortSignal | undefined,
  prComment: PrCommentWriter | undefined,
  changed: ChangedPrompts,
): Promise<Report> {
  const core = deps.io;
  const root = context.workspace;
  const options: EvaluateOptions = {
    configPath: settings.configPath,
    offline: settings.offline,
    shard: settings.shard,
    overrides: {
      cacheDir: settings.cacheDir,
      concurrency: settings.concurrency,
      maxCostUsd: settings.maxCostUsd,
      failOn: settings.failOn,
    },
  };
  const evaluateDeps: EvaluateDeps = {
    root,
    repository: gitRepository(root),
    // GitHub Models authenticates with the workflow token: the `github-token` input serves it when
    // GITHUB_TOKEN is not in the environment, so a repository needs no model secret at all.
    env: settings.token && !deps.env.GITHUB_TOKEN ? { ...deps.env, GITHUB_TOKEN: settings.token } : deps.env,
    clock: deps.clock,
    progress: { onProgress: progressLogger(core) },
    ...(signal ? { signal } : {}),
  };
  const afterEval: AfterEvalDeps = { root, env: deps.env, clock: deps.clock, log: core, context, github };
  switch (mode) {
    case 'compare': {
      const base = context.base;
      if (!base) {
        throw new ConfigError(
          `nothing to compare on a ${context.eventName} event`,
          undefined,
          'set the `base` input (and optionally `head`), or use `mode: eval`',
        );
      }
      const onPlan = (plans: PromptPlan[]) => {
        // Set once, with the report (publish) or on the error path: a broken suite is in the
        // report's prompts under its path, but it is no prompt that was evaluated.
        changed.ids = plans.map((p) => p.id);
        // Reviewers must never read a stale verdict from an older push while this one runs.
        if (plans.length > 0) prComment?.startPending(plans.map((p) => p.id));
      };
      const evaluation = await guardForkPullRequest(context, () =>
        evaluate(
          {
            ...options,
            mode: 'compare',
            base,
            head: context.head,
            trustHeadConfig: settings.trustHeadConfig,
          },
          { ...evaluateDeps, progress: { ...evaluateDeps.progress, onPlan } },
        ),
      );
      return evaluation.report;
    }
    case 'eval': {
      if (!context.pullRequest) return (await evaluate({ ...options, mode: 'eval' }, evaluateDeps)).report;
      // The working tree holds the pull request's promptgate.yaml: as in compare, routing, secrets,
      // limits, the gate and the budget come from the base commit unless the head is trusted.
      const trustedBase = settings.trustHeadConfig ? undefined : context.base;
      if (!settings.trustHeadConfig && !trustedBase) {
        throw new ConfigError(
          `\`mode: eval\` on a ${context.eventName} event reads its gate, budget and routing from the pull request's base commit, and the event names none`,
          undefined,
          "set the `base` input to the base branch, or `trust-head-config: true` to apply the pull request's promptgate.yaml as written",
        );
      }
      const evaluation = await guardForkPullRequest(context, () =>
        evaluate({ ...options, mode: 'eval', ...(trustedBase ? { trustedBase } : {}) }, evaluateDeps),
      );
      return evaluation.report;
    }
    case 'promote': {
      // The push of a promotion commit itself (the lock file alone) has nothing new to evaluate.
      const config = await loadConfig(new WorkingTreeSnapshot(root), settings.configPath);
      if (await changesOnlyLockFile(root, config.lockFile)) {
        const message = `this push only records promotions (${config.lockFile}): nothing to evaluate`;
        core.notice(message);
        return { ...errorReport('eval', message, deps.clock()), verdict: 'pass', errors: 0 };
      }
      return promoteAfterMerge(await evaluate({ ...options, mode: 'eval' }, evaluateDeps), afterEval);
    }
    case 'scheduled':
      return watchDrift(await evaluate({ ...options, mode: 'eval' }, evaluateDeps), afterEval);
  }
}

/**
 * A pull request's evaluation, with the rules for forks: none at all on `pull_request_target`
 * (secrets in reach of what the fork wrote), and a neutral skip on `pull_request` when a variable
 * the trusted configuration needs is unset (GitHub gives forks no secrets).
 */
async function guardForkPullRequest(
  context: ActionContext,
  evaluation: () => Promise<Evaluation>,
): Promise<Evaluation> {
  const pr = context.pullRequest;
  if (pr?.isFork && context.eventName === 'pull_request_target') {
    // With secrets in reach of a job that reads everything the fork wrote: the base's config and the
    // template sandbox are defences in depth, not a reason to hand a stranger's files the secrets.
    throw new NeutralSkip(
      'promptgate does not evaluate fork pull requests on `pull_request_target`: the pull request controls ' +
        'the prompts, templates and promptgate.yaml that would run with your secrets. Use `pull_request` ' +
        '(with GitHub Models, `permissions: models: read`, no secret is needed) or let a maintainer run ' +
        'the gate with `workflow_dispatch`.',
    );
  }
  try {
    return await evaluation();
  } catch (error) {
    // The facts: a fork pull request (GitHub gives it no secrets) and a variable the trusted
    // configuration needs is unset. Decided by type, never by the message text.
    if (pr?.isFork && error instanceof MissingSecretError) {
      throw new NeutralSkip(
        'promptgate skipped the evaluation: this pull request comes from a fork, and GitHub does not give ' +
          `workflows on fork pull requests access to secrets (${error.variables.join(', ')} for provider \`${error.provider}\`). A maintainer ` +
          'can run the gate with `workflow_dispatch`, or route models to GitHub Models ' +
          '(`permissions: models: read`), which needs no secret.',
      );
    }
    throw error;
  }
}

/** Writes the report everywhere it belongs; a failure to comment never hides the verdict. */
async function publish(
  report: Report,
  settings: ActionSettings,
  context: ActionContext,
  github: GitHubPort | undefined,
  deps: ActionDeps,
  prComment: PrCommentWriter | undefined,
  changed: ChangedPrompts,
): Promise<void> {
  const core = deps.io;
  await writeReportSafely(report, settings, deps);
  core.setOutput(OUTPUTS.verdict, report.verdict);
  if (report.mode === 'compare') core.setOutput(OUTPUTS.changedPrompts, JSON.stringify(changed.ids ?? []));

  const htmlUrl = htmlReportUrl(settings, context);
  // The comment first: when it cannot be brought up to date, the summary says so.
  const commentNote =
    report.mode === 'compare' ? await prComment?.finish(report, { htmlReportUrl: htmlUrl }) : undefined;
  const markdown = renderJobSummary(report, {
    runUrl: context.runUrl,
    ...(htmlUrl ? { htmlReportUrl: htmlUrl } : {}),
  });
  await bestEffort(core, 'write the job summary', () =>
    core.appendSummary(commentNote ? `${commentNote}\n${markdown}` : markdown),
  );

  const failedCalls = failedCallsWarning(report);
  if (failedCalls) core.warning(failedCalls, { title: 'promptgate: most model calls failed' });
  for (const a of annotationsFor(report)) {
    const props = { ...(a.file ? { file: a.file } : {}), title: a.title };
    if (a.level === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }

  if (github && settings.checkRuns && context.head) {
    const head = context.head;
    await bestEffort(core, 'create check runs', () => checkRuns(github, report, context, head, core));
  }
}

/** GitHub being unavailable must not turn a computed verdict into a failure: warn and go on. */
async function bestEffort(core: ActionIO, what: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    core.warning(`could not ${what}: ${getErrorMessage(error)}`);
  }
}

async function checkRuns(
  github: GitHubPort,
  report: Report,
  context: ActionContext,
  headSha: string,
  core: ActionIO,
): Promise<void> {
  for (const prompt of report.prompts) {
    const result = await github.createCheckRun({
      owner: context.owner,
      repo: context.repo,
      headSha,
      name: `promptgate: ${prompt.id}`,
      conclusion: conclusionFor(prompt.verdict, report.failOn ?? DEFAULT_FAIL_ON),
      title: `${verdictLabel(prompt.verdict)}: ${prompt.reasons[0]?.message ?? prompt.id}`,
      summary: renderMarkdown(
        { ...report, prompts: [prompt], verdict: prompt.verdict, reasons: prompt.reasons },
        { runUrl: context.runUrl },
      ),
      ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
    });
    if (result.action === 'skipped') core.warning(`check run skipped: ${result.reason}`);
  }
}

/** Fails the step per `fail-on`, so a required status check blocks the merge. */
function conclude(report: Report, core: ActionIO): void {
  const label = verdictLabel(report.verdict);
  if (report.verdict === 'pass') {
    const notes = report.reasons
      .slice(0, 3)
      .map((r) => reasonLine(r))
      .join('; ');
    core.info(`promptgate: ${label}${notes ? ` (${notes})` : ''}`);
    return;
  }
  // The comment's headline: it names what regressed, errored or cannot tell, the worst first (the
  // first reasons in report order could all be about a lesser prompt than the one behind the verdict).
  const why = headline(report);
  const failOn = report.failOn ?? DEFAULT_FAIL_ON;
  if (failsCheck(report.verdict, failOn)) core.setFailed(`promptgate: ${label}: ${why}`);
  else core.warning(`promptgate: ${label} (not failing: fail-on is ${failOn.join(',') || 'never'}): ${why}`);
}

/**
 * Writes the JSON report and, next to it, the HTML report (same name, `.html`); sets both path
 * outputs. A failure to write is a warning: the verdict still reaches the log and the exit status.
 */
async function writeReportSafely(
  report: Report,
  settings: ActionSettings | undefined,
  deps: ActionDeps,
): Promise<string> {
  const core = deps.io;
  const path = resolve(
    deps.env.GITHUB_WORKSPACE ?? process.cwd(),
    settings?.reportPath ?? 'promptgate-report.json',
  );
  // The JSON report at `report-path`, and beside it every format with an action output (the registry's).
  const files = [
    { file: path, output: OUTPUTS.reportPath, render: () => Promise.resolve(reportJson(report)) },
    ...reportFormats().flatMap((format) =>
      format.actionOutput
        ? [
            {
              file: besideReport(path, format.extension),
              output: format.actionOutput,
              render: () => format.render(report),
            },
          ]
        : [],
    ),
  ];
  for (const { file, render } of files) {
    try {
      await writeOutput(file, await render());
    } catch (error) {
      core.warning(`could not write the report to ${file}: ${getErrorMessage(error)}`);
    }
  }
  for (const { file, output } of files) core.setOutput(output, file);
  return path;
}

/** `promptgate-report.json` -> `promptgate-report.html`; any other name gets `.html` appended. */
function besideReport(jsonPath: string, extension: string): string {
  const base = jsonPath.endsWith('.json') ? jsonPath.slice(0, -'.json'.length) : jsonPath;
  return `${base}.${extension}`;
}

/** The link under the comment's headline: an explicit URL, else the run's artifacts when one is named. */
function htmlReportUrl(settings: ActionSettings, context: ActionContext): string | undefined {
  if (settings.reportUrl) return settings.reportUrl;
  return settings.reportArtifact && context.runUrl ? `${context.runUrl}#artifacts` : undefined;
}

/**
 * Says why nothing was evaluated: verdict `skipped` in the outputs, the JSON report, the summary and
 * (with `check-runs`) a neutral check run. Skipped is not a pass: the step fails when `fail-on`
 * lists `skipped`, so a workflow can require that every pull request is really evaluated.
 */
async function skipNeutrally(
  message: string,
  settings: ActionSettings | undefined,
  context: ActionContext | undefined,
  github: GitHubPort | undefined,
  deps: ActionDeps,
): Promise<void> {
  const core = deps.io;
  const failOn = settings?.failOn ?? DEFAULT_FAIL_ON;
  core.notice(message);
  core.setOutput(OUTPUTS.verdict, 'skipped');
  core.setOutput(OUTPUTS.changedPrompts, '[]');
  const report = errorReport('compare', message, deps.clock());
  report.verdict = 'skipped';
  report.errors = 0;
  report.failOn = [...failOn];
  report.head = context?.head ? { ref: context.head, sha: context.head } : undefined;
  await writeReportSafely(report, settings, deps);
  await bestEffort(core, 'write the job summary', () =>
    core.appendSummary(`### ⚪ promptgate: skipped\n\n${message}\n`),
  );
  const head = context?.head;
  if (github && context && head && settings?.checkRuns) {
    await bestEffort(core, 'create the check run', () =>
      github.createCheckRun({
        owner: context.owner,
        repo: context.repo,
        headSha: head,
        name: 'promptgate',
        conclusion: conclusionFor('skipped', failOn),
        title: `${verdictLabel('skipped')}: not evaluated`,
        summary: message,
        ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
      }),
    );
  }
  if (failsCheck('skipped', failOn)) core.setFailed(`promptgate: ${verdictLabel('skipped')}: ${message}`);
}

function progressLogger(core: ActionIO): (done: number, total: number) => void {
  let lastDecile = -1;
  return (done, total) => {
    const decile = Math.floor((done / total) * 10);
    if (decile !== lastDecile) {
      lastDecile = decile;
      core.info(`evaluated ${done}/${total} samples`);
    }
  };
}
