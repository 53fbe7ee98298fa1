/**
 * Suites written as promptfoo users first write them (test/fixtures/promptfoo-style): promptgate
 * stops before any model call with the file, the line and promptgate's word for the key, instead of
 * "unknown key", a path that cannot be found, or a case-file check silently left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/in-process.js';

const DIR = new URL('../fixtures/promptfoo-style/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const DATA = ['greet.prompt.yaml', 'rows.yaml', 'rows.jsonl'];

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

async function evalSuite(suite: string) {
  const files = Object.fromEntries([...DATA, suite].map((name) => [`evals/${name}`, fixture(name)]));
  const repo = createTempRepo(files);
  repos.push(repo);
  const result = await runCli(repo.dir, ['eval', '-q', '--json', 'report.json']);
  return { ...result, report: () => readFileSync(join(repo.dir, 'report.json'), 'utf8') };
}

describe('promptfoo-style suites', () => {
  it.each([
    [
      'tests-key.eval.yaml',
      /evals\/tests-key\.eval\.yaml:5:3: `tests` is promptfoo's key/,
      'are `cases` here',
    ],
    [
      'default-test.eval.yaml',
      /default-test\.eval\.yaml:3:3: `defaultTest` is promptfoo's key/,
      'suite-level `vars` and `metrics`',
    ],
    [
      'inline-assert.eval.yaml',
      /inline-assert\.eval\.yaml:9:7: `assert` is promptfoo's key, not a promptgate case's/,
      '`assert` is `metrics` here',
    ],
    [
      'file-url.eval.yaml',
      /file-url\.eval\.yaml:5:8: `file:\/\/rows\.yaml`: promptgate paths take no `file:\/\/` prefix/,
      'write `cases: rows.yaml`',
    ],
    [
      'schema-url.eval.yaml',
      /schema-url\.eval\.yaml:6:14: `file:\/\/answer\.schema\.json`: promptgate paths take no `file:\/\/` prefix/,
      'write `ref: answer.schema.json`',
    ],
    [
      'row-assert.eval.yaml',
      /evals\/rows\.yaml:3:3: `assert` is promptfoo's key, not a promptgate case's/,
      '`assert` is `metrics` here',
    ],
    [
      'jsonl-assert.eval.yaml',
      /evals\/rows\.jsonl:2: `assert` is promptfoo's key, not a promptgate case's/,
      '`assert` is `metrics` here',
    ],
  ])('%s: the file, the line and what promptgate calls it', async (suite, message, hint) => {
    const result = await evalSuite(suite);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain(hint);
  });

  it('warns of a `file://` variable, which promptfoo reads from the file and promptgate sends as written', async () => {
    const result = await evalSuite('file-var.eval.yaml');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.report()) as { warnings?: string[] };
    expect(report.warnings).toEqual([
      'evals/file-var.eval.yaml:6:5: case `from-file`: `name` is `file://people/ada.txt`, sent to the model as written: promptgate does not read files into variables (promptfoo does); put the text in the case',
    ]);
  });

  it('covers every promptfoo-style suite of the fixtures', () => {
    const suites = readdirSync(DIR).filter((name) => name.endsWith('.eval.yaml'));
    expect(suites).toHaveLength(8);
  });
});
