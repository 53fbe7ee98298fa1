/**
 * Report formats come from one registry: a format added by one file and one registration line gets
 * its CLI option, its line in --help and its file on every exit path, with no other change.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../src/cli-help.js';
import { jsonFormat } from '../../src/report/formats/json.js';
import { registerReportFormat, reportFormats } from '../../src/report/formats/registry.js';
import { createTempRepo } from '../helpers/git-repo.js';
import { runActionInProcess, runCli } from '../helpers/in-process.js';
import { csvFormat } from './fixtures/csv-format.js';

registerReportFormat(csvFormat);

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-formats-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const PROJECT = {
  'promptgate.yaml': 'default_provider: offline\n',
  'p/greet.prompt.yaml':
    'id: greet\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "Say hello to {{ name }}"\n',
  'e/greet.eval.yaml':
    'prompt: greet\nmetrics:\n  - type: contains\n    value: hello\ncases:\n  - id: one\n    vars: { name: Ada }\n  - id: two\n    vars: { name: Bob }\n',
};

describe('report format registry', () => {
  it('lists every format in --help, the added one too', () => {
    const help = helpText();
    expect(help).toContain('  --csv FILE          write one row per prompt as CSV (id, verdict, cases)\n');
    for (const format of reportFormats()) expect(help).toContain(`  --${format.flag} FILE`);
  });

  it('the CLI writes the added format next to the built-in ones', async () => {
    const dir = scratch(PROJECT);
    const result = await runCli(dir, [
      'eval',
      '--offline',
      '--csv',
      'out/report.csv',
      '--json',
      'out/r.json',
    ]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'out/report.csv'), 'utf8')).toBe('id,verdict,cases\ngreet,pass,2\n');
    expect(JSON.parse(readFileSync(join(dir, 'out/r.json'), 'utf8'))).toMatchObject({ verdict: 'pass' });
  });

  it('writes it also when the run cannot finish', async () => {
    const dir = scratch({ ...PROJECT, 'promptgate.yaml': 'gate:\n  max_drop: [0.1\n' });
    const result = await runCli(dir, ['eval', '--offline', '--csv', 'broken.csv']);
    expect(result.code).toBe(2);
    expect(readFileSync(join(dir, 'broken.csv'), 'utf8')).toBe('id,verdict,cases\n');
  });

  it('the action writes a format with an action output next to the JSON report, and names it', async () => {
    const repo = createTempRepo();
    try {
      repo.commit(PROJECT, 'greet');
      const result = await runActionInProcess({
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_REPOSITORY: 'acme/prompts',
        INPUT_MODE: 'eval',
        'INPUT_REPORT-PATH': 'out/promptgate.json',
      });
      expect(result.code).toBe(0);
      const csv = join(repo.dir, 'out/promptgate.csv');
      expect(readFileSync(csv, 'utf8')).toBe('id,verdict,cases\ngreet,pass,2\n');
      expect(result.outputs).toContain(`csv-report-path<<ghadelimiter\n${csv}\nghadelimiter\n`);
      expect(result.outputs).toContain(
        `html-report-path<<ghadelimiter\n${join(repo.dir, 'out/promptgate.html')}\nghadelimiter\n`,
      );
    } finally {
      repo.remove();
    }
  });

  it('refuses a name or flag registered twice', () => {
    expect(() => registerReportFormat(csvFormat)).toThrow(/registered twice/);
    expect(() => registerReportFormat({ ...jsonFormat, name: 'json2' })).toThrow(
      /--json\) is registered twice/,
    );
  });
});
