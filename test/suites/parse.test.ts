import { describe, expect, it } from 'vitest';
import { parseSuite } from '../../src/suites/parse.js';
import { ConfigError } from '../../src/errors.js';

describe('eval suites', () => {
  it('names every metric of a case apart, also from the suite metrics it adds to', () => {
    const suite = parseSuite(
      [
        'prompt: reply',
        'metrics:',
        '  - { type: contains, value: refund }',
        '  - { type: contains, value: sorry }',
        'cases:',
        '  - id: refund-request',
        '    vars: { message: "I was charged twice." }',
        '    metrics:',
        '      - { type: contains, value: twice }',
        '      - { type: regex, pattern: "^Hi" }',
      ].join('\n'),
      'evals/reply.eval.yaml',
      new Map(),
    );
    expect(suite.metrics.map((m) => m.name)).toEqual(['contains', 'contains-2']);
    expect(suite.cases[0]?.metrics.map((m) => m.name)).toEqual(['contains-3', 'regex']);
  });

  const withRepeat = (...lines: string[]) =>
    parseSuite(
      ['prompt: reply', ...lines, 'metrics: [{ type: contains, value: refund }]', 'cases: [{ id: a }]'].join(
        '\n',
      ),
      'evals/reply.eval.yaml',
      new Map(),
    );

  it('takes repeat: auto as one sample per case first, up to max_repeats (default 5)', () => {
    expect(withRepeat('repeat: auto').repeat).toEqual({ repeat: 1, maxRepeats: 5 });
    expect(withRepeat('repeat: auto', 'max_repeats: 9').repeat).toEqual({ repeat: 1, maxRepeats: 9 });
    expect(withRepeat('repeat: 3').repeat).toEqual({ repeat: 3 });
    expect(withRepeat().repeat).toBeUndefined();
  });

  it('refuses max_repeats without repeat: auto, and other words for repeat, with their line', () => {
    expect(() => withRepeat('repeat: 3', 'max_repeats: 5')).toThrow(/max_repeats.*only with `repeat: auto`/);
    const refusal = (() => {
      try {
        withRepeat('repeat: sometimes');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ConfigError);
    expect(String(refusal)).toMatch(/`repeat` must be a whole number from 1 to 100 or "auto"/);
    expect((refusal as ConfigError).location).toMatchObject({ file: 'evals/reply.eval.yaml', line: 2 });
  });
});

describe('suite and case file errors', () => {
  const suite = (cases: string, files: Record<string, string> = {}) =>
    parseSuite(
      `prompt: reply\nmetrics: [{ type: contains, value: hi }]\ncases: ${cases}\n`,
      'evals/reply.eval.yaml',
      new Map(Object.entries(files)),
    );
  const error = (run: () => unknown): ConfigError => {
    try {
      run();
    } catch (caught) {
      if (caught instanceof ConfigError) return caught;
      throw caught;
    }
    throw new Error('expected a ConfigError');
  };

  it('names an unknown case key at its line, with the key it was probably meant to be', () => {
    const typo = error(() => suite('\n  - id: a\n    expcted: yes\n'));
    expect(typo.format()).toBe(
      'evals/reply.eval.yaml:5:14: invalid eval suite: unknown key `expcted` in `cases.0`\n' +
        '  hint: did you mean `expected`? known keys: id, description, vars, expected, metrics',
    );
  });

  it('checks each row of a YAML case file and points at its line there', () => {
    const rows = '- { id: a, vars: { q: 1 } }\n- id: b\n  vars: [1, 2]\n';
    const wrong = error(() => suite('cases.yaml', { 'evals/cases.yaml': rows }));
    expect(wrong.format()).toBe(
      'evals/cases.yaml:3:9: invalid cases file: `1.vars` must be a mapping, got a list',
    );
    // Columns a dataset carries beyond the case keys are its own.
    const ok = suite('cases.yaml', { 'evals/cases.yaml': '- { id: a, vars: { q: 1 }, source: web }\n' });
    expect(ok.cases[0]).toMatchObject({
      id: 'a',
      vars: { q: 1 },
      location: { file: 'evals/cases.yaml', line: 1 },
    });
  });

  it('checks each JSON Lines row and names its line', () => {
    const lines = '{"id": "a", "vars": {"q": 1}}\n\n{"id": true}\n';
    expect(error(() => suite('cases.jsonl', { 'evals/cases.jsonl': lines })).format()).toBe(
      'evals/cases.jsonl:3: invalid cases file: `id` must be a string or a number, got boolean true',
    );
    expect(error(() => suite('cases.jsonl', { 'evals/cases.jsonl': '[1]\n' })).format()).toMatch(
      /^evals\/cases\.jsonl:1: a cases file must hold a list of mappings/,
    );
    const read = suite('cases.jsonl', { 'evals/cases.jsonl': '\n{"id": "a"}\n{"id": 2}\n' });
    expect(read.cases.map((c) => [c.id, c.location.line])).toEqual([
      ['a', 2],
      ['2', 3],
    ]);
  });
});
