/**
 * A cancelled run (SIGTERM, Ctrl-C) and a run that cannot start still leave every requested report,
 * saying `error`, and never an earlier run's files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { startCli } from '../helpers/cli-process.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';

const CASES = 40;
const PROMPT = `id: support\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: user\n    content: "{{ q }}"\n`;
const SUITE = `prompt: support\nmetrics:\n  - type: contains\n    value: question\ncases:\n${Array.from(
  { length: CASES },
  (_, i) => `  - vars: { q: "question ${i}" }`,
).join('\n')}\n`;
const OUTPUTS = ['--json', 'out/report.json', '--markdown', 'out/report.md', '--junit', 'out/report.xml'];

let model: FakeServer;
let repo: TempRepo;

beforeAll(async () => {
  // 40 calls, 4 at a time, 400 ms each: 4 s of work, so a signal at 1 s lands mid-run.
  model = await startFakeOpenAI({ latencyMs: 400 });
  repo = createTempRepo({
    'promptgate.yaml': `models:\n  "gpt-*": openai\nconcurrency: 4\ncache: { mode: off }\n`,
    'support.prompt.yaml': PROMPT,
    'support.eval.yaml': SUITE,
  });
});

afterAll(async () => {
  await model.close();
  repo.remove();
});

const env = () => ({ ...process.env, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${model.url}/v1` });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const read = (path: string) => readFileSync(join(repo.dir, path), 'utf8');

describe('outputs on every exit path', () => {
  it('SIGTERM one second into a run: calls stop, finished results are kept, every report says error, exit 143', async () => {
    const run = startCli(['eval', '-q', ...OUTPUTS], { cwd: repo.dir, env: env() });
    // One second into the evaluation (start-up time varies with the machine's load).
    while (model.requests.length === 0) await sleep(20);
    await sleep(1_000);
    const requestsAtSignal = model.requests.length;
    run.child.kill('SIGTERM');
    const signalled = Date.now();
    const result = await run.done;

    expect(result.code, result.stderr).toBe(143);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    // At most the calls already in flight were issued after the signal (they were aborted at once).
    expect(model.requests.length).toBeLessThanOrEqual(requestsAtSignal + 4);
    expect(model.requests.length).toBeLessThan(CASES);

    const report = JSON.parse(read('out/report.json')) as {
      verdict: string;
      reasons: { message: string }[];
      prompts: { cases: { candidate?: { samples: { output?: string }[] } }[] }[];
    };
    expect(report.verdict).toBe('error');
    expect(report.reasons[0]?.message).toMatch(/^interrupted by SIGTERM/);
    const outputs = report.prompts[0]?.cases.filter((c) => c.candidate?.samples[0]?.output !== undefined);
    expect(outputs?.length).toBeGreaterThan(0);
    expect(read('out/report.md')).toMatch(/interrupted by SIGTERM/);
    expect(read('out/report.xml')).toMatch(/<testsuites/);
  }, 60_000);

  it('after a configuration error no output file still holds an earlier run', async () => {
    const passing = startCli(['eval', '-q', '--offline', ...OUTPUTS], { cwd: repo.dir, env: env() });
    expect((await passing.done).code).toBe(0);
    expect(JSON.parse(read('out/report.json'))).toMatchObject({ verdict: 'pass' });

    repo.write({ 'promptgate.yaml': 'concurrency: many\n' });
    const broken = await startCli(['eval', '-q', '--offline', ...OUTPUTS], { cwd: repo.dir, env: env() })
      .done;
    repo.write({ 'promptgate.yaml': `models:\n  "gpt-*": openai\nconcurrency: 4\ncache: { mode: off }\n` });

    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/promptgate\.yaml/);
    expect(JSON.parse(read('out/report.json'))).toMatchObject({ verdict: 'error', prompts: [] });
    expect(read('out/report.md')).not.toMatch(/PASS/);
    expect(read('out/report.md')).toMatch(/concurrency/);
    expect(read('out/report.xml')).not.toMatch(/question 1/);
    expect(existsSync(join(repo.dir, 'out/report.xml'))).toBe(true);
  }, 60_000);
});
