/**
 * A mistake in a pull request's file is that file's error, and the error quotes what it found (an
 * unknown key, a metric type). The quote is pull request data too: a key of megabytes must not be
 * copied into the log, the annotation and every report, nor cost a quadratic "did you mean" search,
 * and a line break in it must not start a log line of the file's choosing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closestName } from '../../src/validation/suggest.js';
import { runCli } from '../helpers/in-process.js';

const PROMPT = `id: greet\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "Hi {{ name }}"\n`;
const CASES = 'cases:\n  - id: one\n    vars: { name: Ada }\n';
const HUGE = 'k'.repeat(2_000_000);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function evalSuite(suite: string) {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-echo-'));
  dirs.push(dir);
  const files = { 'p/greet.prompt.yaml': PROMPT, 'p/greet.eval.yaml': suite };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const outputs = ['--json', 'r.json', '--markdown', 'r.md', '--junit', 'r.xml', '--html', 'r.html'];
  const result = await runCli(dir, ['eval', '--offline', ...outputs]);
  const reports = ['r.json', 'r.md', 'r.xml', 'r.html'].map((file) => readFileSync(join(dir, file), 'utf8'));
  return { ...result, reports };
}

describe('input quoted by error messages', () => {
  it('quotes at most a line of a huge unknown key, with the file and line', async () => {
    const result = await evalSuite(
      `prompt: greet\n? "${HUGE}"\n: 1\nmetrics:\n  - type: contains\n    value: Hi\n${CASES}`,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /p\/greet\.eval\.yaml:\d+:\d+: invalid eval suite: unknown key `k{79}…` in the file/,
    );
    expect(result.stderr.length + result.stdout.length).toBeLessThan(5_000);
    for (const report of result.reports) expect(report.length).toBeLessThan(20_000);
  });

  it('quotes a huge unknown metric type and a huge unknown metric key in a line', async () => {
    const type = await evalSuite(`prompt: greet\nmetrics:\n  - type: "${HUGE}"\n${CASES}`);
    expect(type.stderr).toMatch(/unknown metric type `k{79}…`/);
    expect(type.stderr.length).toBeLessThan(5_000);
    const key = await evalSuite(
      `prompt: greet\nmetrics:\n  - type: contains\n    value: Hi\n    ? "${HUGE}"\n    : 1\n${CASES}`,
    );
    expect(key.stderr).toMatch(/unknown key `k{79}…`/);
    expect(key.stderr.length).toBeLessThan(5_000);
  });

  it('writes a line break in a key as an escape, so the key cannot start a log line', async () => {
    const result = await evalSuite(
      `prompt: greet\n"x\\n::error file=a.ts::forged\\npromptgate: all passed": 1\nmetrics:\n  - type: contains\n    value: Hi\n${CASES}`,
    );
    expect(result.stderr).toContain(
      'unknown key `x\\n::error file=a.ts::forged\\npromptgate: all passed` in the file',
    );
    expect(result.stderr).not.toMatch(/^(::error|promptgate: all passed)/m);
  });

  it('suggests no name for a key far longer than every known one, without comparing them', () => {
    expect(closestName(HUGE, ['prompt', 'metrics', 'cases'])).toBeUndefined();
    expect(closestName('metrcs', ['prompt', 'metrics', 'cases'])).toBe('metrics');
  });
});
