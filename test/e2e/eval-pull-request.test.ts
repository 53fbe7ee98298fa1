/**
 * `mode: eval` on a pull request event evaluates the working tree, which is the pull request's: its
 * promptgate.yaml must not choose the gate, the budget or where requests (and keys) go. As in
 * `compare`, those come from the base commit; the head's prompt files are what is evaluated.
 * Runs the action in-process the way a runner does: env, event payload, a real git repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { startFakeOpenAI, type FakeServer, type OpenAIChatBody } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runActionInProcess, type ActionResult } from '../helpers/in-process.js';

const prompt = (policy: string) =>
  `id: support\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: system\n    content: "${policy}"\n  - role: user\n    content: "{{ q }}"\n`;
const SUITE = `prompt: support\nthreshold: 0.8\nmetrics:\n  - type: contains\n    value: refund\ncases:\n${[
  'charged twice',
  'cancel order',
  'late delivery',
  'broken item',
]
  .map((q, i) => `  - id: q${i + 1}\n    vars: { q: "${q}" }`)
  .join('\n')}\n`;
/** The fake model mentions a refund only when the system prompt offers one. */
const REFUNDS = 'Always offer a refund.';
const NO_REFUNDS = 'Keep answers short.';
const BASE_CONFIG = 'cache: { mode: off }\n';

let github: FakeGitHub;
let model: FakeServer;
let attacker: FakeServer;
beforeAll(async () => {
  github = await startFakeGitHub();
  const reply = (body: OpenAIChatBody) =>
    String(body.messages[0]?.content).includes('refund') ? 'We will refund you.' : 'Sorry.';
  model = await startFakeOpenAI({ reply });
  attacker = await startFakeOpenAI({ reply });
});
afterAll(async () => {
  await github.close();
  await model.close();
  await attacker.close();
});

interface PullRequestRun {
  repo: TempRepo;
  env: Record<string, string>;
}

/** A pull request whose head writes `headConfig` and a prompt that fails its suite. */
function pullRequest(
  headConfig: string,
  options: { event?: string; baseConfig?: string; headRepo?: string; baseSha?: string | null } = {},
): PullRequestRun {
  const repo = createTempRepo();
  const base = repo.commit(
    {
      'promptgate.yaml': options.baseConfig ?? BASE_CONFIG,
      'prompts/support.prompt.yaml': prompt(REFUNDS),
      'evals/support.eval.yaml': SUITE,
    },
    'base',
  );
  repo.git('checkout', '-q', '-b', 'edit');
  const head = repo.commit(
    { 'promptgate.yaml': headConfig, 'prompts/support.prompt.yaml': prompt(NO_REFUNDS) },
    'edit',
  );
  const payload = join(repo.dir, '..', `event-${head.slice(0, 7)}.json`);
  const baseSha = options.baseSha === undefined ? base : options.baseSha;
  writeFileSync(
    payload,
    JSON.stringify({
      pull_request: {
        number: 5,
        base: { ...(baseSha ? { sha: baseSha } : {}), ref: 'main', repo: { full_name: 'acme/prompts' } },
        head: { sha: head, ref: 'edit', repo: { full_name: options.headRepo ?? 'acme/prompts' } },
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
      GITHUB_EVENT_NAME: options.event ?? 'pull_request',
      GITHUB_EVENT_PATH: payload,
      GITHUB_SHA: head,
      GITHUB_REF: 'refs/pull/5/merge',
      GITHUB_API_URL: github.url,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: `${model.url}/v1`,
      'INPUT_GITHUB-TOKEN': 'ghs_fake_token',
      INPUT_MODE: 'eval',
      INPUT_COMMENT: 'false',
      'INPUT_REPORT-PATH': 'promptgate-report.json',
    },
  };
}

interface EvalReport {
  mode: string;
  verdict: string;
  reasons: { code: string; message: string }[];
  headConfigNotApplied?: string[];
  prompts: { id: string; verdict: string }[];
}

async function run(
  setup: PullRequestRun,
  extra: Record<string, string> = {},
): Promise<ActionResult & { report: EvalReport }> {
  try {
    const result = await runActionInProcess({ ...setup.env, ...extra });
    const report = JSON.parse(
      readFileSync(join(setup.repo.dir, 'promptgate-report.json'), 'utf8'),
    ) as EvalReport;
    return { ...result, report };
  } finally {
    setup.repo.remove();
  }
}

const LOOSE_GATE = 'cache: { mode: off }\ngate: { min_pass_rate: 0, fail_on: never }\n';

describe('mode: eval on a pull request event', () => {
  it("keeps the base commit's gate: a head config that lowers min_pass_rate and sets fail_on: never does not pass a failing prompt", async () => {
    const result = await run(pullRequest(LOOSE_GATE));
    expect(result.report.mode).toBe('eval');
    // The head's prompt is what was evaluated: it fails its suite under the base's gate.
    expect(result.report.prompts).toMatchObject([{ id: 'support', verdict: 'fail' }]);
    expect(result.report.verdict).toBe('fail');
    expect(result.code).toBe(1);
    expect(result.report.headConfigNotApplied).toEqual(['gate']);
    expect(result.outputs).toMatch(/verdict<<ghadelimiter\nfail\n/);
  });

  it("applies the head's gate only with trust-head-config: true", async () => {
    const result = await run(pullRequest(LOOSE_GATE), { 'INPUT_TRUST-HEAD-CONFIG': 'true' });
    expect(result.report.verdict).toBe('pass');
    expect(result.code).toBe(0);
    expect(result.report.headConfigNotApplied).toBeUndefined();
  });

  it("keeps the base commit's budget: a head that raises max_cost_usd and concurrency still stops at the base's", async () => {
    const before = model.requests.length;
    const result = await run(
      pullRequest('cache: { mode: off }\nmax_cost_usd: 100\nconcurrency: 64\n', {
        baseConfig: 'cache: { mode: off }\nmax_cost_usd: 0.0000001\n',
      }),
    );
    expect(result.report.reasons.map((r) => r.code)).toContain('budget-exhausted');
    expect(JSON.stringify(result.report.reasons)).toContain('max_cost_usd 1e-7');
    expect(result.report.verdict).toBe('error');
    expect(result.code).toBe(1);
    expect(model.requests.length - before).toBeLessThan(4);
    expect(result.report.headConfigNotApplied).toEqual(['max_cost_usd', 'concurrency']);
  });

  it("never calls a provider only the head's config names, with the key it names", async () => {
    const result = await run(
      pullRequest(
        [
          'cache: { mode: off }',
          'providers:',
          `  mine: { type: openai, base_url: "${attacker.url}/v1", api_key_env: OPENAI_API_KEY }`,
          'models: { "gpt-*": mine }',
          '',
        ].join('\n'),
      ),
    );
    expect(attacker.requests).toHaveLength(0);
    expect(result.report.verdict).toBe('error');
    expect(JSON.stringify(result.report)).toContain(
      "is routed to provider `mine` only by the pull request's promptgate.yaml",
    );
  });

  it('refuses, with the fix, when the event names no base commit', async () => {
    const before = model.requests.length;
    const result = await run(pullRequest(LOOSE_GATE, { baseSha: null }));
    expect(result.code).toBe(1);
    expect(result.report.verdict).toBe('error');
    expect(result.stdout).toContain('reads its gate, budget and routing from the pull request');
    expect(result.stdout).toContain('trust-head-config: true');
    expect(model.requests.length).toBe(before);
  });

  it("refuses when the base commit is not in the clone, rather than falling back to the head's config", async () => {
    const before = model.requests.length;
    const result = await run(pullRequest(LOOSE_GATE, { baseSha: 'f'.repeat(40) }));
    expect(result.code).toBe(1);
    expect(result.report.verdict).toBe('error');
    expect(result.stdout).toContain('fetch-depth: 0');
    expect(model.requests.length).toBe(before);
  });

  it('does not evaluate a fork on pull_request_target (neutral skip), as compare does', async () => {
    const before = model.requests.length;
    const result = await run(
      pullRequest(LOOSE_GATE, { event: 'pull_request_target', headRepo: 'someone/fork' }),
    );
    expect(result.code).toBe(0);
    expect(result.report.verdict).toBe('skipped');
    expect(model.requests.length).toBe(before);
  });
});
