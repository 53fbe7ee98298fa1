import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { commentMarker } from '../../src/github/constants.js';
import type { GitHubPort } from '../../src/github/port.js';
import {
  ACTIONS_BOT,
  HUMAN,
  startFakeGitHub,
  type FakeGitHub,
  type FakeUser,
} from '../fakes/github-server.js';

const PR = { owner: 'acme', repo: 'prompts', issueNumber: 7 };
const MARKER = commentMarker();
const OTHER_BOT: FakeUser = { login: 'renovate[bot]', id: 2, type: 'Bot' };

let github: FakeGitHub;
let client: GitHubPort;

beforeEach(async () => {
  github = await startFakeGitHub();
  client = createGitHubClient('test-token', { baseUrl: github.url });
});
afterEach(() => github.close());

const prComments = () => github.state.comments.filter((c) => c.issueNumber === PR.issueNumber);
const writes = () => github.state.requests.filter((r) => r.method !== 'GET');

describe('upsertStickyComment', () => {
  it('creates the comment with the hidden marker on its first line, as github-actions[bot]', async () => {
    const result = await client.upsertStickyComment({ ...PR, marker: MARKER, body: '## promptgate: pass' });

    expect(result).toEqual({
      action: 'created',
      id: 1000,
      url: 'https://github.com/acme/prompts/pull/7#issuecomment-1000',
    });
    expect(prComments()).toHaveLength(1);
    expect(prComments()[0]?.body).toBe(`${MARKER}\n## promptgate: pass`);
    expect(prComments()[0]?.user).toEqual(ACTIONS_BOT);
    expect(github.state.requests[0]?.authorization).toBe('token test-token');
  });

  it('updates the same comment in place on the next run, and skips the write when nothing changed', async () => {
    const first = await client.upsertStickyComment({ ...PR, marker: MARKER, body: 'run 1' });
    const second = await client.upsertStickyComment({ ...PR, marker: MARKER, body: 'run 2' });
    const writesBefore = writes().length;
    const third = await client.upsertStickyComment({ ...PR, marker: MARKER, body: 'run 2' });

    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', id: 'id' in first ? first.id : -1 });
    expect(third).toMatchObject({ action: 'unchanged', id: 'id' in first ? first.id : -1 });
    expect(writes()).toHaveLength(writesBefore);
    expect(prComments().map((c) => c.body)).toEqual([`${MARKER}\nrun 2`]);
  });

  it('finds its comment behind three pages of other comments instead of duplicating it', async () => {
    github.addComment({ ...PR, body: `${MARKER}\nold report`, user: ACTIONS_BOT });
    for (let i = 0; i < 250; i++) {
      github.addComment({ ...PR, body: `review comment ${i}`, user: i % 2 ? HUMAN : OTHER_BOT });
    }

    const result = await client.upsertStickyComment({ ...PR, marker: MARKER, body: 'new report' });
    await client.upsertStickyComment({ ...PR, marker: MARKER, body: 'newer report' });

    expect(result.action).toBe('updated');
    expect(prComments().filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    expect(prComments()[0]?.body).toBe(`${MARKER}\nnewer report`);
    const pagesRead = github.state.requests.filter(
      (r) => r.path.endsWith('/issues/7/comments') && r.method === 'GET',
    );
    expect(pagesRead.map((r) => r.query.page ?? '1').slice(0, 3)).toEqual(['1', '2', '3']);
    expect(pagesRead[0]?.query.per_page).toBe('100');
  });

  it('never edits a person’s comment that quotes the marker', async () => {
    const quoted = github.addComment({ ...PR, body: `> ${MARKER}\n> the bot said this`, user: HUMAN });

    const result = await client.upsertStickyComment({ ...PR, marker: MARKER, body: 'report' });

    expect(result.action).toBe('created');
    expect(github.state.comments.find((c) => c.id === quoted.id)?.body).toBe(
      `> ${MARKER}\n> the bot said this`,
    );
  });

  it('updates the newest of legacy duplicates and leaves the others alone', async () => {
    const older = github.addComment({ ...PR, body: `${MARKER}\nduplicate 1` });
    const newer = github.addComment({ ...PR, body: `${MARKER}\nduplicate 2` });

    const result = await client.upsertStickyComment({ ...PR, marker: MARKER, body: 'fresh' });

    expect(result).toMatchObject({ action: 'updated', id: newer.id });
    expect(github.state.comments.find((c) => c.id === older.id)?.body).toBe(`${MARKER}\nduplicate 1`);
  });

  it('records the head it reports, and writes nothing once the pull request has moved past it', async () => {
    const older = 'a'.repeat(40);
    const newer = 'b'.repeat(40);
    github.state.pullHeads[PR.issueNumber] = newer;
    await client.upsertStickyComment({ ...PR, marker: MARKER, body: 'newer: PASS', headSha: newer });
    const writesBefore = writes().length;

    const stale = await client.upsertStickyComment({
      ...PR,
      marker: MARKER,
      body: 'older: FAIL',
      headSha: older,
    });

    expect(stale).toEqual({ action: 'superseded', newerHead: newer });
    expect(writes()).toHaveLength(writesBefore);
    expect(prComments().map((c) => c.body)).toEqual([
      `${MARKER}<!-- promptgate:head=${newer} -->\nnewer: PASS`,
    ]);
  });

  it('keeps comments of different scopes apart', async () => {
    await client.upsertStickyComment({ ...PR, marker: commentMarker('evals/a.yaml'), body: 'config a' });
    await client.upsertStickyComment({ ...PR, marker: commentMarker('evals/b.yaml'), body: 'config b' });
    await client.upsertStickyComment({
      ...PR,
      marker: commentMarker('evals/a.yaml'),
      body: 'config a again',
    });

    expect(prComments().map((c) => c.body.split('\n')[1])).toEqual(['config a again', 'config b']);
  });

  it('with a personal access token, matches comments by that user rather than by any bot', async () => {
    await github.close();
    const alice: FakeUser = { login: 'alice', id: 9, type: 'User' };
    github = await startFakeGitHub({ viewer: alice });
    client = createGitHubClient('pat', { baseUrl: github.url });
    const botCopy = github.addComment({
      ...PR,
      body: `${MARKER}\nwritten by another workflow`,
      user: ACTIONS_BOT,
    });
    const own = github.addComment({ ...PR, body: `${MARKER}\nalice's last run`, user: alice });

    const result = await client.upsertStickyComment({ ...PR, marker: MARKER, body: 'alice again' });

    expect(result).toMatchObject({ action: 'updated', id: own.id });
    expect(github.state.comments.find((c) => c.id === botCopy.id)?.body).toContain(
      'written by another workflow',
    );
  });

  it('on a fork PR (read-only token) returns a skipped result that explains why, instead of throwing', async () => {
    github.state.forbidWrites = true;

    const result = await client.upsertStickyComment({ ...PR, marker: MARKER, body: 'report' });

    expect(result.action).toBe('skipped');
    expect('reason' in result && result.reason).toMatch(
      /403.*forks get a read-only token.*pull-requests: write/s,
    );
    expect(prComments()).toHaveLength(0);
  });

  it('still throws on failures that are not about permissions', async () => {
    const gone = await startFakeGitHub();
    await gone.close();
    const unreachable = createGitHubClient('test-token', { baseUrl: gone.url });

    await expect(unreachable.upsertStickyComment({ ...PR, marker: MARKER, body: 'y' })).rejects.toThrow();
  });

  it('cuts a report longer than a comment may be, keeping the marker', async () => {
    const long = Array.from({ length: 5000 }, (_, i) => `| case-${i} | pass | 0.93 |`).join('\n');

    await client.upsertStickyComment({ ...PR, marker: MARKER, body: long });

    const stored = prComments()[0]?.body ?? '';
    expect(stored.length).toBeLessThanOrEqual(65_536);
    expect(stored.startsWith(MARKER)).toBe(true);
    expect(stored).toContain('cut to fit GitHub’s size limit');
    expect(stored).not.toMatch(/\| case-\d+ \| pa\n/);
  });
});
