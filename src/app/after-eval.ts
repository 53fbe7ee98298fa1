import { promptReason, runReason } from '../core/reason.js';
import { getErrorMessage } from '../errors.js';
import { DRIFT_ISSUE_LABELS, driftIssueMarker } from '../github/constants.js';
import type { ActionContext } from '../github/context.js';
import type { GitHubPort } from '../github/port.js';
import { resolveActor } from '../lifecycle/actor.js';
import {
  detectDrift,
  driftIssueTitle,
  recordScheduledRun,
  renderDriftIssueBody,
} from '../lifecycle/drift.js';
import { promote } from '../lifecycle/promote.js';
import { updateLockFile } from '../lifecycle/store.js';
import type { Evaluation } from './evaluate.js';
import { commitAsActionsBot, git, gitOrThrow } from '../repo/git.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/types.js';

/** Where the lifecycle steps log: the action's log, or a test's record. */
export interface LifecycleLog {
  info(message: string): void;
  warning(message: string): void;
}

/** The edges of the steps that follow an evaluation in the action. */
export interface AfterEvalDeps {
  /** The repository root (a checkout: promotion commits and pushes from it). */
  root: string;
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  log: LifecycleLog;
  context: ActionContext;
  github?: GitHubPort;
}

/**
 * After a merge, with the prompts as merged evaluated (the cache makes unchanged work free): promote
 * every prompt whose exact content passed, then commit the lock file (or open a pull request with it).
 * The evaluation is kept even when promoting fails (a rejected push, a broken lock file).
 */
export async function promoteAfterMerge(evaluation: Evaluation, deps: AfterEvalDeps): Promise<Report> {
  return promoteEvaluated(evaluation, deps).catch((error: unknown) => withError(evaluation.report, error));
}

/** The report with a failure that happened after the evaluation: results kept, verdict `error`. */
function withError(report: Report, error: unknown): Report {
  return {
    ...report,
    verdict: 'error',
    reasons: [runReason('run-failed', getErrorMessage(error)), ...report.reasons],
    errors: report.errors + 1,
  };
}

async function promoteEvaluated(evaluation: Evaluation, deps: AfterEvalDeps): Promise<Report> {
  const { report, config, project } = evaluation;
  const { root, context, github, log } = deps;
  const commit = (await gitOrThrow(['rev-parse', 'HEAD'], root)).trim();
  const actor = await resolveActor(root, deps.env);
  const result = await updateLockFile(root, config.lockFile, async (lock) => {
    const promoted = await promote({
      root,
      lock,
      prompts: project.prompts,
      ids: report.prompts.map((p) => p.id),
      report,
      actor,
      commit,
      now: deps.clock(),
      tag: config.promotion.tag,
    });
    return { ...(promoted.promoted.length > 0 ? { lock: promoted.lock } : {}), result: promoted };
  });
  for (const id of result.promoted) log.info(`promoted ${id} ${result.lock.prompts[id]?.version ?? ''}`);
  for (const r of result.refused) log.warning(`not promoted ${r.id}: ${r.reason}`);
  for (const note of result.notes) log.info(note);
  if (result.promoted.length === 0) return report;

  const message = `promptgate: promote ${result.promoted.map((id) => `${id}@${result.lock.prompts[id]?.version ?? ''}`).join(', ')}`;
  const branch =
    config.promotion.commit === 'pull-request' ? `promptgate/promote-${commit.slice(0, 7)}` : undefined;
  await gitOrThrow(['add', '--', config.lockFile], root);
  await commitAsActionsBot(root, message);
  const target = branch ?? context.ref.replace(/^refs\/heads\//, '');
  // promptgate's own branch may hold an earlier run's commit (a re-run): replace exactly what was
  // there when we looked, never someone else's later push. The default branch is never forced.
  const lease = branch ? [`--force-with-lease=refs/heads/${branch}:${await remoteHead(root, branch)}`] : [];
  await gitOrThrow(
    ['push', ...lease, 'origin', `HEAD:refs/heads/${target}`, ...result.tags.map((t) => `refs/tags/${t}`)],
    root,
  );
  if (branch && github && context.defaultBranch) {
    const pr = await github.openPullRequest({
      owner: context.owner,
      repo: context.repo,
      head: branch,
      base: context.defaultBranch,
      title: message,
      body: renderMarkdown(report, { runUrl: context.runUrl }),
    });
    if (pr.action === 'skipped') log.warning(`promotion pull request not written: ${pr.reason}`);
    else log.info(`promotion pull request ${pr.action === 'created' ? 'opened' : 'updated'}: ${pr.url}`);
  }
  return report;
}

/** True when HEAD's commit changes the lock file and nothing else (the push of a promotion). */
export async function changesOnlyLockFile(root: string, lockFile: string): Promise<boolean> {
  const changed = await git(['diff', '--name-only', 'HEAD~1', 'HEAD'], root).catch(() => undefined);
  if (!changed || changed.exitCode !== 0) return false;
  const files = changed.stdout.split('\n').filter(Boolean);
  return files.length === 1 && files[0] === lockFile;
}

/** The commit a branch of `origin` points at now; empty when it does not exist (the lease then requires that). */
async function remoteHead(root: string, branch: string): Promise<string> {
  const listed = await gitOrThrow(['ls-remote', 'origin', `refs/heads/${branch}`], root);
  return listed.split('\t')[0]?.trim() ?? '';
}

/**
 * On a schedule, with every prompt evaluated: compare with the scores recorded when its production
 * version was promoted. A significant drop opens (or updates) one drift issue; recovery closes it.
 */
export async function watchDrift(evaluation: Evaluation, deps: AfterEvalDeps): Promise<Report> {
  return detectAndReport(evaluation, deps).catch((error: unknown) => withError(evaluation.report, error));
}

async function detectAndReport(evaluation: Evaluation, deps: AfterEvalDeps): Promise<Report> {
  const { report: evaluated, config } = evaluation;
  const { context, github, log } = deps;
  // Recorded in the workspace's lock file: a later step may commit it, so prompts promoted without an
  // evaluation (forced) get a baseline for the next run. Nothing promoted yet: no lock file to create.
  const drift = await updateLockFile(deps.root, config.lockFile, (lock) => ({
    ...(Object.keys(lock.prompts).length > 0 ? { lock: recordScheduledRun(lock, evaluated) } : {}),
    result: detectDrift({
      report: evaluated,
      lock,
      confidence: config.gate.confidence,
      maxDrop: config.gate.maxDrop,
    }),
  }));
  const driftReasons = drift.prompts
    .filter((p) => p.drifted)
    .map((p) => promptReason(p.id, 'drift', 'scores dropped since promotion (model drift?)'));
  const report: Report = {
    ...evaluated,
    mode: 'scheduled',
    verdict: evaluated.verdict === 'error' ? 'error' : drift.drifted ? 'fail' : evaluated.verdict,
    reasons: [...driftReasons, ...evaluated.reasons],
  };
  if (!github) return report;
  const ref = {
    owner: context.owner,
    repo: context.repo,
    marker: driftIssueMarker(),
    labels: DRIFT_ISSUE_LABELS,
  };
  if (drift.drifted || report.verdict === 'error') {
    const markdown = renderMarkdown(report, { runUrl: context.runUrl, maxChars: 30_000 });
    const result = await github.upsertDriftIssue({
      ...ref,
      title: driftIssueTitle(drift),
      body: renderDriftIssueBody(drift, markdown),
    });
    if (result.action === 'skipped') log.warning(`drift issue not written: ${result.reason}`);
    else log.info(`drift issue ${result.action}: ${result.url}`);
  } else {
    const result = await github.resolveDriftIssue({
      ...ref,
      comment: `Scores recovered in ${context.runUrl ?? 'the latest scheduled run'}: closing.`,
    });
    if (result.action === 'closed') log.info(`drift issue closed: ${result.url}`);
  }
  return report;
}
