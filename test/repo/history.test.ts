import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { GitCommitSnapshot } from '../../src/repo/commit.js';
import {
  changedFiles,
  ensureCommitsAvailable,
  mergeBase,
  parseNameStatus,
  resolveCommit,
} from '../../src/repo/history.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function repo(files: Record<string, string> = {}): TempRepo {
  const created = createTempRepo(files);
  cleanups.push(() => created.remove());
  return created;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-clone-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function run(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

async function configErrorOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).format();
}

describe('changedFiles', () => {
  it('reports edits, additions, deletions and renames between two commits', async () => {
    const r = repo({
      'prompts/edit.prompt.yml': 'old\n',
      'prompts/delete.prompt.yml': 'bye\n',
      'prompts/move.prompt.yml': 'a long enough body that git can recognise it after the move\n',
    });
    const base = r.git('rev-parse', 'HEAD');
    r.git('mv', 'prompts/move.prompt.yml', 'prompts/moved.prompt.yml');
    const head = r.commit(
      {
        'prompts/edit.prompt.yml': 'new\n',
        'prompts/delete.prompt.yml': null,
        'prompts/add.prompt.yml': 'hi\n',
      },
      'change',
    );

    expect(await changedFiles(r.dir, base, head)).toEqual([
      { status: 'added', path: 'prompts/add.prompt.yml' },
      { status: 'removed', path: 'prompts/delete.prompt.yml' },
      { status: 'modified', path: 'prompts/edit.prompt.yml' },
      { status: 'renamed', path: 'prompts/moved.prompt.yml', previousPath: 'prompts/move.prompt.yml' },
    ]);
  });

  it('compares against the merge base, ignoring what landed on the base branch since the branch point', async () => {
    const r = repo({ 'a.txt': 'a\n', 'b.txt': 'b\n' });
    r.git('checkout', '-q', '-b', 'feature');
    const head = r.commit({ 'a.txt': 'changed on the branch\n' }, 'feature work');
    r.git('checkout', '-q', 'main');
    r.commit({ 'b.txt': 'changed on main later\n', 'c.txt': 'new on main\n' }, 'main moves on');

    expect(await changedFiles(r.dir, 'main', head)).toEqual([{ status: 'modified', path: 'a.txt' }]);
    expect(await mergeBase(r.dir, 'main', 'feature')).toBe(r.git('rev-parse', 'feature~1'));
  });

  it('compares the working tree when no head is given, untracked files included and ignored ones not', async () => {
    const r = repo({ '.gitignore': '*.log\n', 'a.txt': 'a\n', 'gone.txt': 'g\n' });
    r.write({ 'a.txt': 'edited\n', 'gone.txt': null, 'new.txt': 'n\n', 'x.log': 'ignored\n' });

    expect(await changedFiles(r.dir, 'HEAD')).toEqual([
      { status: 'modified', path: 'a.txt' },
      { status: 'removed', path: 'gone.txt' },
      { status: 'added', path: 'new.txt' },
    ]);
  });

  it('sees a plain mv (unstaged, edited) as a rename without touching the index', async () => {
    const body = 'a body that is long enough to be recognised as the same file\nline two\nline three\n';
    const r = repo({ 'old/s.prompt.yml': body });
    r.write({ 'old/s.prompt.yml': null, 'new/s.prompt.yml': `${body}line four\n` });

    expect(await changedFiles(r.dir, 'HEAD')).toEqual([
      { status: 'renamed', path: 'new/s.prompt.yml', previousPath: 'old/s.prompt.yml' },
    ]);
    expect(r.git('diff', '--cached', '--name-only')).toBe(''); // the real index is untouched
  });

  it('sees a staged rename in the working tree', async () => {
    const r = repo({ 'old.txt': 'a body that is long enough to be recognised as the same file\n' });
    r.git('mv', 'old.txt', 'new.txt');

    expect(await changedFiles(r.dir, 'HEAD')).toEqual([
      { status: 'renamed', path: 'new.txt', previousPath: 'old.txt' },
    ]);
  });

  it('gives paths relative to a root below the top of the repository', async () => {
    const r = repo({ 'app/p.txt': '1\n', 'other/q.txt': '1\n' });
    const base = r.git('rev-parse', 'HEAD');
    const head = r.commit({ 'app/p.txt': '2\n', 'other/q.txt': '2\n' }, 'both');

    expect(await changedFiles(join(r.dir, 'app'), base, head)).toEqual([
      { status: 'modified', path: 'p.txt' },
    ]);
  });

  it('parses copies as additions and type changes as modifications', () => {
    expect(parseNameStatus('C75\0a.txt\0b.txt\0T\0link\0')).toEqual([
      { status: 'added', path: 'b.txt' },
      { status: 'modified', path: 'link' },
    ]);
  });
});

describe('resolveCommit and mergeBase', () => {
  it('finds a branch that only exists as a remote-tracking ref, as actions/checkout leaves it', async () => {
    const origin = repo({ 'a.txt': 'a' });
    origin.git('branch', 'release');
    const clone = tempDir();
    run(clone, 'clone', '-q', '--branch', 'main', origin.dir, '.');

    expect(await resolveCommit(clone, 'release')).toBe(origin.git('rev-parse', 'release'));
    expect(await resolveCommit(clone, 'origin/release')).toBe(origin.git('rev-parse', 'release'));
  });

  it('reports unrelated histories clearly', async () => {
    const r = repo({ 'a.txt': 'a' });
    r.git('checkout', '-q', '--orphan', 'unrelated');
    r.commit({ 'b.txt': 'b' }, 'orphan');

    expect(await configErrorOf(mergeBase(r.dir, 'main', 'unrelated'))).toContain(
      '`main` and `unrelated` have no common ancestor',
    );
  });

  it('says so when the folder is not a git repository', async () => {
    const message = await configErrorOf(ensureCommitsAvailable(tempDir(), ['HEAD']));
    expect(message).toContain('is not a git repository');
    expect(message).toContain('actions/checkout');
  });
});

/**
 * `count` commits on a new branch `branch` from `from`, commit i adding `f<i>.txt`: one git process
 * (fast-import) instead of a hundred, so building the history stays fast on a busy machine.
 */
function commitChain(dir: string, branch: string, from: string, count: number): void {
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let stream = '';
  for (let i = 1; i <= count; i++) {
    stream += `commit refs/heads/${branch}\ncommitter Test Author <author@example.com> ${1_767_225_600 + i} +0000\n`;
    stream += data(`f${i}`);
    if (i === 1) stream += `from ${from}\n`;
    stream += `M 100644 inline f${i}.txt\n${data(String(i))}`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream });
}

// Each test clones and fetches with real git processes: generous limits, as none of this measures time.
describe(
  'ensureCommitsAvailable on a shallow clone (actions/checkout with fetch-depth 1)',
  { timeout: 60_000 },
  () => {
    /** main: m1..m3; feature branches off m2 and adds f1..f40, so the merge base is 40 commits below its tip. */
    const origin = { bare: '', base: '', head: '', branchPoint: '' };
    let removeOrigin = () => {};
    beforeAll(() => {
      const source = createTempRepo({ 'prompts/a.prompt.yml': 'm1' });
      source.commit({ 'prompts/a.prompt.yml': 'm2' }, 'm2');
      origin.branchPoint = source.git('rev-parse', 'HEAD');
      commitChain(source.dir, 'feature', origin.branchPoint, 40);
      origin.head = source.git('rev-parse', 'feature');
      origin.base = source.commit({ 'prompts/a.prompt.yml': 'm3' }, 'm3');
      origin.bare = `${source.dir}.git`;
      run(source.dir, 'clone', '-q', '--bare', source.dir, origin.bare);
      removeOrigin = () => {
        source.remove();
        rmSync(origin.bare, { recursive: true, force: true });
      };
    }, 60_000);
    afterAll(() => removeOrigin());

    function shallowClone(bare: string, branch: string): string {
      const clone = tempDir();
      run(clone, 'clone', '-q', '--depth', '1', '--branch', branch, `file://${bare}`, '.');
      expect(run(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
      return clone;
    }

    it('fetches the missing base commit and deepens until the merge base is found', async () => {
      const { bare, base, head, branchPoint } = origin;
      const clone = shallowClone(bare, 'feature');
      const log: string[] = [];

      await ensureCommitsAvailable(clone, [base, 'HEAD'], { log: (message) => log.push(message) });

      expect(await mergeBase(clone, base, 'HEAD')).toBe(branchPoint);
      expect(await changedFiles(clone, base, head)).toHaveLength(40);
      const baseSnapshot = await GitCommitSnapshot.create(clone, base);
      expect(await baseSnapshot.readFile('prompts/a.prompt.yml')).toBe('m3');
      baseSnapshot.close();
      expect(log[0]).toContain(`fetching ${base} from origin --depth=1`);
      expect(log.some((line) => line.includes('--deepen='))).toBe(true);
    });

    it('fetches a base given as a branch name into its remote-tracking ref', async () => {
      const { bare, base } = origin;
      const clone = shallowClone(bare, 'feature');

      await ensureCommitsAvailable(clone, ['main', 'HEAD']);

      expect(await resolveCommit(clone, 'origin/main')).toBe(base);
    });

    it('deepens to reach the parent of a pushed commit (`sha^`, the base of a new branch)', async () => {
      const { bare, head } = origin;
      const clone = shallowClone(bare, 'feature');

      await ensureCommitsAvailable(clone, [`${head}^`, head]);

      expect(await resolveCommit(clone, `${head}^`)).toBe(run(clone, 'rev-parse', 'HEAD~1'));
    });

    it('gives up after the allowed rounds with a message that says how to fix the workflow', async () => {
      const { bare, base } = origin;
      const clone = shallowClone(bare, 'feature');

      const message = await configErrorOf(
        ensureCommitsAvailable(clone, [base, 'HEAD'], { maxDeepenRounds: 0 }),
      );

      expect(message).toContain('share no history within the fetched depth of this shallow clone');
      expect(message).toContain('set `fetch-depth: 0` on actions/checkout');
    });

    it('names a commit the remote does not have', async () => {
      const { bare } = origin;
      const clone = shallowClone(bare, 'feature');
      const unknown = 'ab'.repeat(20);

      const message = await configErrorOf(
        ensureCommitsAvailable(clone, [unknown, 'HEAD'], { maxDeepenRounds: 1 }),
      );

      expect(message).toContain(`the commit \`${unknown}\` is not in this clone`);
      expect(message).toContain('git fetch said');
    });

    it('does nothing on a full clone that already has both commits', async () => {
      const { bare, base, head } = origin;
      const clone = tempDir();
      run(clone, 'clone', '-q', `file://${bare}`, '.');
      const log: string[] = [];

      await ensureCommitsAvailable(clone, [base, head], { log: (message) => log.push(message) });

      expect(log).toEqual([]);
      expect(run(clone, 'rev-parse', '--is-shallow-repository')).toBe('false');
    });
  },
);
