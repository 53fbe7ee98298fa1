import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { evaluateMetric } from '../../src/metrics/registry.js';
import { input, parseContext, spec } from './fakes.js';

const run = (
  raw: Record<string, unknown>,
  output: string,
  vars: Record<string, unknown> = {},
  expected?: unknown,
) => evaluateMetric(spec(raw), input(output, { vars, expected }));

function configError(raw: Record<string, unknown>, files: Record<string, string> = {}): ConfigError {
  try {
    spec(raw, files);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('regex', () => {
  it('passes on a match and shows what matched', async () => {
    expect(await run({ type: 'regex', pattern: 'dash\\w+', flags: 'i' }, 'The DASHBOARD is down')).toEqual({
      outcome: 'pass',
      score: 1,
      reason: 'matches /dash\\w+/i at "DASHBOARD"',
    });
  });

  it('fails without a match, and `match: false` turns the check around', async () => {
    expect(await run({ type: 'regex', pattern: 'refund' }, 'no money back')).toMatchObject({
      outcome: 'fail',
      score: 0,
    });
    expect(await run({ type: 'regex', pattern: 'refund', match: false }, 'no money back')).toMatchObject({
      outcome: 'pass',
    });
    expect(await run({ type: 'regex', pattern: 'refund', match: false }, 'a refund')).toMatchObject({
      outcome: 'fail',
    });
  });

  it('inserts case variables literally, never as regex syntax', async () => {
    const raw = { type: 'regex', pattern: 'order {{ id }} shipped' };
    expect(await run(raw, 'order A.1+ shipped', { id: 'A.1+' })).toMatchObject({ outcome: 'pass' });
    expect(await run(raw, 'order AB11 shipped', { id: 'A.1+' })).toMatchObject({ outcome: 'fail' });
  });

  it('rejects an invalid pattern or flags at parse time, with the location and the reason', () => {
    const error = configError({ type: 'regex', pattern: '(unclosed' });
    expect(error.location).toEqual({ file: 'evals/demo.eval.yaml', line: 7 });
    expect(error.message).toContain('invalid regular expression /(unclosed/');
    expect(error.message).toMatch(/missing closing \)/);
    expect(configError({ type: 'regex', pattern: 'a', flags: 'q' }).message).toMatch(/unsupported flag `q`/);
    expect(configError({ type: 'regex', flags: 'i' }).message).toContain('`pattern` is required');
  });

  it('runs on a linear-time engine: a catastrophic pattern on 300 characters ends at once', async () => {
    const output = `${'a'.repeat(299)}!`;
    const started = performance.now();
    const result = await run({ type: 'regex', pattern: '([a-z ,]+)+$', flags: 'i' }, output);
    // A backtracking engine needs on the order of 2^299 steps here; this bound is 100x slack.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ outcome: 'fail' });
    expect(await run({ type: 'regex', pattern: '([a-z ,]+)+$', flags: 'i' }, 'Fine, THANKS')).toMatchObject({
      outcome: 'pass',
      reason: 'matches /([a-z ,]+)+$/i at "Fine, THANKS"',
    });
  });

  it('accepts JavaScript syntax RE2 can run: \\u escapes, named groups, lookbehind, flags m and s', async () => {
    expect(await run({ type: 'regex', pattern: '\\u00e9t\\u00e9' }, 'un été chaud')).toMatchObject({
      outcome: 'pass',
    });
    expect(await run({ type: 'regex', pattern: '(?<word>\\w+)!' }, 'hi!')).toMatchObject({ outcome: 'pass' });
    expect(await run({ type: 'regex', pattern: '(?<=\\$)\\d+' }, 'costs $42')).toMatchObject({
      reason: 'matches /(?<=\\$)\\d+/ at "42"',
    });
    expect(await run({ type: 'regex', pattern: '^b$', flags: 'm' }, 'a\nb\nc')).toMatchObject({
      outcome: 'pass',
    });
    expect(await run({ type: 'regex', pattern: 'a.c', flags: 's' }, 'a\nc')).toMatchObject({
      outcome: 'pass',
    });
  });

  it('refuses what RE2 cannot run in linear time, saying what to do instead', () => {
    for (const pattern of ['(a)\\1', 'foo(?=bar)', 'foo(?!bar)']) {
      const error = configError({ type: 'regex', pattern });
      expect(error.message).toContain(`invalid regular expression /${pattern}/`);
      expect(error.hint).toMatch(/RE2 \(linear time\): no backreferences .* or lookahead/);
    }
  });
});

describe('contains', () => {
  it('needs every value by default and names what is missing; the score is the share found', async () => {
    const result = await run(
      { type: 'contains', values: ['refund', 'sorry', 'today'] },
      'We are sorry. A refund is on its way.',
    );
    expect(result).toEqual({ outcome: 'fail', score: 2 / 3, reason: 'missing "today"' });
    expect(await run({ type: 'contains', value: 'refund' }, 'a refund')).toEqual({
      outcome: 'pass',
      score: 1,
      reason: 'found "refund"',
    });
  });

  it('is case-sensitive unless ignoreCase is set', async () => {
    expect(await run({ type: 'contains', value: 'Refund' }, 'a refund')).toMatchObject({ outcome: 'fail' });
    expect(await run({ type: 'contains', value: 'Refund', ignoreCase: true }, 'a REFUND')).toMatchObject({
      outcome: 'pass',
    });
  });

  it('mode any passes on one value and names which', async () => {
    const raw = { type: 'contains', values: ['INTERNAL', 'as an AI'], mode: 'any' };
    expect(await run(raw, 'see INTERNAL notes')).toEqual({
      outcome: 'pass',
      score: 1,
      reason: 'found "INTERNAL"',
    });
    expect(await run(raw, 'clean')).toEqual({
      outcome: 'fail',
      score: 0,
      reason: 'none of "INTERNAL", "as an AI" found',
    });
  });

  it('substitutes {{var}} and {{ var }} from the case vars and expected', async () => {
    const raw = { type: 'contains', values: ['{{product}}', '{{ expected }}', '{{ customer.name }}'] };
    const result = await run(raw, 'Acme: done, Ada', { product: 'Acme', customer: { name: 'Ada' } }, 'done');
    expect(result).toMatchObject({ outcome: 'pass' });
  });

  it('an unknown variable is an error naming it, not a silent literal check', async () => {
    const result = await run({ type: 'contains', value: '{{ nope }}' }, 'text', { product: 'Acme' });
    expect(result.outcome).toBe('error');
    expect(result.reason).toContain('undefined variable `nope`');
    expect(result.reason).toContain('product');
  });

  it('rejects bad configuration with the key named', () => {
    expect(configError({ type: 'contains' }).message).toContain('needs a non-empty `value`');
    expect(configError({ type: 'contains', value: 'a', values: ['b'] }).message).toContain(
      'either `value` or `values`',
    );
    expect(configError({ type: 'contains', value: 'a', mode: 'some' }).message).toContain(
      '`mode` must be one of "all", "any", got string "some"',
    );
    const typo = configError({ type: 'contains', value: 'a', ignorecase: true });
    expect(typo.message).toContain('unknown key `ignorecase`');
    expect(typo.hint).toContain('did you mean `ignoreCase`?');
  });
});

describe('equals', () => {
  it('compares text exactly, with hints when only case or white space differ', async () => {
    expect(await run({ type: 'equals', value: 'Paris' }, 'Paris')).toMatchObject({
      outcome: 'pass',
      score: 1,
    });
    const spaced = await run({ type: 'equals', value: 'Paris' }, 'Paris\n');
    expect(spaced.outcome).toBe('fail');
    expect(spaced.reason).toContain('set `trim: true`');
    expect((await run({ type: 'equals', value: 'Paris' }, 'PARIS')).reason).toContain(
      'set `ignoreCase: true`',
    );
    expect(
      await run({ type: 'equals', value: 'Paris', trim: true, ignoreCase: true }, ' paris \n'),
    ).toMatchObject({
      outcome: 'pass',
    });
  });

  it('a mapping value parses the output as JSON (also in a ```json fence) and compares deeply', async () => {
    const raw = { type: 'equals', value: { total: 12, tags: ['a', 'b'] } };
    expect(await run(raw, '{"tags":["a","b"],"total":12}')).toMatchObject({ outcome: 'pass' });
    expect(await run(raw, 'Here:\n```json\n{"total": 12, "tags": ["a", "b"]}\n```')).toMatchObject({
      outcome: 'pass',
    });
    expect(await run(raw, '{"total": 13, "tags": ["a", "b"]}')).toEqual({
      outcome: 'fail',
      score: 0,
      reason: 'at $.total: expected 12, got 13',
    });
    expect((await run(raw, '{"total": 12, "tags": ["a", "b"], "x": 1}')).reason).toBe(
      'at $: unexpected key "x"',
    );
    expect((await run(raw, 'not json')).reason).toMatch(/^output is not JSON/);
  });

  it('`value: "{{ expected }}"` with an object expected compares as JSON', async () => {
    expect(
      await run({ type: 'equals', value: '{{ expected }}' }, '{"a": [1, 2]}', {}, { a: [1, 2] }),
    ).toMatchObject({
      outcome: 'pass',
    });
    expect(await run({ type: 'equals', value: '{{ expected }}' }, 'yes', {}, 'yes')).toMatchObject({
      outcome: 'pass',
    });
  });
});

describe('starts-with / ends-with', () => {
  it('checks the beginning or end, values being alternatives', async () => {
    expect(await run({ type: 'starts-with', value: 'Dear' }, 'Dear Ada,')).toMatchObject({ outcome: 'pass' });
    expect(await run({ type: 'starts-with', values: ['Hi', 'Hello'] }, 'Hello Ada')).toEqual({
      outcome: 'pass',
      score: 1,
      reason: 'starts with "Hello"',
    });
    expect(await run({ type: 'ends-with', value: 'Regards' }, 'Kind regards')).toMatchObject({
      outcome: 'fail',
    });
    expect(
      await run({ type: 'ends-with', value: 'Regards', ignoreCase: true }, 'Kind regards'),
    ).toMatchObject({
      outcome: 'pass',
    });
  });

  it('does not trim unless asked (as promptfoo)', async () => {
    expect(await run({ type: 'starts-with', value: 'Dear' }, '\nDear Ada')).toMatchObject({
      outcome: 'fail',
    });
    expect(await run({ type: 'starts-with', value: 'Dear', trim: true }, '\nDear Ada')).toMatchObject({
      outcome: 'pass',
    });
  });
});

describe('length', () => {
  it('counts characters by default and passes within bounds', async () => {
    expect(await run({ type: 'length', max: 5 }, 'héllo')).toEqual({
      outcome: 'pass',
      score: 1,
      reason: '5 characters, within 0..5 characters',
    });
  });

  it('degrades the score with the distance outside the bounds', async () => {
    expect(
      await run({ type: 'length', max: 4, unit: 'words' }, 'one two three four five six seven eight'),
    ).toEqual({
      outcome: 'fail',
      score: 0.5,
      reason: '8 words, above the maximum of 4',
    });
    expect(await run({ type: 'length', min: 4, unit: 'words' }, 'one')).toMatchObject({
      outcome: 'fail',
      score: 0.25,
      reason: '1 word, below the minimum of 4',
    });
  });

  it('counts sentences and approximates tokens as four characters each', async () => {
    expect((await run({ type: 'length', max: 2, unit: 'sentences' }, 'One. Two! Three?')).reason).toBe(
      '3 sentences, above the maximum of 2',
    );
    expect((await run({ type: 'length', max: 100, unit: 'tokens' }, 'x'.repeat(41))).reason).toBe(
      '11 tokens, within 0..100 tokens',
    );
  });

  it('rejects missing or crossed bounds', () => {
    expect(configError({ type: 'length' }).message).toContain('needs `min`, `max` or both');
    expect(configError({ type: 'length', min: 5, max: 2 }).message).toContain('greater than `max`');
    expect(configError({ type: 'length', max: 5, unit: 'lines' }).message).toContain(
      '`unit` must be one of "characters", "words", "sentences", "tokens"',
    );
  });
});

describe('schema', () => {
  const invoice = {
    type: 'object',
    required: ['vendor', 'total'],
    properties: {
      vendor: { type: 'string' },
      total: { type: 'number', minimum: 0 },
      email: { type: 'string', format: 'email' },
    },
  };

  it('validates the whole output, or the first ```json fence by default', async () => {
    expect(await run({ type: 'schema', schema: invoice }, '{"vendor": "Globex", "total": 10}')).toMatchObject(
      {
        outcome: 'pass',
        score: 1,
      },
    );
    expect(
      await run(
        { type: 'schema', schema: invoice },
        'Sure!\n```json\n{"vendor": "Globex", "total": 10}\n```',
      ),
    ).toMatchObject({ outcome: 'pass' });
  });

  it('reports every validation error with its JSON pointer (formats included)', async () => {
    const result = await run({ type: 'schema', schema: invoice }, '{"total": -1, "email": "nope"}');
    expect(result.outcome).toBe('fail');
    expect(result.reason).toContain('3 schema errors');
    expect(result.reason).toContain("(root) must have required property 'vendor'");
    expect(result.reason).toContain('/total must be >= 0');
    expect(result.reason).toContain('/email must match format "email"');
  });

  it('honours fenced: false (whole text only) and fenced: true (fence only)', async () => {
    const fenced = '```json\n{"vendor": "a", "total": 1}\n```';
    expect(await run({ type: 'schema', schema: invoice, fenced: false }, fenced)).toMatchObject({
      outcome: 'fail',
    });
    expect(await run({ type: 'schema', schema: invoice, fenced: true }, fenced)).toMatchObject({
      outcome: 'pass',
    });
    expect(
      await run({ type: 'schema', schema: invoice, fenced: true }, '{"vendor": "a", "total": 1}'),
    ).toMatchObject({
      outcome: 'fail',
    });
  });

  it('reads `ref` relative to the suite and records it as a dependency', async () => {
    const context = parseContext({ '../schemas/invoice.json': JSON.stringify(invoice) });
    const { parseMetricSpec } = await import('../../src/metrics/registry.js');
    const parsed = parseMetricSpec({ type: 'schema', ref: '../schemas/invoice.json' }, context, 'schema');
    expect(context.dependencies).toEqual(['../schemas/invoice.json']);
    expect(await evaluateMetric(parsed, input('{"vendor": "x", "total": 2}'))).toMatchObject({
      outcome: 'pass',
    });
  });

  it('accepts `required` without a matching `properties` entry (valid JSON Schema)', async () => {
    const loose = { type: 'object', required: ['name'] };
    expect(await run({ type: 'schema', schema: loose }, '{"name": "Ada"}')).toMatchObject({
      outcome: 'pass',
    });
    expect(await run({ type: 'schema', schema: loose }, '{"age": 3}')).toMatchObject({ outcome: 'fail' });
  });

  it('rejects an invalid schema, a missing or broken file at parse time', () => {
    const invalid = configError({ type: 'schema', schema: { type: 'strnig' } });
    expect(invalid.message).toContain('invalid JSON Schema (inline)');
    expect(invalid.message).toMatch(/must be equal to one of the allowed values/);
    expect(configError({ type: 'schema', schema: { type: 'object', requried: ['a'] } }).message).toContain(
      'unknown keyword: "requried"',
    );
    expect(configError({ type: 'schema', ref: 'missing.json' }).message).toContain(
      'schema file `missing.json` was not found',
    );
    expect(configError({ type: 'schema', ref: 'bad.json' }, { 'bad.json': '{ nope' }).message).toContain(
      'is not valid JSON',
    );
    expect(configError({ type: 'schema' }).message).toContain('exactly one of `schema`');
  });
});

describe('schema patterns', () => {
  it('run on the linear-time engine too, and a backreference is a parse-time error', async () => {
    const schema = { type: 'object', properties: { name: { type: 'string', pattern: '^([a-z ,]+)+$' } } };
    const started = performance.now();
    const result = await run({ type: 'schema', schema }, JSON.stringify({ name: `${'a'.repeat(299)}!` }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ outcome: 'fail' });
    expect(await run({ type: 'schema', schema }, '{"name": "ada, grace"}')).toMatchObject({
      outcome: 'pass',
    });
    const error = configError({ type: 'schema', schema: { type: 'string', pattern: '(a)\\1' } });
    expect(error.message).toMatch(/invalid JSON Schema \(inline\): .*\\1/);
  });
});

describe('metric config schemas', () => {
  it('names the metric, the key, what it must be and the metric location for a wrong type', () => {
    const error = configError({ type: 'length', min: 'five' });
    expect(error.message).toBe('metric `length`: `min` must be a number, got string "five"');
    expect(error.location).toEqual(parseContext().location);
  });

  it('explains nested values by their path', () => {
    expect(configError({ type: 'judge', rubric: 'r', scale: { min: 1, max: 'ten' } }).message).toBe(
      'metric `judge`: `scale.max` must be a number, got string "ten"',
    );
    expect(configError({ type: 'judge', rubric: 'r', scale: { min: 1, max: 5, step: 1 } }).message).toBe(
      'metric `judge`: unknown key `step` in `scale`',
    );
    expect(configError({ type: 'judge', rubric: 'r', criteria: ['a', ''] }).message).toContain(
      '`criteria.1` must be',
    );
  });

  it('treats a key written with nothing after it as absent', async () => {
    const result = await run({ type: 'length', min: null, max: 3, unit: null }, 'abcd');
    expect(result).toMatchObject({ outcome: 'fail', reason: '4 characters, above the maximum of 3' });
  });

  it('lists the known keys after the closest one', () => {
    const typo = configError({ type: 'length', mx: 3 });
    expect(typo.message).toBe('metric `length`: unknown key `mx`');
    expect(typo.hint).toBe('did you mean `max`? known keys: min, max, unit');
  });

  it('checks the schema metric`s `fenced` against its three values', () => {
    expect(configError({ type: 'schema', schema: {}, fenced: 'yes' }).message).toBe(
      'metric `schema`: `fenced` must be one of true, false, "auto", got string "yes"',
    );
  });
});
