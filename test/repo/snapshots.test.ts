import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, SymlinkEscapeError } from '../../src/errors.js';
import { loadPromptFile } from '../../src/prompts/load.js';
import { GitCommitSnapshot } from '../../src/repo/commit.js';
import { WorkingTreeSnapshot } from '../../src/repo/worktree.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function repo(files: Record<string, string> = {}): TempRepo {
  const created = createTempRepo(files);
  cleanups.push(() => created.remove());
  return created;
}

async function commitSnapshot(root: string, ref: string): Promise<GitCommitSnapshot> {
  const snapshot = await GitCommitSnapshot.create(root, ref);
  cleanups.push(() => snapshot.close());
  return snapshot;
}

describe('WorkingTreeSnapshot', () => {
  it('lists tracked and untracked files, but not ignored ones or tracked files deleted on disk', async () => {
    const r = repo({ '.gitignore': 'build/\n*.log\n', 'prompts/a.prompt.yml': 'a', 'gone.txt': 'x' });
    r.write({ 'prompts/new.prompt.yml': 'new', 'build/out.js': 'b', 'debug.log': 'l', 'gone.txt': null });

    const snapshot = new WorkingTreeSnapshot(r.dir);

    expect(await snapshot.listFiles()).toEqual([
      '.gitignore',
      'prompts/a.prompt.yml',
      'prompts/new.prompt.yml',
    ]);
    expect(snapshot.label).toBe('working tree');
    expect(snapshot.sha).toBeUndefined();
  });

  it('lists odd names, tracked and untracked, and a conflicted file once', async () => {
    const odd = ['with space.txt', 'tab\there.txt', 'ünïcode/ファイル.txt', 'line\nbreak.txt'];
    const r = repo({ ...Object.fromEntries(odd.map((name) => [name, name])), 'conflict.txt': 'base\n' });
    r.git('checkout', '-q', '-b', 'other');
    r.commit({ 'conflict.txt': 'other\n' }, 'other side');
    r.git('checkout', '-q', 'main');
    r.commit({ 'conflict.txt': 'main\n' }, 'main side');
    // The merge stops on the conflict: the index holds the file at stages 1, 2 and 3.
    expect(() => r.git('merge', '-q', 'other')).toThrow();
    r.write({ '? untracked\ttoo.txt': 'u', 'line\nbreak.txt': null });

    expect(await new WorkingTreeSnapshot(r.dir).listFiles()).toEqual(
      [
        '? untracked\ttoo.txt',
        'conflict.txt',
        'tab\there.txt',
        'with space.txt',
        'ünïcode/ファイル.txt',
      ].sort(),
    );
  });

  it('reads uncommitted content and answers undefined for missing paths and paths outside the repo', async () => {
    const r = repo({ 'a.txt': 'committed' });
    r.write({ 'a.txt': 'edited' });
    const snapshot = new WorkingTreeSnapshot(r.dir);

    expect(await snapshot.readFile('a.txt')).toBe('edited');
    expect(await snapshot.readFile('./a.txt')).toBe('edited');
    expect(await snapshot.readFile('missing.txt')).toBeUndefined();
    expect(await snapshot.readFile('a.txt/below')).toBeUndefined();
    expect(await snapshot.readFile('../outside.txt')).toBeUndefined();
    expect(await snapshot.readFile('/etc/hostname')).toBeUndefined();
  });

  it('leaves out submodules and nested repositories, which are folders rather than files', async () => {
    const inner = repo({ 'inner.txt': 'i' });
    const r = repo({ 'a.txt': 'a' });
    r.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner.dir, 'vendor/inner');
    r.git('commit', '-q', '-m', 'submodule');
    mkdirSync(join(r.dir, 'nested'));
    r.git('init', '-q', join(r.dir, 'nested'));
    writeFileSync(join(r.dir, 'nested', 'n.txt'), 'n');

    expect(await new WorkingTreeSnapshot(r.dir).listFiles()).toEqual(['.gitmodules', 'a.txt']);
  });

  it('walks the folder when it is not a git repository, skipping node_modules and .git', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-plain-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    for (const path of [
      'b.txt',
      'prompts/x.prompt.yml',
      'node_modules/pkg/index.js',
      '.git/config',
      '.hidden/h.txt',
    ]) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), path);
    }

    const snapshot = new WorkingTreeSnapshot(dir);

    expect(await snapshot.listFiles()).toEqual(['.hidden/h.txt', 'b.txt', 'prompts/x.prompt.yml']);
    expect(await snapshot.readFile('prompts/x.prompt.yml')).toBe('prompts/x.prompt.yml');
  });

  it('sees paths relative to a root that is a subfolder of the repository', async () => {
    const r = repo({ 'app/prompts/a.prompt.yml': 'a', 'other/b.txt': 'b' });
    r.write({ 'app/untracked.txt': 'u' });

    const snapshot = new WorkingTreeSnapshot(join(r.dir, 'app'));

    expect(await snapshot.listFiles()).toEqual(['prompts/a.prompt.yml', 'untracked.txt']);
  });
});

describe('WorkingTreeSnapshot and links', () => {
  it('reads links inside the repository and refuses files reached through links out of it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'promptgate-outside-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(join(outside, 'secret.txt'), 'TOP SECRET');
    const r = repo({ 'shared/system.md': 'shared', 'prompts/x.md': 'x' });
    symlinkSync('../shared/system.md', join(r.dir, 'prompts', 'inside.md'));
    symlinkSync(join(outside, 'secret.txt'), join(r.dir, 'prompts', 'file-link.md'));
    symlinkSync(outside, join(r.dir, 'dir-link'));
    symlinkSync('/proc/self/environ', join(r.dir, 'environ.md'));
    const snapshot = new WorkingTreeSnapshot(r.dir);

    expect(await snapshot.readFile('prompts/inside.md')).toBe('shared');
    for (const [path, target] of [
      ['prompts/file-link.md', 'secret.txt'],
      ['dir-link/secret.txt', 'secret.txt'],
      ['environ.md', 'environ'],
    ] as const) {
      const refused = await snapshot.readFile(path).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(SymlinkEscapeError);
      expect((refused as SymlinkEscapeError).link).toBe(path);
      expect((refused as SymlinkEscapeError).target).toContain(target);
      expect((refused as Error).message).not.toContain('TOP SECRET');
    }
  });
});

describe('GitCommitSnapshot', () => {
  it('reads a file as it was at an older commit, whatever the working tree holds now', async () => {
    const r = repo({ 'prompts/a.prompt.yml': 'version 1' });
    const first = r.git('rev-parse', 'HEAD');
    r.commit({ 'prompts/a.prompt.yml': 'version 2', 'prompts/b.prompt.yml': 'b' }, 'second');
    r.write({ 'prompts/a.prompt.yml': 'uncommitted' });

    const snapshot = await commitSnapshot(r.dir, first);

    expect(snapshot.sha).toBe(first);
    expect(snapshot.label).toBe(first.slice(0, 7));
    expect(await snapshot.listFiles()).toEqual(['prompts/a.prompt.yml']);
    expect(await snapshot.readFile('prompts/a.prompt.yml')).toBe('version 1');
    expect(await snapshot.readFile('prompts/b.prompt.yml')).toBeUndefined();
  });

  it('resolves a branch or relative ref to the full sha', async () => {
    const r = repo({ 'a.txt': '1' });
    const first = r.git('rev-parse', 'HEAD');
    r.commit({ 'a.txt': '2' }, 'second');

    expect((await commitSnapshot(r.dir, 'HEAD~1')).sha).toBe(first);
    expect((await commitSnapshot(r.dir, 'main')).sha).toBe(r.git('rev-parse', 'HEAD'));
  });

  it('follows a rename: the old commit has the old path, the new commit the new one', async () => {
    const r = repo({ 'prompts/old.prompt.yml': 'same content\n' });
    const before = r.git('rev-parse', 'HEAD');
    r.git('mv', 'prompts/old.prompt.yml', 'prompts/new.prompt.yml');
    const after = r.commit({}, 'rename');

    const old = await commitSnapshot(r.dir, before);
    const renamed = await commitSnapshot(r.dir, after);

    expect(await old.listFiles()).toEqual(['prompts/old.prompt.yml']);
    expect(await renamed.listFiles()).toEqual(['prompts/new.prompt.yml']);
    expect(await renamed.readFile('prompts/new.prompt.yml')).toBe('same content\n');
    expect(await renamed.readFile('prompts/old.prompt.yml')).toBeUndefined();
  });

  it('answers many concurrent and sequential reads correctly through one batch process', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`suite/case-${i}.txt`] = `content ${i}\n`.repeat(i % 7);
    files['big.txt'] = 'x'.repeat(300_000);
    const r = repo(files);
    const snapshot = await commitSnapshot(r.dir, 'HEAD');

    const paths = Object.keys(files);
    const concurrent = await Promise.all(paths.map((path) => snapshot.readFile(path)));
    expect(concurrent).toEqual(paths.map((path) => files[path]));
    for (const path of paths.slice(0, 5)) expect(await snapshot.readFile(path)).toBe(files[path]);
    // After the idle period the process has ended; a later read starts a new one.
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await snapshot.readFile('suite/case-3.txt')).toBe(files['suite/case-3.txt']);
  });

  it('reads files with spaces, unicode and newlines in their names', async () => {
    const odd = ['with space.txt', 'ünïcode/ファイル.txt', 'line\nbreak.txt'];
    const r = repo(Object.fromEntries(odd.map((name) => [name, `content of ${name}`])));
    const snapshot = await commitSnapshot(r.dir, 'HEAD');

    expect(await snapshot.listFiles()).toEqual([...odd].sort());
    for (const name of odd) expect(await snapshot.readFile(name)).toBe(`content of ${name}`);
  });

  it('reads a symlink as its target, like a checkout would, but never outside the repository', async () => {
    const r = repo({ 'shared/system.md': 'shared system prompt', 'prompts/x.md': 'x' });
    symlinkSync('../shared/system.md', join(r.dir, 'prompts', 'link.md'));
    symlinkSync('../outside.md', join(r.dir, 'escape.md'));
    symlinkSync('missing.md', join(r.dir, 'dangling.md'));
    r.commit({}, 'links');

    const snapshot = await commitSnapshot(r.dir, 'HEAD');

    expect(await snapshot.readFile('prompts/link.md')).toBe('shared system prompt');
    await expect(snapshot.readFile('escape.md')).rejects.toThrow(
      '`escape.md` is a symbolic link to `../outside.md`, outside the repository',
    );
    expect(await snapshot.readFile('dangling.md')).toBeUndefined();
  });

  it('refuses links with absolute targets, naming the link', async () => {
    const r = repo({ 'a.txt': 'a' });
    symlinkSync('/etc/passwd', join(r.dir, 'tone.njk'));
    r.commit({}, 'link');
    const snapshot = await commitSnapshot(r.dir, 'HEAD');
    const refused = await snapshot.readFile('tone.njk').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SymlinkEscapeError);
    expect(refused).toMatchObject({ link: 'tone.njk', target: '/etc/passwd', exitCode: 2 });
  });

  it('lists paths relative to a root that is a subfolder, like the working tree', async () => {
    const r = repo({ 'app/prompts/a.prompt.yml': 'a', 'other/b.txt': 'b' });
    const root = join(r.dir, 'app');

    const snapshot = await commitSnapshot(root, 'HEAD');

    expect(await snapshot.listFiles()).toEqual(await new WorkingTreeSnapshot(root).listFiles());
    expect(await snapshot.readFile('prompts/a.prompt.yml')).toBe('a');
  });

  it('reports an unknown ref as a configuration error with a fix', async () => {
    const r = repo({ 'a.txt': 'a' });

    const error = await GitCommitSnapshot.create(r.dir, 'does-not-exist').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).format()).toContain('the commit `does-not-exist` is not in this clone');
    expect((error as ConfigError).format()).toContain('fetch-depth: 0');
  });
});

describe('WorkingTreeSnapshot visibility', () => {
  it('reads only files git would list: never .git/ (checkout credentials) or ignored files (.env)', async () => {
    const r = repo({ '.gitignore': '.env\n', 'a.txt': 'a' });
    r.write({ '.env': 'OPENAI_API_KEY=sk-local' });
    r.git('config', 'http.extraheader', 'AUTHORIZATION: basic c2VjcmV0');
    const snapshot = new WorkingTreeSnapshot(r.dir);
    expect(await snapshot.readFile('a.txt')).toBe('a');
    expect(await snapshot.readFile('.env')).toBeUndefined();
    expect(await snapshot.readFile('.git/config')).toBeUndefined();
    expect(await snapshot.fileSize('.git/config')).toBeUndefined();
  });
});

describe('text encodings', () => {
  it('reads a UTF-16 prompt file (as Windows PowerShell writes it) by its byte order mark, as gh does', async () => {
    // A real-world shape in the encoding PowerShell 5's `>` gives it: UTF-16 LE, and BE, with a BOM.
    const text = readFileSync(
      new URL('../fixtures/real-world/agent-generated.prompt.yml', import.meta.url),
      'utf8',
    );
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const bigEndian = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const r = repo();
    writeFileSync(join(r.dir, 'le.prompt.yml'), littleEndian);
    writeFileSync(join(r.dir, 'be.prompt.yml'), bigEndian);
    r.commit({}, 'utf-16 prompt files');
    for (const snapshot of [new WorkingTreeSnapshot(r.dir), await commitSnapshot(r.dir, 'HEAD')]) {
      for (const path of ['le.prompt.yml', 'be.prompt.yml']) {
        expect(await snapshot.readFile(path)).toBe(text);
        const prompt = await loadPromptFile(snapshot, path, []);
        expect(prompt.name).toBe('Issue labeler');
        expect(prompt.embeddedSuite?.cases).toHaveLength(1);
      }
    }
  });
});
