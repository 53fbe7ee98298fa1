import { DEFAULT_FAIL_ON, VERDICTS, type FailOn } from '../../src/core/verdict.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conclusionFor } from '../../src/github/checks.js';
import { createGitHubClient } from '../../src/github/client.js';
import type { GitHubPort } from '../../src/github/port.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';

const run = {
  owner: 'acme',
  repo: 'prompts',
  headSha: 'a'.repeat(40),
  name: 'promptgate: summarize',
  conclusion: 'failure' as const,
  title: 'pass rate 0.91 -> 0.72',
  summary: 'details',
};

let github: FakeGitHub;
let client: GitHubPort;

beforeEach(async () => {
  github = await startFakeGitHub();
  client = createGitHubClient('test-token', { baseUrl: github.url });
});
afterEach(() => github.close());

describe('createCheckRun', () => {
  it('creates a completed check run on the head commit', async () => {
    const result = await client.createCheckRun({
      ...run,
      detailsUrl: 'https://github.com/acme/prompts/actions/runs/1',
    });

    expect(result).toEqual({ action: 'created', id: 1000, url: 'https://github.com/acme/prompts/runs/1000' });
    expect(github.state.checkRuns).toEqual([
      expect.objectContaining({
        name: 'promptgate: summarize',
        headSha: run.headSha,
        status: 'completed',
        conclusion: 'failure',
        output: { title: run.title, summary: 'details' },
        detailsUrl: 'https://github.com/acme/prompts/actions/runs/1',
      }),
    ]);
  });

  it('cuts an over-long summary to what GitHub accepts', async () => {
    await client.createCheckRun({ ...run, summary: 'row\n'.repeat(20_000) });

    expect(github.state.checkRuns[0]?.output.summary?.length).toBeLessThanOrEqual(65_535);
  });

  it('is skipped, not fatal, without `checks: write`', async () => {
    github.state.forbidWrites = true;

    const result = await client.createCheckRun(run);

    expect(result.action).toBe('skipped');
    expect('reason' in result ? result.reason : '').toContain('checks: write');
  });

  it('blames a secondary rate limit, not permissions, when that is why GitHub said 403', async () => {
    github.state.forbidWrites = true;
    github.state.forbidMessage = 'You have exceeded a secondary rate limit. Please wait a few minutes.';

    const result = await client.createCheckRun(run);

    expect('reason' in result ? result.reason : '').toMatch(
      /^GitHub rate-limited the request .*Re-run the job later\.$/s,
    );
  });

  it('maps verdicts to conclusions under the fail-on policy', () => {
    const conclusions = (failOn: FailOn) => VERDICTS.map((v) => conclusionFor(v, failOn));
    // VERDICTS: pass, skipped, inconclusive, fail, error
    expect(conclusions(DEFAULT_FAIL_ON)).toEqual(['success', 'neutral', 'neutral', 'failure', 'failure']);
    expect(conclusions(['fail', 'error', 'inconclusive'])).toEqual([
      'success',
      'neutral',
      'failure',
      'failure',
      'failure',
    ]);
    expect(conclusions([])).toEqual(['success', 'neutral', 'neutral', 'neutral', 'neutral']);
  });
});
