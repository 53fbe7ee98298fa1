import { describe, expect, it } from 'vitest';
import { planPrompt } from '../../src/run/plan.js';
import { prompt, suite } from '../helpers/run-fixtures.js';

const metrics = [{ type: 'contains', value: 'Hello' }];

describe('planPrompt', () => {
  it("gives suites without their own repeat promptgate.yaml's, and lets a suite's repeat win", () => {
    const plain = suite('greet', 1, metrics);
    delete plain.repeat;
    const own = { ...suite('greet', 1, metrics, 3), name: 'own' };
    const plan = planPrompt({
      id: 'greet',
      path: 'greet.prompt.yaml',
      status: 'modified',
      candidate: prompt('greet', 'Hello {{ name }}'),
      suites: [plain, own],
      repeat: { repeat: 1, maxRepeats: 5 },
    });
    expect(plan.cases.map((c) => [c.id, c.repeat, c.maxRepeats])).toEqual([
      ['greet/c1', 1, 5],
      ['own/c1', 3, undefined],
    ]);
  });
});
