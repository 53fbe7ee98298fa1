/**
 * The action against a GitHub API that hangs, answers 502 and serves two overlapping runs on one pull
 * request: each run ends within its own bound, exactly one comment exists, and it shows the newest
 * head's verdict. Runs in-process (run() with a GitHub client on short timeouts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import type { GitHubTiming } from '../../src/github/octokit.js';
import { runActionInProcess, type ActionResult } from '../helpers/in-process.js';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';

const prompt = (policy: string) =>
  `id: support\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: system\n    content: "${policy}"\n  - role: user\n    content: "{{ q }}"\n`;
const SUITE = `prompt: support\nmetrics:\n  - type: contains\n    value: refund\ncases:\n${[
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
]
  .map((i) => `  - vars: { q: "question ${i}" }`)
  .join('\n')}\n`;

/** Each run's own bound: requests cut off after 300 ms, at most 3 s of GitHub in total. */
const TIMING: GitHubTiming = { requestTimeoutMs: 300, retries: 2, retryBaseMs: 50, maxRateLimitWaitMs: 0 };
const TOTAL_MS = 3_000;

let model: FakeServer;
let github: FakeGitHub;
let repo: TempRepo;
let base: string;
let olderHead: string;
let newerHead: string;

beforeAll(async () => {
  model = await startFakeOpenAI({
    reply: (body) =>
      JSON.stringify(body.messages[0]?.content ?? '').includes('refund') ? 'We will refund you.' : 'No.',
  });
  github = await startFakeGitHub();
  repo = createTempRepo();
  base = repo.commit(
    {
      'promptgate.yaml': 'models:\n  "gpt-*": openai\ncache: { mode: off }\n',
      'support.prompt.yaml': prompt('Offer a refund.'),
      'support.eval.yaml': SUITE,
    },
    'base',
  );
  olderHead = repo.commit({ 'support.prompt.yaml': prompt('Be terse.') }, 'regresses');
  newerHead = repo.commit({ 'support.prompt.yaml': prompt('Offer a refund, kindly.') }, 'fixes it');
});

afterAll(async () => {
  repo.remove();
  await model.close();
  await github.close();
});

afterEach(() => {
  github.state.comments.length = 0;
  github.state.faults = undefined;
});

interface Run {
  done: Promise<ActionResult & { ms: number }>;
  /** The verdict in this run's JSON report. */
  verdict: () => string;
}

/** Starts the action (in-process, its own environment) for a pull_request event at `head`. */
function startRun(
  head: string,
  limits: { timing: GitHubTiming; totalMs: number } = { timing: TIMING, totalMs: TOTAL_MS },
): Run {
  const work = mkdtempSync(join(tmpdir(), 'promptgate-runner-'));
  const event = join(work, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 7,
        base: { sha: base, ref: 'main', repo: { full_name: 'acme/prompts' } },
        head: { sha: head, ref: 'feature', repo: { full_name: 'acme/prompts' } },
      },
      repository: { default_branch: 'main' },
    }),
  );
  const started = performance.now();
  const done = runActionInProcess(
    {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_REPOSITORY: 'acme/prompts',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: head,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_API_URL: github.url,
      'INPUT_GITHUB-TOKEN': 'ghs_fake_token',
      'INPUT_REPORT-PATH': join(work, 'report.json'),
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: `${model.url}/v1`,
    },
    {
      github: (token, apiUrl) =>
        createGitHubClient(token, { baseUrl: apiUrl, timing: limits.timing, totalTimeMs: limits.totalMs }),
    },
  ).then((result) => ({ ...result, ms: performance.now() - started }));
  return {
    done,
    verdict: () =>
      (JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as { verdict: string }).verdict,
  };
}

const prComments = () => github.state.comments.filter((c) => c.issueNumber === 7);
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('the action when GitHub fails and runs overlap', () => {
  it('two overlapping runs with hangs and 502s: one comment, the newest head’s verdict', async () => {
    let listings = 0;
    let patches = 0;
    github.state.faults = (request) => {
      if (request.method === 'GET' && request.path.endsWith('/comments') && listings++ === 0) return 'hang';
      if (request.method === 'PATCH' && patches++ % 2 === 0) return { status: 502 };
      return undefined;
    };
    github.state.pullHeads[7] = olderHead;
    const older = startRun(olderHead);
    // The older run's "evaluating..." is up; then a push moves the pull request on.
    await until(() => prComments().length > 0);
    github.state.pullHeads[7] = newerHead;
    const newer = startRun(newerHead);

    const [olderDone, newerDone] = await Promise.all([older.done, newer.done]);
    expect(prComments()).toHaveLength(1);
    const body = prComments()[0]?.body ?? '';
    expect(body).toContain(`<!-- promptgate:head=${newerHead} -->`);
    expect(body).not.toMatch(/evaluating/i);
    expect(body).toMatch(/PASS/);
    // Each verdict is its own head's, whatever GitHub did.
    expect([older.verdict(), newer.verdict()]).toEqual(['fail', 'pass']);
    for (const done of [olderDone, newerDone]) expect(done.ms).toBeLessThan(TOTAL_MS + 10_000);
  }, 60_000);

  it('racing creations of the same head collapse to one comment', async () => {
    github.state.pullHeads[7] = newerHead;
    // Slow first listings, answered together: both runs look before either has created its comment.
    let answerAt: number | undefined;
    let listings = 0;
    github.state.faults = (request) => {
      if (request.method !== 'GET' || !request.path.endsWith('/comments') || listings++ >= 2)
        return undefined;
      answerAt ??= Date.now() + 4_000;
      return { delayMs: answerAt - Date.now() };
    };
    const before = github.state.requests.length;
    const patient = { timing: { ...TIMING, requestTimeoutMs: 6_000 }, totalMs: 30_000 };
    const first = startRun(newerHead, patient);
    const second = startRun(newerHead, patient);
    await Promise.all([first.done, second.done]);
    const requests = github.state.requests.slice(before);
    // Both created one, and one copy was deleted.
    expect(requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(2);
    expect(requests.filter((r) => r.method === 'DELETE').length).toBeGreaterThan(0);
    expect(prComments()).toHaveLength(1);
    expect(prComments()[0]?.body).toMatch(/PASS/);
  }, 60_000);

  it('a GitHub that hangs on every request cannot hold the job, nor change the verdict', async () => {
    github.state.pullHeads[7] = newerHead;
    github.state.faults = () => 'hang';
    const hung = startRun(newerHead);
    const { ms, summary, code } = await hung.done;
    expect(ms).toBeLessThan(TOTAL_MS + 10_000);
    expect([hung.verdict(), code]).toEqual(['pass', 0]);
    expect(summary).toMatch(/The PR comment was not updated/);
    expect(summary).toMatch(/PASS/);
  }, 60_000);

  it('when the final update keeps failing, the summary says the comment is stale', async () => {
    github.state.pullHeads[7] = newerHead;
    github.state.faults = (request) => (request.method === 'PATCH' ? { status: 502 } : undefined);
    const failing = startRun(newerHead);
    const { summary, stdout } = await failing.done;
    expect(prComments()[0]?.body).toMatch(/evaluating/i);
    expect(summary).toMatch(/The PR comment is stale: it still says "evaluating\.\.\."/);
    expect(stdout).toMatch(/::warning::The PR comment is stale/);
    expect(failing.verdict()).toBe('pass');
  }, 60_000);
});
