/**
 * One prompt that may not run (the sandbox refuses its template, a case cannot render it) is that
 * prompt's `error`: every other prompt is still evaluated and reported, the run exits 2, and the
 * model never receives a request made from the refused prompt.
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/in-process.js';
import type { Report } from '../../src/report/types.js';

const prompt = (id: string, line: string) =>
  `id: ${id}\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: user\n    content: |\n      ${id} says hello to {{ name }}\n      ${line}\n`;
const suite = (id: string, vars = '{ name: Ada }') =>
  `prompt: ${id}\nmetrics:\n  - type: contains\n    value: Ada\ncases:\n  - id: one\n    vars: ${vars}\n  - id: two\n    vars: ${vars}\n`;
const good = { 'p/good.prompt.yaml': prompt('good', 'Be brief.'), 'p/good.eval.yaml': suite('good') };

let model: FakeServer;
let repo: TempRepo | undefined;
beforeAll(async () => {
  model = await startFakeOpenAI();
});
afterAll(() => model.close());
afterEach(() => {
  repo?.remove();
  repo = undefined;
  model.requests.length = 0;
});

const env = () => ({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${model.url}/v1` });

/** Every message text the fake model received. */
function sentTexts(): string {
  return JSON.stringify(model.requests.map((r) => r.body));
}

async function evalRun(files: Record<string, string>) {
  repo = createTempRepo({ 'promptgate.yaml': 'default_provider: openai\n', ...good, ...files });
  const result = await runCli(repo.dir, ['eval', '--json', 'report.json', '--no-cache'], env());
  const report = JSON.parse(readFileSync(join(repo.dir, 'report.json'), 'utf8')) as Report;
  const byPath = new Map(report.prompts.map((p) => [p.path, p]));
  return { result, report, good: byPath.get('p/good.prompt.yaml'), evil: byPath.get('p/evil.prompt.yaml') };
}

describe('a prompt that may not run is its own error', () => {
  it('a template the sandbox refuses when it loads: error with file:line, the other prompt evaluated', async () => {
    const run = await evalRun({
      'p/evil.prompt.yaml': prompt('evil', `{% set c = 'constr' ~ 'uctor' %}{{ name[c][c]('return 1') }}`),
      'p/evil.eval.yaml': suite('evil'),
    });
    expect(run.result.code).toBe(2);
    expect(run.report.verdict).toBe('error');
    expect(run.good?.verdict).toBe('pass');
    expect(run.good?.cases).toHaveLength(2);
    expect(run.evil?.verdict).toBe('error');
    expect(run.evil?.reasons[0]?.message).toMatch(
      /p\/evil\.prompt\.yaml:8: a call of .* is not allowed in templates/,
    );
    expect(run.evil?.reasons[0]?.message).toContain('hint: templates cannot call functions');
    expect(run.result.stderr).toMatch(/p\/evil\.prompt\.yaml:8: a call of .* is not allowed in templates/);
    expect(model.requests).toHaveLength(2);
    expect(sentTexts()).toContain('good says hello');
    expect(sentTexts()).not.toContain('evil says hello');
  });

  it('a template the sandbox refuses at run time for one case: no case of that prompt is called', async () => {
    const run = await evalRun({
      'p/evil.prompt.yaml': prompt('evil', '{{ name[key] }}'),
      'p/evil.eval.yaml': `prompt: evil\nmetrics:\n  - type: contains\n    value: Ada\ncases:\n  - id: one\n    vars: { name: Ada, key: length }\n  - id: two\n    vars: { name: Ada, key: constructor }\n`,
    });
    expect(run.result.code).toBe(2);
    expect(run.report.verdict).toBe('error');
    expect(run.good?.verdict).toBe('pass');
    expect(run.evil?.verdict).toBe('error');
    expect(run.evil?.cases).toEqual([]);
    expect(run.evil?.reasons[0]?.message).toMatch(
      /p\/evil\.prompt\.yaml:8: the member `constructor` is not allowed in templates/,
    );
    // Case `one` renders, but a prompt the sandbox refused runs none of its cases.
    expect(model.requests).toHaveLength(2);
    expect(sentTexts()).not.toContain('evil says hello');
  });

  it('a case that cannot render its prompt: error at the case line with the fix, no call for any case', async () => {
    const run = await evalRun({
      'p/evil.prompt.yaml': prompt('evil', 'Reply in {{ language }}.'),
      'p/evil.eval.yaml': suite('evil'),
    });
    expect(run.result.code).toBe(2);
    expect(run.good?.verdict).toBe('pass');
    expect(run.evil?.verdict).toBe('error');
    const reason = run.evil?.reasons[0]?.message ?? '';
    expect(reason).toMatch(/p\/evil\.eval\.yaml:6:5: case `one` cannot render prompt `evil`/);
    expect(reason).toContain('define the variable in the case `vars`');
    expect(model.requests).toHaveLength(2);
    expect(sentTexts()).not.toContain('evil says hello');
  });

  it('an oversized prompt file: error naming the file and the limit, never read, the other prompt evaluated', async () => {
    const run = await evalRun({
      'promptgate.yaml': 'default_provider: openai\nlimits: { max_file_bytes: 2000 }\n',
      'p/evil.prompt.yaml': `${prompt('evil', 'Be brief.')}# ${'x'.repeat(5000)}\n`,
      'p/evil.eval.yaml': suite('evil'),
    });
    expect(run.result.code).toBe(2);
    expect(run.good?.verdict).toBe('pass');
    expect(run.evil?.verdict).toBe('error');
    expect(run.evil?.reasons[0]?.message).toMatch(
      /p\/evil\.prompt\.yaml: the file is \d+ bytes, more than the limit of 2000 bytes; it was not read\n {2}hint: raise `limits\.max_file_bytes`/,
    );
    expect(model.requests).toHaveLength(2);
    expect(sentTexts()).not.toContain('evil says hello');
  });

  it('a prompt file linking out of the repository: error naming the link, the target never sent', async () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'promptgate-outside-')), 'secret.prompt.yaml');
    writeFileSync(outside, prompt('evil', 'OUTSIDE-SECRET'));
    repo = createTempRepo({
      'promptgate.yaml': 'default_provider: openai\n',
      ...good,
      'p/evil.eval.yaml': suite('evil'),
    });
    symlinkSync(outside, join(repo.dir, 'p/evil.prompt.yaml'));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'link');
    const result = await runCli(repo.dir, ['eval', '--json', 'report.json', '--no-cache'], env());
    const report = JSON.parse(readFileSync(join(repo.dir, 'report.json'), 'utf8')) as Report;
    const byPath = new Map(report.prompts.map((p) => [p.path, p]));
    expect(result.code).toBe(2);
    expect(byPath.get('p/good.prompt.yaml')?.verdict).toBe('pass');
    expect(byPath.get('p/evil.prompt.yaml')?.verdict).toBe('error');
    expect(byPath.get('p/evil.prompt.yaml')?.loadError).toMatch(/p\/evil\.prompt\.yaml/);
    expect(model.requests).toHaveLength(2);
    expect(sentTexts()).not.toContain('OUTSIDE-SECRET');
    expect(JSON.stringify(report)).not.toContain('OUTSIDE-SECRET');
  });

  it("compare: a head file over the limit is its prompt's error, the changed good prompt is compared", async () => {
    repo = createTempRepo({
      'promptgate.yaml': 'default_provider: openai\nlimits: { max_file_bytes: 2000 }\n',
      ...good,
      'p/evil.prompt.yaml': prompt('evil', 'Be brief.'),
      'p/evil.eval.yaml': suite('evil'),
    });
    const base = repo.git('rev-parse', 'HEAD');
    const head = repo.commit(
      {
        'p/good.prompt.yaml': prompt('good', 'Be very brief.'),
        'p/evil.prompt.yaml': `${prompt('evil', 'Be brief.')}# ${'x'.repeat(5000)}\n`,
      },
      'grow',
    );
    const result = await runCli(
      repo.dir,
      ['compare', '--base', base, '--head', head, '--json', 'report.json', '--no-cache'],
      env(),
    );
    const report = JSON.parse(readFileSync(join(repo.dir, 'report.json'), 'utf8')) as Report;
    const byPath = new Map(report.prompts.map((p) => [p.path, p]));
    expect(result.code).toBe(2);
    expect(report.verdict).toBe('error');
    expect(byPath.get('p/good.prompt.yaml')?.verdict).toBe('pass');
    expect(byPath.get('p/evil.prompt.yaml')?.verdict).toBe('error');
    expect(byPath.get('p/evil.prompt.yaml')?.status).toBe('modified');
    expect(byPath.get('p/evil.prompt.yaml')?.loadError).toMatch(/more than the limit of 2000 bytes/);
    // Both sides of the good prompt, two cases each; nothing of the oversized prompt.
    expect(model.requests).toHaveLength(4);
    expect(sentTexts()).not.toContain('evil says hello');
  });
});
