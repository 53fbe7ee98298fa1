import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import type { GitHubPort } from '../../src/github/port.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';

let github: FakeGitHub;
let client: GitHubPort;

beforeEach(async () => {
  github = await startFakeGitHub();
  client = createGitHubClient('test-token', { baseUrl: github.url });
});
afterEach(() => github.close());

describe('openPullRequest', () => {
  it('is skipped, not fatal, without `pull-requests: write`, naming the permission once', async () => {
    github.state.forbidWrites = true;

    const result = await client.openPullRequest({
      owner: 'acme',
      repo: 'prompts',
      head: 'promptgate/promote-abc1234',
      base: 'main',
      title: 'promptgate: promote summarize@1.1.0',
      body: 'report',
    });

    expect(result.action).toBe('skipped');
    const reason = 'reason' in result ? result.reason : '';
    expect(reason).toContain('grant `permissions: pull-requests: write` to the job');
    expect(reason).not.toContain('write: write');
  });
});
