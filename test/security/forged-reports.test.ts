/**
 * In workflow_run setups, `merge` and `promote --report` read JSON reports that a pull request's run
 * uploaded: the pull request could have written any bytes there. A forged report, of the current
 * version or of version 1 (upgraded on the way in), must stay data: every string it carries renders
 * inert in the Markdown, HTML and JUnit reports and the log, and no number in it sizes the work.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportSchemaV1 } from '../../src/contracts/report.js';
import { isValidCompiled } from '../../src/validation/compiled.js';
import { runCli } from '../helpers/in-process.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/reports-0.1.0/compare-shard-1.json');
const PAYLOAD =
  ' <script>alert(1)</script> @octocat #1 </details>\n## forged\n::error::forged\n##[error]forged ]]><x/>';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-forged-'));
  dirs.push(dir);
  return dir;
}

/** The parts of a report these tests rewrite. */
interface ForgedReport {
  prompts: {
    verdict: string;
    metrics: { name: string; type: string }[];
    cases: unknown[];
  }[];
}

/** The fixture with PAYLOAD appended to every string the version 1 schema lets a report carry. */
function forgedV1(): { data: Record<string, unknown>; forged: number } {
  const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
  let forged = 0;
  const visit = (parent: Record<string | number, unknown>, key: string | number) => {
    const value = parent[key];
    if (typeof value === 'string') {
      parent[key] = value + PAYLOAD;
      if (isValidCompiled(ReportSchemaV1, data)) forged++;
      else parent[key] = value;
    } else if (typeof value === 'object' && value !== null) {
      for (const child of Object.keys(value)) visit(value as Record<string, unknown>, child);
    }
  };
  for (const key of Object.keys(data)) visit(data, key);
  return { data, forged };
}

describe('forged JSON reports given to merge', () => {
  it('render every string of an upgraded version 1 report as text', async () => {
    const dir = workDir();
    const { data, forged } = forgedV1();
    expect(forged).toBeGreaterThan(50);
    writeFileSync(join(dir, 'r.json'), JSON.stringify(data));
    const result = await runCli(dir, [
      'merge',
      'r.json',
      ...['--markdown', 'out.md', '--html', 'out.html', '--junit', 'out.xml'],
    ]);
    expect(result.stderr).toBe('');
    const markdown = readFileSync(join(dir, 'out.md'), 'utf8');
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    const junit = readFileSync(join(dir, 'out.xml'), 'utf8');
    // Outside code spans (where `<` is shown, not parsed) Markdown holds no tag, mention or heading.
    const prose = markdown.replace(/(`+)[^`]*?\1/g, '');
    expect(prose).not.toMatch(/<script|<\/details>|@octocat|^## forged/m);
    expect(html).not.toMatch(/<script>alert|<\/details>/);
    expect(junit).not.toMatch(/<script>|<x\/>/);
    expect(junit.match(/<testcase /g)?.length).toBe(junit.match(/<\/testcase>|<testcase [^>]*\/>/g)?.length);
    // The log shows the text; the runner sees no workflow command in it.
    expect(result.stdout).toContain('forged');
    expect(result.stdout).not.toMatch(/^\s*::error::|##\[error\]/m);
  });

  it('count the shards a report claims instead of enumerating them', async () => {
    const dir = workDir();
    const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ ...data, shard: { index: 1, total: 1e12 } }));
    const result = await runCli(dir, ['merge', 'r.json', '--json', 'out.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    const merged = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as {
      reasons: { code: string; message: string }[];
    };
    const reason = merged.reasons.find((r) => r.code === 'missing-shards');
    expect(reason?.message).toBe(
      'missing shard results: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21 and 999,999,999,979 more of 1000000000000; the verdict is incomplete',
    );
  });

  it('recompute a prompt split across reports in time linear in its cases, whatever their samples', async () => {
    // A prompt's cases in two shard reports are recomputed as one run. 6,000 cases whose pass
    // fractions have denominators 7, 11, 13 and 16 made the exact test's convolution quadratic:
    // about a minute per metric (and a forged report may hold any number of cases).
    const dir = workDir();
    const upgraded = await runCli(dir, ['merge', FIXTURE, '--json', 'v2.json']);
    expect(upgraded.stderr).toBe('');
    const report = JSON.parse(readFileSync(join(dir, 'v2.json'), 'utf8')) as ForgedReport;
    const [prompt] = report.prompts;
    if (!prompt) throw new Error('the fixture has a prompt');
    const metric = prompt.metrics.find((m) => m.type === 'contains');
    const sample = (index: number, pass: boolean) => ({
      sample: index,
      output: pass ? 'yes' : 'no',
      metrics: {
        [metric?.name ?? '']: { outcome: pass ? 'pass' : 'fail', score: pass ? 1 : 0, reason: 'forged' },
      },
      usage: { inputTokens: 1, outputTokens: 1 },
      costUsd: 0,
      latencyMs: 0,
      cached: false,
    });
    const cases = Array.from({ length: 6_000 }, (_, i) => {
      const k = [7, 11, 13, 16][i % 4] ?? 7;
      return {
        id: `case-${i}`,
        vars: {},
        baseline: { outcome: 'pass', score: 1, samples: [sample(0, true)] },
        candidate: {
          outcome: 'fail',
          score: 1 / k,
          samples: Array.from({ length: k }, (_, j) => sample(j, j === 0)),
        },
      };
    });
    const shard = (index: number) => ({
      ...report,
      shard: { index, total: 2 },
      prompts: [{ ...prompt, metrics: [metric], cases: cases.filter((_, i) => i % 2 === index - 1) }],
    });
    writeFileSync(join(dir, 's1.json'), JSON.stringify(shard(1)));
    writeFileSync(join(dir, 's2.json'), JSON.stringify(shard(2)));
    const result = await runCli(dir, ['merge', 's1.json', 's2.json', '--json', 'out.json']);
    expect(result.stderr).toBe('');
    const merged = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as ForgedReport;
    expect(merged.prompts[0]?.cases).toHaveLength(6_000);
    expect(merged.prompts[0]?.verdict).toBe('fail');
  });

  it('place the error of a large invalid report without reading it again as YAML', async () => {
    // 10 MB whose last prompt has a bad verdict: finding its line through the YAML reader took
    // 5 s and 600 MB (at 20 MB 11 s and 1.2 GB; a 100 MB artifact would exhaust the runner's memory).
    const dir = workDir();
    const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { prompts: Record<string, unknown>[] };
    const [prompt] = data.prompts;
    data.prompts = [
      ...Array<Record<string, unknown>>(450).fill(prompt ?? {}),
      { ...prompt, verdict: 'bogus' },
    ];
    const text = JSON.stringify(data, null, 2);
    expect(text.length).toBeGreaterThan(9_500_000);
    writeFileSync(join(dir, 'r.json'), text);
    const result = await runCli(dir, ['merge', 'r.json', '--json', 'out.json']);
    expect(result.code).toBe(2);
    const line = text.slice(0, text.indexOf('"bogus"')).split('\n').length;
    expect(result.stderr).toContain(
      `\`prompts.450.verdict\` must be one of "pass", "skipped", "inconclusive", "fail", "error", got string "bogus" (line ${line}, column 18)`,
    );
  });

  it('refuse a report that names a shard beyond its own total', async () => {
    const dir = workDir();
    const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ ...data, shard: { index: 5, total: 2 } }));
    const result = await runCli(dir, ['merge', 'r.json', '--json', 'out.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a report names shard 5 of 2: not a shard of its run');
  });
});
