/** `promptgate promote | rollback | history`: argv values -> the lifecycle functions -> lock file and exit code. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, loadProject } from '../discover/project.js';
import { UsageError } from '../errors.js';
import { readReportFile, writeOutput } from '../output.js';
import { gitOrThrow } from '../repo/git.js';
import { WorkingTreeSnapshot } from '../repo/worktree.js';
import type { Report } from '../report/types.js';
import { resolveActor } from './actor.js';
import { formatHistory, formatHistoryJson } from './history.js';
import { findInEnvironment, PRODUCTION, resolveEnvironment } from './environments.js';
import { promote } from './promote.js';
import { rollback } from './rollback.js';
import { readLockFile, updateLockFile } from './store.js';

export const LIFECYCLE_COMMANDS: readonly string[] = ['promote', 'rollback', 'history'];

/** Every `eval`/`compare` run leaves its JSON report here, so `promote` needs no `--report`. */
export const LAST_REPORT_PATH = '.promptgate/last-report.json';

/** The command-line values these commands read (a subset of the CLI's options). */
export interface LifecycleOptions {
  config?: string;
  all?: boolean;
  env?: string;
  report?: string;
  force?: string;
  to?: string;
  json?: string;
  'no-restore'?: boolean;
  'no-tag'?: boolean;
}

export interface LifecycleContext {
  root: string;
  env: NodeJS.ProcessEnv;
  /** Where results are printed. */
  print: (text: string) => void;
  /** Default: the system clock. */
  clock?: () => Date;
}

/** Runs one lifecycle command; 0 on success, 1 when a promotion was refused. */
export async function runLifecycleCommand(
  command: string,
  args: string[],
  options: LifecycleOptions,
  context: LifecycleContext,
): Promise<number> {
  const { print } = context;
  const clock = context.clock ?? (() => new Date());
  const config = await loadConfig(new WorkingTreeSnapshot(context.root), options.config);

  // promote, rollback and history act on one environment: `--env`, default production.
  const env = resolveEnvironment(options.env, config.release.environments);
  if (command === 'history') {
    const id = singleId(args, 'history');
    const lock = await readLockFile(context.root, config.lockFile);
    if (options.json === undefined) print(formatHistory(lock, id, env));
    else if (options.json === '-') print(formatHistoryJson(lock, id, env));
    else await writeOutput(options.json, formatHistoryJson(lock, id, env));
    return 0;
  }

  const actor = await resolveActor(context.root, context.env);
  if (command === 'rollback') {
    const id = singleId(args, 'rollback');
    const result = await updateLockFile(context.root, config.lockFile, async (lock) => {
      const rolledBack = await rollback({
        root: context.root,
        lock,
        env,
        id,
        ...(options.to ? { toVersion: options.to } : {}),
        actor,
        now: clock(),
        restoreFile: !options['no-restore'],
      });
      return { lock: rolledBack.lock, result: rolledBack };
    });
    const restored = result.restoredPath ? [result.restoredPath, ...result.restoredPartials] : [];
    print(
      [
        `rolled back ${id}${env === PRODUCTION ? '' : ` in ${env}`} from ${result.from.version} to ${result.to.version} (commit ${result.to.commit.slice(0, 7)})`,
        ...(restored.length > 0 ? [`restored ${restored.join(', ')}`] : []),
        ...result.notes.map((n) => `note: ${n}`),
        `commit ${[config.lockFile, ...restored].join(' and ')} to make it permanent`,
        '',
      ].join('\n'),
    );
    return 0;
  }

  if (command !== 'promote') throw new UsageError(`unknown command \`${command}\``);
  if (options.all && args.length > 0) throw new UsageError('promote takes prompt ids or --all, not both');
  const project = await loadProject(new WorkingTreeSnapshot(context.root), config);
  const report = await lastReport(options.report, context.root);
  const commit = (await gitOrThrow(['rev-parse', 'HEAD'], context.root)).trim();
  const result = await updateLockFile(context.root, config.lockFile, async (lock) => {
    const promoted = await promote({
      env,
      root: context.root,
      lock,
      prompts: project.prompts,
      ids: options.all ? 'all' : args,
      ...report,
      ...(options.force !== undefined ? { force: { reason: options.force } } : {}),
      actor,
      commit,
      now: clock(),
      tag: config.promotion.tag && !options['no-tag'],
    });
    return { ...(promoted.promoted.length > 0 ? { lock: promoted.lock } : {}), result: promoted };
  });
  print(
    [
      ...result.promoted.map(
        (id) =>
          `promoted ${id} ${findInEnvironment(result.lock, env, id)?.version ?? ''}${env === PRODUCTION ? '' : ` to ${env}`}`,
      ),
      ...result.tags.map((tag) => `tagged ${tag} (push it: git push origin ${tag})`),
      ...result.unchanged.map((id) => `unchanged ${id}: already in ${env}`),
      ...result.refused.map((r) => `refused ${r.id}: ${r.reason}`),
      ...result.notes.map((n) => `note: ${n}`),
      ...(result.promoted.length > 0 ? [`commit ${config.lockFile} to record the promotion`] : []),
      '',
    ].join('\n'),
  );
  return result.refused.length > 0 ? 1 : 0;
}

function singleId(args: string[], command: string): string {
  const [id, ...extra] = args;
  if (!id || extra.length > 0) throw new UsageError(`${command} takes exactly one prompt id`);
  return id;
}

/** The report named by --report, else the last eval/compare run's, else none. */
export async function lastReport(explicit: string | undefined, root: string): Promise<{ report?: Report }> {
  if (explicit) return { report: await readReportFile(explicit) };
  const fallback = join(root, LAST_REPORT_PATH);
  return existsSync(fallback) ? { report: await readReportFile(fallback) } : {};
}
