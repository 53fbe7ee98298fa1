import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import type { GitHubPort, PullRequestInput } from '../../src/github/port.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';

let github: FakeGitHub;
let client: GitHubPort;

beforeEach(async () => {
  github = await startFakeGitHub();
  client = createGitHubClient('test-token', { baseUrl: github.url });
});
afterEach(() => github.close());

const promotion = (overrides: Partial<PullRequestInput> = {}): PullRequestInput => ({
  owner: 'acme',
  repo: 'prompts',
  head: 'promptgate/promote-abc1234',
  base: 'main',
  title: 'promptgate: promote summarize@1.1.0',
  body: 'report of run 1',
  ...overrides,
});

const pulls = () => github.state.issues.filter((i) => i.isPullRequest);

/** A pull request opened earlier (seeded: GitHub asks for 3 s between notifying writes). */
function seedPull(head: string, state: 'open' | 'closed', body = 'report of run 1'): void {
  const pull = github.addIssue({ title: 'earlier', body, state, isPullRequest: true });
  pull.head = head;
  pull.base = 'main';
}

describe('openPullRequest', () => {
  it('opens a pull request from the branch to the base', async () => {
    const result = await client.openPullRequest(promotion());

    expect(result).toEqual({
      action: 'created',
      number: 100,
      url: 'https://github.com/acme/prompts/pull/100',
    });
    expect(pulls()).toMatchObject([
      { head: 'promptgate/promote-abc1234', base: 'main', title: 'promptgate: promote summarize@1.1.0' },
    ]);
  });

  it('on "already exists" (a re-run) updates the open pull request to this run, never a second one', async () => {
    seedPull('promptgate/promote-abc1234', 'open');

    const rerun = await client.openPullRequest(
      promotion({ title: 'promptgate: promote summarize@1.1.0, greet@2.0.0', body: 'report of run 2' }),
    );

    expect(rerun).toEqual({
      action: 'updated',
      number: 100,
      url: 'https://github.com/acme/prompts/pull/100',
    });
    expect(pulls()).toHaveLength(1);
    expect(pulls()[0]).toMatchObject({
      title: 'promptgate: promote summarize@1.1.0, greet@2.0.0',
      body: 'report of run 2',
    });
  });

  it('opens a new pull request when the earlier one from the branch was closed', async () => {
    seedPull('promptgate/promote-abc1234', 'closed');

    const rerun = await client.openPullRequest(promotion({ body: 'report of run 2' }));

    expect(rerun).toMatchObject({ action: 'created', number: 101 });
    expect(pulls().map((p) => [p.number, p.state])).toEqual([
      [100, 'closed'],
      [101, 'open'],
    ]);
  });

  it('reuses only a pull request from the same branch: another 422 is an error, not a pull request', async () => {
    seedPull('someone-else', 'open');
    github.state.faults = (request) =>
      request.method === 'POST' && request.path.endsWith('/pulls') ? { status: 422 } : undefined;

    await expect(client.openPullRequest(promotion())).rejects.toMatchObject({ status: 422 });
    expect(pulls().map((p) => [p.head, p.body])).toEqual([['someone-else', 'report of run 1']]);
  });

  it('is skipped, not fatal, without `pull-requests: write`, naming the permission once', async () => {
    github.state.forbidWrites = true;

    const result = await client.openPullRequest(promotion());

    expect(result.action).toBe('skipped');
    const reason = 'reason' in result ? result.reason : '';
    expect(reason).toContain('grant `permissions: pull-requests: write` to the job');
    expect(reason).not.toContain('write: write');
  });

  it('is skipped, naming the pull request, when the existing one cannot be updated', async () => {
    seedPull('promptgate/promote-abc1234', 'open');
    github.state.faults = (request) => (request.method === 'PATCH' ? { status: 403 } : undefined);

    const result = await client.openPullRequest(promotion({ body: 'report of run 2' }));

    expect(result.action).toBe('skipped');
    expect('reason' in result ? result.reason : '').toContain('update pull request #100');
    expect(pulls()[0]?.body).toBe('report of run 1');
  });
});
