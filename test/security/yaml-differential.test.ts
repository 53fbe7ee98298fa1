/**
 * Suites, case files and prompt files are read by a fast reader when they sit in its subset, and by
 * the `yaml` library otherwise. Whatever the fast reader accepts must mean exactly what `yaml` reads
 * (and what a reviewer, GitHub's renderer or `gh models eval` sees): a file where the two differ
 * validates one structure and runs another, or slips past the checks only the `yaml` path makes.
 * The attacker writes the bytes, so the probe mutates real files with the characters that tell
 * parsers apart: YAML indicators, escapes, and the Unicode spaces and separators JavaScript's
 * trim() and `\s` take for white space but YAML reads as content.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseYamlFast } from '../../src/config/yaml-fast.js';
import { parseYaml, parseYamlFull } from '../../src/config/yaml.js';

const SEEDS = [
  'prompt: p\nmetrics:\n  - type: contains\n    value: ok\ncases:\n  - { id: c1, vars: { question: "q 1" } }\n  - { id: c2, vars: { question: \'q 2\' } }\n',
  'a: 1\nb: -1\nc: +2\nd: 1.50\ne: .5\nf: 0010\ng: true\nh: False\ni: null\nj: ~\nk:\nl: 1.0.0\n',
  'url: http://example.com/a#b\nnote: hello world # a comment\nempty: ""\nhash: a#b\n',
  'cases:\n- id: a\n  vars:\n    x: 1\n- id: b\n  vars: { x: [1, 2, { y: z }], e: {}, l: [] }\nnext: 2\n',
  'a:\n  b:\n    c: |\n      line one\n\n      # not a comment\n        indented\n\n  d: |-\n    stripped\ne: 1\n',
  '- |\n  item\n- plain\n- -1\n',
  'a:\n  - x: |\n      text\n    y: 2\n',
  'a: >\n  folded\n  text\n\n  para\nb: [one two, "three, four", \'five\']\n',
  'model: openai/gpt-4o\nmessages:\n  - role: user\n    content: |\n      Hello {{name}}\ntestData:\n  - name: a\n',
];

/** Unicode white space other than the space and the line feed (tabs and CR are declined outright). */
const UNICODE_SPACES = ['\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'];
const PIECES = [
  ...UNICODE_SPACES,
  ...UNICODE_SPACES.map((space) => ` ${space}`),
  ...['\u0085', '\u200b', '\ufeff', '\ud800'],
  ...[' ', '  ', '\n', '\n  ', '\n- ', '#', ' #', ':', ': ', '-', '- ', '"', "'", '\\', '[', ']', '{', '}'],
  ...[',', '?', '&', '*', '!', '|', '>', '%', '@', '`', '~', '.', '0', '1', 'e', '\\u0041', '\\0', '\\ '],
];

/** Seeded mutations of the seeds: a few insertions and deletions each. */
function* mutations(count: number): Generator<string> {
  let state = 20261201;
  const random = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  for (let i = 0; i < count; i++) {
    let text = SEEDS[random(SEEDS.length)]!;
    for (let k = 0, n = 1 + random(3); k < n; k++) {
      const at = random(text.length + 1);
      text =
        random(4) === 0
          ? text.slice(0, at) + text.slice(at + 1 + random(3))
          : text.slice(0, at) + PIECES[random(PIECES.length)]! + text.slice(at);
    }
    yield text;
  }
}

/** What `yaml` reads, or undefined when it refuses the file. */
function yamlData(text: string): { data: unknown } | undefined {
  try {
    return { data: parseYamlFull(text, 'f.yaml').data };
  } catch {
    return undefined;
  }
}

describe('fast YAML reader against the yaml library, on attacker-chosen bytes', () => {
  it('reads lines indented or ended with Unicode spaces as yaml does, never as nesting or trimmed values', () => {
    const cases: [string, unknown][] = [
      // yaml: a second top-level key whose name starts with two no-break spaces.
      ['a:\n\u00a0\u00a0b: 2\n', { a: null, '\u00a0\u00a0b': 2 }],
      ['a:\n\u3000b: 1\n', { a: null, '\u3000b': 1 }],
      ['a: x\u00a0\n', { a: 'x\u00a0' }],
      ['a: x\u00a0#y\n', { a: 'x\u00a0#y' }],
      ['- \u00a0plain\n', ['\u00a0plain']],
      ['a: |\n  \u00a0x\n', { a: '\u00a0x\n' }],
    ];
    for (const [text, data] of cases) {
      expect(parseYaml(text, 'f.yaml').data, JSON.stringify(text)).toStrictEqual(data);
      expect(parseYamlFull(text, 'f.yaml').data, JSON.stringify(text)).toStrictEqual(data);
    }
    // yaml refuses these; a reader that trimmed the space accepted them.
    for (const text of ['a: "x"\u00a0# c\n', 'a: [x, y]\u00a0\n', 'a: b\n\u00a0\n', 'a: |\u00a0\n  x\n'])
      expect(() => parseYaml(text, 'f.yaml'), JSON.stringify(text)).toThrow(/malformed YAML/);
  });

  it('accepts no mutated file that yaml refuses or reads differently', () => {
    let accepted = 0;
    const differing: string[] = [];
    for (const text of mutations(20_000)) {
      const fast = parseYamlFast(text);
      if (!fast) continue;
      accepted++;
      const full = yamlData(text);
      if (!full || !isDeepStrictEqual(full.data, fast.data)) differing.push(JSON.stringify(text));
    }
    expect(differing.slice(0, 5)).toStrictEqual([]);
    expect(accepted).toBeGreaterThan(3_000);
  });
});
