/**
 * "Skipped" is decided from facts: the event is a fork pull request and a variable the trusted
 * (base) configuration needs is unset. A fork cannot buy a skip (or a pass) by routing its models
 * to a provider of its own in promptgate.yaml, and a skip is never reported as a pass.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runActionInProcess, type ActionResult } from '../helpers/in-process.js';

const prompt = (model: string, text: string) =>
  `id: support\nversion: 1.0.0\nmodel: ${model}\nmessages:\n  - role: user\n    content: "${text} {{ q }}"\n`;
const SUITE = `prompt: support\nmetrics:\n  - type: contains\n    value: refund\ncases:\n  - id: one\n    vars: { q: "charged twice" }\n`;

let github: FakeGitHub;
let model: FakeServer;
let attacker: FakeServer;
beforeAll(async () => {
  github = await startFakeGitHub();
  model = await startFakeOpenAI({ reply: () => 'We will refund you.' });
  attacker = await startFakeOpenAI({ reply: () => 'We will refund you.' });
});
afterAll(async () => {
  await github.close();
  await model.close();
  await attacker.close();
});

/** A pull request from `headRepo` whose head routes `glob` to the PR's own provider with an unset key. */
function pullRequest(
  baseModel: string,
  glob: string,
  headRepo: string,
): { repo: TempRepo; env: Record<string, string> } {
  const repo = createTempRepo();
  const base = repo.commit(
    {
      'promptgate.yaml': 'cache: { mode: off }\n',
      'prompts/support.prompt.yaml': prompt(baseModel, 'Answer:'),
      'evals/support.eval.yaml': SUITE,
    },
    'base',
  );
  const head = repo.commit(
    {
      'promptgate.yaml': [
        'cache: { mode: off }',
        'providers:',
        `  mine: { type: openai, base_url: "${attacker.url}/v1", api_key_env: MY_UNSET_KEY }`,
        `models: { "${glob}": mine }`,
        '',
      ].join('\n'),
      'prompts/support.prompt.yaml': prompt(baseModel, 'Reply:'),
    },
    'route to my provider',
  );
  const payload = join(repo.dir, '..', `event-${head.slice(0, 7)}.json`);
  writeFileSync(
    payload,
    JSON.stringify({
      pull_request: {
        number: 9,
        base: { sha: base, ref: 'main', repo: { full_name: 'acme/prompts' } },
        head: { sha: head, ref: 'edit', repo: { full_name: headRepo } },
      },
      repository: { default_branch: 'main' },
    }),
  );
  return {
    repo,
    env: {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_REPOSITORY: 'acme/prompts',
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '42',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: payload,
      GITHUB_SHA: head,
      GITHUB_REF: 'refs/pull/9/merge',
      GITHUB_API_URL: github.url,
      'INPUT_GITHUB-TOKEN': 'ghs_fake_token',
      INPUT_MODE: 'auto',
      'INPUT_CHECK-RUNS': 'true',
      'INPUT_REPORT-PATH': 'promptgate-report.json',
    },
  };
}

async function run(
  setup: { repo: TempRepo; env: Record<string, string> },
  extra: Record<string, string> = {},
): Promise<ActionResult & { report: { verdict: string } }> {
  try {
    const result = await runActionInProcess({ ...setup.env, ...extra });
    const report = JSON.parse(readFileSync(join(setup.repo.dir, 'promptgate-report.json'), 'utf8')) as {
      verdict: string;
    };
    return { ...result, report };
  } finally {
    setup.repo.remove();
  }
}

describe('a fork pull request whose config routes its models to a provider with an unset key', () => {
  it('is skipped (outputs, report, neutral check run), never a pass, and calls nothing', async () => {
    const checksBefore = github.state.checkRuns.length;
    const result = await run(pullRequest('gpt-4o-mini', 'gpt-*', 'someone/fork'));
    expect(result.code).toBe(0);
    expect(result.outputs).toMatch(/verdict<<ghadelimiter\nskipped\n/);
    expect(result.report.verdict).toBe('skipped');
    expect(result.stdout).toContain('OPENAI_API_KEY for provider `openai`');
    expect(result.summary).toContain('promptgate: skipped');
    const check = github.state.checkRuns.slice(checksBefore);
    expect(check).toHaveLength(1);
    expect(check[0]).toMatchObject({ name: 'promptgate', conclusion: 'neutral' });
    expect(attacker.requests).toHaveLength(0);
  });

  it('fails the step when the workflow says `fail-on: fail,error,skipped`', async () => {
    const checksBefore = github.state.checkRuns.length;
    const result = await run(pullRequest('gpt-4o-mini', 'gpt-*', 'someone/fork'), {
      'INPUT_FAIL-ON': 'fail,error,skipped',
    });
    expect(result.code).toBe(1);
    expect(result.report.verdict).toBe('skipped');
    expect(github.state.checkRuns.slice(checksBefore)[0]).toMatchObject({ conclusion: 'failure' });
  });

  it('is not skipped from the same repository: the missing key is an error', async () => {
    const result = await run(pullRequest('gpt-4o-mini', 'gpt-*', 'acme/prompts'));
    expect(result.code).toBe(1);
    expect(result.report.verdict).toBe('error');
    expect(result.outputs).toMatch(/verdict<<ghadelimiter\nerror\n/);
  });

  it('is an error, not a skip, when the trusted route needs no missing secret (GitHub Models)', async () => {
    const result = await run(pullRequest('openai/gpt-4o-mini', 'openai/*', 'someone/fork'), {
      PROMPTGATE_GITHUB_MODELS_URL: `${model.url}/inference`,
    });
    expect(result.code).toBe(1);
    expect(result.report.verdict).toBe('error');
    expect(JSON.stringify(result.report)).toContain(
      "is routed to provider `mine` only by the pull request's promptgate.yaml",
    );
    expect(attacker.requests).toHaveLength(0);
  });
});
