/**
 * The action after a merge (`mode: promote`), in-process: it evaluates the prompts as merged,
 * promotes the ones that passed, commits the lock file as the Actions bot and pushes it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runActionInProcess } from '../helpers/in-process.js';

const PROMPT =
  'id: greet\nversion: 1.2.0\nmodel: gpt-4o-mini\nmessages:\n  - role: user\n    content: "Say hello to {{ name }}"\n';
const CONFIG = 'models:\n  "gpt-*": openai\ncache: { mode: off }\n';
const SUITE = (expected: string) =>
  `prompt: greet\nmetrics:\n  - type: contains\n    value: ${expected}\ncases:\n  - vars: { name: Ada }\n`;

let repo: TempRepo;
let remote: string;
let github: FakeGitHub;
let model: FakeServer;

beforeEach(async () => {
  github = await startFakeGitHub();
  model = await startFakeOpenAI({
    reply: (body) =>
      `Hello ${JSON.stringify(body.messages.at(-1)?.content ?? '').includes('Ada') ? 'Ada' : '?'}`,
  });
  repo = createTempRepo();
  remote = mkdtempSync(join(tmpdir(), 'promptgate-remote-'));
  execFileSync('git', ['init', '-q', '--bare', remote]);
  repo.git('remote', 'add', 'origin', remote);
});

afterEach(async () => {
  repo.remove();
  rmSync(remote, { recursive: true, force: true });
  await github.close();
  await model.close();
});

const env = () => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: repo.dir,
  GITHUB_REPOSITORY: 'acme/prompts',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: repo.git('rev-parse', 'HEAD'),
  GITHUB_API_URL: github.url,
  GITHUB_ACTOR: 'octocat',
  'INPUT_GITHUB-TOKEN': 'ghs_fake',
  INPUT_MODE: 'promote',
  OPENAI_API_KEY: 'sk-test',
  OPENAI_BASE_URL: `${model.url}/v1`,
});

const remoteFile = (ref: string, path: string) =>
  execFileSync('git', ['--git-dir', remote, 'show', `${ref}:${path}`], { encoding: 'utf8' });

describe('the action in promote mode', () => {
  it('promotes a passing prompt and pushes the lock file commit', async () => {
    repo.commit(
      { 'promptgate.yaml': CONFIG, 'greet.prompt.yaml': PROMPT, 'greet.eval.yaml': SUITE('Ada') },
      'greet',
    );
    repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');

    const run = await runActionInProcess(env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('promoted greet 1.2.0');

    // The lock file commit's own push: nothing to evaluate, no model call.
    repo.git('fetch', '-q', 'origin', 'main');
    repo.git('reset', '-q', '--hard', 'FETCH_HEAD');
    const calls = model.requests.length;
    const lockPush = await runActionInProcess(env());
    expect(lockPush.code).toBe(0);
    expect(lockPush.stdout).toMatch(/::notice::this push only records promotions/);
    expect(model.requests.length).toBe(calls);
    expect(remoteFile('main', 'promptgate.lock.yaml')).toMatch(/greet:\n\s+version: 1\.2\.0/);
    expect(
      execFileSync('git', ['--git-dir', remote, 'log', '-1', '--format=%an %s', 'main'], {
        encoding: 'utf8',
      }),
    ).toBe('github-actions[bot] promptgate: promote greet@1.2.0\n');
  });

  it('refuses a failing prompt: no lock file, the step fails on the verdict', async () => {
    repo.commit(
      { 'promptgate.yaml': CONFIG, 'greet.prompt.yaml': PROMPT, 'greet.eval.yaml': SUITE('Grace') },
      'greet',
    );
    repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');

    const run = await runActionInProcess(env());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::warning::not promoted greet/);
    expect(() => remoteFile('main', 'promptgate.lock.yaml')).toThrow();
  });

  it('re-running a promotion in pull-request mode updates its own branch instead of failing', async () => {
    const base = repo.commit(
      {
        'promptgate.yaml': `${CONFIG}promotion: { commit: pull-request, tag: false }\n`,
        'greet.prompt.yaml': PROMPT,
        'greet.eval.yaml': SUITE('Ada'),
      },
      'greet',
    );
    repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');
    const branch = `promptgate/promote-${base.slice(0, 7)}`;
    // No token: the branch is pushed, no pull request is opened.
    const withoutToken = { ...env(), 'INPUT_GITHUB-TOKEN': '' };

    expect((await runActionInProcess(withoutToken)).code).toBe(0);
    const first = execFileSync('git', ['--git-dir', remote, 'rev-parse', branch], { encoding: 'utf8' });
    // The re-run starts from a fresh checkout of the same commit.
    repo.git('reset', '-q', '--hard', base);
    const rerun = await runActionInProcess(withoutToken);

    expect(rerun.code, rerun.stdout).toBe(0);
    const second = execFileSync('git', ['--git-dir', remote, 'rev-parse', branch], { encoding: 'utf8' });
    expect(second).not.toBe(first);
    expect(remoteFile(branch, 'promptgate.lock.yaml')).toMatch(/greet:\n\s+version: 1\.2\.0/);
  });

  it('a re-run in pull-request mode updates its open pull request to the new commit and report', async () => {
    const base = repo.commit(
      {
        'promptgate.yaml': `${CONFIG}promotion: { commit: pull-request, tag: false }\n`,
        'greet.prompt.yaml': PROMPT,
        'greet.eval.yaml': SUITE('Ada'),
      },
      'greet',
    );
    repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');
    const branch = `promptgate/promote-${base.slice(0, 7)}`;
    // The push event names the default branch: the base of the promotion pull request.
    const event = join(remote, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', repository: { default_branch: 'main' } }));
    const withEvent = () => ({ ...env(), GITHUB_EVENT_PATH: event });

    const first = await runActionInProcess(withEvent());
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain('promotion pull request opened: https://github.com/acme/prompts/pull/100');
    const opened = github.state.issues.filter((i) => i.isPullRequest);
    expect(opened).toMatchObject([{ head: branch, base: 'main', title: 'promptgate: promote greet@1.2.0' }]);
    const firstBody = opened[0]?.body ?? '';

    // The re-run (a fresh checkout of the same commit) replaces the branch's commit: GitHub answers
    // "a pull request already exists", and the open one must show this run, not the first.
    repo.git('reset', '-q', '--hard', base);
    const rerun = await runActionInProcess({ ...withEvent(), GITHUB_RUN_ID: '2' });

    expect(rerun.code, rerun.stdout).toBe(0);
    expect(rerun.stdout).toContain(
      'promotion pull request updated: https://github.com/acme/prompts/pull/100',
    );
    expect(rerun.stdout).not.toMatch(/::(error|warning)::/);
    const pulls = github.state.issues.filter((i) => i.isPullRequest);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]?.body).not.toBe(firstBody);
    expect(pulls[0]?.body).toContain('actions/runs/2');
    expect(remoteFile(branch, 'promptgate.lock.yaml')).toMatch(/greet:\n\s+version: 1\.2\.0/);
  });
});
