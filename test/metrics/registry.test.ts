import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import {
  buildRegistry,
  evaluateMetric,
  evaluatePairMetric,
  explicitJudgeModel,
  getMetricDefinition,
  isPairwise,
  knownMetricTypes,
  parseMetricSpec,
  usesJudge,
} from '../../src/metrics/registry.js';
import type { SingleMetricDefinition } from '../../src/metrics/types.js';
import { containsMetric } from '../../src/metrics/contains.js';
import { fakeJudge, input, LOCATION, parseContext, spec } from './fakes.js';

function parseError(raw: unknown): ConfigError {
  try {
    parseMetricSpec(raw, parseContext(), 'metric');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseMetricSpec', () => {
  it('builds a spec named after `name`, else the default, with the location', () => {
    expect(parseMetricSpec({ type: 'contains', value: 'x' }, parseContext(), 'contains')).toMatchObject({
      name: 'contains',
      type: 'contains',
      location: LOCATION,
    });
    expect(spec({ type: 'contains', name: 'mentions refund', value: 'x' }).name).toBe('mentions refund');
  });

  it('lists the known types and suggests the closest for a typo', () => {
    const error = parseError({ type: 'contians', value: 'x' });
    expect(error.message).toContain('unknown metric type `contians`');
    expect(error.message).toContain(knownMetricTypes().join(', '));
    expect(error.hint).toBe('did you mean `contains`?');
    expect(parseError({ type: 'not-regx', pattern: 'a' }).hint).toBe('did you mean `not-regex`?');
    expect(error.location).toEqual(LOCATION);
  });

  it('points promptfoo users to the equivalent metric', () => {
    expect(parseError({ type: 'icontains', value: 'x' }).hint).toBe(
      'use `type: contains` with `ignoreCase: true`',
    );
    expect(parseError({ type: 'llm-rubric', value: 'x' }).hint).toBe('use `type: judge` with `rubric:`');
  });

  it('rejects a missing type, a non-mapping, a bad name and `not-pairwise`', () => {
    expect(parseError({ value: 'x' }).message).toContain('needs a `type`');
    expect(parseError('contains').message).toContain('must be a mapping');
    expect(parseError({ type: 'contains', name: '', value: 'x' }).message).toContain(
      '`name` must be a non-empty text',
    );
    expect(parseError({ type: 'not-pairwise' }).message).toContain('cannot be negated');
  });

  it('hides the internal GitHub types from suites', () => {
    expect(parseError({ type: 'github-string' }).message).toContain('unknown metric type');
  });
});

describe('negation (not-<type>)', () => {
  it('swaps pass and fail and mirrors the score, in one place for every type', async () => {
    const notContains = spec({ type: 'not-contains', values: ['INTERNAL', 'secret'], mode: 'any' });
    expect(await evaluateMetric(notContains, input('all clean'))).toEqual({
      outcome: 'pass',
      score: 1,
      reason: 'none of "INTERNAL", "secret" found',
    });
    expect(await evaluateMetric(notContains, input('an INTERNAL note'))).toMatchObject({
      outcome: 'fail',
      score: 0,
    });
    const notAll = spec({ type: 'not-contains', values: ['a', 'z'] });
    expect(await evaluateMetric(notAll, input('a only'))).toMatchObject({ outcome: 'pass', score: 0.5 });
    expect(await evaluateMetric(spec({ type: 'not-length', max: 3 }), input('toolong'))).toMatchObject({
      outcome: 'pass',
      score: 1 - 3 / 7,
    });
  });

  it('keeps an error an error', async () => {
    const notContains = spec({ type: 'not-contains', value: '{{ missing }}' });
    expect(await evaluateMetric(notContains, input('text'))).toMatchObject({ outcome: 'error', score: 0 });
    const { judge } = fakeJudge([{ ok: false, error: 'HTTP 500' }]);
    const notJudge = spec({ type: 'not-judge', rubric: 'good' });
    expect(await evaluateMetric(notJudge, input('text', { judge }))).toMatchObject({ outcome: 'error' });
  });
});

describe('evaluation', () => {
  it('never throws: a crashing metric becomes outcome error with its message', async () => {
    const { judge } = fakeJudge(() => {
      throw new Error('socket closed');
    });
    const result = await evaluateMetric(spec({ type: 'judge', rubric: 'r' }), input('x', { judge }));
    expect(result).toEqual({ outcome: 'error', score: 0, reason: 'socket closed' });
  });

  it('refuses to run a pairwise spec as a single metric and vice versa', async () => {
    const pairwise = spec({ type: 'pairwise' });
    expect((await evaluateMetric(pairwise, input('x'))).outcome).toBe('error');
    const { judge } = fakeJudge([]);
    const pair = { baseline: 'a', candidate: 'b', vars: {}, messages: [], judge };
    expect((await evaluatePairMetric(spec({ type: 'contains', value: 'a' }), pair)).outcome).toBe('error');
  });

  it('knows which specs are pairwise, which call a judge, and which judge model they name', () => {
    expect(isPairwise(spec({ type: 'pairwise' }))).toBe(true);
    expect(isPairwise(spec({ type: 'judge', rubric: 'r' }))).toBe(false);
    expect(usesJudge(spec({ type: 'not-judge', rubric: 'r' }))).toBe(true);
    expect(usesJudge(spec({ type: 'regex', pattern: 'a' }))).toBe(false);
    expect(explicitJudgeModel(spec({ type: 'judge', rubric: 'r', model: 'openai:gpt-4o' }))).toBe(
      'openai:gpt-4o',
    );
    expect(explicitJudgeModel(spec({ type: 'judge', rubric: 'r' }))).toBeUndefined();
    expect(getMetricDefinition('not-contains')).toBe(containsMetric);
  });

  it('refuses two definitions of one type', () => {
    const copy: SingleMetricDefinition = { ...containsMetric };
    expect(() => buildRegistry([containsMetric, copy])).toThrow('registered twice');
  });
});
