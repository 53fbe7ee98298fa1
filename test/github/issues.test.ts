import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { DRIFT_ISSUE_LABELS, driftIssueMarker } from '../../src/github/constants.js';
import type { GitHubPort } from '../../src/github/port.js';
import { HUMAN, startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';

const REPO = { owner: 'acme', repo: 'prompts' };
const MARKER = driftIssueMarker();
const drift = (body: string) => ({
  ...REPO,
  marker: MARKER,
  title: 'promptgate: prompt drift detected',
  body,
  labels: DRIFT_ISSUE_LABELS,
});
const recovered = {
  ...REPO,
  marker: MARKER,
  labels: DRIFT_ISSUE_LABELS,
  comment: 'Recovered: every prompt passes again.',
};

let github: FakeGitHub;
let client: GitHubPort;

beforeEach(async () => {
  github = await startFakeGitHub();
  client = createGitHubClient('test-token', { baseUrl: github.url });
});
afterEach(() => github.close());

const openIssues = () => github.state.issues.filter((i) => i.state === 'open');

describe('drift issue', () => {
  it('opens one issue, updates it on later runs and leaves it alone when nothing changed', async () => {
    const created = await client.upsertDriftIssue(drift('summarize: pass rate 0.91 -> 0.72'));
    const updated = await client.upsertDriftIssue(drift('summarize: pass rate 0.91 -> 0.64'));
    const writes = github.state.requests.filter((r) => r.method !== 'GET').length;
    const unchanged = await client.upsertDriftIssue(drift('summarize: pass rate 0.91 -> 0.64'));

    expect(created).toEqual({
      action: 'created',
      number: 100,
      url: 'https://github.com/acme/prompts/issues/100',
    });
    expect(updated).toMatchObject({ action: 'updated', number: 'number' in created ? created.number : -1 });
    expect(unchanged.action).toBe('unchanged');
    expect(github.state.requests.filter((r) => r.method !== 'GET')).toHaveLength(writes);
    expect(openIssues()).toHaveLength(1);
    expect(openIssues()[0]).toMatchObject({
      labels: DRIFT_ISSUE_LABELS,
      body: `${MARKER}\nsummarize: pass rate 0.91 -> 0.64`,
    });
  });

  it('still finds its issue after someone removed the labels', async () => {
    await client.upsertDriftIssue(drift('first'));
    const issue = openIssues()[0];
    if (issue) issue.labels = [];

    const result = await client.upsertDriftIssue(drift('second'));

    expect(result.action).toBe('updated');
    expect(openIssues()).toHaveLength(1);
  });

  it('ignores an issue anyone else opened with the hidden marker (no hijacked or closed report)', async () => {
    // Anyone can open an issue; a hidden marker in its body must not make it the drift issue.
    const spoof = github.addIssue({ title: 'hello', body: `${MARKER}\nmine now`, user: HUMAN });

    const result = await client.upsertDriftIssue(drift('summarize drifted'));
    const closed = await client.resolveDriftIssue(recovered);

    expect(result).toMatchObject({ action: 'created' });
    expect('number' in result && result.number).not.toBe(spoof.number);
    expect(closed).toMatchObject({ action: 'closed', number: 'number' in result ? result.number : -1 });
    expect(github.state.issues.find((i) => i.number === spoof.number)).toMatchObject({
      state: 'open',
      body: `${MARKER}\nmine now`,
    });
  });

  it('ignores pull requests and closed issues that carry the marker', async () => {
    github.addIssue({
      title: 'a PR quoting the marker',
      body: MARKER,
      labels: DRIFT_ISSUE_LABELS,
      isPullRequest: true,
    });
    github.addIssue({ title: 'old drift', body: MARKER, labels: DRIFT_ISSUE_LABELS, state: 'closed' });

    const result = await client.upsertDriftIssue(drift('new drift'));

    expect(result.action).toBe('created');
    expect(openIssues().filter((i) => !i.isPullRequest)).toHaveLength(1);
  });

  it('comments "recovered" and closes the issue; the next drift opens a new one', async () => {
    await client.upsertDriftIssue(drift('drifted'));
    const number = openIssues()[0]?.number;

    const closed = await client.resolveDriftIssue(recovered);
    const nothingOpen = await client.resolveDriftIssue(recovered);
    const reopened = await client.upsertDriftIssue(drift('drifted again'));

    expect(closed).toMatchObject({ action: 'closed', number });
    expect(github.state.issues.find((i) => i.number === number)).toMatchObject({
      state: 'closed',
      stateReason: 'completed',
    });
    expect(github.state.comments.filter((c) => c.issueNumber === number).map((c) => c.body)).toEqual([
      recovered.comment,
    ]);
    expect(nothingOpen).toEqual({ action: 'none' });
    expect(reopened.action).toBe('created');
    expect(openIssues()).toHaveLength(1);
  });

  it('reports a refused write as skipped', async () => {
    github.state.forbidWrites = true;

    const result = await client.upsertDriftIssue(drift('drifted'));

    expect(result.action).toBe('skipped');
    expect('reason' in result && result.reason).toContain('issues: write');
  });
});
