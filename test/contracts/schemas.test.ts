/** The published contracts: up to date with their definitions, and true of real outputs. */
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contractFiles } from '../../src/contracts/files.js';
import { runCli } from '../helpers/in-process.js';

const ROOT = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function validator(path: string) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(read(path)) as object);
}

describe('published schemas', () => {
  it('are up to date with their definitions (run `npm run schemas` after changing a contract)', () => {
    for (const [path, content] of Object.entries(contractFiles())) expect(read(path), path).toBe(content);
  });

  it("this repository's promptgate.yaml validates against schemas/config.schema.json", () => {
    const validate = validator('schemas/config.schema.json');
    expect(validate(parseYaml(read('promptgate.yaml'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ providers: { local: { type: 'ollama' } } })).toBe(false);
    expect(validate({ gate: { max_dorp: 0.1 } })).toBe(false);
  });

  it("the demo's --json report validates against schemas/report.schema.json", async () => {
    const demo = mkdtempSync(join(tmpdir(), 'promptgate-demo-'));
    cpSync(join(ROOT, 'evals'), join(demo, 'evals'), { recursive: true });
    cpSync(join(ROOT, 'promptgate.yaml'), join(demo, 'promptgate.yaml'));
    const run = await runCli(demo, ['eval', '--quiet', '--no-cache', '--json', 'report.json']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(readFileSync(join(demo, 'report.json'), 'utf8')) as { prompts: unknown[] };
    expect(report.prompts.length).toBeGreaterThanOrEqual(3);
    const validate = validator('schemas/report.schema.json');
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ ...report, verdict: 'maybe' })).toBe(false);
  });
});
