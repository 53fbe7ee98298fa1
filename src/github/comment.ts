import { markedBody, normalizeNewlines } from './body.js';
import { httpStatus, skipWhenForbidden, type Octokit } from './octokit.js';
import type { StickyCommentInput, StickyCommentResult } from './port.js';

interface CommentAuthor {
  login: string;
  type: string;
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: CommentAuthor | null;
}

/**
 * Keeps exactly one promptgate comment on a pull request up to date.
 *
 * The lookup reads every page of comments (100 per page): a busy PR has more than one page, and
 * reading only the first is how sticky comments end up duplicated. A comment is ours when it holds
 * the hidden marker and was written by the token's identity. GET /user names that identity for a
 * personal access token, but fails for GITHUB_TOKEN and app installation tokens; then we take any
 * Bot-authored comment with the marker (GITHUB_TOKEN writes as `github-actions[bot]`), which never
 * matches a person who quoted the marker. When legacy duplicates exist the newest is updated and
 * the others are left alone (deleting comments is not ours to do). An identical body is not rewritten,
 * so re-runs cause no notifications and no "edited" noise.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  input: StickyCommentInput,
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, marker } = input;
  const body = markedBody(marker, input.body);
  try {
    const [comments, login] = await Promise.all([
      octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      }),
      authenticatedLogin(octokit),
    ]);
    const existing = newest(comments.filter((c) => c.body?.includes(marker) && isOurs(c.user, login)));
    if (existing && normalizeNewlines(existing.body ?? '') === body) {
      return { action: 'unchanged', id: existing.id, url: existing.html_url };
    }
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    if (input.createIfMissing === false) return { action: 'none' };
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body,
    });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    return skipWhenForbidden(error, `write the pull request comment on #${issueNumber}`, 'pull-requests');
  }
}

const logins = new WeakMap<Octokit, Promise<string | undefined>>();

/** The login behind the token, or undefined when GitHub will not say (installation tokens). Asked once per client. */
function authenticatedLogin(octokit: Octokit): Promise<string | undefined> {
  let login = logins.get(octokit);
  if (!login) {
    login = octokit.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      (error: unknown) => {
        const status = httpStatus(error);
        if (status === 401 || status === 403 || status === 404) return undefined;
        throw error;
      },
    );
    logins.set(octokit, login);
  }
  return login;
}

function isOurs(user: CommentAuthor | null, login: string | undefined): boolean {
  if (!user) return false;
  return login ? user.login === login : user.type === 'Bot';
}

function newest(comments: ListedComment[]): ListedComment | undefined {
  return comments.reduce<ListedComment | undefined>(
    (best, c) => (!best || c.id > best.id ? c : best),
    undefined,
  );
}
