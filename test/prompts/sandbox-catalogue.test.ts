/**
 * Template escapes tried as an attacker would: every payload goes into a prompt message, a partial
 * and a judge template. Each must be refused with a TemplateSandboxError (exit 2) that names the
 * file and line, must leave no trace (no file written, no environment value anywhere), and must
 * never reach a model.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, TemplateSandboxError } from '../../src/errors.js';
import { evaluateMetric, parseMetricSpec } from '../../src/metrics/registry.js';
import { loadPromptFile } from '../../src/prompts/load.js';
import { renderPrompt } from '../../src/prompts/render.js';
import { MemorySnapshot } from '../../src/repo/snapshot.js';
import { fakeJudge, input, parseContext } from '../metrics/fakes.js';

const SECRET_NAME = 'PROMPTGATE_CATALOGUE_SECRET';
const SECRET = 'sk-catalogue-4f1d9a';
const canary = join(mkdtempSync(join(tmpdir(), 'promptgate-sandbox-')), 'pwned');
const READ_ENV = `'return process.env.${SECRET_NAME}'`;
const WRITE_FILE = `'return process.mainModule.require("fs").writeFileSync("${canary}", "x")'`;

/** [what it tries, template text]: each line is something nunjucks itself would run. */
const PAYLOADS: [string, string][] = [
  ['Function through a string literal', `{{ ''.constructor.constructor(${READ_ENV})() }}`],
  ['Function writing a file', `{{ ''.constructor.constructor(${WRITE_FILE})() }}`],
  ['Function through the range global', `{{ range.constructor(${READ_ENV})() }}`],
  ['Function through the cycler global', `{{ cycler.constructor(${READ_ENV})() }}`],
  ['Function through the joiner global', `{{ joiner.constructor(${READ_ENV})() }}`],
  ['computed name built with set and +', `{% set c = 'constr' + 'uctor' %}{{ ''[c][c](${READ_ENV})() }}`],
  ['computed name read without a call', `{% set c = 'constr' ~ 'uctor' %}{{ name[c] }}`],
  ['computed __proto__', `{% set p = 'proto' %}{{ name['__' ~ p ~ '__'] }}`],
  ['computed name on the loop object', `{% for x in [1] %}{{ loop['constr' ~ 'uctor'] }}{% endfor %}`],
  ['a list as member name', `{{ name[['constructor']] }}`],
  ['the attr filter', `{{ name | attr('constructor') }}`],
  ['attr inside a filter block', `{% filter attr('constructor') %}x{% endfilter %}`],
  ['array literal', `{{ [].constructor.constructor(${READ_ENV})() }}`],
  ['object literal', `{{ {}.constructor.constructor(${READ_ENV})() }}`],
  ['__proto__ key in a mapping literal', `{{ {'__proto__': name} }}`],
  ['__proto__ member', `{{ name.__proto__ }}`],
  ['prototype member', `{{ items.prototype }}`],
  ['method call on data', `{{ name.toUpperCase() }}`],
  ['macro with caller', `{% macro m() %}{{ caller() }}{% endmacro %}{% call m() %}x{% endcall %}`],
  ['macro called', `{% macro m(x) %}{{ x }}{% endmacro %}{{ m(1) }}`],
  ['import of a file outside the repository', `{% import "/etc/passwd" as x %}{{ x }}`],
  ['from-import', `{% from "../../outside.njk" import y %}{{ y }}`],
  ['extends', `{% extends "/etc/passwd" %}`],
  ['include of a computed name', `{% include "/etc/" ~ "passwd" %}`],
  ['sort by a computed attribute', `{{ items | sort(false, false, 'constr' ~ 'uctor') | join }}`],
  ['sort by attribute keyword', `{% set a = 'constr' ~ 'uctor' %}{{ items | sort(attribute=a) | join }}`],
  ['selectattr on internals', `{% set a = '__pro' ~ 'to__' %}{{ items | selectattr(a) | join }}`],
  ['groupby on internals', `{% set a = 'constr' ~ 'uctor' %}{{ items | groupby(a) | dump }}`],
  ['regular expression literal (catastrophic)', `{{ name | replace(r/(a+)+$/, 'x') }}`],
  ['the callable test', `{{ name is callable }}`],
  ['a variable named constructor', `{% set constructor = 1 %}{{ constructor }}`],
  ['range as a value', `{% set r = range %}{{ r }}`],
  ['a range too large to build', `{{ range(100000000) | length }}`],
  ['async loop', `{% asyncEach x in items %}{{ x }}{% endeach %}`],
  [
    'nested loops that would run for hours',
    `{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}`,
  ],
  // Renders are synchronous: no timeout could stop these, so each must be refused, not run.
  [
    'a text doubled in a loop',
    `{% set s = 'xxxxxxxxxx' %}{% for i in range(40) %}{% set s = s ~ s %}{% endfor %}{{ s | length }}`,
  ],
  ['center to a billion columns', `{{ name | center(1000000000) }}`],
  ['a filter block padding to a billion columns', `{% filter center(1000000000) %}x{% endfilter %}`],
  ['batch filled up to Infinity', `{{ items | batch(1 / 0, 'x') | length }}`],
  ['slice into a billion slices', `{{ items | slice(1000000000) | length }}`],
  ['indent by a numeric text', `{{ name | indent('100000000') }}`],
  ['indent by a list', `{{ name | indent([100000000]) }}`],
];

let saved: string | undefined;
beforeAll(() => {
  saved = process.env[SECRET_NAME];
  process.env[SECRET_NAME] = SECRET;
});
afterAll(() => {
  if (saved === undefined) delete process.env[SECRET_NAME];
  else process.env[SECRET_NAME] = saved;
});

const VARS = { name: 'Ada', items: ['b', 'a'] };

/** Loads and renders a prompt; returns what was thrown (nothing thrown is a test failure). */
async function attempt(files: Record<string, string>): Promise<unknown> {
  try {
    const prompt = await loadPromptFile(new MemorySnapshot(files), 'p/evil.prompt.yaml', []);
    const rendered = renderPrompt(prompt, VARS);
    return new Error(`rendered without refusal: ${JSON.stringify(rendered)}`);
  } catch (error) {
    return error;
  }
}

function promptWith(content: string): string {
  // The template starts on file line 7; the payload sits on its second line (file line 8).
  const body = content
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
  return `id: evil\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: |\n${body}\n`;
}

function expectRefused(error: unknown, file: string, line: number): void {
  expect(error).toBeInstanceOf(TemplateSandboxError);
  const refused = error as TemplateSandboxError;
  expect(refused).toBeInstanceOf(ConfigError);
  expect(refused.exitCode).toBe(2);
  expect(refused.location).toMatchObject({ file, line });
  expect(refused.construct.length).toBeGreaterThan(0);
  expect(refused.format()).toMatch(/is not allowed in templates/);
  expect(refused.format()).not.toContain(SECRET);
}

describe('template escape catalogue', () => {
  it('has at least 20 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(PAYLOADS)('%s', (_what, payload) => {
    it('is refused in a prompt message, with its file and line', async () => {
      const error = await attempt({ 'p/evil.prompt.yaml': promptWith(`Hello\n${payload}`) });
      expectRefused(error, 'p/evil.prompt.yaml', 8);
      expect(existsSync(canary)).toBe(false);
    });

    it('is refused in an included partial, naming the partial', async () => {
      const error = await attempt({
        'p/evil.prompt.yaml': promptWith('Hello\n{% include "tone.njk" %}'),
        'p/tone.njk': `Be kind.\n${payload}\n`,
      });
      expectRefused(error, 'p/tone.njk', 2);
      expect(existsSync(canary)).toBe(false);
    });

    it('is refused in a judge template, before or instead of any judge call', async () => {
      const files = { 'judge.njk': `<candidate_output>{{ output }}</candidate_output>\n${payload}\n` };
      const { judge, requests } = fakeJudge([]);
      let outcome: unknown;
      try {
        const parsed = parseMetricSpec(
          { type: 'judge', rubric: 'r', template: 'judge.njk' },
          parseContext(files),
          'judge',
        );
        // Only computed names get past the static check; the run-time guard refuses them.
        outcome = await evaluateMetric(parsed, input('x', { judge, vars: VARS }));
      } catch (error) {
        outcome = error;
      }
      if (outcome instanceof Error) {
        // include/import/extends are refused in judge templates whatever they name.
        expectRefused(outcome, 'evals/judge.njk', 2);
      } else {
        expect(outcome).toMatchObject({ outcome: 'error' });
        const reason = (outcome as { reason: string }).reason;
        expect(reason).toMatch(/evals\/judge\.njk:2(:\d+)?: .* is not allowed in templates/);
        expect(reason).not.toContain(SECRET);
      }
      expect(requests).toHaveLength(0);
      expect(existsSync(canary)).toBe(false);
    });
  });
});

describe('what stays available', () => {
  it('renders loops, conditions, filters, literals, range and partials over the case data', async () => {
    const files = {
      'p/ok.prompt.yaml': promptWith(
        [
          '{% set greeting = "Hi " ~ name | upper %}{{ greeting }}',
          '{% for i in range(2) %}{{ loop.index }}:{{ items[i] }} {% endfor %}',
          '{% if user.nickname %}nick{% else %}no nick{% endif %} {{ user.city | default("?") }}',
          '{{ items | sort | join(",") }} {{ {"a": 1}.a }} {{ [1, 2] | length }} {{ user | dump }}',
          '{% include "tone.njk" %}',
        ].join('\n'),
      ),
      'p/tone.njk': '{{ name | lower | replace("a", "A") }}{% if name is string %}!{% endif %}',
    };
    const prompt = await loadPromptFile(new MemorySnapshot(files), 'p/ok.prompt.yaml', []);
    const rendered = renderPrompt(prompt, { name: 'ada', items: ['b', 'a'], user: { name: 'Ada' } });
    expect(rendered.messages[0]?.content).toBe('Hi ADA\n1:b 2:a \nno nick ?\na,b 1 2 {"name":"Ada"}\nAdA!\n');
  });

  it('a data key that only exists on prototypes is simply undefined', async () => {
    const error = await attempt({ 'p/evil.prompt.yaml': promptWith('{{ name.toString }}') });
    expect(error).not.toBeInstanceOf(TemplateSandboxError);
    expect(String((error as Error).message)).toMatch(/undefined/);
  });
});
