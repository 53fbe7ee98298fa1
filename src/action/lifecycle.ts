import * as core from '@actions/core';
import { getErrorMessage } from '../errors.js';
import { loadConfig, loadProject } from '../discover/project.js';
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
import { runEval, type PipelineOptions } from '../pipeline.js';
import { gitOrThrow } from '../repo/git.js';
import { WorkingTreeSnapshot } from '../repo/worktree.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/types.js';

/**
 * After a merge: evaluate the prompts as merged (the cache makes unchanged work free), promote every
 * prompt whose exact content passed, then commit the lock file (or open a pull request with it).
 */
export async function runPromoteMode(
  options: PipelineOptions,
  context: ActionContext,
  github?: GitHubPort,
): Promise<Report> {
  const report = await runEval(options);
  // The evaluation is kept even when promoting fails (a rejected push, a broken lock file).
  return promoteEvaluated(report, options, context, github).catch((error: unknown) =>
    withError(report, error),
  );
}

/** The report with a failure that happened after the evaluation: results kept, verdict `error`. */
function withError(report: Report, error: unknown): Report {
  return {
    ...report,
    verdict: 'error',
    reasons: [getErrorMessage(error), ...report.reasons],
    errors: report.errors + 1,
  };
}

async function promoteEvaluated(
  report: Report,
  options: PipelineOptions,
  context: ActionContext,
  github: GitHubPort | undefined,
): Promise<Report> {
  const root = options.root;
  const snapshot = new WorkingTreeSnapshot(root);
  const config = await loadConfig(snapshot, options.configPath);
  const project = await loadProject(snapshot, config);
  const commit = (await gitOrThrow(['rev-parse', 'HEAD'], root)).trim();
  const actor = await resolveActor(root, options.env);
  const result = await updateLockFile(root, config.lockFile, async (lock) => {
    const promoted = await promote({
      root,
      lock,
      prompts: project.prompts,
      ids: report.prompts.map((p) => p.id),
      report,
      actor,
      commit,
      now: new Date(),
      tag: config.promotion.tag,
    });
    return { ...(promoted.promoted.length > 0 ? { lock: promoted.lock } : {}), result: promoted };
  });
  for (const id of result.promoted) core.info(`promoted ${id} ${result.lock.prompts[id]?.version ?? ''}`);
  for (const r of result.refused) core.warning(`not promoted ${r.id}: ${r.reason}`);
  for (const note of result.notes) core.info(note);
  if (result.promoted.length === 0) return report;

  const message = `promptgate: promote ${result.promoted.map((id) => `${id}@${result.lock.prompts[id]?.version ?? ''}`).join(', ')}`;
  const branch =
    config.promotion.commit === 'pull-request' ? `promptgate/promote-${commit.slice(0, 7)}` : undefined;
  await gitOrThrow(['add', '--', config.lockFile], root);
  await gitOrThrow(
    [
      '-c',
      'user.name=github-actions[bot]',
      '-c',
      'user.email=41898282+github-actions[bot]@users.noreply.github.com',
      'commit',
      '-m',
      message,
    ],
    root,
  );
  const target = branch ?? context.ref.replace(/^refs\/heads\//, '');
  await gitOrThrow(
    ['push', 'origin', `HEAD:refs/heads/${target}`, ...result.tags.map((t) => `refs/tags/${t}`)],
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
    if (pr.action === 'skipped') core.warning(`promotion pull request not opened: ${pr.reason}`);
    else core.info(`promotion pull request: ${pr.url}`);
  }
  return report;
}

/**
 * On a schedule: evaluate every prompt and compare with the scores recorded when its production
 * version was promoted. A significant drop opens (or updates) one drift issue; recovery closes it.
 */
export async function runScheduledMode(
  options: PipelineOptions,
  context: ActionContext,
  github?: GitHubPort,
): Promise<Report> {
  const evaluated = await runEval(options);
  return watchDrift(evaluated, options, context, github).catch((error: unknown) =>
    withError(evaluated, error),
  );
}

async function watchDrift(
  evaluated: Report,
  options: PipelineOptions,
  context: ActionContext,
  github: GitHubPort | undefined,
): Promise<Report> {
  const config = await loadConfig(new WorkingTreeSnapshot(options.root), options.configPath);
  // Recorded in the workspace's lock file: a later step may commit it, so prompts promoted without an
  // evaluation (forced) get a baseline for the next run. Nothing promoted yet: no lock file to create.
  const drift = await updateLockFile(options.root, config.lockFile, (lock) => ({
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
    .map((p) => `${p.id}: scores dropped since promotion (model drift?)`);
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
    if (result.action === 'skipped') core.warning(`drift issue not written: ${result.reason}`);
    else core.info(`drift issue ${result.action}: ${result.url}`);
  } else {
    const result = await github.resolveDriftIssue({
      ...ref,
      comment: `Scores recovered in ${context.runUrl ?? 'the latest scheduled run'}: closing.`,
    });
    if (result.action === 'closed') core.info(`drift issue closed: ${result.url}`);
  }
  return report;
}
