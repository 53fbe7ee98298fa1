/**
 * The action's `experiment` mode, for a scheduled job: analyse the canary's production outcomes,
 * publish the decision (output `decision`, job summary), and with `experiment-apply` complete or
 * abort the rollout and push the lock file, so the next flagd export or resolver read follows it.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../discover/project.js';
import { UsageError } from '../errors.js';
import { OUTPUTS } from '../github/constants.js';
import type { ActionContext } from '../github/context.js';
import { runExperiment } from '../lifecycle/commands/experiment.js';
import { PRODUCTION } from '../lifecycle/environments.js';
import { commitAsActionsBot, gitOrThrow } from '../repo/git.js';
import { WorkingTreeSnapshot } from '../repo/worktree.js';
import type { ActionIO } from './io.js';
import type { ActionSettings } from './settings.js';

export interface ExperimentModeDeps {
  env: NodeJS.ProcessEnv;
  io: ActionIO;
  clock: () => Date;
}

export async function runExperimentMode(
  settings: ActionSettings,
  context: ActionContext,
  deps: ExperimentModeDeps,
): Promise<void> {
  const root = context.workspace;
  if (!settings.experimentData) {
    throw new UsageError('`mode: experiment` needs the `experiment-data` input (the outcomes file)');
  }
  const config = await loadConfig(new WorkingTreeSnapshot(root), settings.configPath);
  const path = settings.experimentData;
  const text = await readFile(resolve(root, path), 'utf8').catch((error: unknown) => {
    throw new UsageError(
      `cannot read \`experiment-data\` ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  const outcome = await runExperiment(
    { root, cwd: root, config, env: deps.env, args: [], values: {}, print: () => {}, now: deps.clock },
    { env: PRODUCTION, data: { path, text }, apply: settings.experimentApply },
  );
  deps.io.setOutput(OUTPUTS.decision, outcome.analysis.decision);
  deps.io.info(outcome.text);
  await deps.io.appendSummary(
    `## promptgate experiment: ${outcome.analysis.decision}\n\n\`\`\`text\n${outcome.text}\`\`\`\n`,
  );
  if (!outcome.applied) return;

  const message = `promptgate: ${outcome.analysis.decision} ${outcome.subject.id ?? ''} (${outcome.applied.join('; ')})`;
  await gitOrThrow(['add', '--', config.lockFile], root);
  await commitAsActionsBot(root, message);
  await gitOrThrow(['push', 'origin', `HEAD:${context.ref || 'HEAD'}`], root);
  deps.io.notice(message);
}
