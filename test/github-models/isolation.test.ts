/**
 * One broken file never holds the others hostage, and paths select what runs: the CLI in-process
 * on a real git repository, models on a fake GitHub Models server that echoes the prompt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/in-process.js';

// Enough rows that losing the word on every one is a significant regression, not an inconclusive one.
const WORDS = ['apple', 'birch', 'cedar', 'dune', 'ember', 'fjord', 'grove', 'heath'];
const prompt = (content: string) => `model: gpt-4o-mini
messages:
  - role: user
    content: "${content}"
testData:
${WORDS.map((word) => `  - word: ${word}`).join('\n')}
evaluators:
  - name: says the word
    string: { contains: "{{word}}" }
`;
const BROKEN = 'model: gpt-4o-mini\nmessages:\n  - role: user\n    content: [unclosed\n';

let fake: FakeServer;
const repos: TempRepo[] = [];
beforeAll(async () => {
  fake = await startFakeOpenAI({});
});
afterAll(async () => {
  await fake.close();
  for (const repo of repos) repo.remove();
});

function repo(files: Record<string, string>): TempRepo {
  const created = createTempRepo(files);
  repos.push(created);
  return created;
}
const env = () => ({ GITHUB_TOKEN: 'ghs_test', PROMPTGATE_GITHUB_MODELS_URL: `${fake.url}/inference` });
const cli = (r: TempRepo, args: string[], cwd = r.dir) =>
  runCli(cwd, [...args, '--no-cache', '--json', join(r.dir, 'report.json')], env());
const report = (r: TempRepo) => JSON.parse(readFileSync(join(r.dir, 'report.json'), 'utf8')) as Report;

describe('eval PATH|GLOB', () => {
  it('evaluates that file only, a directory or a glob; paths are relative to the current directory', async () => {
    const r = repo({
      'prompts/a.prompt.yml': prompt('Say {{word}}'),
      'prompts/b.prompt.yml': prompt('Say {{word}}'),
      'other/c.prompt.yml': prompt('Say {{word}}'),
    });
    expect((await cli(r, ['eval', 'prompts/a.prompt.yml'])).code).toBe(0);
    expect(report(r).prompts.map((p) => p.id)).toEqual(['prompts/a']);
    await cli(r, ['eval', 'prompts']);
    expect(report(r).prompts.map((p) => p.id)).toEqual(['prompts/a', 'prompts/b']);
    await cli(r, ['eval', '**/c.prompt.yml']);
    expect(report(r).prompts.map((p) => p.id)).toEqual(['other/c']);
    await cli(r, ['eval', 'b.prompt.yml'], join(r.dir, 'prompts'));
    expect(report(r).prompts.map((p) => p.id)).toEqual(['prompts/b']);
  });

  it('a path that matches nothing is a usage error, never an empty passing run', async () => {
    const r = repo({ 'prompts/a.prompt.yml': prompt('Say {{word}}') });
    const result = await cli(r, ['eval', 'prompts/typo.prompt.yml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no prompt or eval suite file matches `prompts/typo.prompt.yml`');
  });
});

describe('a file that fails to load', () => {
  it('eval: every other prompt is evaluated and reported; the run errors with the file named', async () => {
    const r = repo({ 'prompts/a.prompt.yml': prompt('Say {{word}}'), 'prompts/broken.prompt.yml': BROKEN });
    const result = await cli(r, ['eval']);
    expect(result.code).toBe(2);
    const json = report(r);
    expect(json.verdict).toBe('error');
    expect(json.prompts.map((p) => [p.id, p.verdict])).toEqual([
      ['prompts/a', 'pass'],
      ['prompts/broken', 'error'],
    ]);
    expect(json.prompts[1]?.reasons[0]?.message).toMatch(
      /^could not be loaded: prompts\/broken\.prompt\.yml:\d+/,
    );
    expect(result.stdout).toContain('prompts/broken');
    // `eval FILE` of a healthy file is not held hostage either: the broken one is only a warning.
    expect((await cli(r, ['eval', 'prompts/a.prompt.yml'])).code).toBe(0);
    expect(report(r).warnings?.[0]).toMatch(/^prompts\/broken\.prompt\.yml could not be loaded/);
  });

  it('compare: a broken file the change does not touch is a warning; the changed prompt decides', async () => {
    const r = repo({ 'prompts/a.prompt.yml': prompt('Say {{word}}'), 'prompts/broken.prompt.yml': BROKEN });
    r.commit({ 'prompts/a.prompt.yml': prompt('Please say {{word}}') }, 'reword a');
    const pass = await cli(r, ['compare', '--base', 'HEAD~1', '--head', 'HEAD']);
    expect(pass.code).toBe(0);
    expect(report(r).prompts.map((p) => [p.id, p.verdict])).toEqual([['prompts/a', 'pass']]);
    expect(report(r).warnings).toEqual([
      expect.stringMatching(
        /^prompts\/broken\.prompt\.yml could not be loaded \(the change does not touch it; fix it separately\): prompts\/broken\.prompt\.yml:\d+/,
      ),
    ]);
    expect(pass.stdout).toContain('warning: prompts/broken.prompt.yml could not be loaded');

    r.commit({ 'prompts/a.prompt.yml': prompt('Say nothing') }, 'drop the word');
    const fail = await cli(r, ['compare', '--base', 'HEAD~1', '--head', 'HEAD']);
    expect(fail.code).toBe(1);
    expect(report(r).prompts.map((p) => [p.id, p.verdict])).toEqual([['prompts/a', 'fail']]);
  });

  it('compare: a broken file the change touches fails that prompt with its message', async () => {
    const r = repo({
      'prompts/a.prompt.yml': prompt('Say {{word}}'),
      'prompts/b.prompt.yml': prompt('Say {{word}}'),
    });
    r.commit(
      { 'prompts/b.prompt.yml': BROKEN, 'prompts/a.prompt.yml': prompt('Now say {{word}}') },
      'break b',
    );
    const result = await cli(r, ['compare', '--base', 'HEAD~1', '--head', 'HEAD']);
    expect(result.code).toBe(1);
    const json = report(r);
    expect(json.prompts.map((p) => [p.id, p.status, p.verdict])).toEqual([
      ['prompts/a', 'modified', 'pass'],
      ['prompts/b', 'modified', 'fail'],
    ]);
    expect(json.prompts[1]?.reasons[0]?.message).toMatch(/^could not be loaded: prompts\/b\.prompt\.yml:\d+/);
  });

  it('compare: a file the change breaks through what it includes counts as touched', async () => {
    const own = `id: greet\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: '{% include "tone.njk" %} {{ name }}'\n`;
    const suite =
      'prompt: greet\nmetrics:\n  - type: contains\n    value: Ada\ncases:\n  - vars: { name: Ada }\n';
    const r = repo({ 'p/greet.prompt.yaml': own, 'p/tone.njk': 'Be kind.', 'p/greet.eval.yaml': suite });
    r.commit({ 'p/tone.njk': null }, 'remove the partial');
    const result = await cli(r, ['compare', '--base', 'HEAD~1', '--head', 'HEAD']);
    expect(result.code).toBe(1);
    expect(report(r).prompts.map((p) => [p.path, p.verdict])).toEqual([['p/greet.prompt.yaml', 'fail']]);
    expect(result.stderr).toContain('included partial `tone.njk` was not found');
  });
});
