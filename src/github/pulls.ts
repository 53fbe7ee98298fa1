import { httpStatus, skipWhenForbidden, type Octokit } from './octokit.js';
import type { PullRequestInput, PullRequestResult } from './port.js';

/** Opens a pull request, or returns the open one from the same branch (re-runs never duplicate). */
export async function openPullRequest(octokit: Octokit, input: PullRequestInput): Promise<PullRequestResult> {
  try {
    const { data } = await octokit.rest.pulls.create({
      owner: input.owner,
      repo: input.repo,
      head: input.head,
      base: input.base,
      title: input.title,
      body: input.body,
    });
    return { action: 'created', number: data.number, url: data.html_url };
  } catch (error) {
    if (httpStatus(error) === 422) {
      const { data } = await octokit.rest.pulls.list({
        owner: input.owner,
        repo: input.repo,
        head: `${input.owner}:${input.head}`,
        state: 'open',
      });
      const open = data[0];
      if (open) return { action: 'exists', number: open.number, url: open.html_url };
    }
    return skipWhenForbidden(error, 'open the promotion pull request', 'pull-requests');
  }
}
