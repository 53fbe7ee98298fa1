/**
 * The `promptgate` executable's own behaviour (src/cli-start.ts, what src/cli-entry.ts runs), in-process:
 * the quick answers it gives without loading the engine, and what it does when the CLI itself throws.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli } from '../../src/cli-start.js';
import type { CliDeps } from '../../src/cli.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/in-process.js';

interface Recorded {
  deps: CliDeps;
  stdout: () => string;
  stderr: () => string;
}

function recorder(cwd: string, options: { throwingStdout?: boolean } = {}): Recorded {
  let stdout = '';
  let stderr = '';
  const deps: CliDeps = {
    env: { NO_COLOR: '1' },
    cwd,
    stdout: {
      write: (text: string) => {
        if (options.throwingStdout) throw new Error('write EPIPE');
        stdout += text;
      },
    },
    stderr: { write: (text: string) => (stderr += text) },
    clock: () => new Date(),
  };
  return { deps, stdout: () => stdout, stderr: () => stderr };
}

describe('the promptgate executable', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = createTempRepo({
      'greet.prompt.yaml':
        'id: greet\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "Say hello to {{ name }}"\n',
      'greet.eval.yaml':
        'prompt: greet\nmetrics:\n  - type: contains\n    value: Ada\ncases:\n  - vars: { name: Ada }\n',
    });
  });
  afterAll(() => repo.remove());

  it('answers --version, --help and no arguments as the full CLI does, with the same exit codes', async () => {
    for (const argv of [['--version'], ['-v'], ['--help'], ['-h'], ['help'], []]) {
      const quick = recorder(repo.dir);
      const code = await startCli(argv, quick.deps);
      const full = await runCli(repo.dir, argv);
      expect({ argv, code, stdout: quick.stdout() }).toEqual({ argv, code: full.code, stdout: full.stdout });
      expect(quick.stderr()).toBe('');
    }
    const version = recorder(repo.dir);
    expect(await startCli(['--version'], version.deps)).toBe(0);
    expect(version.stdout()).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    const bare = recorder(repo.dir);
    expect(await startCli([], bare.deps)).toBe(2);
    expect(bare.stdout()).toContain('Usage');
  });

  it('runs every other command through the CLI: output on stdout, the verdict as exit code', async () => {
    const passing = recorder(repo.dir);
    expect(await startCli(['eval', '--quiet'], passing.deps)).toBe(0);
    expect(passing.stdout()).toMatch(/PASS/);

    const unknown = recorder(repo.dir);
    expect(await startCli(['evaluate'], unknown.deps)).toBe(2);
    expect(unknown.stderr()).toMatch(/unknown command `evaluate`/);
  });

  it('turns anything the CLI lets escape into one line on stderr and exit 2, never a stack trace', async () => {
    // `--help --quiet` is not a quick answer: the CLI prints the help itself, to a stdout that throws.
    const broken = recorder(repo.dir, { throwingStdout: true });

    const code = await startCli(['--help', '--quiet'], broken.deps);

    expect(code).toBe(2);
    expect(broken.stderr()).toBe('promptgate: unexpected failure: write EPIPE\n');
  });
});
