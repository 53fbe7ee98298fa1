import { markedBody, normalizeNewlines } from './body.js';
import { authenticatedLogin, writtenByUs, type Author } from './identity.js';
import { httpStatus, skipWhenForbidden, type Octokit } from './octokit.js';
import type { StickyCommentInput, StickyCommentResult } from './port.js';

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: Author | null;
}

/**
 * Keeps exactly one promptgate comment on a pull request up to date, showing the newest head.
 *
 * The lookup reads every page of comments (100 per page): a busy PR has more than one page, and
 * reading only the first is how sticky comments end up duplicated. A comment is ours when it holds
 * the hidden marker and was written by the token's identity. GET /user names that identity for a
 * personal access token, but fails for GITHUB_TOKEN and app installation tokens; then we take any
 * Bot-authored comment with the marker (GITHUB_TOKEN writes as `github-actions[bot]`), which never
 * matches a person who quoted the marker. When legacy duplicates exist the newest is updated and
 * the others are left alone. An identical body is not rewritten, so re-runs cause no notifications.
 *
 * Overlapping runs (two quick pushes): a run that reports a head the pull request has moved past
 * writes nothing (`superseded`), so an older verdict never replaces a newer one; two runs that both
 * found no comment and both created one collapse to one: each lists again after creating and
 * deletes every copy but the newest (the same one for both), then makes sure it holds its report.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  input: StickyCommentInput,
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, marker, headSha } = input;
  const body = markedBody(marker, input.body, headSha);
  try {
    if (headSha) {
      const current = await pullRequestHead(octokit, input);
      if (current && current !== headSha) return { action: 'superseded', newerHead: current };
    }
    const login = await authenticatedLogin(octokit);
    const existing = newest(await ourComments(octokit, input, login));
    if (existing) return await write(octokit, input, existing, body, 'updated');
    if (input.createIfMissing === false) return { action: 'none' };
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body,
    });
    const ours = await ourComments(octokit, input, login);
    const keeper = newest(ours) ?? { id: data.id, html_url: data.html_url, body, user: null };
    await Promise.all(ours.filter((c) => c.id !== keeper.id).map((c) => deleteComment(octokit, input, c.id)));
    return await write(octokit, input, keeper, body, 'created');
  } catch (error) {
    return skipWhenForbidden(error, `write the pull request comment on #${issueNumber}`, 'pull-requests');
  }
}

/** Makes `comment` hold `body`, unless it already does. */
async function write(
  octokit: Octokit,
  input: StickyCommentInput,
  comment: ListedComment,
  body: string,
  action: 'created' | 'updated',
): Promise<StickyCommentResult> {
  if (normalizeNewlines(comment.body ?? '') === body) {
    return { action: action === 'created' ? 'created' : 'unchanged', id: comment.id, url: comment.html_url };
  }
  const { data } = await octokit.rest.issues.updateComment({
    owner: input.owner,
    repo: input.repo,
    comment_id: comment.id,
    body,
  });
  return { action, id: data.id, url: data.html_url };
}

async function ourComments(
  octokit: Octokit,
  input: StickyCommentInput,
  login: string | undefined,
): Promise<ListedComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    per_page: 100,
  });
  return comments.filter((c) => c.body?.includes(input.marker) && writtenByUs(c.user, login));
}

/** A copy another run already deleted is gone either way. */
async function deleteComment(octokit: Octokit, input: StickyCommentInput, id: number): Promise<void> {
  try {
    await octokit.rest.issues.deleteComment({ owner: input.owner, repo: input.repo, comment_id: id });
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
}

/** The pull request's head commit now; undefined when GitHub will not say (the write goes ahead). */
async function pullRequestHead(octokit: Octokit, input: StickyCommentInput): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: input.owner,
      repo: input.repo,
      pull_number: input.issueNumber,
    });
    return data.head.sha;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) return undefined;
    throw error;
  }
}

function newest(comments: ListedComment[]): ListedComment | undefined {
  return comments.reduce<ListedComment | undefined>(
    (best, c) => (!best || c.id > best.id ? c : best),
    undefined,
  );
}
