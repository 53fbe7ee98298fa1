/**
 * Files a pull request writes are parsed before anything else looks at them: promptgate.yaml,
 * prompt files, suites, case files (YAML, JSON lines), JSON Schema files, the lock file. A few lines
 * can ask a parser for billions of values (YAML aliases), for more stack than there is (deep
 * nesting), or for quadratic work (tens of thousands of keys). Each is refused, or read, in bounded
 * time and memory, with an error that names the file; other files still run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { parseLockFile } from '../../src/lifecycle/lockfile.js';
import { runCli } from '../helpers/in-process.js';

/** Nine levels of ten aliases each: about 10^10 values from ten lines. */
function billionLaughs(indent = ''): string {
  const lines = [`${indent}l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
  for (let i = 1; i <= 9; i++)
    lines.push(
      `${indent}l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n');
}

const PROMPT = `id: greet\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "Hi {{ name }}"\n`;
const SUITE = `prompt: greet\nmetrics:\n  - type: contains\n    value: Hi\ncases:\n  - id: one\n    vars: { name: Ada }\n`;
const suiteWith = (extra: { metric?: string; cases?: string; top?: string }) =>
  `prompt: greet\n${extra.top ?? ''}metrics:\n${extra.metric ?? '  - type: contains\n    value: Hi'}\ncases: ${extra.cases ?? '\n  - id: one\n    vars: { name: Ada }'}\n`;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function evalFiles(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-bombs-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const result = await runCli(dir, ['eval', '--offline', '--no-color']);
  return { ...result, log: `${result.stdout}\n${result.stderr}` };
}

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

/** [attack, the files, the file the error must name, what it must say] */
const REFUSED: [string, Record<string, string>, string, RegExp][] = [
  [
    'alias bomb in promptgate.yaml',
    {
      'promptgate.yaml': `x-bomb:\n${billionLaughs('  ')}\n`,
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': SUITE,
    },
    'promptgate.yaml',
    /aliases expand the file/,
  ],
  [
    'alias bomb in a prompt file',
    {
      'p/bomb.prompt.yaml': `${PROMPT.replace('greet', 'bomb')}${billionLaughs()}\n`,
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': SUITE,
    },
    'p/bomb.prompt.yaml',
    /aliases expand the file/,
  ],
  [
    'alias bomb in suite vars',
    {
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({ top: `vars:\n${billionLaughs('  ')}\n` }),
    },
    'p/greet.eval.yaml',
    /aliases expand the file/,
  ],
  [
    'alias bomb in a YAML case file',
    {
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({ cases: 'cases.yaml' }),
      'p/cases.yaml': `- id: one\n  vars:\n    name: Ada\n${billionLaughs('    ')}\n`,
    },
    'p/cases.yaml',
    /aliases expand the file/,
  ],
  [
    'alias bomb in a YAML schema file',
    {
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({ metric: '  - type: schema\n    ref: schema.yaml' }),
      'p/schema.yaml': `type: object\n$defs:\n${billionLaughs('  ')}\n`,
    },
    'p/schema.yaml',
    /aliases expand the file/,
  ],
  [
    'aliases that nest deeper than the file (each level aliases the one before)',
    {
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({
        top: `vars:\n${Array.from({ length: 60 }, (_, i) => `  d${i}: &d${i} [[${i === 0 ? 'x' : `*d${i - 1}`}]]`).join('\n')}\n`,
      }),
    },
    'p/greet.eval.yaml',
    /nested deeper than 100 levels/,
  ],
  [
    'deeply nested flow collections in a suite',
    {
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({ top: `vars: { deep: ${deep(50_000)} }\n` }),
    },
    'p/greet.eval.yaml',
    /nested (too deeply to read|deeper than 100 levels)/,
  ],
  [
    'nesting just over the limit in a YAML case file',
    {
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({ cases: 'cases.yaml' }),
      'p/cases.yaml': `- vars: { name: ${deep(101)} }\n`,
    },
    'p/cases.yaml',
    /nested deeper than 100 levels/,
  ],
  [
    'deep nesting in a JSON lines case file',
    {
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({ cases: 'cases.jsonl' }),
      'p/cases.jsonl': `{"vars": {"name": "Ada"}}\n{"vars": {"name": ${deep(200_000)}}}\n`,
    },
    'p/cases.jsonl:2',
    /nested deeper than 100 levels/,
  ],
  [
    'deep nesting in a JSON schema file',
    {
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({ metric: '  - type: schema\n    ref: schema.json' }),
      'p/schema.json': `{"type": "object", "examples": ${deep(100_000)}}`,
    },
    'p/greet.eval.yaml',
    /schema file `schema\.json` nests deeper than 100 levels/,
  ],
  [
    'a key written twice',
    {
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({ top: 'threshold: 0.1\nthreshold: 0.9\n' }),
    },
    'p/greet.eval.yaml:3',
    /the key `threshold` appears twice/,
  ],
];

describe('bombs in files a pull request writes', () => {
  it.each(REFUSED)('%s: refused with an error naming the file', async (_attack, files, file, message) => {
    const result = await evalFiles(files);
    expect(result.code).toBe(2);
    expect(result.log).toContain(file);
    expect(result.log).toMatch(message);
    expect(result.log).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    expect(result.log).not.toMatch(/Maximum call stack|resource exhaustion attack/);
  });

  it('tens of thousands of keys are read in linear time (the parser compared every key with every other)', async () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `  k${i}: ${i}`).join('\n');
    const result = await evalFiles({
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({ top: `vars:\n${keys}\n` }),
    });
    expect(result.code).toBe(0);
  }, 60_000);

  it('anchors and aliases within the limit still work', async () => {
    const result = await evalFiles({
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({
        cases: '\n  - id: one\n    vars: &v { name: Ada }\n  - id: two\n    vars: *v',
      }),
    });
    expect(result.code).toBe(0);
    expect(result.log).toMatch(/PASS/);
  });

  it('__proto__ and constructor keys in YAML and JSON case data stay data: no prototype is polluted', async () => {
    const result = await evalFiles({
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': suiteWith({
        top: 'vars: { __proto__: { polluted: yaml } }\n',
        cases: 'cases.jsonl',
      }),
      'p/cases.jsonl':
        '{"vars": {"name": "Ada", "__proto__": {"polluted": "json"}, "constructor": {"prototype": {"polluted": "ctor"}}}}\n',
    });
    expect(result.code).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('the lock file (read by promote and the runtime loader) is bounded the same way', () => {
    expect(() => parseLockFile(`version: 1\n${billionLaughs()}\n`, 'prompts.lock.yaml')).toThrow(ConfigError);
    try {
      parseLockFile(`version: 1\n${billionLaughs()}\n`, 'prompts.lock.yaml');
    } catch (error) {
      expect((error as ConfigError).format()).toMatch(/^prompts\.lock\.yaml: YAML aliases expand the file/);
    }
  });
});
