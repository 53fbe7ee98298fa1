/**
 * The lifecycle after merge, as users run it: `promptgate eval` + `promptgate promote` record the
 * production version; then the action's scheduled mode detects model drift, opens one issue,
 * updates it on the next run and closes it when scores recover.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runActionInProcess, runCli } from '../helpers/in-process.js';

describe('promote, then scheduled drift runs', () => {
  let model: FakeServer;
  let github: FakeGitHub;
  let repo: TempRepo;
  let healthy = true;

  beforeAll(async () => {
    model = await startFakeOpenAI({ reply: () => (healthy ? 'We will refund you today.' : 'Please wait.') });
    github = await startFakeGitHub();
    repo = createTempRepo();
    repo.commit(
      {
        'promptgate.yaml': 'models:\n  "gpt-*": openai\ncache: { mode: off }\npromotion: { tag: true }\n',
        'support.prompt.yaml':
          'id: support\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: user\n    content: "{{ q }}"\n',
        'support.eval.yaml': `prompt: support\nmetrics:\n  - type: contains\n    value: refund\ncases:\n${Array.from({ length: 10 }, (_, i) => `  - vars: { q: "question ${i}" }`).join('\n')}\n`,
      },
      'support prompt',
    );
  });
  afterAll(async () => {
    repo.remove();
    await model.close();
    await github.close();
  });

  const modelEnv = () => ({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${model.url}/v1` });
  const actionEnv = () => ({
    ...modelEnv(),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: join(repo.dir, '..', 'schedule-event.json'),
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_REPOSITORY: 'acme/prompts',
    GITHUB_SHA: repo.git('rev-parse', 'HEAD'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: github.url,
    GITHUB_RUN_ID: '7',
    'INPUT_GITHUB-TOKEN': 'ghs_fake',
    INPUT_MODE: 'auto',
  });

  it('promote refuses without a passing evaluation, then records the evaluated version', async () => {
    const refused = await runCli(repo.dir, ['promote', 'support', '--report', 'missing.json'], modelEnv());
    expect(refused.code).not.toBe(0);

    const evaluated = await runCli(repo.dir, ['eval'], modelEnv());
    expect(evaluated.code).toBe(0);
    const promoted = await runCli(repo.dir, ['promote', 'support'], modelEnv());
    expect(promoted.stdout).toContain('promoted support 1.0.0');
    expect(promoted.code).toBe(0);
    const lock = readFileSync(join(repo.dir, 'promptgate.lock.yaml'), 'utf8');
    expect(lock).toMatch(/support:\n\s+version: 1\.0\.0/);
    expect(repo.git('tag', '--list')).toContain('prompt/support@1.0.0');
    repo.commit({}, 'record promotion');
    writeFileSync(
      join(repo.dir, '..', 'schedule-event.json'),
      JSON.stringify({ schedule: '0 6 * * *', repository: { default_branch: 'main' } }),
    );
  });

  it('opens one drift issue when scores drop, updates it on the next run, closes it on recovery', async () => {
    healthy = false;
    const first = await runActionInProcess(actionEnv());
    expect(first.code).toBe(1);
    expect(first.outputs).toMatch(/verdict<<.*\nfail\n/s);
    expect(github.state.issues).toHaveLength(1);
    expect(github.state.issues[0]).toMatchObject({ state: 'open' });
    expect(github.state.issues[0]?.body).toContain('support');

    const second = await runActionInProcess({ ...actionEnv(), GITHUB_RUN_ID: '8' });
    expect(second.code).toBe(1);
    expect(github.state.issues).toHaveLength(1);

    healthy = true;
    const recovered = await runActionInProcess({ ...actionEnv(), GITHUB_RUN_ID: '9' });
    expect(recovered.code).toBe(0);
    expect(github.state.issues).toHaveLength(1);
    expect(github.state.issues[0]).toMatchObject({ state: 'closed' });
  });
});
