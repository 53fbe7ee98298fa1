import { markedBody, normalizeNewlines } from './body.js';
import { authenticatedLogin, writtenByUs, type Author } from './identity.js';
import { skipWhenForbidden, type Octokit } from './octokit.js';
import type {
  DriftIssueInput,
  DriftIssueResult,
  RepoRef,
  ResolveDriftIssueInput,
  ResolveDriftIssueResult,
} from './port.js';

interface ListedIssue {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  pull_request?: unknown;
  user?: Author | null;
}

/**
 * Opens one drift issue for the scheduled run and keeps updating it while the drift lasts: never a
 * second open issue with the same marker. Unchanged title and body are not rewritten.
 */
export async function upsertDriftIssue(octokit: Octokit, input: DriftIssueInput): Promise<DriftIssueResult> {
  const { owner, repo, marker, title, labels } = input;
  const body = markedBody(marker, input.body);
  try {
    const existing = await findOpenIssue(octokit, { owner, repo }, marker, labels);
    if (existing && existing.title === title && normalizeNewlines(existing.body ?? '') === body) {
      return { action: 'unchanged', number: existing.number, url: existing.html_url };
    }
    if (existing) {
      const { data } = await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: existing.number,
        title,
        body,
      });
      return { action: 'updated', number: data.number, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.create({ owner, repo, title, body, labels });
    return { action: 'created', number: data.number, url: data.html_url };
  } catch (error) {
    return skipWhenForbidden(error, 'write the drift issue', 'issues');
  }
}

/** When the drift is gone: says so on the open issue and closes it as completed. */
export async function resolveDriftIssue(
  octokit: Octokit,
  input: ResolveDriftIssueInput,
): Promise<ResolveDriftIssueResult> {
  const { owner, repo } = input;
  try {
    const existing = await findOpenIssue(octokit, { owner, repo }, input.marker, input.labels);
    if (!existing) return { action: 'none' };
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: existing.number,
      body: input.comment,
    });
    const { data } = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: data.number, url: data.html_url };
  } catch (error) {
    return skipWhenForbidden(error, 'close the drift issue', 'issues');
  }
}

/**
 * The oldest open issue (not pull request) we wrote whose body holds the marker: anyone can open an
 * issue with the hidden marker, and theirs must not receive (or hide, or close) the drift report.
 * The labelled listing is small and usually enough; if someone removed our labels the full list of
 * open issues is read, so a relabelled issue is still found instead of duplicated.
 */
async function findOpenIssue(
  octokit: Octokit,
  { owner, repo }: RepoRef,
  marker: string,
  labels: string[],
): Promise<ListedIssue | undefined> {
  const list = (filter: { labels?: string }) =>
    octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: 'open',
      per_page: 100,
      ...filter,
    });
  const login = await authenticatedLogin(octokit);
  const pick = (issues: ListedIssue[]) =>
    issues
      .filter(
        (issue) => !issue.pull_request && issue.body?.includes(marker) && writtenByUs(issue.user, login),
      )
      .reduce<ListedIssue | undefined>(
        (oldest, issue) => (!oldest || issue.number < oldest.number ? issue : oldest),
        undefined,
      );
  if (labels.length > 0) {
    const labelled = pick(await list({ labels: labels.join(',') }));
    if (labelled) return labelled;
  }
  return pick(await list({}));
}
