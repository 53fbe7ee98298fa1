import { describe, expect, it } from 'vitest';
import { parseSuite } from '../../src/suites/parse.js';

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
});
