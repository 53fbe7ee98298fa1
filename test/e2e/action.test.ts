/**
 * Runs the action in-process the way a runner does: GITHUB_* variables, an event payload file,
 * INPUT_* variables, a real git repository with a base and a head commit, the fake OpenAI server for
 * the model and the fake GitHub REST server for the comment.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runActionInProcess, type ActionResult } from '../helpers/in-process.js';

const CONFIG = `models:\n  "gpt-*": openai\ncache: { mode: off }\ngate: { max_drop: 0.05 }\n`;

const prompt = (version: string, policy: string) => `id: support
version: ${version}
model: gpt-4o-mini
messages:
  - role: system
    content: "You answer billing questions. ${policy}"
  - role: user
    content: "{{ question }}"
`;

const SUITE = `prompt: support
threshold: 0.8
metrics:
  - name: mentions refund
    type: contains
    value: refund
    ignoreCase: true
cases:
${['charged twice', 'cancel order', 'late delivery', 'broken item', 'wrong size', 'billing error']
  .map((q, i) => `  - id: q${i + 1}\n    vars: { question: "${q}" }`)
  .join('\n')}
`;

const GOOD = 'Always offer a refund.';
const BAD = 'Keep answers short.';

function runAction(repo: TempRepo, env: Record<string, string>): Promise<ActionResult> {
  return runActionInProcess({
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_REPOSITORY: 'acme/prompts',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '42',
    'INPUT_GITHUB-TOKEN': 'ghs_fake_token',
    INPUT_MODE: 'auto',
    'INPUT_REPORT-PATH': 'promptgate-report.json',
    ...env,
  });
}

function pullRequestEnv(
  repo: TempRepo,
  base: string,
  head: string,
  fakeGitHub: string,
): Record<string, string> {
  const payload = join(repo.dir, '..', `event-${head.slice(0, 7)}.json`);
  writeFileSync(
    payload,
    JSON.stringify({
      pull_request: {
        number: 7,
        base: { sha: base, ref: 'main', repo: { full_name: 'acme/prompts' } },
        head: { sha: head, ref: 'edit', repo: { full_name: 'acme/prompts' } },
      },
      repository: { default_branch: 'main' },
    }),
  );
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: payload,
    GITHUB_SHA: head,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_API_URL: fakeGitHub,
  };
}

describe('the action on a pull request', () => {
  let model: FakeServer;

  beforeAll(async () => {
    // The fake model follows the system prompt's policy, so prompt edits change behaviour for real.
    model = await startFakeOpenAI({
      reply: (body) => {
        const system = JSON.stringify(body.messages[0]?.content ?? '');
        const question = JSON.stringify(body.messages.at(-1)?.content ?? '');
        return system.includes('refund')
          ? `Sorry about the ${question}; we will refund you.`
          : `Noted: ${question}.`;
      },
    });
  });
  afterAll(async () => {
    await model.close();
  });

  const modelEnv = () => ({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${model.url}/v1` });

  /** A fresh fake GitHub and a repository whose base commit has the support prompt with `policy`. */
  async function scenario(
    policy: string,
    test: (ctx: { github: FakeGitHub; repo: TempRepo; base: string }) => Promise<void>,
  ): Promise<void> {
    const github = await startFakeGitHub();
    const repo = createTempRepo();
    try {
      const files = {
        'promptgate.yaml': CONFIG,
        'prompts/support.prompt.yaml': prompt('1.0.0', policy),
        'evals/support.eval.yaml': SUITE,
      };
      await test({ github, repo, base: repo.commit(files, 'base') });
    } finally {
      repo.remove();
      await github.close();
    }
  }

  it('fails the step on a regression, lists the flipped cases, and updates one sticky comment', async () => {
    await scenario(GOOD, async ({ github, repo, base }) => {
      repo.git('checkout', '-q', '-b', 'edit');
      const head = repo.commit({ 'prompts/support.prompt.yaml': prompt('1.1.0', BAD) }, 'shorter answers');

      const first = await runAction(repo, {
        ...pullRequestEnv(repo, base, head, github.url),
        ...modelEnv(),
        'INPUT_REPORT-ARTIFACT': 'promptgate-report',
      });
      expect(first.code).toBe(1);
      expect(first.stdout).toMatch(/::error::promptgate: FAIL/);
      expect(first.outputs).toMatch(/verdict<<.*\nfail\n/s);

      const comments = github.state.comments;
      expect(comments).toHaveLength(1);
      const body = comments[0]?.body ?? '';
      expect(body).toContain('<!-- promptgate:comment -->');
      expect(body).toMatch(/FAIL/);
      expect(body).toContain('mentions refund');
      for (const id of ['q1', 'q6']) expect(body).toContain(id);
      expect(body).toMatch(/pass\s*(→|->)\s*fail/i);

      const report = JSON.parse(readFileSync(join(repo.dir, 'promptgate-report.json'), 'utf8')) as {
        verdict: string;
        prompts: {
          id: string;
          status: string;
          metrics: {
            name: string;
            baseline: { passRate: number };
            candidate: { passRate: number };
            delta: { passRate: number };
          }[];
        }[];
      };
      expect(report.verdict).toBe('fail');
      expect(report.prompts[0]).toMatchObject({ id: 'support', status: 'modified' });
      expect(report.prompts[0]?.metrics[0]).toMatchObject({
        name: 'mentions refund',
        baseline: { passRate: 1 },
        candidate: { passRate: 0 },
        delta: { passRate: -1 },
      });
      expect(first.summary).toContain('mentions refund');
      // The HTML report sits next to the JSON report; comment and summary link the run's artifacts.
      const htmlPath = join(repo.dir, 'promptgate-report.html');
      expect(first.outputs).toContain(`html-report-path<<`);
      expect(first.outputs).toContain(`\n${htmlPath}\n`);
      expect(readFileSync(htmlPath, 'utf8')).toContain('<code>support</code>');
      const artifacts = '[HTML report](https://github.example/acme/prompts/actions/runs/42#artifacts)';
      expect(body).toContain(artifacts);
      expect(first.summary).toContain(artifacts);

      // A second push: the same comment is updated in place, never duplicated.
      const head2 = repo.commit(
        { 'prompts/support.prompt.yaml': prompt('1.1.1', `${BAD} Be kind.`) },
        'kinder',
      );
      const second = await runAction(repo, {
        ...pullRequestEnv(repo, base, head2, github.url),
        ...modelEnv(),
      });
      expect(second.code).toBe(1);
      expect(github.state.comments).toHaveLength(1);
      expect(
        github.state.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))
          .length,
      ).toBeGreaterThanOrEqual(1);
      expect(github.state.comments[0]?.body).toContain(head2.slice(0, 7));
    });
  });

  it('passes an improving change', async () => {
    await scenario(BAD, async ({ github, repo, base }) => {
      const head = repo.commit({ 'prompts/support.prompt.yaml': prompt('1.1.0', GOOD) }, 'offer refunds');
      const run = await runAction(repo, { ...pullRequestEnv(repo, base, head, github.url), ...modelEnv() });
      expect(run.code).toBe(0);
      expect(run.outputs).toMatch(/verdict<<.*\npass\n/s);
      expect(github.state.comments).toHaveLength(1);
      expect(github.state.comments[0]?.body).toMatch(/PASS/);
    });
  });

  it('says "no prompt changes" and makes no model call when nothing relevant changed', async () => {
    await scenario(GOOD, async ({ github, repo, base }) => {
      const head = repo.commit({ 'README.md': '# docs' }, 'docs');
      const calls = model.requests.length;
      const run = await runAction(repo, { ...pullRequestEnv(repo, base, head, github.url), ...modelEnv() });
      expect(run.code).toBe(0);
      expect(model.requests.length).toBe(calls);
      expect(run.outputs).toMatch(/changed-prompts<<.*\n\[\]\n/s);
      expect(github.state.comments).toHaveLength(0); // no prompt touched: no comment noise
    });
  });

  it('gates GitHub Models prompt files with the workflow token alone (no model secret)', async () => {
    const github = await startFakeGitHub();
    const repo = createTempRepo();
    const ghPrompt = (instruction: string) =>
      [
        'name: Support',
        'model: openai/gpt-4o-mini',
        'messages:',
        '  - role: system',
        `    content: "${instruction}"`,
        '  - role: user',
        '    content: "{{question}}"',
        'testData:',
        // Five cases: the fewest whose all flipping is significant at 95% (2^-5 < 0.05).
        ...['charged twice', 'broken item', 'late delivery', 'wrong size', 'never arrived'].map(
          (q) => `  - question: "${q}"`,
        ),
        'evaluators:',
        '  - name: offers a refund',
        '    string: { contains: refund }',
      ].join('\n');
    try {
      const base = repo.commit({ 'prompts/support.prompt.yml': ghPrompt(GOOD) }, 'base');
      const head = repo.commit({ 'prompts/support.prompt.yml': ghPrompt(BAD) }, 'edit');
      const before = model.requests.length;
      const run = await runAction(repo, {
        ...pullRequestEnv(repo, base, head, github.url),
        PROMPTGATE_GITHUB_MODELS_URL: `${model.url}/inference`,
      });
      expect(run.code).toBe(1);
      const calls = model.requests.slice(before);
      expect(calls).toHaveLength(10);
      expect(calls.every((r) => r.path === '/inference/chat/completions')).toBe(true);
      expect(calls[0]?.headers.authorization).toBe('Bearer ghs_fake_token');
      expect(calls[0]?.body).toMatchObject({ model: 'openai/gpt-4o-mini' });
      expect(github.state.comments[0]?.body).toContain('offers a refund');
    } finally {
      repo.remove();
      await github.close();
    }
  });

  it('stays neutral on a fork pull request without secrets', async () => {
    await scenario(GOOD, async ({ github, repo, base }) => {
      const head = repo.commit({ 'prompts/support.prompt.yaml': prompt('1.1.0', BAD) }, 'edit');
      const env = pullRequestEnv(repo, base, head, github.url);
      const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
        pull_request: { head: { repo: { full_name: string } } };
      };
      payload.pull_request.head.repo.full_name = 'someone/fork';
      writeFileSync(env.GITHUB_EVENT_PATH ?? '', JSON.stringify(payload));
      const run = await runAction(repo, env);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('comes from a fork');
      expect(run.outputs).toMatch(/verdict<<.*\nskipped\n/s);
    });
  });
});
