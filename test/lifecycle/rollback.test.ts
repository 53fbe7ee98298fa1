import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { emptyLockFile, type LockFile } from '../../src/lifecycle/lockfile.js';
import { promote } from '../../src/lifecycle/promote.js';
import { rollback, type RollbackArgs } from '../../src/lifecycle/rollback.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { lockedPrompt, promptFile, promptReport, report, sha256 } from './builders.js';

const PATH = 'prompts/reply.prompt.yaml';
const PARTIAL = 'prompts/tone.njk';
const NOW = new Date('2026-03-01T08:00:00.000Z');

const promptText = (version: string) =>
  `id: support-reply\nversion: ${version}\nmodel: gpt-4o-mini\nmessages:\n  - role: user\n    content: hi\n`;
const partialText = (version: string) => `Tone of ${version}.\n`;

let repo: TempRepo;
let lock: LockFile;
const commits: Record<string, string> = {};

/** Commits a version of the prompt and its partial, then promotes it after a passing evaluation. */
async function release(version: string): Promise<void> {
  commits[version] = repo.commit(
    { [PATH]: promptText(version), [PARTIAL]: partialText(version) },
    `release ${version}`,
  );
  const prompt = promptFile({
    version,
    path: PATH,
    partials: [PARTIAL],
    contentHash: sha256(`content ${version}`),
  });
  const result = await promote({
    root: repo.dir,
    lock,
    prompts: [prompt],
    ids: ['support-reply'],
    report: report([promptReport({ id: 'support-reply', hash: prompt.contentHash })]),
    actor: 'releaser',
    commit: commits[version] ?? '',
    now: new Date('2026-02-01T00:00:00.000Z'),
    tag: false,
  });
  lock = result.lock;
}

function args(overrides: Partial<RollbackArgs> = {}): RollbackArgs {
  return {
    root: repo.dir,
    lock,
    id: 'support-reply',
    actor: 'oncall',
    now: NOW,
    restoreFile: true,
    ...overrides,
  };
}

const onDisk = (path: string) => readFileSync(join(repo.dir, path), 'utf8');
const changedFiles = () =>
  repo
    .git('status', '--porcelain')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

beforeEach(async () => {
  repo = createTempRepo();
  lock = emptyLockFile();
  await release('1.0.0');
  await release('1.1.0');
});

afterEach(() => repo.remove());

describe('rollback', () => {
  it('restores the previous production version: prompt file, partial and lock entry', async () => {
    const result = await rollback(args({ reason: 'answers got rude' }));
    expect(result.from).toMatchObject({ version: '1.1.0', commit: commits['1.1.0'] });
    expect(result.to).toEqual({
      version: '1.0.0',
      hash: sha256('content 1.0.0'),
      format: 'promptgate',
      path: PATH,
      commit: commits['1.0.0'],
      files: { [PATH]: sha256(promptText('1.0.0')), [PARTIAL]: sha256(partialText('1.0.0')) },
      promotedBy: 'oncall',
      promotedAt: '2026-03-01T08:00:00.000Z',
    });
    expect(result.restoredPath).toBe(PATH);
    expect(result.restoredPartials).toEqual([PARTIAL]);
    expect(onDisk(PATH)).toBe(promptText('1.0.0'));
    expect(onDisk(PARTIAL)).toBe(partialText('1.0.0'));

    const entry = result.lock.prompts['support-reply'];
    expect(entry?.evaluation).toBeUndefined();
    expect(entry?.history.map((e) => [e.event, e.version, e.from ?? null, e.reason ?? null])).toEqual([
      ['promote', '1.0.0', null, null],
      ['promote', '1.1.0', '1.0.0', null],
      ['rollback', '1.0.0', '1.1.0', 'answers got rude'],
    ]);
    expect(changedFiles()).toEqual([`M ${PATH}`, `M ${PARTIAL}`]);
  });

  it('walks further back on a second rollback instead of returning to the version just rolled back', async () => {
    await release('1.2.0');
    lock = (await rollback(args())).lock;
    expect(lock.prompts['support-reply']?.version).toBe('1.1.0');
    lock = (await rollback(args())).lock;
    expect(lock.prompts['support-reply']?.version).toBe('1.0.0');
    expect(onDisk(PATH)).toBe(promptText('1.0.0'));
    await expect(rollback(args())).rejects.toThrow(
      new UsageError(
        '`1.0.0` is the first production version of this prompt: there is no earlier version to roll back to',
      ),
    );
  });

  it('rolls back to a named version, and says which versions exist when it is unknown', async () => {
    await release('1.2.0');
    const result = await rollback(args({ toVersion: '1.0.0' }));
    expect(result.to.version).toBe('1.0.0');
    expect(onDisk(PATH)).toBe(promptText('1.0.0'));
    await expect(rollback(args({ toVersion: '0.9.0' }))).rejects.toThrow(
      'version `0.9.0` was never in production (production history: 1.0.0, 1.1.0, 1.2.0)',
    );
    await expect(rollback(args({ toVersion: '1.2.0' }))).rejects.toThrow(
      'version `1.2.0` is already in production',
    );
  });

  it('refuses to overwrite uncommitted edits of the files it would restore', async () => {
    writeFileSync(join(repo.dir, PARTIAL), 'work in progress\n');
    await expect(rollback(args())).rejects.toThrow(
      `${PARTIAL} has uncommitted changes that restoring would overwrite: commit or stash them first, or roll back the lock file only (--no-restore)`,
    );
    expect(onDisk(PARTIAL)).toBe('work in progress\n');
    expect((await rollback(args({ restoreFile: false }))).to.version).toBe('1.0.0');
  });

  it('updates only the lock when asked not to restore the files', async () => {
    const result = await rollback(args({ restoreFile: false }));
    expect(result.restoredPath).toBeUndefined();
    expect(result.lock.prompts['support-reply']?.version).toBe('1.0.0');
    expect(onDisk(PATH)).toBe(promptText('1.1.0'));
    expect(changedFiles()).toEqual([]);
  });

  it('fails clearly without a production version, and when the recorded commit is not in the clone', async () => {
    await expect(rollback(args({ id: 'unknown' }))).rejects.toThrow(
      '`unknown` has no production version in the lock file',
    );
    await expect(rollback(args({ id: 'constructor' }))).rejects.toThrow(
      '`constructor` has no production version in the lock file',
    );
    const missing = 'c'.repeat(40);
    const broken: LockFile = {
      prompts: {
        'support-reply': lockedPrompt({
          version: '2.0.0',
          hash: sha256('v2'),
          history: [
            {
              event: 'promote',
              version: '1.0.0',
              hash: sha256('v1'),
              path: PATH,
              commit: missing,
              actor: 'a',
              at: NOW.toISOString(),
            },
            {
              event: 'promote',
              version: '2.0.0',
              hash: sha256('v2'),
              path: PATH,
              commit: missing,
              actor: 'a',
              at: NOW.toISOString(),
            },
          ],
        }),
      },
    };
    await expect(rollback(args({ lock: broken }))).rejects.toThrow(
      'cannot read prompts/reply.prompt.yaml at commit ccccccc (version 1.0.0): fetch the full history',
    );
  });

  it('warns when a restored partial is shared with another production prompt', async () => {
    lock.prompts['other-prompt'] = lockedPrompt({
      files: { 'prompts/other.prompt.yaml': sha256('o'), [PARTIAL]: sha256('p') },
      path: 'prompts/other.prompt.yaml',
    });
    const result = await rollback(args());
    expect(result.notes).toEqual([
      `partial ${PARTIAL} is also used by other-prompt: restoring it changes them too`,
    ]);
  });
});
