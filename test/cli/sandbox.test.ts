/** The template sandbox as users meet it: the CLI refuses escapes with exit 2, file and line. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/in-process.js';

const SECRET = 'sk-sandbox-cli-77ab';

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-sandbox-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** In-process: an escape would read this process's environment, so the secret is put there. */
function cli(cwd: string, args: string[]) {
  return runCli(cwd, args, { PG_SECRET: SECRET });
}

const prompt = (line2: string) =>
  `id: evil\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: |\n      Hello {{ name }}\n      ${line2}\n`;
const suite = (metric = '  - type: contains\n    value: Ada') =>
  `prompt: evil\nmetrics:\n${metric}\ncases:\n  - id: one\n    vars: { name: Ada }\n`;

beforeAll(() => {
  process.env.PG_SECRET = SECRET;
});
afterAll(() => {
  delete process.env.PG_SECRET;
});

describe('template escapes through the CLI', () => {
  const canary = join(mkdtempSync(join(tmpdir(), 'promptgate-canary-')), 'pwned');
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'a Function call in a message',
      {
        'p/evil.prompt.yaml': prompt(`{{ ''.constructor.constructor('return process.env.PG_SECRET')() }}`),
        'p/evil.eval.yaml': suite(),
      },
      /p\/evil\.prompt\.yaml:8: a call of .* is not allowed in templates/,
    ],
    [
      'a computed member name (refused at run time, before any call)',
      {
        'p/evil.prompt.yaml': prompt(`{% set c = 'constr' ~ 'uctor' %}{{ name[c][c]('return 1') }}`),
        'p/evil.eval.yaml': suite(),
      },
      /p\/evil\.prompt\.yaml:8: a call of .* is not allowed in templates/,
    ],
    [
      'a computed member name read as a value',
      {
        'p/evil.prompt.yaml': prompt(`{% set c = 'constr' ~ 'uctor' %}{{ name[c] }}`),
        'p/evil.eval.yaml': suite(),
      },
      /p\/evil\.prompt\.yaml:8: the member `constructor` is not allowed in templates/,
    ],
    [
      'a partial writing a file',
      {
        'p/evil.prompt.yaml': prompt('{% include "tone.njk" %}'),
        'p/tone.njk': `Be kind.\n{{ range.constructor('return process.mainModule.require("fs").writeFileSync("${canary}", "x")')() }}\n`,
        'p/evil.eval.yaml': suite(),
      },
      /p\/tone\.njk:2:\d+: a call of .* is not allowed in templates/,
    ],
    [
      'a judge template',
      {
        'p/evil.prompt.yaml': prompt('Be brief.'),
        'p/judge.njk': `<candidate_output>{{ output }}</candidate_output>\n{{ cycler.constructor('return process.env.PG_SECRET')() }}\n`,
        'p/evil.eval.yaml': suite('  - type: judge\n    rubric: polite\n    template: judge.njk'),
      },
      /p\/judge\.njk:2:\d+: .* is not allowed in templates/,
    ],
  ];

  it.each(cases)(
    '%s: exit 2 with file and line, no secret, no side effect',
    async (_what, files, message) => {
      const dir = scratch(files);
      const result = await cli(dir, ['eval', '--json', 'report.json', '--no-cache']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      const report = readFileSync(join(dir, 'report.json'), 'utf8');
      for (const text of [result.stdout, result.stderr, report]) expect(text).not.toContain(SECRET);
      expect(existsSync(canary)).toBe(false);
    },
  );
});
