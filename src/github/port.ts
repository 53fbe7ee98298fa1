/**
 * What the action needs from GitHub, and nothing more. The pipeline and main.ts talk to this port;
 * only client.ts knows Octokit, so tests can swap in the fake server or a hand-written double.
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * A write GitHub refused with 403. On `pull_request` from a fork the token is read-only by design:
 * the gate must still report through the job summary and the exit status instead of crashing.
 */
export interface SkippedWrite {
  action: 'skipped';
  reason: string;
}

export interface StickyCommentInput extends RepoRef {
  issueNumber: number;
  /** Hidden HTML comment that identifies our comment, e.g. `commentMarker()`. */
  marker: string;
  body: string;
  /** false: only update an existing comment (a PR that never touched prompts gets no comment). Default true. */
  createIfMissing?: boolean;
  /**
   * The head commit this body reports. Recorded in the comment; when the pull request's head has
   * moved on, nothing is written (`superseded`): a newer run reports the newer head.
   */
  headSha?: string;
}

export type StickyCommentResult =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url: string }
  | { action: 'none' }
  | { action: 'superseded'; newerHead: string }
  | SkippedWrite;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunInput extends RepoRef {
  headSha: string;
  name: string;
  conclusion: CheckConclusion;
  title: string;
  /** Markdown; cut to GitHub's 65,535 characters. */
  summary: string;
  text?: string;
  detailsUrl?: string;
}

export type CheckRunResult = { action: 'created'; id: number; url: string } | SkippedWrite;

export interface DriftIssueInput extends RepoRef {
  marker: string;
  title: string;
  body: string;
  /** Put on a new issue and used to find the open one cheaply. */
  labels: string[];
}

export type DriftIssueResult =
  { action: 'created' | 'updated' | 'unchanged'; number: number; url: string } | SkippedWrite;

export interface ResolveDriftIssueInput extends RepoRef {
  marker: string;
  labels: string[];
  /** Posted on the issue before it is closed, e.g. "recovered in run ...". */
  comment: string;
}

export type ResolveDriftIssueResult =
  { action: 'closed'; number: number; url: string } | { action: 'none' } | SkippedWrite;

export interface PullRequestInput extends RepoRef {
  /** Branch with the changes (already pushed). */
  head: string;
  base: string;
  title: string;
  body: string;
}

export type PullRequestResult = { action: 'created' | 'updated'; number: number; url: string } | SkippedWrite;

export interface GitHubPort {
  /** Opens a pull request (promotion with `promotion.commit: pull-request`). */
  openPullRequest(input: PullRequestInput): Promise<PullRequestResult>;
  /** Creates or updates the one promptgate comment on a pull request. */
  upsertStickyComment(input: StickyCommentInput): Promise<StickyCommentResult>;
  /** Adds a completed check run to a commit (optional per-prompt checks). */
  createCheckRun(input: CheckRunInput): Promise<CheckRunResult>;
  /** Opens the drift issue once, then keeps it up to date. */
  upsertDriftIssue(input: DriftIssueInput): Promise<DriftIssueResult>;
  /** Comments on and closes the open drift issue, if there is one. */
  resolveDriftIssue(input: ResolveDriftIssueInput): Promise<ResolveDriftIssueResult>;
}
