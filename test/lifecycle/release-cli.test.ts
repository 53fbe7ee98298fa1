import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FlagdCore, MemoryStorage } from '@openfeature/flagd-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLifecycleCommand } from '../../src/lifecycle/cli.js';
import { RELEASE_COMMANDS } from '../../src/lifecycle/commands/index.js';
import { parseLockFile } from '../../src/lifecycle/lockfile.js';
import { TransitionError } from '../../src/lifecycle/states.js';
import { loadPromptFile } from '../../src/prompts/load.js';
import { WorkingTreeSnapshot } from '../../src/repo/worktree.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/in-process.js';
import { promptReport, report } from './builders.js';

const PATH = 'prompts/reply.prompt.yaml';
const LOCK = 'promptgate.lock.yaml';
const promptText = (version: string, line: string) =>
  `id: support-reply\nversion: ${version}\nmodel: gpt-4o-mini\nmessages:\n  - role: system\n    content: ${line}\n  - role: user\n    content: "{{ message }}"\n`;

let repo: TempRepo;
let out: string[];
let err: string[];

beforeEach(() => {
  repo = createTempRepo({ [PATH]: promptText('1.0.0', 'Be kind.'), '.gitignore': 'reports/\n' });
  out = [];
  err = [];
});
afterEach(() => repo.remove());

const env = { GITHUB_ACTOR: 'octocat' };

/** `promptgate ARGV` in the repository, as a user types it (the CLI hands release commands their argv). */
async function release(...argv: string[]): Promise<number> {
  if (!RELEASE_COMMANDS.has(argv[0] ?? '')) throw new Error(`no command ${argv[0]}`);
  const result = await runCli(repo.dir, argv, env);
  out.push(result.stdout);
  err.push(result.stderr);
  return result.code;
}

function promote(args: string[], options: { env?: string; report?: string } = {}): Promise<number> {
  return runLifecycleCommand('promote', args, options, { root: repo.dir, env, print: (t) => out.push(t) });
}

/** A passing evaluation of the prompt as it is in the working tree. */
async function passingReport(): Promise<string> {
  const prompt = await loadPromptFile(new WorkingTreeSnapshot(repo.dir), PATH, []);
  const name = `reports/${prompt.version ?? 'x'}.json`;
  repo.write({ [name]: JSON.stringify(report([promptReport({ id: prompt.id, hash: prompt.contentHash })])) });
  return join(repo.dir, name);
}

const lockText = () => readFileSync(join(repo.dir, LOCK), 'utf8');
const lock = () => parseLockFile(lockText(), LOCK);

async function releaseVersion(version: string, line: string): Promise<string> {
  repo.commit({ [PATH]: promptText(version, line) }, `prompt ${version}`);
  return passingReport();
}

describe('environments, rollout and flagd export from the command line', () => {
  it('stages, rolls out 20% -> 50% -> 100%, exports flagd at each step and records every step', async () => {
    expect(await promote(['support-reply'], { report: await passingReport() })).toBe(0);
    const v11 = await releaseVersion('1.1.0', 'Be kind and brief.');
    expect(await promote(['support-reply'], { env: 'staging', report: v11 })).toBe(0);
    expect(out.join('')).toContain('promoted support-reply 1.1.0 to staging');
    expect(lock().environments?.staging?.['support-reply']?.version).toBe('1.1.0');
    expect(lock().prompts['support-reply']?.version).toBe('1.0.0');

    expect(
      await release('rollout', 'support-reply', '--version', '1.1.0', '--weight', '20', '--reason', 'canary'),
    ).toBe(0);
    expect(lock().prompts['support-reply']?.rollout).toMatchObject({ version: '1.1.0', weight: 20 });

    out = [];
    expect(await release('export', 'flagd')).toBe(0);
    const flags = JSON.parse(out.join('')) as {
      flags: Record<string, { targeting?: unknown; defaultVariant: string }>;
    };
    expect(flags.flags['support-reply']).toMatchObject({
      defaultVariant: '1.0.0',
      targeting: {
        fractional: [
          ['1.0.0', 80],
          ['1.1.0', 20],
        ],
      },
    });
    const storage = new MemoryStorage({ error() {}, warn() {}, info() {}, debug() {} });
    storage.setConfigurations(out.join(''), true);
    expect(new FlagdCore(storage).getFlag('support-reply')?.defaultVariant).toBe('1.0.0');

    out = [];
    expect(await release('export', 'flagd', '--env', 'staging', '--out', join(repo.dir, 'flags.json'))).toBe(
      0,
    );
    expect(JSON.parse(readFileSync(join(repo.dir, 'flags.json'), 'utf8'))).toMatchObject({
      flags: { 'support-reply': { defaultVariant: '1.1.0' } },
    });

    expect(await release('rollout', 'support-reply', '--version', '1.1.0', '--weight', '50')).toBe(0);
    expect(await release('rollout', 'support-reply', '--version', '1.1.0', '--weight', '100')).toBe(0);
    const done = lock().prompts['support-reply'];
    expect(done?.version).toBe('1.1.0');
    expect(done?.rollout).toBeUndefined();
    expect(done?.history.map((e) => [e.event, e.version, e.weight, e.actor])).toEqual([
      ['promote', '1.0.0', undefined, 'octocat'],
      ['rollout', '1.1.0', 20, 'octocat'],
      ['rollout', '1.1.0', 50, 'octocat'],
      ['rollout', '1.1.0', 100, 'octocat'],
      ['rollout-complete', '1.1.0', 100, 'octocat'],
    ]);
    expect(done?.history[1]?.reason).toBe('canary');

    out = [];
    expect(
      await runLifecycleCommand(
        'history',
        ['support-reply'],
        {},
        { root: repo.dir, env, print: (t) => out.push(t) },
      ),
    ).toBe(0);
    expect(out.join('')).toMatch(/rollout\s+1\.1\.0 .* octocat\s+20%; from 1\.0\.0; canary\n/);
    expect(out.join('')).toMatch(/rollout-complete\s+1\.1\.0 .* octocat\s+from 1\.0\.0\n/);

    out = [];
    expect(await release('status')).toBe(0);
    expect(out.join('')).toBe(
      'support-reply\n  production: 1.1.0 (production)\n  staging: 1.1.0 (production)\n',
    );
  });

  it('abort returns everyone to the environment version; a rollback while a canary runs is refused', async () => {
    expect(await promote(['support-reply'], { report: await passingReport() })).toBe(0);
    const v2 = await releaseVersion('2.0.0', 'Be terse.');
    expect(
      await release('rollout', 'support-reply', '--version', '2.0.0', '--weight', '10', '--report', v2),
    ).toBe(0);
    await expect(
      runLifecycleCommand('rollback', ['support-reply'], {}, { root: repo.dir, env, print: () => {} }),
    ).rejects.toThrow(/a rollout of 2.0.0 is in progress in production: abort it first/);
    expect(await release('rollout', 'support-reply', '--abort', '--reason', 'error rate 4%')).toBe(0);
    const after = lock().prompts['support-reply'];
    expect(after?.version).toBe('1.0.0');
    expect(after?.rollout).toBeUndefined();
    expect(after?.history.at(-1)).toMatchObject({
      event: 'rollout-abort',
      version: '2.0.0',
      from: '1.0.0',
      reason: 'error rate 4%',
    });
  });

  it('refuses bad input with exit 2 and leaves the lock file unchanged', async () => {
    expect(await promote(['support-reply'], { report: await passingReport() })).toBe(0);
    const v11 = await releaseVersion('1.1.0', 'Be kind and brief.');
    expect(
      await release('rollout', 'support-reply', '--version', '1.1.0', '--weight', '20', '--report', v11),
    ).toBe(0);
    const before = lockText();

    const cases: [string[], RegExp][] = [
      [
        ['rollout', 'support-reply', '--version', '1.1.0', '--weight', '150'],
        /--weight must be a whole number from 0 to 100/,
      ],
      [['rollout', 'support-reply', '--version', '1.1.0', '--weight', '-5'], /--weight|argument/],
      [
        ['rollout', 'support-reply', '--version', '1.1.0', '--weight', '12.5'],
        /--weight must be a whole number/,
      ],
      [
        ['rollout', 'support-reply', '--version', '9.9.9', '--weight', '20'],
        /a rollout of 1.1.0 \(20%\) is in progress/,
      ],
      [
        ['rollout', 'support-reply', '--version', '1.1.0', '--weight', '20', '--env', 'qa'],
        /unknown environment `qa`/,
      ],
      [['rollout', 'nope', '--abort'], /`nope` has no version in production/],
      [['rollout', 'support-reply', '--weight', '20'], /needs --version V and --weight W/],
      [
        ['status', 'support-reply', '--set', 'archived', '--reason', 'x'],
        /production -> archived is not allowed \(allowed from production: deprecated\)/,
      ],
      [['status', 'support-reply', '--set', 'retired', '--reason', 'x'], /unknown status `retired`/],
      [['export', 'yaml'], /export takes one format: flagd/],
    ];
    for (const [argv, message] of cases) {
      err = [];
      expect(await release(...argv), argv.join(' ')).toBe(2);
      expect(err.join(''), argv.join(' ')).toMatch(message);
      expect(lockText(), argv.join(' ')).toBe(before);
    }

    expect(await release('rollout', 'support-reply', '--abort')).toBe(0);
    err = [];
    const beforeUnknown = lockText();
    expect(await release('rollout', 'support-reply', '--version', '7.0.0', '--weight', '20')).toBe(2);
    expect(err.join('')).toMatch(
      /unknown version `7.0.0` of `support-reply` \(the working tree has 1.1.0, production has 1.0.0\)/,
    );
    expect(lockText()).toBe(beforeUnknown);
  });

  it('an archived version is never served again: the transition is refused with the allowed ones named', async () => {
    expect(await promote(['support-reply'], { report: await passingReport() })).toBe(0);
    const v11 = await releaseVersion('1.1.0', 'Be kind and brief.');
    expect(await promote(['support-reply'], { report: v11 })).toBe(0);
    repo.commit({}, 'lock');
    expect(
      await release(
        'status',
        'support-reply',
        '--set',
        'archived',
        '--version',
        '1.0.0',
        '--reason',
        'old tone',
      ),
    ).toBe(0);
    expect(out.join('')).toContain('support-reply 1.0.0: deprecated -> archived');
    const before = lockText();
    await expect(
      runLifecycleCommand(
        'rollback',
        ['support-reply'],
        { 'no-restore': true },
        { root: repo.dir, env, print: () => {} },
      ),
    ).rejects.toThrow(TransitionError);
    await expect(
      runLifecycleCommand(
        'rollback',
        ['support-reply'],
        { 'no-restore': true },
        { root: repo.dir, env, print: () => {} },
      ),
    ).rejects.toThrow(
      'support-reply 1.0.0 is archived: archived -> production is not allowed (allowed from archived: none, it is final)',
    );
    expect(lockText()).toBe(before);
  });

  it('a malformed lock file is a clear error with exit 2', async () => {
    repo.write({
      [LOCK]:
        'lockfileVersion: 1\nprompts:\n  support-reply:\n    version: 1.0.0\n    rollout: { weight: 20 }\n',
    });
    expect(await release('export', 'flagd')).toBe(2);
    expect(err.join('')).toMatch(/promptgate\.lock\.yaml:\d+/);
  });
});
