/**
 * The two entry points as a runner and a shell start them: a separate Node process with the real
 * @actions/core and process streams, run from src/ through tsx (so no build is needed). Everything
 * else is tested in-process.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';

const SRC = resolve(__dirname, '../../src');
const TSX = import.meta.resolve('tsx');

function node(
  script: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', TSX, join(SRC, script), ...args],
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const PROMPT =
  'id: greet\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "Say hello to {{ name }}"\n';
const SUITE = (expected: string) =>
  `prompt: greet\nmetrics:\n  - type: contains\n    value: ${expected}\ncases:\n  - vars: { name: Ada }\n`;

describe('entry points', { timeout: 60_000 }, () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = createTempRepo();
    repo.commit({ 'greet.prompt.yaml': PROMPT, 'greet.eval.yaml': SUITE('Ada') }, 'greet');
  });
  afterAll(() => repo.remove());

  it('the CLI prints to stdout and exits with the verdict', async () => {
    const passing = await node('cli-entry.ts', ['eval', '--quiet'], repo.dir, {});
    expect(passing.stderr).toBe('');
    expect(passing.stdout).toMatch(/PASS/);
    expect(passing.code).toBe(0);

    const usage = await node('cli-entry.ts', ['evaluate'], repo.dir, {});
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/unknown command `evaluate`/);
  });

  it('the action writes its outputs through the runner files and fails the step with exit 1', async () => {
    const work = mkdtempSync(join(tmpdir(), 'promptgate-runner-'));
    const env = (suite: string) => {
      repo.write({ 'greet.eval.yaml': suite });
      for (const file of ['output', 'summary']) writeFileSync(join(work, file), '');
      return {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_REPOSITORY: 'acme/prompts',
        GITHUB_OUTPUT: join(work, 'output'),
        GITHUB_STEP_SUMMARY: join(work, 'summary'),
        RUNNER_TEMP: work,
        INPUT_MODE: 'eval',
        'INPUT_REPORT-PATH': 'report.json',
      };
    };
    const passing = await node('index.ts', [], repo.dir, env(SUITE('Ada')));
    expect(passing.code).toBe(0);
    expect(readFileSync(join(work, 'output'), 'utf8')).toMatch(/verdict<<.*\npass\n/s);
    expect(readFileSync(join(work, 'summary'), 'utf8')).toContain('greet');

    const failing = await node('index.ts', [], repo.dir, env(SUITE('Grace')));
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/::error::promptgate: FAIL/);
    expect(readFileSync(join(work, 'output'), 'utf8')).toMatch(/verdict<<.*\nfail\n/s);
    expect(JSON.parse(readFileSync(join(repo.dir, 'report.json'), 'utf8'))).toMatchObject({
      verdict: 'fail',
    });
  });
});
