/**
 * `promptgate.lock.yaml`: the production version of every promoted prompt, the evaluation that
 * justified it, its last scheduled run and an append-only history. Pure: text in, data out, and back.
 * The text is deterministic (fixed key order, prompts sorted by id) so its diffs read like a changelog.
 */
import { Document, isMap } from 'yaml';
import type { Static } from '@sinclair/typebox';
import { parseYaml } from '../config/yaml.js';
import { isRecord } from '../core/is-record.js';
import type { Verdict } from '../core/verdict.js';
import { ConfigError } from '../errors.js';
import type { DataPath } from '../validation/messages.js';
import { checkYaml } from '../validation/validate.js';
import {
  COMMIT_PATTERN,
  EventSchema,
  LockedPromptSchema,
  LockFileSchema,
  MetricSummarySchema,
  RolloutSchema,
  SummarySchema,
} from './lock-schema.js';
import type { LifecycleStatus } from './states.js';

const LOCKFILE_VERSION = 1;

const REPAIR_HINT =
  'the lock file is written by `promptgate promote`; restore it from git history or repair this value';

export interface MetricSummary {
  /** Fraction of cases passing this metric. */
  passRate: number;
  meanScore: number;
  /** Number of cases. */
  n: number;
}

export interface EvaluationSummary {
  verdict: Verdict;
  /** Resolved model label, e.g. `openai:gpt-4o-mini`. */
  model: string;
  /** When the evaluation ran (the report's `generatedAt`). */
  at: string;
  /** The commit evaluated (the report's head), when the report names one. */
  commit?: string;
  /** By metric name; pairwise metrics are relative to a baseline and not summarised. */
  metrics: Record<string, MetricSummary>;
}

/** One production state of a prompt. */
export interface LockEntry {
  /** Semver for promptgate files; the short content hash for GitHub Models files. */
  version: string;
  /** The prompt's content hash (the file and its partials). */
  hash: string;
  format: 'github' | 'promptgate';
  /** Repo-relative path of the prompt file. */
  path: string;
  /** The commit holding exactly this content. */
  commit: string;
  /** sha256 of each file of this version (the prompt file and its partials), by repo path. */
  files: Record<string, string>;
  promotedBy: string;
  promotedAt: string;
  /** Why it was promoted without a passing evaluation of this content. */
  forced?: string;
  evaluation?: EvaluationSummary;
}

export type HistoryEventKind =
  | 'promote'
  | 'forced-promote'
  | 'rollback'
  /** A canary started or its weight changed. */
  | 'rollout'
  /** The canary reached 100%: it became the environment's version. */
  | 'rollout-complete'
  /** The canary was withdrawn: everyone is back on the environment's version. */
  | 'rollout-abort'
  /** A lifecycle transition by hand (deprecate, archive, back to testing). */
  | 'status';

export interface HistoryEvent {
  event: HistoryEventKind;
  version: string;
  hash: string;
  path: string;
  /** Repo paths of the partials of this version; absent when it has none. */
  partials?: string[];
  commit: string;
  actor: string;
  at: string;
  /** The version this event replaced (for a rollout: the version the others keep). */
  from?: string;
  /** Rollout events: the canary's share of targeting keys, 0-100. */
  weight?: number;
  /** `status` events: the version's new lifecycle status. */
  status?: LifecycleStatus;
  /** Required for a forced promotion; optional otherwise. */
  reason?: string;
}

/** A canary: `version` serves `weight`% of targeting keys, the environment's version the rest. */
export interface Rollout extends LockEntry {
  /** 0-100. */
  weight: number;
}

export interface LockedPrompt extends LockEntry {
  /** The lifecycle status of this version; absent means the environment's own (production, staging). */
  status?: LifecycleStatus;
  /** A canary in progress in this environment. */
  rollout?: Rollout;
  /** The last scheduled run of this production content: the drift baseline when no promotion evaluation is kept. */
  lastScheduledRun?: EvaluationSummary;
  /** Oldest first; only ever appended to. */
  history: HistoryEvent[];
}

export interface LockFile {
  /** The production environment, by prompt id (the lock file's original and main content). */
  prompts: Record<string, LockedPrompt>;
  /** The other environments (staging, ...), by environment name, then prompt id. */
  environments?: Record<string, Record<string, LockedPrompt>>;
}

export function emptyLockFile(): LockFile {
  return { prompts: {} };
}

/**
 * The production record of prompt `id`, if it has one. Own keys only: ids come from the command line
 * and from files, and `constructor` or `toString` must not find a member of Object.prototype.
 */
export function findLocked(lock: LockFile, id: string): LockedPrompt | undefined {
  return Object.hasOwn(lock.prompts, id) ? lock.prompts[id] : undefined;
}

/** The production state alone, without the prompt's history and scheduled-run record. */
export function productionEntry(prompt: LockedPrompt): LockEntry {
  const entry: LockEntry &
    Partial<Pick<LockedPrompt, 'history' | 'lastScheduledRun' | 'rollout' | 'status'>> = { ...prompt };
  delete entry.history;
  delete entry.lastScheduledRun;
  delete entry.rollout;
  delete entry.status;
  return entry;
}

const HEADER = [
  ' Generated by `promptgate promote` and `promptgate rollback`: the production version of each prompt,',
  ' the evaluation that justified it, its last scheduled run and its history (append-only).',
  ' Review changes like code; edit by hand only to repair it. Applications read it with `promptgate/lock`.',
].join('\n');

// The writer's key order is the schemas' property order.
const ROLLOUT_KEYS = Object.keys(RolloutSchema.properties);
const PROMPT_KEYS = Object.keys(LockedPromptSchema.properties);
const SUMMARY_KEYS = Object.keys(SummarySchema.properties);
const METRIC_KEYS = Object.keys(MetricSummarySchema.properties);
const EVENT_KEYS = Object.keys(EventSchema.properties);
const COMMIT = new RegExp(COMMIT_PATTERN);

/** A full commit sha (SHA-1 or SHA-256 repositories), as the lock file records commits. */
export function isCommitSha(text: string): boolean {
  return COMMIT.test(text);
}

/** Deterministic YAML: fixed key order, prompts sorted by id, one line per metric, undefined keys left out. */
export function serializeLockFile(lock: LockFile): string {
  const environments = Object.entries(lock.environments ?? {})
    .filter(([, prompts]) => Object.keys(prompts).length > 0)
    .sort(([a], [b]) => byCodeUnit(a, b));
  const doc = new Document({
    lockfileVersion: LOCKFILE_VERSION,
    prompts: orderPrompts(lock.prompts),
    // Absent until a second environment is used, so production-only lock files stay as they were.
    ...(environments.length > 0
      ? { environments: Object.fromEntries(environments.map(([env, p]) => [env, orderPrompts(p)])) }
      : {}),
  });
  doc.commentBefore = HEADER;
  const sections: (string | number)[][] = [
    ['prompts'],
    ...environments.map(([env]) => ['environments', env]),
  ];
  for (const section of sections) {
    for (const id of Object.keys((doc.getIn(section) as { toJSON(): object } | undefined)?.toJSON() ?? {})) {
      for (const summary of [['evaluation'], ['lastScheduledRun'], ['rollout', 'evaluation']]) {
        const metrics = doc.getIn([...section, id, ...summary, 'metrics']);
        if (!isMap(metrics)) continue;
        for (const item of metrics.items) if (isMap(item.value)) item.value.flow = true;
      }
    }
  }
  return doc.toString({ lineWidth: 0, indent: 2 });
}

function orderPrompts(prompts: Record<string, LockedPrompt>): Record<string, unknown> {
  const ids = Object.keys(prompts).sort(byCodeUnit);
  return Object.fromEntries(ids.map((id) => [id, orderPrompt(prompts[id] as LockedPrompt)]));
}

function orderPrompt(prompt: LockedPrompt): Record<string, unknown> {
  return pick(
    {
      ...prompt,
      files: sortKeys(prompt.files),
      evaluation: prompt.evaluation && orderSummary(prompt.evaluation),
      lastScheduledRun: prompt.lastScheduledRun && orderSummary(prompt.lastScheduledRun),
      rollout: prompt.rollout && orderRollout(prompt.rollout),
      history: prompt.history.map((event) => pick(event, EVENT_KEYS)),
    },
    PROMPT_KEYS,
  );
}

function orderRollout(rollout: Rollout): Record<string, unknown> {
  return pick(
    {
      ...rollout,
      files: sortKeys(rollout.files),
      evaluation: rollout.evaluation && orderSummary(rollout.evaluation),
    },
    ROLLOUT_KEYS,
  );
}

function orderSummary(summary: EvaluationSummary): Record<string, unknown> {
  const metrics = Object.fromEntries(
    Object.keys(summary.metrics)
      .sort(byCodeUnit)
      .map((name) => [name, pick(summary.metrics[name] as MetricSummary, METRIC_KEYS)]),
  );
  return pick({ ...summary, metrics }, SUMMARY_KEYS);
}

/** The listed keys in the listed order, without undefined values. */
function pick<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, record[k]]));
}

function sortKeys<V>(record: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCodeUnit(a, b)));
}

/** Locale-independent ordering, so every machine writes the same file. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parses and validates the lock file; any mistake is a ConfigError naming the line. */
export function parseLockFile(text: string, path: string): LockFile {
  const source = parseYaml(text, path);
  if (source.data === null || source.data === undefined) return emptyLockFile();
  const fail = (at: DataPath, message: string, hint = REPAIR_HINT): never => {
    throw new ConfigError(`invalid lock file: ${message}`, source.locate(at), hint);
  };
  if (isRecord(source.data) && source.data.lockfileVersion !== LOCKFILE_VERSION) {
    fail(
      ['lockfileVersion'],
      `unsupported lockfileVersion ${JSON.stringify(source.data.lockfileVersion ?? null)} (this promptgate reads version ${LOCKFILE_VERSION})`,
      'upgrade promptgate if a newer version wrote this file',
    );
  }
  const raw = checkYaml(LockFileSchema, source, 'lock file', REPAIR_HINT);
  const readPrompts = (prompts: Record<string, RawLockedPrompt>, at: DataPath) =>
    Object.fromEntries(
      Object.entries(prompts).map(([id, prompt]) => [id, readPrompt(prompt, [...at, id], fail)]),
    );
  const environments = Object.entries(raw.environments ?? {});
  return {
    prompts: readPrompts(raw.prompts ?? {}, ['prompts']),
    ...(environments.length > 0
      ? {
          environments: Object.fromEntries(
            environments.map(([env, prompts]) => [env, readPrompts(prompts, ['environments', env])]),
          ),
        }
      : {}),
  };
}

type RawLockedPrompt = Static<typeof LockedPromptSchema>;

/** What the schema cannot say: the prompt file is among the hashed files, a forced promotion says why. */
function readPrompt(
  prompt: RawLockedPrompt,
  at: DataPath,
  fail: (at: DataPath, message: string) => never,
): LockedPrompt {
  for (const [entry, entryAt] of [
    [prompt, at],
    ...(prompt.rollout ? [[prompt.rollout, [...at, 'rollout']] as const] : []),
  ] as const) {
    if (!Object.hasOwn(entry.files, entry.path)) {
      fail([...entryAt, 'files'], `\`files\` must include the prompt file ${entry.path}`);
    }
  }
  const history = prompt.history ?? [];
  history.forEach((event, i) => {
    if (event.event === 'forced-promote' && !event.reason?.trim()) {
      fail([...at, 'history', i], 'a forced promotion must record its `reason`');
    }
  });
  return { ...prompt, history };
}
