/**
 * A pull request can add a symbolic link that points out of the repository (a partial, a schema
 * `ref:`, a case file). promptgate never follows it: eval (working tree), compare (commits) and the
 * action refuse it with an error naming the link, and the target's content appears nowhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runActionInProcess, runCli } from '../helpers/in-process.js';

const SECRET = 'OUTSIDE-THE-REPO-7d1c';
const PROMPT = `id: greet\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: |\n      {% include "tone.njk" %}\n      Hello {{ name }}\n`;
const suite = (extra: { metric?: string; cases?: string } = {}) =>
  `prompt: greet\nmetrics:\n${extra.metric ?? '  - type: contains\n    value: Ada'}\n${extra.cases ?? 'cases:\n  - id: one\n    vars: { name: Ada }'}\n`;

let outside: string;
beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'promptgate-outside-'));
  writeFileSync(join(outside, 'tone.njk'), SECRET);
  writeFileSync(join(outside, 'schema.json'), JSON.stringify({ type: 'object', description: SECRET }));
  writeFileSync(join(outside, 'cases.jsonl'), `{"id": "x", "vars": {"name": "${SECRET}"}}\n`);
});
afterAll(() => rmSync(outside, { recursive: true, force: true }));

/** [what links out, files of the head, the link] */
const VARIANTS: [string, Record<string, string>, string][] = [
  ['a partial', { 'p/greet.eval.yaml': suite() }, 'p/tone.njk'],
  [
    'a schema ref',
    {
      'p/tone.njk': 'Be kind.',
      'p/greet.eval.yaml': suite({ metric: '  - type: schema\n    ref: schema.json' }),
    },
    'p/schema.json',
  ],
  [
    'a case file',
    { 'p/tone.njk': 'Be kind.', 'p/greet.eval.yaml': suite({ cases: 'cases: cases.jsonl' }) },
    'p/cases.jsonl',
  ],
];

describe.each(VARIANTS)('a symlink out of the repository as %s', (_what, files, link) => {
  let repo: TempRepo;
  let base: string;
  let head: string;
  beforeAll(() => {
    repo = createTempRepo();
    base = repo.commit(
      { 'p/greet.prompt.yaml': PROMPT, 'p/tone.njk': 'Be kind.', 'p/greet.eval.yaml': suite() },
      'base',
    );
    repo.write({ ...files, [link]: null });
    symlinkSync(join(outside, link.slice(2)), join(repo.dir, link));
    head = repo.commit({}, 'link out');
  });
  afterAll(() => repo.remove());

  const refusal = new RegExp(
    `\`${link.replace('.', '\\.')}\` is a symbolic link to \`[^\`]+\`, outside the repository`,
  );

  it('eval refuses it (working tree)', async () => {
    const result = await runCli(repo.dir, ['eval', '--json', 'report.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(refusal);
    for (const text of [result.stdout, result.stderr, readFileSync(join(repo.dir, 'report.json'), 'utf8')])
      expect(text).not.toContain(SECRET);
  });

  it('compare refuses it (git snapshots)', async () => {
    const result = await runCli(repo.dir, [
      'compare',
      '--base',
      base,
      '--head',
      head,
      '--json',
      'report.json',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(refusal);
    for (const text of [result.stdout, result.stderr, readFileSync(join(repo.dir, 'report.json'), 'utf8')])
      expect(text).not.toContain(SECRET);
  });

  it.each(['compare', 'eval', 'scheduled'])('the action in %s mode refuses it', async (mode) => {
    const result = await runActionInProcess({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_REPOSITORY: 'acme/prompts',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_SHA: head,
      'INPUT_GITHUB-TOKEN': '',
      INPUT_MODE: mode,
      INPUT_BASE: base,
      INPUT_HEAD: head,
      INPUT_COMMENT: 'false',
      'INPUT_REPORT-PATH': 'action-report.json',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(refusal);
    const report = readFileSync(join(repo.dir, 'action-report.json'), 'utf8');
    for (const text of [result.stdout, result.summary, result.outputs, report])
      expect(text).not.toContain(SECRET);
  });
});

/**
 * `.git` sits inside the checkout but is no file of the repository: actions/checkout leaves the
 * workflow's token in `.git/config` (persist-credentials). A partial that reached it, through a
 * link or a `../.git/...` name, was rendered into the prompt and came back in the report.
 */
describe("git's own data (.git) is never read as a repository file", () => {
  const TOKEN = 'c2VjcmV0LXRva2VuLWNhbmFyeQ';
  let repo: TempRepo;
  beforeAll(() => {
    repo = createTempRepo();
    repo.commit(
      { 'p/greet.prompt.yaml': PROMPT, 'p/tone.njk': 'Be kind.', 'p/greet.eval.yaml': suite() },
      'base',
    );
    execFileSync('git', ['config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${TOKEN}`], {
      cwd: repo.dir,
    });
  });
  afterAll(() => repo.remove());

  it('a partial linked to .git/config is refused in eval', async () => {
    repo.write({ 'p/tone.njk': null });
    symlinkSync('../.git/config', join(repo.dir, 'p/tone.njk'));
    const result = await runCli(repo.dir, ['eval', '--json', 'report.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/`p\/tone\.njk` is a symbolic link to `[^`]+`, outside the repository/);
    for (const text of [result.stdout, result.stderr, readFileSync(join(repo.dir, 'report.json'), 'utf8')])
      expect(text).not.toContain(TOKEN);
  });

  it('a schema ref naming ../.git/config is not found in eval', async () => {
    repo.write({ 'p/tone.njk': null }); // the link (writing through it would overwrite .git/config)
    repo.write({
      'p/tone.njk': 'Be kind.',
      'p/greet.eval.yaml': suite({ metric: '  - type: schema\n    ref: ../.git/config' }),
    });
    const result = await runCli(repo.dir, ['eval', '--json', 'report.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/schema file `\.\.\/\.git\/config` was not found/);
    for (const text of [result.stdout, result.stderr, readFileSync(join(repo.dir, 'report.json'), 'utf8')])
      expect(text).not.toContain(TOKEN);
  });
});
