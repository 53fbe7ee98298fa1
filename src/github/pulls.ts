import { httpStatus, skipWhenForbidden, type Octokit } from './octokit.js';
import type { PullRequestInput, PullRequestResult } from './port.js';

/**
 * Opens a pull request; when one from the same branch is open already (a re-run that pushed a new
 * commit to it), updates that one's title and body to this run's, so it never shows an earlier
 * run's report and a re-run never duplicates it.
 */
export async function openPullRequest(octokit: Octokit, input: PullRequestInput): Promise<PullRequestResult> {
  const { owner, repo, title, body } = input;
  try {
    const { data } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: input.head,
      base: input.base,
      title,
      body,
    });
    return { action: 'created', number: data.number, url: data.html_url };
  } catch (error) {
    // 422 is also "no commits between" or an unknown base: only an open pull request from the branch is reused.
    const open = httpStatus(error) === 422 ? await openFromBranch(octokit, input) : undefined;
    if (!open) return skipWhenForbidden(error, 'open the promotion pull request', 'pull-requests');
    try {
      await octokit.rest.pulls.update({ owner, repo, pull_number: open.number, title, body });
    } catch (updateError) {
      return skipWhenForbidden(updateError, `update pull request #${open.number}`, 'pull-requests');
    }
    return { action: 'updated', number: open.number, url: open.html_url };
  }
}

async function openFromBranch(
  octokit: Octokit,
  input: PullRequestInput,
): Promise<{ number: number; html_url: string } | undefined> {
  const { data } = await octokit.rest.pulls.list({
    owner: input.owner,
    repo: input.repo,
    head: `${input.owner}:${input.head}`,
    base: input.base,
    state: 'open',
  });
  return data[0];
}
