/**
 * The action when things around it go wrong: GitHub failing to take the comment must not
 * decide the exit status, and a run that cannot start still says `error` in its outputs.
 */
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runActionInProcess, type ActionResult } from '../helpers/in-process.js';

const prompt = (version: string, policy: string) =>
  `id: support\nversion: ${version}\nmodel: gpt-4o-mini\nmessages:\n  - role: system\n    content: "${policy}"\n  - role: user\n    content: "{{ q }}"\n`;
const SUITE = `prompt: support\nmetrics:\n  - type: contains\n    value: refund\ncases:\n${[1, 2, 3, 4, 5]
  .map((i) => `  - vars: { q: "question ${i}" }`)
  .join('\n')}\n`;

function runAction(repo: TempRepo, env: Record<string, string>): Promise<ActionResult> {
  return runActionInProcess({
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_REPOSITORY: 'acme/prompts',
    'INPUT_GITHUB-TOKEN': 'ghs_fake_token',
    ...env,
  });
}

describe('the action when GitHub or the setup fails', () => {
  let model: FakeServer;
  let github: FakeGitHub;
  let repo: TempRepo;
  let prEnv: Record<string, string>;

  beforeAll(async () => {
    model = await startFakeOpenAI({
      reply: (body) =>
        JSON.stringify(body.messages[0]?.content ?? '').includes('refund') ? 'We will refund you.' : 'No.',
    });
    github = await startFakeGitHub();
    repo = createTempRepo();
    const base = repo.commit(
      {
        'promptgate.yaml': 'models:\n  "gpt-*": openai\ncache: { mode: off }\n',
        'support.prompt.yaml': prompt('1.0.0', 'Offer a refund.'),
        'support.eval.yaml': SUITE,
      },
      'base',
    );
    const head = repo.commit({ 'support.prompt.yaml': prompt('1.1.0', 'Be brief.') }, 'edit');
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
    prEnv = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: payload,
      GITHUB_SHA: head,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_API_URL: github.url,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: `${model.url}/v1`,
    };
  });
  afterAll(async () => {
    repo.remove();
    await model.close();
    await github.close();
  });

  it('lets the verdict decide the exit status when GitHub answers 500 to every comment write', async () => {
    github.state.failWrites = 500;
    try {
      const failing = await runAction(repo, prEnv);
      expect(failing.code).toBe(1);
      expect(failing.outputs).toMatch(/verdict<<.*\nfail\n/s);
      expect(failing.stdout).toMatch(/::warning::could not write the pending PR comment/);
      expect(failing.stdout).toMatch(/::error::promptgate: FAIL/);

      const reportOnly = await runAction(repo, { ...prEnv, 'INPUT_FAIL-ON': 'never' });
      expect(reportOnly.code).toBe(0);
      expect(reportOnly.outputs).toMatch(/verdict<<.*\nfail\n/s);
      expect(reportOnly.stdout).toMatch(/::warning::promptgate: FAIL \(not failing: fail-on is never\)/);
    } finally {
      github.state.failWrites = undefined;
    }
  }, 60_000); // each run retries its GitHub writes (1 s, 4 s) before giving up

  it('fails clearly on invalid inputs and still sets the `verdict` and `report-path` outputs', async () => {
    for (const [input, value, message] of [
      ['INPUT_MODE', 'foo', /input `mode` must be one of auto, compare/],
      [
        'INPUT_FAIL-ON',
        'bar',
        /input `fail-on` must list verdicts separated by commas \(pass, skipped, inconclusive, fail, error\)/,
      ],
      ['INPUT_SHARD', '3/2', /shard must look like I\/N with 1 <= I <= N \(got `3\/2`\)/],
      ['INPUT_OFFLINE', 'maybe', /input `offline` must be true or false \(got `maybe`\)/],
      ['INPUT_CONCURRENCY', '2.5', /input `concurrency` must be an integer >= 1 \(got `2\.5`\)/],
      ['INPUT_CONCURRENCY', '0', /input `concurrency` must be an integer >= 1 \(got `0`\)/],
      ['INPUT_MAX-COST-USD', '-1', /input `max-cost-usd` must be a number >= 0 \(got `-1`\)/],
      [
        'INPUT_REPORT-URL',
        'javascript:alert(1)',
        /input `report-url` must be an http\(s\) URL without spaces or parentheses \(got `javascript:alert\(1\)`\)/,
      ],
    ] as const) {
      const run = await runAction(repo, { ...prEnv, [input]: value });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(run.outputs).toMatch(/verdict<<.*\nerror\n/s);
      expect(run.outputs).toMatch(/report-path<<.*\n.*promptgate-report\.json\n/s);
    }
  });

  it('leaves no lock file behind when a scheduled run finds nothing promoted', async () => {
    const payload = join(repo.dir, '..', 'schedule.json');
    writeFileSync(payload, JSON.stringify({ schedule: '0 6 * * *', repository: { default_branch: 'main' } }));
    const run = await runAction(repo, {
      ...prEnv,
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: payload,
      GITHUB_REF: 'refs/heads/main',
    });
    expect(run.stdout).toContain('scheduled mode on schedule');
    expect(existsSync(join(repo.dir, 'promptgate.lock.yaml'))).toBe(false);
  });

  it('links the HTML report given as `report-url` from the job summary', async () => {
    const url = 'https://reports.example/acme/prompts/42/report.html';
    const run = await runAction(repo, { ...prEnv, 'INPUT_REPORT-URL': url, 'INPUT_FAIL-ON': 'never' });
    expect(run.code).toBe(0);
    expect(run.summary).toContain(`[HTML report](${url})`);
  });

  it('fails the step when the runner cannot take its outputs, rather than passing silently', async () => {
    const run = await runActionInProcess(
      { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/prompts', ...prEnv },
      {
        io: {
          setOutput: () => {
            throw new Error('ENOSPC: no space left on device, write');
          },
        },
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::promptgate: unexpected failure: ENOSPC: no space left on device');
  });

  it('compare mode without a base (a manual run) says which input to set', async () => {
    const run = await runAction(repo, { GITHUB_EVENT_NAME: 'workflow_dispatch', INPUT_MODE: 'compare' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::promptgate: nothing to compare on a workflow_dispatch event');
    expect(run.stdout).toContain('set the `base` input');
    expect(run.outputs).toMatch(/verdict<<.*\nerror\n/s);
  });

  it('a report path that cannot be written is a warning; the verdict still decides the step', async () => {
    // A file where the report's folder should be.
    const run = await runAction(repo, { ...prEnv, 'INPUT_REPORT-PATH': 'support.eval.yaml/report.json' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::warning::could not write the report to .*support\.eval\.yaml\/report\.json/,
    );
    expect(run.stdout).toMatch(/::error::promptgate: FAIL/);
    expect(run.outputs).toMatch(/verdict<<.*\nfail\n/s);
  });

  it('a job summary the runner refuses is a warning, not a failure', async () => {
    const run = await runActionInProcess(
      { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo.dir, GITHUB_REPOSITORY: 'acme/prompts', ...prEnv },
      { io: { appendSummary: () => Promise.reject(new Error('summary file is over 1 MiB')) } },
    );
    expect(run.stdout).toContain('::warning::could not write the job summary: summary file is over 1 MiB');
    expect(run.stdout).toMatch(/::error::promptgate: FAIL/);
    expect(run.code).toBe(1);
  });

  it('a cancelled job (SIGTERM) stops the evaluation, still reports `error`, and ends with 143', async () => {
    const slow = await startFakeOpenAI({ latencyMs: 300, reply: () => 'We will refund you.' });
    try {
      const signals = new EventEmitter();
      const running = runActionInProcess(
        {
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: repo.dir,
          GITHUB_REPOSITORY: 'acme/prompts',
          ...prEnv,
          OPENAI_BASE_URL: `${slow.url}/v1`,
          'INPUT_REPORT-PATH': 'cancelled.json',
        },
        { signals },
      );
      while (slow.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      signals.emit('SIGTERM');
      const run = await running;

      expect(run.code).toBe(143);
      expect(run.stdout).toContain('::warning::promptgate: SIGTERM received: stopping, writing the reports');
      expect(run.outputs).toMatch(/verdict<<.*\nerror\n/s);
      expect(JSON.parse(readFileSync(join(repo.dir, 'cancelled.json'), 'utf8'))).toMatchObject({
        verdict: 'error',
      });
      expect(signals.listenerCount('SIGTERM')).toBe(0);
    } finally {
      await slow.close();
    }
  });

  it('says which payload is missing', async () => {
    const run = await runAction(repo, { ...prEnv, GITHUB_EVENT_PATH: join(repo.dir, 'no-event.json') });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/cannot read the event payload GITHUB_EVENT_PATH=/);
    expect(run.outputs).toMatch(/verdict<<.*\nerror\n/s);
  });
});
