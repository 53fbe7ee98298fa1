/** Names of the action's inputs, as declared in action.yml (test/github/action-yml.test.ts keeps them in sync). */
export const INPUTS = {
  mode: 'mode',
  config: 'config',
  githubToken: 'github-token',
  base: 'base',
  head: 'head',
  comment: 'comment',
  checkRuns: 'check-runs',
  failOn: 'fail-on',
  reportPath: 'report-path',
  reportArtifact: 'report-artifact',
  reportUrl: 'report-url',
  offline: 'offline',
  cacheDir: 'cache-dir',
  concurrency: 'concurrency',
  maxCostUsd: 'max-cost-usd',
  shard: 'shard',
  trustHeadConfig: 'trust-head-config',
  experimentData: 'experiment-data',
  experimentApply: 'experiment-apply',
} as const;

/**
 * Names of the action's outputs, as declared in action.yml. The paths of report files written next
 * to the JSON report are named by their formats (`actionOutput` in src/report/formats/).
 */
export const OUTPUTS = {
  verdict: 'verdict',
  reportPath: 'report-path',
  changedPrompts: 'changed-prompts',
  commentUrl: 'comment-url',
  decision: 'decision',
} as const;

/** What the action does; `auto` picks one from the triggering event (see `autoMode`). */
export const ACTION_MODES = ['auto', 'compare', 'eval', 'promote', 'scheduled', 'experiment'] as const;
export type ActionModeInput = (typeof ACTION_MODES)[number];
export type ActionMode = Exclude<ActionModeInput, 'auto'>;

/**
 * The hidden marker that makes the PR comment sticky. A `scope` (for instance a config path) keeps
 * two promptgate jobs on one pull request from overwriting each other's comment.
 */
export function commentMarker(scope?: string): string {
  return `<!-- promptgate:comment${scopeSuffix(scope)} -->`;
}

/** The hidden marker of the scheduled drift issue; one open issue per scope. */
export function driftIssueMarker(scope?: string): string {
  return `<!-- promptgate:drift${scopeSuffix(scope)} -->`;
}

/** Scopes are reduced to safe characters so they can never close the HTML comment early. */
function scopeSuffix(scope: string | undefined): string {
  return scope ? `:${scope.replace(/[^\w./-]/g, '-')}` : '';
}

/** Labels put on a new drift issue; also used to find it cheaply. */
export const DRIFT_ISSUE_LABELS = ['promptgate', 'prompt-drift'];
