import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYamlFast } from '../../src/config/yaml-fast.js';
import { parseYaml, parseYamlFull } from '../../src/config/yaml.js';
import { ConfigError } from '../../src/errors.js';

/** Every path to a value in the data, plus a missing key under each collection. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
    paths.push([...prefix, value.length], [...prefix, 'x']);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
    paths.push([...prefix, 'missing', 0]);
  }
  return paths;
}

/** The fast reader either declines, or answers exactly as the `yaml` library does. */
function expectSameAsYaml(text: string): boolean {
  const fast = parseYamlFast(text);
  if (!fast) return false;
  const full = parseYamlFull(text, 'f.yaml');
  const quick = parseYaml(text, 'f.yaml');
  expect(quick.data).toStrictEqual(full.data);
  for (const path of pathsOf(full.data)) {
    expect(quick.locate(path), JSON.stringify(path)).toStrictEqual(full.locate(path));
    expect(quick.scalarText(path), JSON.stringify(path)).toStrictEqual(full.scalarText(path));
  }
  return true;
}

const suite2000 = [
  'prompt: p',
  'metrics:',
  '  - type: contains',
  '    value: ok',
  'cases:',
  ...Array.from({ length: 2000 }, (_, i) => `  - { id: case-${i}, vars: { question: "question ${i}" } }`),
  '',
].join('\n');

const ACCEPTED = [
  suite2000,
  '',
  '# only a comment\n',
  'a: 1\nb: -1\nb0: -0\nb1: -1.5\nb2: -x\nc: +2\nd: 1.50\ne: .5\nf: 0010\ng: true\nh: False\ni: null\nj: ~\nk:\nl: 1.0.0\nm: 2024-01-01\n',
  'version: 1.0.0\nname: "1.50"\ndesc: \'it\'\'s\'\nq: "a \\"b\\" \\\\ \\n \\t \\/"\n',
  'url: http://example.com/a#b\nnote: hello world # a comment\nempty: ""\nhash: a#b\n',
  'messages:\n  - role: system\n    content: Answer in one word.\n  - role: user\n    content: "{{ question }}"\n',
  'cases:\n- id: a\n  vars:\n    x: 1\n- id: b\n  vars: { x: [1, 2, { y: z }], e: {}, l: [] }\nnext: 2\n',
  'a:\n  b:\n    c: |\n      line one\n\n      # not a comment\n        indented\n\n  d: |-\n    stripped\n\n\ne: 1\n',
  '- |\n  item\n- plain\n- -1\n',
  'a:\n  - x: |\n      text\n    y: 2\n',
  '$ref: schema.json\nkey.with-dots/and: v\n',
  'a: [one two, "three, four", \'five\']\n',
  'a: {b: 1}\n',
  'a: >\n  folded\n  text\n\n\n  para\nb: >-\n\n  x\n  y\n\nc: ../a/b.schema.json\nd: .e\n',
];

const DECLINED = [
  // A lone `-` after a key is a sequence entry on the key's line: yaml refuses it.
  'a: -\n',
  'a: - \n',
  'a: [x, -]\n',
  'a: &x 1\nb: *x\n',
  '- - nested\n',
  'a: !!str 1\n',
  'a: >\n  folded\n    more indented\n',
  'a: |2\n  x\n',
  'a: plain\n  continued\n',
  'a: "multi\n  line"\n',
  'a: 1\na: 2\n',
  'a: 1e5\nb: 0x1F\n',
  'a: .inf\n',
  'a:\tb\n',
  'a: 1\r\n',
  '---\na: 1\n',
  'a: 1\n---\nb: 2\n',
  '"quoted key": 1\n',
  'true: 1\n',
  '__proto__: 1\n',
  '? complex\n: key\n',
  'a: "\\u0041"\n',
  'a: b: c\n',
  'a: {b: 1,}\n',
  'a: [1, 2\n',
  'plain scalar document\n',
  'a: |\n  no newline at the end',
  `a: ${'['.repeat(101)}${']'.repeat(101)}\n`,
];

/** Random small files mixing what the reader takes and what it declines (seeded, so repeatable). */
function randomYaml(seed: number): string {
  let state = seed;
  const random = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const pick = <T>(items: readonly T[]): T => items[random(items.length)]!;
  const scalars = [
    'a',
    'b c',
    '1',
    '-2',
    '0.5',
    '1.',
    '.5',
    'true',
    'null',
    '~',
    '"q"',
    "'s''t'",
    '"a\\"b"',
    'x#y',
    'x # c',
    'http://x',
    'a:b',
    '-x',
    '+3',
    '007',
    '0o7',
    'NaN',
    'Yes',
    '"\\t"',
    "''",
    '{}',
    '[]',
    '{ k: v }',
    '[1, a, "b"]',
    '{a: [1, {b: c}]}',
    '[a b, c]',
    '@x',
    '<<',
    '"',
    '1e3',
    '.inf',
    '0x1',
    'x:',
    '[a, ]',
    '|',
    '>-',
    '',
  ];
  const keys = ['a', 'b', 'k1', '$ref', 'a.b', 'x-y', 'True'];
  const block = (indent: number, depth: number): string[] => {
    const pad = ' '.repeat(indent);
    const list = random(3) === 0;
    const lines: string[] = [];
    for (let i = 0, n = 1 + random(3); i < n; i++) {
      const head = list ? `${pad}-${pick([' ', '  '])}` : `${pad}${pick(keys)}:${pick([' ', '  ', ''])}`;
      const shape = random(10);
      if (shape < 2 && depth < 4) lines.push(head.trimEnd(), ...block(indent + pick([1, 2, 4]), depth + 1));
      else if (shape < 3 && !list && depth < 4) lines.push(head.trimEnd(), ...block(indent, depth + 1));
      else if (shape < 4) {
        lines.push(head + pick(['|', '|-', '>', '>-']));
        const inner = indent + pick([1, 2, 3]);
        for (let j = 0, m = 1 + random(4); j < m; j++)
          lines.push(
            random(4) === 0 ? '' : ' '.repeat(inner + (random(6) === 0 ? 1 : 0)) + pick(['t', 'u v', '# h']),
          );
      } else if (shape < 5 && list)
        lines.push(head + `${pick(keys)}: ${pick(scalars)}`, `${pad}  ${pick(keys)}: ${pick(scalars)}`);
      else lines.push(head + pick(scalars) + (random(8) === 0 ? ' # c' : ''));
      if (random(10) === 0) lines.push(`${pad}# comment`);
    }
    return lines;
  };
  return block(0, 0).join('\n') + (random(5) ? '\n' : '');
}

describe('fast YAML reader', () => {
  it('answers as the yaml library does for every random file it accepts, and accepts many', () => {
    let accepted = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      if (expectSameAsYaml(randomYaml(seed))) accepted++;
    }
    expect(accepted).toBeGreaterThan(300);
  });

  it('reads the common shapes exactly as the yaml library does (data, lines, columns, scalar text)', () => {
    for (const text of ACCEPTED) expect(expectSameAsYaml(text), JSON.stringify(text.slice(0, 80))).toBe(true);
  });

  it('declines everything outside its subset, so yaml reads it with its own errors and bounds', () => {
    for (const text of DECLINED) expect(parseYamlFast(text), JSON.stringify(text)).toBeUndefined();
  });

  it('agrees with the yaml library on every YAML file in the repository it accepts', () => {
    const files = execFileSync('git', ['ls-files', '*.yaml', '*.yml'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    let accepted = 0;
    for (const file of files) if (expectSameAsYaml(readFileSync(file, 'utf8'))) accepted++;
    expect(accepted).toBeGreaterThan(files.length / 3);
  });

  it('keeps the errors of what it declines: duplicate keys and deep nesting name the file and line', () => {
    let error: unknown;
    try {
      parseYaml('a: 1\nb: 2\na: 3\n', 's.eval.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('the key `a` appears twice');
    expect((error as ConfigError).location).toStrictEqual({ file: 's.eval.yaml', line: 3, column: 1 });
    expect(() => parseYaml(`a: ${'['.repeat(101)}${']'.repeat(101)}\n`, 'd.yaml')).toThrow(
      /nested deeper than 100/,
    );
  });

  it('gives every caller its own copy of the data', () => {
    const text = 'a:\n  b: [1]\n';
    const first = parseYaml(text, 'f.yaml').data as { a: { b: number[] } };
    first.a.b.push(2);
    expect(parseYaml(text, 'f.yaml').data).toStrictEqual({ a: { b: [1] } });
  });
});
