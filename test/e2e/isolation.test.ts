/**
 * One prompt that may not run (the sandbox refuses its template, a case cannot render it) is that
 * prompt's `error`: every other prompt is still evaluated and reported, the run exits 2, and the
 * model never receives a request made from the refused prompt.
 */
import { readFileSync } from 'node:fs';
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
});
