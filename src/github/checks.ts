import { failsCheck, type FailOn, type Verdict } from '../core/verdict.js';
import { fitToLimit, MAX_CHECK_SUMMARY_CHARS } from './body.js';
import { skipWhenForbidden, type Octokit } from './octokit.js';
import type { CheckConclusion, CheckRunInput, CheckRunResult } from './port.js';

/** Adds a completed check run to `headSha`, e.g. one per changed prompt so each shows in the PR's checks list. */
export async function createCheckRun(octokit: Octokit, input: CheckRunInput): Promise<CheckRunResult> {
  try {
    const { data } = await octokit.rest.checks.create({
      owner: input.owner,
      repo: input.repo,
      name: input.name,
      head_sha: input.headSha,
      status: 'completed',
      conclusion: input.conclusion,
      ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
      output: {
        title: input.title,
        summary: fitToLimit(input.summary, MAX_CHECK_SUMMARY_CHARS),
        ...(input.text ? { text: fitToLimit(input.text, MAX_CHECK_SUMMARY_CHARS) } : {}),
      },
    });
    return { action: 'created', id: data.id, url: data.html_url ?? '' };
  } catch (error) {
    return skipWhenForbidden(error, `create the check run \`${input.name}\``, 'checks');
  }
}

/**
 * A verdict `fail-on` lists blocks (failure); a pass succeeds; anything else (a skip, an
 * inconclusive result the policy lets through) is neutral, so it neither blocks nor reads as a pass.
 */
export function conclusionFor(verdict: Verdict, failOn: FailOn): CheckConclusion {
  if (failsCheck(verdict, failOn)) return 'failure';
  return verdict === 'pass' ? 'success' : 'neutral';
}
