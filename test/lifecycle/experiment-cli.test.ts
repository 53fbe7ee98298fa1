import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLifecycleCommand } from '../../src/lifecycle/cli.js';
import { runReleaseCommand } from '../../src/lifecycle/commands/command.js';
import { RELEASE_COMMANDS } from '../../src/lifecycle/commands/index.js';
import { readOutcomes } from '../../src/lifecycle/experiment/data.js';
import { parseLockFile } from '../../src/lifecycle/lockfile.js';
import { loadPromptFile } from '../../src/prompts/load.js';
import { WorkingTreeSnapshot } from '../../src/repo/worktree.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { promptReport, report } from './builders.js';

const PATH = 'prompts/reply.prompt.yaml';
const LOCK = 'promptgate.lock.yaml';
const promptText = (version: string, line: string) =>
  `id: support-reply\nversion: ${version}\nmodel: gpt-4o-mini\nmessages:\n  - role: system\n    content: ${line}\n  - role: user\n    content: "{{ message }}"\n`;
const env = { GITHUB_ACTOR: 'octocat' };

let repo: TempRepo;
let out: string[];
let err: string[];

beforeEach(() => {
  repo = createTempRepo({ [PATH]: promptText('1.0.0', 'Be kind.'), '.gitignore': 'reports/\n' });
  out = [];
  err = [];
});
afterEach(() => repo.remove());

function release(...argv: string[]): Promise<number> {
  const command = RELEASE_COMMANDS.get(argv[0] ?? '');
  if (!command) throw new Error(`no command ${argv[0]}`);
  return runReleaseCommand(command, argv, {
    root: repo.dir,
    cwd: repo.dir,
    env,
    print: (t) => out.push(t),
    printError: (t) => err.push(t),
    now: () => new Date(),
  });
}

async function passingReport(): Promise<string> {
  const prompt = await loadPromptFile(new WorkingTreeSnapshot(repo.dir), PATH, []);
  const name = `reports/${prompt.version ?? 'x'}.json`;
  repo.write({ [name]: JSON.stringify(report([promptReport({ id: prompt.id, hash: prompt.contentHash })])) });
  return join(repo.dir, name);
}

/** 1.0.0 in production, 1.1.0 rolled out to 20%. */
async function canary(): Promise<void> {
  const ctx = { root: repo.dir, env, print: () => {} };
  expect(
    await runLifecycleCommand('promote', ['support-reply'], { report: await passingReport() }, ctx),
  ).toBe(0);
  repo.commit({ [PATH]: promptText('1.1.0', 'Be brief.') }, '1.1.0');
  const v11 = await passingReport();
  expect(
    await release('rollout', 'support-reply', '--version', '1.1.0', '--weight', '20', '--report', v11),
  ).toBe(0);
  out = [];
}

/** Deterministic rows: `rate` of each variant's requests succeed, latencies spread around `latency`. */
function rows(variant: string, n: number, rate: number, latency: number, extra = ''): string[] {
  return Array.from({ length: n }, (_, i) => {
    const success = (i * 7919) % 1000 < rate * 1000;
    const ms = Math.round(latency * (0.5 + ((i * 104729) % 1000) / 1000));
    return `{"variant":"${variant}","success":${success},"latency_ms":${ms},"cost_usd":0.002,"tokens":${300 + (i % 50)}${extra}}`;
  });
}

const lockText = () => readFileSync(join(repo.dir, LOCK), 'utf8');
const lock = () => parseLockFile(lockText(), LOCK);

describe('promptgate experiment analyze', () => {
  it('reports per-variant rates and means with intervals, and rolls back a regressing canary with --apply', async () => {
    await canary();
    repo.write({
      'data.jsonl': [...rows('1.0.0', 4000, 0.85, 800), ...rows('1.1.0', 4000, 0.75, 800)].join('\n'),
    });
    expect(await release('experiment', 'analyze', '--data', join(repo.dir, 'data.jsonl'))).toBe(0);
    const text = out.join('');
    expect(text).toContain('experiment support-reply in production: control 1.0.0 vs canary 1.1.0 (20%)');
    expect(text).toMatch(/1\.0\.0\s+4000\s+85\.0% \(83\.\d-86\.\d\)/);
    expect(text).toContain('decision: rollback');
    expect(text).toMatch(/the success rate is significantly worse: -10\.0 points/);
    expect(lock().prompts['support-reply']?.rollout?.weight).toBe(20);

    out = [];
    expect(
      await release(
        'experiment',
        'analyze',
        'support-reply',
        '--data',
        join(repo.dir, 'data.jsonl'),
        '--apply',
      ),
    ).toBe(0);
    expect(out.join('')).toContain('applied: rollout of support-reply 1.1.0 in production aborted');
    const after = lock().prompts['support-reply'];
    expect(after?.rollout).toBeUndefined();
    expect(after?.history.at(-1)).toMatchObject({ event: 'rollout-abort', actor: 'octocat' });
    expect(after?.history.at(-1)?.reason).toMatch(
      /^experiment: rollback: the success rate is significantly worse/,
    );
  });

  it('promotes a better canary from CSV with --apply (the rollout completes) and writes --json', async () => {
    await canary();
    const csv = [
      'timestamp,variant,success,latency_ms,error',
      ...Array.from(
        { length: 3000 },
        (_, i) => `2026-01-0${(i % 9) + 1},1.0.0,${(i * 7919) % 100 < 70 ? 1 : 0},${700 + (i % 200)},`,
      ),
      ...Array.from(
        { length: 3000 },
        (_, i) =>
          `2026-01-0${(i % 9) + 1},1.1.0,${(i * 7919) % 100 < 80 ? 'true' : 'false'},${700 + (i % 200)},"${i % 500 === 0 ? 'timeout, retried' : ''}"`,
      ),
    ].join('\r\n');
    repo.write({ 'data.csv': csv });
    const json = join(repo.dir, 'analysis.json');
    expect(
      await release('experiment', 'analyze', '--data', join(repo.dir, 'data.csv'), '--apply', '--json', json),
    ).toBe(0);
    expect(out.join('')).toContain('decision: promote');
    expect(lock().prompts['support-reply']).toMatchObject({ version: '1.1.0' });
    expect(lock().prompts['support-reply']?.rollout).toBeUndefined();
    const analysis = JSON.parse(readFileSync(json, 'utf8')) as {
      decision: string;
      canary: { errorRate: { value: number } };
    };
    expect(analysis.decision).toBe('promote');
    expect(analysis.canary.errorRate.value).toBeCloseTo(6 / 3000);
  });

  it('says continue, with the sample size needed and the current minimum detectable effect, on too little data', async () => {
    await canary();
    repo.write({
      'data.jsonl': [...rows('1.0.0', 300, 0.8, 800), ...rows('1.1.0', 300, 0.8, 800)].join('\n'),
    });
    expect(await release('experiment', 'analyze', '--data', join(repo.dir, 'data.jsonl'), '--apply')).toBe(0);
    const text = out.join('');
    expect(text).toContain('decision: continue');
    expect(text).toMatch(
      /needs about \d+ requests per variant with a single fixed-horizon look; with the data so far the minimum detectable effect is \d+\.\d points/,
    );
    expect(text).toContain('applied: nothing (the decision is continue)');
    expect(lock().prompts['support-reply']?.rollout?.weight).toBe(20);
  });

  it('malformed data files are clear errors with exit 2 and the lock file unchanged', async () => {
    await canary();
    const before = lockText();
    const cases: [string, string, RegExp][] = [
      [
        'bad.jsonl',
        '{"variant":"1.0.0","success":true}\n{"variant":"1.1.0",',
        /bad\.jsonl:2: malformed JSON/,
      ],
      [
        'bad2.jsonl',
        '{"variant":"1.0.0","success":"maybe"}',
        /bad2\.jsonl:1: invalid outcome row: `success` must be true or false/,
      ],
      ['bad3.jsonl', '{"success":true}', /bad3\.jsonl:1: invalid outcome row: missing `variant`/],
      [
        'bad4.csv',
        'variant,latency_ms\n1.0.0,-3\n',
        /bad4\.csv:2: invalid outcome row: `latency_ms` must be >= 0, got -3/,
      ],
      ['bad5.csv', 'variant,success\n1.0.0,1,2\n', /bad5\.csv:2: expected 2 columns/],
      [
        'bad6.jsonl',
        '{"variant":"9.9.9","success":true}',
        /no rows for the control 1\.0\.0 \(variants in the data: 9\.9\.9\)/,
      ],
      ['empty.jsonl', '\n\n', /empty\.jsonl: no outcome rows/],
    ];
    for (const [name, content, message] of cases) {
      repo.write({ [name]: content });
      err = [];
      expect(await release('experiment', 'analyze', '--data', join(repo.dir, name), '--apply'), name).toBe(2);
      expect(err.join(''), name).toMatch(message);
      expect(lockText(), name).toBe(before);
    }
    err = [];
    expect(await release('experiment', 'analyze', '--data', join(repo.dir, 'missing.jsonl'))).toBe(2);
    expect(err.join('')).toContain('cannot read the data file');
  });

  it('reads error as a boolean or a message, and ignores unknown columns', () => {
    const variants = readOutcomes(
      [
        '{"version":"a","error":"rate limited","region":"eu"}',
        '{"version":"a","error":false}',
        '{"version":"a","error":0}',
      ].join('\n'),
      'x.jsonl',
    );
    expect(variants.get('a')?.errors).toEqual({ n: 3, k: 1 });
  });
});

describe('promptgate drill', () => {
  it('dry run: a regressing canary is rolled back and the previous version restored, the lock file untouched', async () => {
    await canary();
    const before = lockText();
    expect(await release('drill', 'support-reply')).toBe(0);
    const text = out.join('');
    expect(text).toContain('rollback drill for support-reply in production, dry run');
    expect(text).toContain('PASS the analysis decides rollback');
    expect(text).toContain('PASS applying it returns every key to 1.0.0');
    expect(text).toContain('drill passed');
    expect(lockText()).toBe(before);
  });

  it('with --apply aborts the real rollout; without a rollout it drills a stand-in canary', async () => {
    await canary();
    expect(await release('drill', 'support-reply', '--apply')).toBe(0);
    expect(lock().prompts['support-reply']?.rollout).toBeUndefined();
    expect(lock().prompts['support-reply']?.history.at(-1)?.event).toBe('rollout-abort');
    out = [];
    const before = lockText();
    expect(await release('drill', 'support-reply')).toBe(0);
    expect(out.join('')).toContain('a stand-in canary `drill-canary`');
    expect(lockText()).toBe(before);
    expect(await release('drill', 'support-reply', '--apply')).toBe(2);
    expect(err.join('')).toContain('no rollout of `support-reply` is in progress');
  });

  it('fails (exit 1) when the rules would not roll the regression back', async () => {
    await canary();
    repo.write({ 'promptgate.yaml': 'rules: { primary: score, p95_latency_increase: 5 }\n' });
    expect(await release('drill', 'support-reply')).toBe(1);
    expect(out.join('')).toContain('FAIL the analysis decides rollback (it decided continue)');
  });
});
