import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { autoMode, readActionContext } from '../../src/github/context.js';
import { UsageError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'promptgate-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const MERGE = 'd'.repeat(40);
const ZERO = '0'.repeat(40);
let payloads = 0;

function env(eventName: string, payload: unknown, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const path = join(dir, `event-${payloads++}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'acme/prompts',
    GITHUB_SHA: MERGE,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_SERVER_URL: 'https://github.example.com',
    GITHUB_API_URL: 'https://github.example.com/api/v3',
    GITHUB_RUN_ID: '123456',
    GITHUB_WORKSPACE: '/home/runner/work/prompts/prompts',
    ...extra,
  };
}

function pullRequest(headRepo: string | null) {
  return {
    repository: { default_branch: 'main' },
    pull_request: {
      number: 7,
      base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/prompts' } },
      head: { sha: HEAD, ref: 'feature', repo: headRepo === null ? null : { full_name: headRepo } },
    },
  };
}

describe('readActionContext', () => {
  it('reads a same-repository pull request', () => {
    const context = readActionContext(env('pull_request', pullRequest('acme/prompts')));

    expect(context).toEqual({
      eventName: 'pull_request',
      owner: 'acme',
      repo: 'prompts',
      sha: MERGE,
      ref: 'refs/pull/7/merge',
      serverUrl: 'https://github.example.com',
      apiUrl: 'https://github.example.com/api/v3',
      workspace: '/home/runner/work/prompts/prompts',
      runUrl: 'https://github.example.com/acme/prompts/actions/runs/123456',
      defaultBranch: 'main',
      base: BASE,
      head: HEAD,
      pullRequest: { number: 7, baseRef: 'main', headRef: 'feature', isFork: false },
    });
    expect(autoMode(context)).toBe('compare');
  });

  it('recognises a fork, also when the fork was deleted, and pull_request_target', () => {
    expect(readActionContext(env('pull_request', pullRequest('someone/prompts'))).pullRequest?.isFork).toBe(
      true,
    );
    expect(readActionContext(env('pull_request', pullRequest(null))).pullRequest?.isFork).toBe(true);
    const target = readActionContext(env('pull_request_target', pullRequest('someone/prompts')));
    expect(target).toMatchObject({ base: BASE, head: HEAD, pullRequest: { isFork: true } });
    expect(autoMode(target)).toBe('compare');
  });

  it('compares before..after on push, and promotes on the default branch', () => {
    const push = { before: BASE, after: HEAD, repository: { default_branch: 'main' } };

    const onMain = readActionContext(env('push', push, { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: HEAD }));
    const onBranch = readActionContext(
      env('push', push, { GITHUB_REF: 'refs/heads/feature', GITHUB_SHA: HEAD }),
    );

    expect(onMain).toMatchObject({ base: BASE, head: HEAD });
    expect(onMain.pullRequest).toBeUndefined();
    expect(autoMode(onMain)).toBe('promote');
    expect(autoMode(onBranch)).toBe('compare');
  });

  it('uses the parent of the pushed commit when the push created the branch', () => {
    const context = readActionContext(
      env('push', { before: ZERO, after: HEAD, created: true }, { GITHUB_SHA: HEAD }),
    );

    expect(context).toMatchObject({ base: `${HEAD}^`, head: HEAD });
  });

  it('compares a new branch with the default branch, so every commit it brings is gated', () => {
    const created = (ref: string) =>
      readActionContext(
        env(
          'push',
          { ref, before: ZERO, after: HEAD, created: true, repository: { default_branch: 'main' } },
          { GITHUB_REF: ref, GITHUB_SHA: HEAD },
        ),
      );

    expect(created('refs/heads/feature')).toMatchObject({ base: 'main', head: HEAD });
    // The default branch itself (a repository's first push) has nothing to fork from.
    expect(created('refs/heads/main')).toMatchObject({ base: `${HEAD}^`, head: HEAD });
  });

  it('has nothing to compare when the push deleted the branch', () => {
    const context = readActionContext(env('push', { before: BASE, after: ZERO, deleted: true }));

    expect(context.base).toBeUndefined();
    expect(context.head).toBeUndefined();
  });

  it('takes base and head from the inputs on workflow_dispatch, head defaulting to GITHUB_SHA', () => {
    const dispatch = env(
      'workflow_dispatch',
      { inputs: { base: 'main' } },
      { GITHUB_REF: 'refs/heads/main' },
    );

    const compared = readActionContext(dispatch, { base: 'main' });
    const plain = readActionContext(dispatch);

    expect(compared).toMatchObject({ base: 'main', head: MERGE });
    expect(autoMode(compared)).toBe('compare');
    expect(plain.base).toBeUndefined();
    expect(autoMode(plain)).toBe('eval');
  });

  it('lets explicit inputs win over the event', () => {
    const context = readActionContext(env('pull_request', pullRequest('acme/prompts')), {
      base: 'v1.0.0',
      head: 'HEAD',
    });

    expect(context).toMatchObject({ base: 'v1.0.0', head: 'HEAD', pullRequest: { number: 7 } });
  });

  it('has no base on schedule', () => {
    const context = readActionContext(
      env('schedule', { schedule: '0 6 * * *' }, { GITHUB_REF: 'refs/heads/main' }),
    );

    expect(context.base).toBeUndefined();
    expect(autoMode(context)).toBe('scheduled');
  });

  it('reads the merge queue’s base and head', () => {
    const context = readActionContext(
      env('merge_group', { merge_group: { base_sha: BASE, head_sha: HEAD } }),
    );

    expect(context).toMatchObject({ base: BASE, head: HEAD });
    expect(autoMode(context)).toBe('compare');
  });

  it('explains a missing or broken environment as a usage error', () => {
    expect(() => readActionContext({})).toThrow(UsageError);
    expect(() => readActionContext({ ...env('push', {}), GITHUB_REPOSITORY: 'nope' })).toThrow(/owner\/name/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect(() => readActionContext({ ...env('push', {}), GITHUB_EVENT_PATH: broken })).toThrow(
      /not valid JSON/,
    );
    expect(() => readActionContext(env('pull_request', { pull_request: {} }))).toThrow(/pull_request.number/);
  });
});
