import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseLockFile } from '../../src/lifecycle/lockfile.js';
import { loadPromptFile } from '../../src/prompts/load.js';
import { WorkingTreeSnapshot } from '../../src/repo/worktree.js';
import { startCli } from '../helpers/cli-process.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { promptReport, report } from './builders.js';

const LOCK = 'promptgate.lock.yaml';

const promptText = (id: string) =>
  `id: ${id}\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: user\n    content: "Answer {{ message }} as ${id}."\n`;

let repo: TempRepo;

beforeEach(async () => {
  repo = createTempRepo({
    'prompts/a.prompt.yaml': promptText('a'),
    'prompts/b.prompt.yaml': promptText('b'),
    '.gitignore': 'reports/\n',
  });
  const snapshot = new WorkingTreeSnapshot(repo.dir);
  const prompts = await Promise.all(
    ['a', 'b'].map((id) => loadPromptFile(snapshot, `prompts/${id}.prompt.yaml`, [])),
  );
  repo.write({
    'reports/pass.json': JSON.stringify(
      report(prompts.map((p) => promptReport({ id: p.id, hash: p.contentHash }))),
    ),
  });
});

afterEach(() => repo.remove());

/** `promptgate promote <id>` as its own process, the way two CI steps or two terminals run it. */
function promoteProcess(id: string, fileSizeLimitKb?: number) {
  return startCli(['promote', id, '--report', 'reports/pass.json', '--no-tag'], {
    cwd: repo.dir,
    env: { ...process.env, GITHUB_ACTOR: `actor-${id}` },
    ...(fileSizeLimitKb === undefined ? {} : { fileSizeLimitKb }),
  }).done;
}

const lockText = () => readFileSync(join(repo.dir, LOCK), 'utf8');
const promotedIds = () => Object.keys(parseLockFile(lockText(), LOCK).prompts).sort();

describe('lock file updates', () => {
  it('records both promotions when two promote processes run at the same time (5 of 5)', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      repo.write({ [LOCK]: null });
      const [a, b] = await Promise.all([promoteProcess('a'), promoteProcess('b')]);
      expect([a.code, b.code, a.stdout, b.stdout]).toEqual([
        0,
        0,
        expect.stringContaining('promoted a'),
        expect.stringContaining('promoted b'),
      ]);
      expect(promotedIds()).toEqual(['a', 'b']);
    }
    // The inter-process lock is released, and no temporary file is left next to the lock file.
    expect(readdirSync(repo.dir).filter((f) => f.startsWith(LOCK))).toEqual([LOCK]);
  }, 120_000);

  it('leaves the previous lock file intact when a promote process hits the file-size limit midway', async () => {
    expect((await promoteProcess('a')).code).toBe(0);
    const before = lockText();
    // The new content (a and b, about 2 KiB) cannot fit in the 1 KiB the process may write.
    const failed = await promoteProcess('b', 1);
    expect(failed.code).not.toBe(0);
    expect(lockText()).toBe(before);
    expect(promotedIds()).toEqual(['a']);
    // The lock was released, and the next update cleans up what the cut-short write left.
    expect((await promoteProcess('b')).code).toBe(0);
    expect(promotedIds()).toEqual(['a', 'b']);
    expect(readdirSync(repo.dir).filter((f) => f.startsWith(LOCK))).toEqual([LOCK]);
  }, 60_000);
});
