/**
 * Suites written as promptfoo users first write them (test/fixtures/promptfoo-style): promptgate
 * stops before any model call with the file, the line and promptgate's word for the key, instead of
 * "unknown key", a path that cannot be found, or a case-file check silently left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
  return runCli(repo.dir, ['eval', '-q', '--json', 'report.json']);
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

  it('covers every promptfoo-style suite of the fixtures', () => {
    const suites = readdirSync(DIR).filter((name) => name.endsWith('.eval.yaml'));
    expect(suites).toHaveLength(6);
  });
});
