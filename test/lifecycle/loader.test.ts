import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { emptyLockFile, serializeLockFile } from '../../src/lifecycle/lockfile.js';
import { loadProductionPrompt } from '../../src/lifecycle/loader.js';
import { promote } from '../../src/lifecycle/promote.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { promptFile, promptReport, report, sha256 } from './builders.js';

const PATH = 'prompts/reply.prompt.yaml';
const PARTIAL = 'prompts/tone.njk';
const V1 =
  'id: support-reply\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: user\n    content: hi\n';
const TONE = 'Be kind.\n';

let repo: TempRepo;
let lockText: string;
let promotedAt: string;
const cleanup: string[] = [];

beforeEach(async () => {
  repo = createTempRepo({ [PATH]: V1, [PARTIAL]: TONE });
  promotedAt = repo.git('rev-parse', 'HEAD');
  const prompt = promptFile({ path: PATH, partials: [PARTIAL], contentHash: sha256('content v1') });
  const result = await promote({
    root: repo.dir,
    lock: emptyLockFile(),
    prompts: [prompt],
    ids: ['support-reply'],
    report: report([promptReport({ id: 'support-reply', hash: prompt.contentHash })]),
    actor: 'releaser',
    commit: promotedAt,
    now: new Date('2026-02-01T00:00:00.000Z'),
    tag: false,
  });
  lockText = serializeLockFile(result.lock);
  repo.commit({ 'promptgate.lock.yaml': lockText }, 'promote');
});

afterEach(() => {
  repo.remove();
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A deployed application: the files on disk, no `.git`. */
function deployment(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-deploy-'));
  cleanup.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('loadProductionPrompt', () => {
  it('reads the production version from git at the recorded commit, even after later edits', async () => {
    repo.commit({ [PATH]: V1.replace('hi', 'hello'), [PARTIAL]: 'Be brief.\n' }, 'unpromoted edit');
    const loaded = await loadProductionPrompt('support-reply', { root: repo.dir });
    expect(loaded).toEqual({
      id: 'support-reply',
      version: '1.0.0',
      path: PATH,
      contentHash: sha256('content v1'),
      content: V1,
      partials: { [PARTIAL]: TONE },
      commit: promotedAt,
      source: 'git',
    });
  });

  it('reads the working tree when there is no git history and the files have the recorded hashes', async () => {
    const warnings: string[] = [];
    const dir = deployment({ 'config/prompts.lock.yaml': lockText, [PATH]: V1, [PARTIAL]: TONE });
    const loaded = await loadProductionPrompt('support-reply', {
      root: dir,
      lockFile: 'config/prompts.lock.yaml',
      onWarning: (m) => warnings.push(m),
    });
    expect(loaded).toMatchObject({ content: V1, source: 'working tree', version: '1.0.0' });
    expect(warnings).toEqual([]);
  });

  it('warns when the files on disk differ from the production version, and still returns them', async () => {
    const warnings: string[] = [];
    const dir = deployment({ 'promptgate.lock.yaml': lockText, [PATH]: V1, [PARTIAL]: 'Be rude.\n' });
    const loaded = await loadProductionPrompt('support-reply', {
      root: dir,
      onWarning: (m) => warnings.push(m),
    });
    expect(loaded.partials[PARTIAL]).toBe('Be rude.\n');
    expect(warnings).toEqual([
      `promptgate: ${PARTIAL} differ from production version 1.0.0 of \`support-reply\` (commit ${promotedAt.slice(0, 7)}); using the files on disk`,
    ]);
  });

  it('fails with a ConfigError naming the lock file when the prompt or the lock file is missing', async () => {
    await expect(loadProductionPrompt('unknown', { root: repo.dir })).rejects.toThrow(
      new ConfigError(
        '`unknown` has no production version',
        { file: 'promptgate.lock.yaml' },
        'promote it first: `promptgate promote unknown`',
      ),
    );
    await expect(loadProductionPrompt('constructor', { root: repo.dir })).rejects.toThrow(
      '`constructor` has no production version',
    );
    await expect(loadProductionPrompt('support-reply', { root: deployment({}) })).rejects.toThrow(
      'lock file not found',
    );
    const missingFiles = deployment({ 'promptgate.lock.yaml': lockText });
    await expect(loadProductionPrompt('support-reply', { root: missingFiles })).rejects.toThrow(
      /cannot read production version 1\.0\.0 of `support-reply`: commit [0-9a-f]{7} is not in this clone/,
    );
  });
});
