import { describe, expect, it } from 'vitest';
import { githubEvaluatorToMetricSpec } from '../../src/metrics/registry.js';
import { unfilledPlaceholderWarnings, type PlaceholderCase } from '../../src/prompts/github-placeholders.js';
import type { PromptFile } from '../../src/prompts/types.js';
import { parseContext } from '../metrics/fakes.js';

const prompt = (content: string, format: PromptFile['format'] = 'github') => ({
  path: 'prompts/a.prompt.yml',
  format,
  messages: [{ role: 'user' as const, content, line: 4 }],
});
const evaluator = (raw: Record<string, unknown>) => githubEvaluatorToMetricSpec(raw, parseContext(), 0);
const row = (id: string, vars: Record<string, unknown>, metrics: PlaceholderCase['metrics'] = []) => ({
  id,
  vars,
  metrics,
});

describe('unfilled placeholders of GitHub Models files', () => {
  it('warns once per placeholder, naming the rows without a value and where the value is nested', () => {
    const warnings = unfilledPlaceholderWarnings(prompt('Summarise {{topic}} for {{audience}}'), [
      row('test-1', { input: { topic: 'tides' }, audience: 'kids' }),
      row('test-2', { topic: 'moons', audience: 'kids' }),
    ]);
    expect(warnings).toEqual([
      'prompts/a.prompt.yml:4 (messages[0]): `{{topic}}` has no value in 1 of 2 test rows (test-1), so it is sent as written, as gh does; the value is nested under `input:`, and only top-level keys of a row fill placeholders',
    ]);
  });

  it('checks evaluator templates too, but not `{{completion}}` of llm judges', () => {
    const contains = evaluator({ name: 'mentions', string: { contains: '{{expected}}' } });
    const judge = evaluator({
      name: 'judged',
      llm: { modelId: 'm', prompt: '{{completion}} vs {{reference}}', choices: [{ choice: 'y', score: 1 }] },
    });
    const warnings = unfilledPlaceholderWarnings(prompt('Hi'), [
      row('test-1', { q: 'x' }, [contains, judge]),
    ]);
    expect(warnings).toEqual([
      'prompts/a.prompt.yml (evaluator `mentions`): `{{expected}}` has no value in any of its 1 test row, so it is sent as written, as gh does',
      'prompts/a.prompt.yml (evaluator `judged`): `{{reference}}` has no value in any of its 1 test row, so it is sent as written, as gh does',
    ]);
  });

  it('says nothing for filled placeholders, promptgate files, or brace text that is no placeholder', () => {
    expect(
      unfilledPlaceholderWarnings(prompt('{{a}} {{ spaced }} ${{github.x}}'), [row('t', { a: 1 })]),
    ).toEqual([]);
    expect(unfilledPlaceholderWarnings(prompt('{{a}}', 'promptgate'), [row('t', {})])).toEqual([]);
  });
});
