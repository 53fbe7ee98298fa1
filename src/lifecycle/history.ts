import { UsageError } from '../errors.js';
import { percent, shortSha } from '../report/format.js';
import type { EvaluationSummary, HistoryEvent, LockedPrompt, LockEntry, LockFile } from './lockfile.js';
import { byCodeUnit } from './lockfile.js';
import { environmentPrompts, findInEnvironment, PRODUCTION } from './environments.js';
import { shortHash } from './versioning.js';

/** `promptgate history <id>`: the environment's version, the evaluation behind it, then every event, newest first. */
export function formatHistory(lock: LockFile, id: string, env: string = PRODUCTION): string {
  const prompt = lockedPrompt(lock, id, env);
  const lines = [
    `${id}: ${env} ${prompt.version} (${prompt.path}, commit ${shortSha(prompt.commit)}), promoted by ${prompt.promotedBy} at ${when(prompt.promotedAt)}`,
    ...(prompt.forced ? [`  forced: ${prompt.forced}`] : []),
    ...(prompt.evaluation
      ? evaluationLines(prompt.evaluation).map((l) => `  ${l}`)
      : ['  evaluation: none recorded']),
    ...(prompt.lastScheduledRun
      ? evaluationLines(prompt.lastScheduledRun, 'last scheduled run').map((l) => `  ${l}`)
      : []),
    '',
    ...table(
      ['when', 'event', 'version', 'content', 'commit', 'by', 'note'],
      [...prompt.history]
        .reverse()
        .map((e) => [
          when(e.at),
          e.event,
          e.version,
          shortHash(e.hash),
          shortSha(e.commit),
          e.actor,
          note(e),
        ]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export interface HistoryJson {
  id: string;
  environment: string;
  /** The environment's version. */
  current: LockEntry;
  /** The same entry under its earlier name, for scripts written before environments (production only). */
  production?: LockEntry;
  lastScheduledRun?: EvaluationSummary;
  /** Oldest first, as in the lock file. */
  history: HistoryEvent[];
}

/** `promptgate history <id> --json`: the same facts for scripts. */
export function formatHistoryJson(lock: LockFile, id: string, env: string = PRODUCTION): string {
  const { history, lastScheduledRun, ...current } = lockedPrompt(lock, id, env);
  const json: HistoryJson = {
    id,
    environment: env,
    current,
    ...(env === PRODUCTION ? { production: current } : {}),
    ...(lastScheduledRun ? { lastScheduledRun } : {}),
    history,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** An evaluation summary in a few lines: the verdict, then one line per metric. */
export function evaluationLines(summary: EvaluationSummary, title = 'evaluation'): string[] {
  const commit = summary.commit ? `, commit ${shortSha(summary.commit)}` : '';
  return [
    `${title}: ${summary.verdict} with ${summary.model} at ${when(summary.at)}${commit}`,
    ...Object.entries(summary.metrics)
      .sort(([a], [b]) => byCodeUnit(a, b))
      .map(
        ([name, m]) =>
          `  ${name}: pass rate ${percent(m.passRate)} (n=${m.n}), mean score ${m.meanScore.toFixed(2)}`,
      ),
  ];
}

function lockedPrompt(lock: LockFile, id: string, env: string): LockedPrompt {
  const prompt = findInEnvironment(lock, env, id);
  if (!prompt) {
    const known = Object.keys(environmentPrompts(lock, env)).sort(byCodeUnit);
    const where = env === PRODUCTION ? '' : ` to ${env}`;
    throw new UsageError(
      `\`${id}\` has never been promoted${where} (promoted prompts${where}: ${known.join(', ') || `none yet; run \`promptgate promote${env === PRODUCTION ? '' : ` --env ${env}`}\``})`,
    );
  }
  return prompt;
}

function note(event: HistoryEvent): string {
  return [
    event.weight !== undefined && event.event === 'rollout' ? `${event.weight}%` : '',
    event.status ? `now ${event.status}` : '',
    event.from ? `from ${event.from}` : '',
    event.reason ?? '',
  ]
    .filter(Boolean)
    .join('; ');
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** `2026-01-02 03:04 UTC`: minutes are enough for a history or an issue. */
export function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
