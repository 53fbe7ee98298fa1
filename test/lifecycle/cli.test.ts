import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLifecycleCommand, type LifecycleOptions } from '../../src/lifecycle/cli.js';
import { parseLockFile, serializeLockFile, type LockFile } from '../../src/lifecycle/lockfile.js';
import { loadPromptFile } from '../../src/prompts/load.js';
import { WorkingTreeSnapshot } from '../../src/repo/worktree.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/in-process.js';
import { lockedPrompt, promptReport, report } from './builders.js';

const PATH = 'prompts/reply.prompt.yaml';
const promptText = (version: string, line: string) =>
  `id: support-reply\nversion: ${version}\nmodel: gpt-4o-mini\nmessages:\n  - role: system\n    content: ${line}\n  - role: user\n    content: "{{ message }}"\n`;

let repo: TempRepo;
let output: string[];

beforeEach(() => {
  repo = createTempRepo({ [PATH]: promptText('1.0.0', 'Be kind.'), '.gitignore': 'reports/\n' });
  output = [];
});

afterEach(() => repo.remove());

function run(command: string, args: string[], options: LifecycleOptions = {}): Promise<number> {
  return runLifecycleCommand(command, args, options, {
    root: repo.dir,
    env: { GITHUB_ACTOR: 'octocat' },
    print: (text) => output.push(text),
    clock: () => new Date(),
  });
}

/** The JSON report of a passing evaluation of the prompt as it is in the working tree. */
async function passingReportFile(): Promise<string> {
  const prompt = await loadPromptFile(new WorkingTreeSnapshot(repo.dir), PATH, []);
  const file = join(repo.dir, 'reports', `${prompt.version ?? 'x'}.json`);
  repo.write({
    [`reports/${prompt.version ?? 'x'}.json`]: JSON.stringify(
      report([promptReport({ id: prompt.id, hash: prompt.contentHash })]),
    ),
  });
  return file;
}

const lockFile = () =>
  parseLockFile(readFileSync(join(repo.dir, 'promptgate.lock.yaml'), 'utf8'), 'promptgate.lock.yaml');

describe('promptgate promote | history | rollback', () => {
  it('rolls back and shows the history of the environment given by --env, leaving production and the working tree alone', async () => {
    expect(
      await run('promote', ['support-reply'], { env: 'staging', report: await passingReportFile() }),
    ).toBe(0);
    expect(
      await run('promote', ['support-reply'], { report: await passingReportFile(), 'no-tag': true }),
    ).toBe(0);
    repo.commit({}, 'record 1.0.0 in staging and production');
    repo.commit({ [PATH]: promptText('1.1.0', 'Be brief.') }, 'v1.1.0');
    expect(
      await run('promote', ['support-reply'], { env: 'staging', report: await passingReportFile() }),
    ).toBe(0);
    repo.commit({}, 'record 1.1.0 in staging');
    const productionBefore = lockFile().prompts['support-reply'];

    output = [];
    expect(await run('history', ['support-reply'], { env: 'staging' })).toBe(0);
    expect(output.join('')).toMatch(/^support-reply: staging 1\.1\.0 /);
    expect(output.join('')).toMatch(/promote +1\.1\.0 .* octocat +from 1\.0\.0\n/);
    output = [];
    expect(await run('history', ['support-reply'], { env: 'staging', json: '-' })).toBe(0);
    const json = JSON.parse(output.join('')) as Record<string, unknown>;
    expect(json).toMatchObject({
      id: 'support-reply',
      environment: 'staging',
      current: { version: '1.1.0' },
    });
    expect(json).not.toHaveProperty('production');

    output = [];
    expect(await run('rollback', ['support-reply'], { env: 'staging' })).toBe(0);
    expect(output.join('')).toContain('rolled back support-reply in staging from 1.1.0 to 1.0.0');
    const lock = lockFile();
    expect(lock.environments?.['staging']?.['support-reply']).toMatchObject({ version: '1.0.0' });
    expect(lock.environments?.['staging']?.['support-reply']?.history.at(-1)).toMatchObject({
      event: 'rollback',
      version: '1.0.0',
      from: '1.1.0',
    });
    // Production and the working tree (what production is promoted from) are untouched.
    expect(lock.prompts['support-reply']).toEqual(productionBefore);
    expect(readFileSync(join(repo.dir, PATH), 'utf8')).toContain('version: 1.1.0');

    await expect(run('rollback', ['support-reply'], { env: 'staging' })).rejects.toThrow(
      '`1.0.0` is the first staging version of this prompt',
    );
    await expect(run('history', ['support-reply'], { env: 'qa' })).rejects.toThrow(
      'unknown environment `qa` (configured: staging, production',
    );
    await expect(run('history', ['other'], { env: 'staging' })).rejects.toThrow(
      '`other` has never been promoted to staging (promoted prompts to staging: support-reply)',
    );
  });

  it('refuses without an evaluation (exit 1), promotes with one, shows the history and rolls back', async () => {
    expect(await run('promote', ['support-reply'])).toBe(1);
    expect(output.join('')).toContain(
      'refused support-reply: no evaluation of this content (no report given)',
    );

    output = [];
    expect(await run('promote', ['support-reply'], { report: await passingReportFile() })).toBe(0);
    expect(output.join('')).toContain('promoted support-reply 1.0.0\ntagged prompt/support-reply@1.0.0');
    expect(lockFile().prompts['support-reply']).toMatchObject({ version: '1.0.0', promotedBy: 'octocat' });
    repo.commit({}, 'record promotion');

    repo.commit({ [PATH]: promptText('1.1.0', 'Be brief.') }, 'v1.1.0');
    expect(await run('promote', [], { all: true, report: await passingReportFile(), 'no-tag': true })).toBe(
      0,
    );
    expect(lockFile().prompts['support-reply']?.version).toBe('1.1.0');

    output = [];
    expect(await run('history', ['support-reply'])).toBe(0);
    expect(output.join('')).toMatch(/^support-reply: production 1\.1\.0 /);
    expect(output.join('')).toMatch(/promote +1\.1\.0 .* octocat +from 1\.0\.0\n.*promote +1\.0\.0 /);

    output = [];
    expect(await run('history', ['support-reply'], { json: '-' })).toBe(0);
    expect(JSON.parse(output.join('')) as unknown).toMatchObject({
      id: 'support-reply',
      production: { version: '1.1.0' },
    });

    output = [];
    expect(await run('rollback', ['support-reply'])).toBe(0);
    expect(output.join('')).toContain('rolled back support-reply from 1.1.0 to 1.0.0');
    expect(readFileSync(join(repo.dir, PATH), 'utf8')).toBe(promptText('1.0.0', 'Be kind.'));
    expect(lockFile().prompts['support-reply']?.history.at(-1)).toMatchObject({
      event: 'rollback',
      actor: 'octocat',
    });
  });

  it('rejects a file that is not a promptgate report, and a rollback without a single id', async () => {
    writeFileSync(join(repo.dir, 'not-a-report.json'), '{"hello": 1}');
    await expect(
      run('promote', ['support-reply'], { report: join(repo.dir, 'not-a-report.json') }),
    ).rejects.toThrow(/is not a promptgate JSON report/);
    await expect(run('rollback', [])).rejects.toThrow('rollback takes exactly one prompt id');
  });
});

describe('promptgate promote when the lock is lost halfway', () => {
  it("exits 2 with one clear line, keeps the other process's write, and a second run records both", async () => {
    // While this promote creates its tag, its process stalls past the stale bound and another
    // promptgate process takes the lock over, records its own promotion and lets go. A git hook run
    // by the tag's ref update does exactly what that process does on disk.
    const theirs: LockFile = { prompts: { greet: lockedPrompt({ version: '2.0.0' }) } };
    writeFileSync(join(repo.dir, '.git', 'theirs.yaml'), serializeLockFile(theirs));
    const hook = join(repo.dir, '.git', 'hooks', 'reference-transaction');
    writeFileSync(
      hook,
      [
        '#!/bin/sh',
        'cat >/dev/null',
        '[ "$1" = committed ] && [ ! -e .git/took-over ] || exit 0',
        'touch .git/took-over',
        'rmdir promptgate.lock.yaml.lock && mkdir promptgate.lock.yaml.lock',
        'cp .git/theirs.yaml promptgate.lock.yaml',
        'rmdir promptgate.lock.yaml.lock',
        '',
      ].join('\n'),
    );
    chmodSync(hook, 0o755);
    const args = ['promote', 'support-reply', '--report', await passingReportFile()];

    const lost = await runCli(repo.dir, args, { GITHUB_ACTOR: 'octocat' });

    expect(lost.code).toBe(2);
    expect(lost.stderr).toBe(
      'promptgate: error: lost the lock on promptgate.lock.yaml while updating it (another process took it over): ' +
        'promptgate.lock.yaml was not written, and another process may have changed it meanwhile; run the command again\n',
    );
    expect(lockFile()).toEqual(theirs);

    const again = await runCli(repo.dir, args, { GITHUB_ACTOR: 'octocat' });

    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('promoted support-reply 1.0.0\n');
    expect(again.stdout).toContain(
      'note: support-reply: tag prompt/support-reply@1.0.0 already exists; left as is',
    );
    expect(Object.keys(lockFile().prompts)).toEqual(['greet', 'support-reply']);
  });
});
