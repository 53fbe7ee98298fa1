/**
 * The compatibility fixtures (test/fixtures/gh-compat): each file with the verdict gh's rules give
 * when the model echoes the last user message it was sent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateMetric } from '../../src/metrics/registry.js';
import { parsePromptFile } from '../../src/prompts/parse.js';
import { renderPrompt } from '../../src/prompts/render.js';
import type { PromptFile } from '../../src/prompts/types.js';
import { buildGitHubSuite } from '../../src/suites/github.js';
import { input } from '../metrics/fakes.js';

const DIR = join(__dirname, '../fixtures/gh-compat');

/** fixture -> gh's verdict of its single test (all evaluators pass). */
const VERDICTS: Record<string, 'pass' | 'fail'> = {
  'nested-input.prompt.yml': 'pass', // `{{topic}}` is sent and checked as written
  'block-scalar.prompt.yml': 'fail', // the echoed question does not contain "paris"
  'number-equals.prompt.yml': 'pass', // `equals: 1.50` expects "1.50", not "1.5"
  'equals-case.prompt.yml': 'fail', // equals is exact: "Say Yes" is not "Yes"
  'unknown-uses.prompt.yml': 'fail', // gh fails an evaluator it does not know
  'first-check-wins.prompt.yml': 'fail', // equals is checked first, contains ignored
  'boolean-row.prompt.yml': 'pass', // true and 1.0 print as Go prints them
  'startswith-trimmed.prompt.yml': 'pass', // output trimmed, startsWith case-insensitive
};

describe('gh compatibility fixtures', () => {
  it.each(Object.entries(VERDICTS))("%s gives gh's verdict: %s", async (file, verdict) => {
    const draft = parsePromptFile(readFileSync(join(DIR, file), 'utf8'), `fixtures/${file}`);
    const suite = buildGitHubSuite(draft);
    const row = suite?.cases[0];
    if (!suite || !row) throw new Error(`${file} has no test`);
    const prompt = { ...draft, partials: [], contentHash: '', variables: [] } as PromptFile;
    const output = renderPrompt(prompt, row.vars).messages.findLast((m) => m.role === 'user')?.content ?? '';
    const results = await Promise.all(
      suite.metrics.map((m) => evaluateMetric(m, input(output, { vars: row.vars }))),
    );
    expect(results.every((r) => r.outcome === 'pass') ? 'pass' : 'fail').toBe(verdict);
  });
});
