/**
 * The npm scripts' options: `--help` is the usage (exit 0); an unknown option is one line saying so
 * plus the usage, exit 2, never node's stack trace.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScriptArgs } from '../../scripts/args.js';

const OPTIONS = { n: { type: 'string', default: '400' }, e2e: { type: 'boolean', default: false } } as const;
const USAGE = 'usage: npm run bench -- [options]\n';

describe('parseScriptArgs', () => {
  it('reads known options with their defaults', () => {
    const parsed = parseScriptArgs(['--n', '7'], OPTIONS, USAGE);
    expect(parsed.kind === 'run' && { ...parsed.values }).toEqual({ n: '7', e2e: false });
  });

  it.each([['--help'], ['-h'], ['--e2e', '--help']])('%j asks for the usage', (...argv) => {
    expect(parseScriptArgs(argv, OPTIONS, USAGE)).toEqual({ kind: 'help', text: USAGE });
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['--n'], "Option '--n <value>' argument missing"],
    [['stray'], "Unexpected argument 'stray'"],
  ])('%j is a usage error naming the problem, then the usage', (argv, problem) => {
    const parsed = parseScriptArgs(argv, OPTIONS, USAGE);
    expect(parsed.kind).toBe('usage-error');
    const text = 'text' in parsed ? parsed.text : '';
    expect(text.startsWith(problem)).toBe(true);
    expect(text.endsWith(`\n\n${USAGE}`)).toBe(true);
  });
});

describe('npm run bench', () => {
  const bench = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, '../../scripts/bench.ts'), ...args],
      {
        encoding: 'utf8',
      },
    );

  it('--help prints the usage and exits 0; an unknown option exits 2 with the usage, no stack trace', () => {
    const help = bench('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run bench -- \[options\]\n/);
    expect(help.stdout).toContain('--e2e');

    const unknown = bench('--verbose');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^Unknown option '--verbose'.*\n\nusage: npm run bench -- \[options\]\n/s);
    expect(unknown.stderr).not.toMatch(/^\s+at /m);
  });
});
