/** The published contracts: up to date with their definitions, and true of real outputs. */
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { contractFiles } from '../../src/contracts/files.js';
import { knownMetricTypes } from '../../src/metrics/registry.js';
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

  describe('schemas/suite.schema.json', () => {
    const validate = validator('schemas/suite.schema.json');
    const check = (suite: unknown) => ({ valid: validate(suite), errors: JSON.stringify(validate.errors) });

    const exampleSuites = execFileSync('git', ['ls-files', '*.eval.yaml', '*.eval.yml'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((path) => path && !path.startsWith('test/'));

    it.each(exampleSuites)('%s validates', (path) => {
      const { valid, errors } = check(parseYaml(read(path)));
      expect(valid, errors).toBe(true);
    });

    it('every README suite snippet validates', () => {
      const snippets = [...read('README.md').matchAll(/```ya?ml\n([\s\S]*?)```/g)]
        .flatMap((block) => parseAllDocuments(block[1] ?? '').map((doc) => doc.toJS() as unknown))
        .filter(
          (data): data is Record<string, unknown> => !!data && typeof data === 'object' && 'prompt' in data,
        );
      expect(snippets.length).toBeGreaterThan(0);
      for (const snippet of snippets) {
        const { valid, errors } = check(snippet);
        expect(valid, errors).toBe(true);
      }
    });

    it("checks each metric entry against its type's own config schema, in the suite and in cases", () => {
      const suite = (metric: Record<string, unknown>, where: 'suite' | 'case' = 'suite') => ({
        prompt: 'p',
        ...(where === 'suite' ? { metrics: [metric] } : {}),
        cases: [{ vars: {}, ...(where === 'case' ? { metrics: [metric] } : {}) }],
      });
      expect(check(suite({ type: 'contains', value: 'refund', ignoreCase: true })).valid).toBe(true);
      expect(check(suite({ type: 'not-contains', values: ['a', 'b'], mode: 'any' })).valid).toBe(true);
      expect(check(suite({ type: 'schema', ref: 'invoice.schema.json', name: 'shape' }, 'case')).valid).toBe(
        true,
      );
      // A typo in a key, a key of another metric, a wrong value, an unknown type: each is refused.
      expect(check(suite({ type: 'contains', value: 'refund', ignorecase: true })).valid).toBe(false);
      expect(check(suite({ type: 'length', pattern: 'x' }, 'case')).valid).toBe(false);
      expect(check(suite({ type: 'length', max: 'eighty' })).valid).toBe(false);
      expect(check(suite({ type: 'contans', value: 'refund' })).valid).toBe(false);
      expect(check({ prompt: 'p', cases: [{ vars: {} }], metrcs: [] }).valid).toBe(false);
    });

    it('offers exactly the metric types suites may use, each with its not- form', () => {
      const schema = JSON.parse(read('schemas/suite.schema.json')) as {
        properties: {
          metrics: { items: { anyOf: { properties: { type: { anyOf: { const: string }[] } } }[] } };
        };
      };
      const types = schema.properties.metrics.items.anyOf.flatMap((entry) =>
        entry.properties.type.anyOf.map((t) => t.const),
      );
      expect(types.sort()).toEqual(
        knownMetricTypes()
          .flatMap((type) => [type, `not-${type}`])
          .sort(),
      );
    });
  });
});
