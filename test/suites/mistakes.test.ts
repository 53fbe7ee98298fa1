/**
 * Mistakes in eval suites and case files as users meet them: `promptgate eval` exits 2 before any model
 * call, naming the file (and line where there is one) and what to change.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/in-process.js';

const PROMPT =
  'id: greet\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "Say hello to {{ name }}"\n';
const METRICS = 'metrics:\n  - type: contains\n    value: Ada\n';

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

async function evalWith(files: Record<string, string>) {
  const repo = createTempRepo({ 'greet.prompt.yaml': PROMPT, ...files });
  repos.push(repo);
  return runCli(repo.dir, ['eval', '-q']);
}

describe('suite mistakes: exit 2 with the file and a fix', () => {
  it('a suite that is not a mapping', async () => {
    const result = await evalWith({ 'greet.eval.yaml': '- prompt: greet\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/greet\.eval\.yaml.*mapping/);
  });

  it('a suite without any metric', async () => {
    const result = await evalWith({ 'greet.eval.yaml': 'prompt: greet\ncases:\n  - vars: { name: Ada }\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/greet\.eval\.yaml.*no metrics/);
    expect(result.stderr).toContain('metrics:');
  });

  it('a value of the wrong kind for a filter: the real error and a fix, not "undefined variable"', async () => {
    const result = await evalWith({
      'greet.prompt.yaml': PROMPT.replace('{{ name }}', '{{ name | capitalize }}'),
      'greet.eval.yaml': `prompt: greet\n${METRICS}cases:\n  - vars: { name: [Ada, Bob] }\n`,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /greet\.eval\.yaml:\d+.*cannot render prompt `greet`: greet\.prompt\.yaml:6: template error/,
    );
    expect(result.stderr).not.toContain('undefined variable');
    expect(result.stderr).toContain('a value is of another kind than the template expects there');
  });

  it("another tool's file that shares the suite suffix: not a suite, and how to exclude it", async () => {
    const other = readFileSync(
      new URL('../fixtures/real-world/other-tool.eval.yml', import.meta.url),
      'utf8',
    );
    const result = await evalWith({ 'evals/quality.eval.yml': other });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'evals/quality.eval.yml:2:1: not an eval suite: it has neither `prompt` nor `cases`',
    );
    expect(result.stderr).toContain('add it to `exclude` in promptgate.yaml');
    expect(result.stderr).not.toContain('unknown key');
  });

  it('two cases with the same id', async () => {
    const result = await evalWith({
      'greet.eval.yaml': `prompt: greet\n${METRICS}cases:\n  - id: same\n    vars: { name: Ada }\n  - id: same\n    vars: { name: Bob }\n`,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/greet\.eval\.yaml:\d+.*duplicate case id `same`/);
  });
});

describe('case files', () => {
  it('reads cases from a YAML file and from JSON lines next to the suite', async () => {
    const yaml = await evalWith({
      'evals/greet.eval.yaml': `prompt: greet\n${METRICS}cases: cases.yaml\n`,
      'evals/cases.yaml': '- id: ada\n  vars: { name: Ada }\n- id: bob\n  vars: { name: Bob }\n',
    });
    expect(yaml.code).toBe(1);
    expect(yaml.stdout).toContain('bob');

    const jsonl = await evalWith({
      'evals/greet.eval.yaml': `prompt: greet\n${METRICS}cases: cases.jsonl\n`,
      'evals/cases.jsonl':
        '{"id": "ada", "vars": {"name": "Ada"}}\n\n{"id": "ada2", "vars": {"name": "Ada"}}\n',
    });
    expect(jsonl.code).toBe(0);
    expect(jsonl.stdout).toMatch(/PASS/);
  });

  it('a case file that does not exist is named, relative to the suite', async () => {
    const result = await evalWith({
      'evals/greet.eval.yaml': `prompt: greet\n${METRICS}cases: missing.yaml\n`,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/evals\/greet\.eval\.yaml:\d+.*`evals\/missing\.yaml`.*not found/);
  });

  it('a broken JSON line is named by file and line', async () => {
    const result = await evalWith({
      'evals/greet.eval.yaml': `prompt: greet\n${METRICS}cases: cases.jsonl\n`,
      'evals/cases.jsonl': '{"vars": {"name": "Ada"}}\n{"vars": {"name": \n',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/evals\/cases\.jsonl:2.*invalid JSON/);
  });

  it('a case file that is not a list of mappings', async () => {
    const result = await evalWith({
      'evals/greet.eval.yaml': `prompt: greet\n${METRICS}cases: cases.yaml\n`,
      'evals/cases.yaml': '- just a string\n',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/evals\/cases\.yaml:1\b.*mapping/);
  });
});

describe('a broken suite is reported once, as the broken file', () => {
  const SUITE = `prompt: greet\n${METRICS}cases:\n  - id: ada\n    vars: { name: Ada }\n`;

  it('compare: the prompt it tests is not evaluated, not a second failure claiming its cases were removed', async () => {
    const repo = createTempRepo({ 'greet.prompt.yaml': PROMPT, 'greet.eval.yaml': SUITE });
    repos.push(repo);
    repo.write({ 'greet.eval.yaml': SUITE.replace('metrics:', 'metrics: [') });
    const result = await runCli(repo.dir, ['compare', '--base', 'main', '-q']);
    const stdout = result.stdout.replace(/\s+/g, ' ');
    expect(result.code).toBe(1);
    expect(stdout).toContain('✖ FAIL greet.eval.yaml (modified)');
    expect(stdout).toContain(
      "○ `greet` (greet.prompt.yaml): not evaluated: its suite `greet.eval.yaml` could not be loaded (see that file's error)",
    );
    expect(stdout).not.toContain('cases were removed');
    expect(stdout).toMatch(/1 prompt: 0 passed, 1 failed/);
  });

  it('eval: a prompt without cases points at the suites that did not load', async () => {
    const result = await evalWith({ 'greet.eval.yaml': SUITE.replace('type: contains', 'type: contians') });
    expect(result.code).toBe(2);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      '○ `greet` (greet.prompt.yaml): not evaluated: no test cases (unless its suite is one that could not be loaded: `greet.eval.yaml`)',
    );
  });
});

describe('files outside the configured globs', () => {
  const CONFIG = 'prompts: ["prompts/**/*.prompt.yaml"]\n';
  const OTHER = PROMPT.replace('id: greet', 'id: other');

  it('a path argument naming a file the globs do not load says so and names the globs', async () => {
    const repo = createTempRepo({ 'promptgate.yaml': CONFIG, 'prompts/greet.prompt.yaml': PROMPT });
    repos.push(repo);
    repo.write({ 'other/x.prompt.yaml': OTHER });
    const result = await runCli(repo.dir, ['eval', '-q', 'other/x.prompt.yaml', 'typo.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no prompt or eval suite file matches `typo.yaml`');
    expect(result.stderr).toContain(
      "`other/x.prompt.yaml` exists but no prompt or suite file there is matched by promptgate.yaml's globs (prompts: `prompts/**/*.prompt.yaml`; suites: `**/*.eval.yml`, `**/*.eval.yaml`)",
    );
  });

  it('a suite naming a prompt outside the globs points at the `prompts` globs', async () => {
    const result = await evalWith({
      'promptgate.yaml': CONFIG,
      'other/x.prompt.yaml': OTHER,
      'prompts/greet.eval.yaml': `prompt: other\n${METRICS}cases:\n  - vars: { name: Ada }\n`,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'prompts/greet.eval.yaml:1: the suite tests prompt `other`, which does not exist',
    );
    expect(result.stderr).toContain(
      'only files matched by the `prompts` globs of promptgate.yaml are prompts (`prompts/**/*.prompt.yaml`): a prompt elsewhere needs a glob',
    );
  });
});
