import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLifecycleCommand } from '../../src/lifecycle/cli.js';
import { runReleaseCommand } from '../../src/lifecycle/commands/command.js';
import { rolloutCommand } from '../../src/lifecycle/commands/rollout.js';
import { parseLockFile } from '../../src/lifecycle/lockfile.js';
import { loadPromptFile } from '../../src/prompts/load.js';
import { WorkingTreeSnapshot } from '../../src/repo/worktree.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runActionInProcess } from '../helpers/in-process.js';
import { promptReport, report } from './builders.js';

const PATH = 'prompts/reply.prompt.yaml';
const promptText = (version: string, line: string) =>
  `id: support-reply\nversion: ${version}\nmodel: gpt-4o-mini\nmessages:\n  - role: system\n    content: ${line}\n  - role: user\n    content: "{{ message }}"\n`;

let repo: TempRepo;
let remote: string;

async function passingReport(): Promise<string> {
  const prompt = await loadPromptFile(new WorkingTreeSnapshot(repo.dir), PATH, []);
  const name = `reports/${prompt.version ?? 'x'}.json`;
  repo.write({ [name]: JSON.stringify(report([promptReport({ id: prompt.id, hash: prompt.contentHash })])) });
  return join(repo.dir, name);
}

beforeEach(async () => {
  repo = createTempRepo({ [PATH]: promptText('1.0.0', 'Be kind.'), '.gitignore': 'reports/\n' });
  remote = mkdtempSync(join(tmpdir(), 'promptgate-remote-'));
  execFileSync('git', ['init', '-q', '--bare', remote]);
  repo.git('remote', 'add', 'origin', remote);
  const ctx = { root: repo.dir, env: { GITHUB_ACTOR: 'octocat' }, print: () => {} };
  expect(
    await runLifecycleCommand('promote', ['support-reply'], { report: await passingReport() }, ctx),
  ).toBe(0);
  repo.commit({ [PATH]: promptText('1.1.0', 'Be brief.') }, '1.1.0');
  const argv = [
    'rollout',
    'support-reply',
    '--version',
    '1.1.0',
    '--weight',
    '20',
    '--report',
    await passingReport(),
  ];
  expect(
    await runReleaseCommand(rolloutCommand, argv, {
      root: repo.dir,
      cwd: repo.dir,
      env: ctx.env,
      print: () => {},
      printError: () => {},
      now: () => new Date(),
    }),
  ).toBe(0);
  const rows = (variant: string, rate: number) =>
    Array.from(
      { length: 4000 },
      (_, i) => `{"variant":"${variant}","success":${(i * 7919) % 1000 < rate * 1000}}`,
    );
  repo.commit(
    { 'outcomes.jsonl': [...rows('1.0.0', 0.85), ...rows('1.1.0', 0.75)].join('\n') },
    'canary at 20%',
  );
  repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');
});

afterEach(() => {
  repo.remove();
  rmSync(remote, { recursive: true, force: true });
});

describe('action mode experiment (a scheduled analysis job)', () => {
  it('decides rollback, aborts the rollout and pushes the lock file with experiment-apply', async () => {
    const result = await runActionInProcess({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_REPOSITORY: 'acme/prompts',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_ACTOR: 'promptgate-bot',
      INPUT_MODE: 'experiment',
      'INPUT_EXPERIMENT-DATA': 'outcomes.jsonl',
      'INPUT_EXPERIMENT-APPLY': 'true',
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs).toContain('decision<<ghadelimiter\nrollback\n');
    expect(result.summary).toContain('## promptgate experiment: rollback');
    const pushed = execFileSync('git', ['--git-dir', remote, 'show', 'main:promptgate.lock.yaml'], {
      encoding: 'utf8',
    });
    const entry = parseLockFile(pushed, 'promptgate.lock.yaml').prompts['support-reply'];
    expect(entry?.rollout).toBeUndefined();
    expect(entry?.history.at(-1)).toMatchObject({ event: 'rollout-abort', actor: 'promptgate-bot' });
    expect(readFileSync(join(repo.dir, 'promptgate.lock.yaml'), 'utf8')).toBe(pushed);
  });

  it('without experiment-apply only reports; a missing data input is an error', async () => {
    const base = {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_REPOSITORY: 'acme/prompts',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REF: 'refs/heads/main',
      INPUT_MODE: 'experiment',
    };
    const before = readFileSync(join(repo.dir, 'promptgate.lock.yaml'), 'utf8');
    const reported = await runActionInProcess({ ...base, 'INPUT_EXPERIMENT-DATA': 'outcomes.jsonl' });
    expect(reported.code).toBe(0);
    expect(reported.outputs).toContain('decision<<ghadelimiter\nrollback\n');
    expect(readFileSync(join(repo.dir, 'promptgate.lock.yaml'), 'utf8')).toBe(before);
    const missing = await runActionInProcess(base);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('`mode: experiment` needs the `experiment-data` input');
  });
});
