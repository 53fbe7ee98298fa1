/**
 * The CLI's commands and options as a user types them, in-process through `main`: sharded runs and
 * `merge`, paths and `--config` given from a subdirectory, usage mistakes, progress on a terminal and in
 * a CI log, Ctrl-C, and the release commands reached through the same entry.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliDeps } from '../../src/cli.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/in-process.js';

const prompt = (id: string, greeting: string) =>
  `id: ${id}\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "${greeting} {{ name }}"\n`;
const suite = (id: string, cases: number) =>
  `prompt: ${id}\nmetrics:\n  - type: contains\n    value: Ada\ncases:\n${Array.from(
    { length: cases },
    (_, i) => `  - id: c${i + 1}\n    vars: { name: Ada }\n`,
  ).join('')}`;

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

let repo: TempRepo;
beforeAll(() => {
  repo = createTempRepo({
    'prompts/greet.prompt.yaml': prompt('greet', 'Say hello to'),
    'prompts/greet.eval.yaml': suite('greet', 2),
    'prompts/bye.prompt.yaml': prompt('bye', 'Say goodbye to'),
    'prompts/bye.eval.yaml': suite('bye', 2),
    'docs/README.md': '# docs\n',
  });
});
afterAll(() => repo.remove());

describe('sharded runs and `promptgate merge`', () => {
  it('two shards each evaluate part of the prompts; merging them gives the whole verdict and every format', async () => {
    const first = await runCli(repo.dir, ['eval', '-q', '--shard', '1/2', '--json', 'shards/1.json']);
    const second = await runCli(repo.dir, ['eval', '-q', '--shard', '2/2', '--json', 'shards/2.json']);
    expect([first.code, second.code]).toEqual([0, 0]);
    const ids = (path: string) =>
      (readJson(join(repo.dir, path)).prompts as { id: string }[]).map((p) => p.id);
    expect([...ids('shards/1.json'), ...ids('shards/2.json')].sort()).toEqual(['bye', 'greet']);

    const merged = await runCli(repo.dir, [
      'merge',
      'shards/1.json',
      'shards/2.json',
      '--json',
      'merged.json',
      '--markdown',
      'merged.md',
    ]);

    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/PASS/);
    expect(merged.stdout).toContain('greet');
    expect(merged.stdout).toContain('bye');
    const report = readJson(join(repo.dir, 'merged.json'));
    expect(report.verdict).toBe('pass');
    expect(ids('merged.json').sort()).toEqual(['bye', 'greet']);
    expect(readFileSync(join(repo.dir, 'merged.md'), 'utf8')).toContain('greet');
  });

  it('a missing shard makes the merged verdict an error (exit 2), said in the output', async () => {
    await runCli(repo.dir, ['eval', '-q', '--shard', '1/2', '--json', 'alone/1.json']);

    const merged = await runCli(repo.dir, ['merge', 'alone/1.json', '--json', 'alone/merged.json']);

    expect(merged.code).toBe(2);
    expect(merged.stdout).toContain('missing shard results: 2 of 2');
    expect(readJson(join(repo.dir, 'alone/merged.json')).verdict).toBe('error');
  });

  it('a report that cannot be read is named, and the requested report still says error', async () => {
    await runCli(repo.dir, ['eval', '-q', '--shard', '1/2', '--json', 'broken/1.json']);

    const merged = await runCli(repo.dir, [
      'merge',
      'broken/1.json',
      'broken/missing.json',
      '--json',
      'broken/merged.json',
    ]);

    expect(merged.code).toBe(2);
    expect(merged.stderr).toContain('broken/missing.json');
    expect(readJson(join(repo.dir, 'broken/merged.json')).verdict).toBe('error');
  });
});

describe('paths given from a subdirectory', () => {
  it('resolves --config and report paths against where the user stands, and evaluates the whole repository', async () => {
    const docs = join(repo.dir, 'docs');
    repo.write({ 'config/strict.yaml': 'gate:\n  max_drop: 2\n' });

    const broken = await runCli(docs, ['eval', '-q', '--config', '../config/strict.yaml']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/config\/strict\.yaml:2/);

    const passing = await runCli(docs, ['eval', '-q', '--json', 'out/report.json']);
    expect(passing.code).toBe(0);
    const ids = (readJson(join(docs, 'out/report.json')).prompts as { id: string }[]).map((p) => p.id);
    expect(ids.sort()).toEqual(['bye', 'greet']);
  });

  it('takes PATH arguments relative to the current directory and refuses one outside the repository', async () => {
    const prompts = join(repo.dir, 'prompts');
    const one = await runCli(prompts, ['eval', '-q', 'greet.prompt.yaml', '--json', 'one.json']);
    expect(one.code).toBe(0);
    expect((readJson(join(prompts, 'one.json')).prompts as { id: string }[]).map((p) => p.id)).toEqual([
      'greet',
    ]);

    const outside = await runCli(prompts, ['eval', '../../elsewhere']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/`\.\.\/\.\.\/elsewhere` is outside the repository/);
  });
});

describe('usage mistakes: exit 2 and what to type instead', () => {
  it('an unknown option prints the error and the usage', async () => {
    const result = await runCli(repo.dir, ['eval', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^promptgate: Unknown option '--frobnicate'/);
    expect(result.stderr).toContain('Usage:');
    expect(result.stdout).toBe('');
  });

  it('compare without --base says how to give it', async () => {
    const result = await runCli(repo.dir, ['compare']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('compare needs --base REF (e.g. --base origin/main)');
  });

  it('--version and --help win over other options', async () => {
    const version = await runCli(repo.dir, ['eval', '--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    const help = await runCli(repo.dir, ['eval', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
  });
});

describe('the release commands through the CLI', () => {
  it('`promptgate status` answers from the lock file, and `rollout --help` prints its usage', async () => {
    const status = await runCli(repo.dir, ['status']);
    expect(status).toEqual({ code: 0, stdout: 'no prompt has been promoted yet\n', stderr: '' });

    const help = await runCli(repo.dir, ['rollout', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:\n {2}promptgate rollout /);

    const unknown = await runCli(repo.dir, ['status', 'no-such-prompt']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('not in the lock file: no-such-prompt');
  });

  it('take --config, --out and --data relative to where the user stands', async () => {
    const docs = join(repo.dir, 'docs');
    repo.write({ 'config/broken.yaml': 'gate:\n  max_drop: 2\n' });

    const broken = await runCli(docs, ['status', '--config', '../config/broken.yaml']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/config\/broken\.yaml:2/);

    const exported = await runCli(docs, ['export', 'flagd', '--out', 'flags/flagd.json']);
    expect(exported.code).toBe(0);
    expect(JSON.parse(readFileSync(join(docs, 'flags/flagd.json'), 'utf8'))).toHaveProperty('flags');

    const noData = await runCli(docs, ['experiment', 'analyze', '--data', 'outcomes.jsonl']);
    expect(noData.code).toBe(2);
    expect(noData.stderr).toContain('cannot read the data file outcomes.jsonl (ENOENT)');
    repo.write({ 'docs/outcomes.jsonl': '' });
    const emptyData = await runCli(docs, ['experiment', 'analyze', '--data', 'outcomes.jsonl']);
    expect(emptyData.stderr).not.toContain('cannot read the data file');
  });
});

/** `main` with a stderr that may be a terminal, and a signal source the test controls. */
function terminalDeps(
  cwd: string,
  options: { tty: boolean; env?: NodeJS.ProcessEnv; signals?: EventEmitter },
) {
  const out = { stdout: '', stderr: '' };
  const deps: CliDeps = {
    env: { NO_COLOR: '1', ...options.env },
    cwd,
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text), isTTY: options.tty },
    clock: () => new Date(),
    ...(options.signals ? { signals: options.signals } : {}),
  };
  return { deps, out };
}

describe('the closing hint after the offline demo', () => {
  const NEXT = 'Next steps:';

  it('suggests the HTML report, compare in a pull request and a real provider, once, at the end', async () => {
    const { deps, out } = terminalDeps(repo.dir, { tty: true });
    expect(await main(['eval'], deps)).toBe(0);
    expect(out.stderr.split(NEXT)).toHaveLength(2);
    const hint = out.stderr.slice(out.stderr.indexOf(NEXT));
    expect(hint).toContain('npx promptgate eval --html report.html');
    expect(hint).toContain('npx promptgate compare --base origin/main');
    expect(hint).toMatch(/OPENAI_API_KEY .*GITHUB_TOKEN/);
    expect(hint).toContain('`default_provider`, `models:`');
    expect(out.stdout).not.toContain(NEXT);
  });

  it('does not suggest the HTML report to someone who asked for it', async () => {
    const { deps, out } = terminalDeps(repo.dir, { tty: true });
    expect(await main(['eval', '--html', 'out/demo.html'], deps)).toBe(0);
    expect(out.stderr).toContain(NEXT);
    expect(out.stderr).not.toContain('--html report.html');
  });

  it('says nothing more after a run on a real model', async () => {
    const model = await startFakeOpenAI({ reply: () => 'Hello Ada' });
    const real = createTempRepo({
      'promptgate.yaml': 'models:\n  "gpt-*": openai\ncache: { mode: off }\n',
      'greet.prompt.yaml': prompt('greet', 'Say hello to').replace('offline:echo', 'gpt-4o-mini'),
      'greet.eval.yaml': suite('greet', 1),
    });
    try {
      const env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${model.url}/v1` };
      const { deps, out } = terminalDeps(real.dir, { tty: true, env });
      expect(await main(['eval'], deps)).toBe(0);
      expect(model.requests).toHaveLength(1);
      expect(out.stderr + out.stdout).not.toContain(NEXT);
    } finally {
      real.remove();
      await model.close();
    }
  });

  it.each([
    ['in CI', ['eval'], { tty: true, env: { CI: 'true' } }],
    ['in GitHub Actions', ['eval'], { tty: true, env: { GITHUB_ACTIONS: 'true' } }],
    ['with --quiet', ['eval', '-q'], { tty: true }],
    ['in a log (no terminal)', ['eval'], { tty: false }],
  ])('says nothing more %s', async (_, args, options) => {
    const { deps, out } = terminalDeps(repo.dir, options);
    expect(await main(args, deps)).toBe(0);
    expect(out.stderr + out.stdout).not.toContain(NEXT);
  });
});

describe('progress on stderr', () => {
  let big: TempRepo;
  beforeAll(() => {
    big = createTempRepo({
      'greet.prompt.yaml': prompt('greet', 'Say hello to'),
      'greet.eval.yaml': suite('greet', 30),
    });
  });
  afterAll(() => big.remove());

  it('a CI log gets a line per tenth of the samples; a terminal gets one live counter', async () => {
    const log = terminalDeps(big.dir, { tty: false });
    expect(await main(['eval'], log.deps)).toBe(0);
    const lines = log.out.stderr.split('\n').filter((line) => line.includes('evaluated'));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.length).toBeLessThanOrEqual(11);
    expect(lines.at(-1)).toBe('  evaluated 30/30');
    expect(log.out.stderr).not.toContain('\r');

    const terminal = terminalDeps(big.dir, { tty: true });
    expect(await main(['eval'], terminal.deps)).toBe(0);
    expect(terminal.out.stderr).toContain('\r  evaluating 1/30');
    expect(terminal.out.stderr).toContain('\r  evaluating 30/30\n');
  });

  it('--quiet prints no progress', async () => {
    const quiet = terminalDeps(big.dir, { tty: false });
    expect(await main(['eval', '--quiet'], quiet.deps)).toBe(0);
    expect(quiet.out.stderr).toBe('');
  });
});

describe('Ctrl-C during an evaluation', () => {
  let model: FakeServer;
  let slow: TempRepo;
  beforeAll(async () => {
    // Each answer takes 300 ms: the run is still going when the test interrupts it.
    model = await startFakeOpenAI({ latencyMs: 300 });
    slow = createTempRepo({
      'promptgate.yaml': 'models:\n  "gpt-*": openai\nconcurrency: 2\ncache: { mode: off }\n',
      'support.prompt.yaml':
        'id: support\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: user\n    content: "{{ q }}"\n',
      'support.eval.yaml': `prompt: support\nmetrics:\n  - type: contains\n    value: q\ncases:\n${Array.from(
        { length: 20 },
        (_, i) => `  - vars: { q: "q${i}" }\n`,
      ).join('')}`,
    });
  });
  afterAll(async () => {
    await model.close();
    slow.remove();
  });

  it('stops the calls, says so, writes the report with verdict error and exits 130', async () => {
    const signals = new EventEmitter();
    const { deps, out } = terminalDeps(slow.dir, {
      tty: false,
      signals,
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${model.url}/v1` },
    });
    mkdirSync(join(slow.dir, 'out'), { recursive: true });

    const running = main(['eval', '-q', '--json', 'out/report.json'], deps);
    while (model.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    signals.emit('SIGINT');
    const code = await running;

    expect(code).toBe(130);
    expect(out.stderr).toContain('promptgate: SIGINT: stopping, writing the reports');
    expect(model.requests.length).toBeLessThan(20);
    expect(existsSync(join(slow.dir, 'out/report.json'))).toBe(true);
    expect(readJson(join(slow.dir, 'out/report.json')).verdict).toBe('error');
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });
});
