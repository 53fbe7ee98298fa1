import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git, gitOrThrow } from '../../src/repo/git.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-git-'));
  dirs.push(dir);
  return dir;
};

describe('git', () => {
  it('returns a failing exit code as data, with git’s own message', async () => {
    const result = await git(['rev-parse', 'HEAD'], tempDir());
    expect(result.exitCode).toBe(128);
    expect(result.stderr).toMatch(/not a git repository/);
  });

  it('rejects, naming the subcommand, when git cannot be started at all', async () => {
    await expect(git(['status'], join(tempDir(), 'deleted'))).rejects.toThrow(/^could not run git status: /);
  });

  it('gitOrThrow quotes git’s message, or the exit code when git printed none', async () => {
    const dir = tempDir();
    await expect(gitOrThrow(['rev-parse', 'HEAD'], dir)).rejects.toThrow(
      /^git rev-parse HEAD failed: fatal: not a git repository/,
    );
    await gitOrThrow(['init', '-q'], dir);
    // `git diff --quiet --no-index` exits 1 on a difference and prints nothing.
    await expect(gitOrThrow(['diff', '--quiet', '--no-index', '/dev/null', __filename], dir)).rejects.toThrow(
      /failed: exit 1$/,
    );
  });
});
