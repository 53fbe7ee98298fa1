/**
 * The compatibility fixtures (test/fixtures/gh-compat): each file with the verdicts gh's rules give
 * when the model echoes the last user message it was sent, and, for `llm` and built-in evaluators,
 * the judge replies as scripted here. Files gh rejects expect promptgate's load error instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { evaluateMetric } from '../../src/metrics/registry.js';
import { unfilledPlaceholderWarnings } from '../../src/prompts/github-placeholders.js';
import { parsePromptFile } from '../../src/prompts/parse.js';
import { renderPrompt } from '../../src/prompts/render.js';
import type { PromptFile } from '../../src/prompts/types.js';
import type { ResponseFormat } from '../../src/providers/types.js';
import { buildGitHubSuite } from '../../src/suites/github.js';
import { fakeJudge, input } from '../metrics/fakes.js';

const DIR = join(__dirname, '../fixtures/gh-compat');

type Verdict = 'pass' | 'fail';

interface Expectation {
  /** gh's verdict of each test row, in order (a test passes when all its evaluators pass). */
  verdicts?: Verdict[];
  /** What the judge model replies, given the judge prompt it was sent. */
  judge?: (prompt: string) => string;
  /** The response format sent to the model. */
  responseFormat?: ResponseFormat;
  /** How many "sent as written" placeholder warnings the report carries. */
  warnings?: number;
  /** gh refuses to run the file: promptgate's load error. */
  error?: RegExp;
}

const ROWS_ENDING_IN_1 = Array.from({ length: 40 }, (_, i): Verdict => (i % 10 === 0 ? 'pass' : 'fail'));

const FIXTURES: Record<string, Expectation> = {
  // Variables and placeholders.
  'nested-input.prompt.yml': { verdicts: ['pass'], warnings: 2 }, // `{{topic}}` sent and checked as written
  'vars-nested.prompt.yml': { verdicts: ['pass'], warnings: 2 }, // same under `vars:`
  'input-nested-expected-top.prompt.yml': { verdicts: ['pass'], warnings: 1 }, // expected's `{{question}}` is not re-substituted
  'spaced-placeholder.prompt.yml': { verdicts: ['pass'], warnings: 2 }, // `{{ name }}` is not a placeholder for gh: sent as written (message and check), with a warning each
  'missing-placeholder.prompt.yml': { verdicts: ['pass', 'fail'], warnings: 1 }, // row 2 sends "Hello, {{name}}"
  'long-testdata.prompt.yml': { verdicts: ROWS_ENDING_IN_1 }, // 40 rows: n = 1, 11, 21, 31 end in "1"

  // Block scalars.
  'block-scalar.prompt.yml': { verdicts: ['fail'] }, // the echoed question does not contain "paris"
  'literal-block-strip.prompt.yml': { verdicts: ['pass'] }, // `|-` has no final newline, like the trimmed output
  'literal-block-keep.prompt.yml': { verdicts: ['fail'] }, // `|` keeps one; equals is exact, expected not trimmed
  'folded-block.prompt.yml': { verdicts: ['pass'] }, // `>` folds lines into spaces; endsWith ignores case

  // Numbers, dates, booleans and null: string fields keep their source text, rows print as Go's %v.
  'number-equals.prompt.yml': { verdicts: ['pass'] }, // `equals: 1.50` expects "1.50", not "1.5"
  'leading-zeros.prompt.yml': { verdicts: ['pass'] }, // content and `equals: 007` both stay "007"
  'boolean-row.prompt.yml': { verdicts: ['pass'] }, // true and 1.0 print as "true" and "1"
  'date-strings.prompt.yml': { verdicts: ['pass', 'pass', 'fail'] }, // unquoted dates print as Go times; a quoted one stays text
  'yes-no-row.prompt.yml': { verdicts: ['pass'] }, // yes/no stay strings, True is a boolean
  'null-row.prompt.yml': { verdicts: ['pass'] }, // null, ~ and an empty value print as "<nil>"
  'octal-row.prompt.yml': { verdicts: ['pass'] }, // go-yaml reads 010 as octal 8, 0o17 as 15
  'float-row.prompt.yml': { verdicts: ['pass'] }, // 1500000.0 -> "1.5e+06", 0.00001 -> "1e-05"

  // String checks.
  'equals-case.prompt.yml': { verdicts: ['fail'] }, // equals is exact: "Say Yes" is not "Yes"
  'first-check-wins.prompt.yml': { verdicts: ['fail'] }, // equals is checked first, contains ignored
  'startswith-trimmed.prompt.yml': { verdicts: ['pass'] }, // output trimmed, startsWith case-insensitive
  'unicode-emoji.prompt.yml': { verdicts: ['pass'] }, // emoji kept; capital ẞ lowers to ß
  'dotted-capital-i.prompt.yml': { verdicts: ['pass'] }, // Go lowers each character on its own

  // Response formats.
  'json-object.prompt.yml': { verdicts: ['pass', 'fail'], responseFormat: { type: 'json_object' } },
  'json-schema-string.prompt.yml': {
    verdicts: ['pass'],
    responseFormat: {
      type: 'json_schema',
      name: 'verdict',
      strict: true,
      schema: {
        type: 'object',
        properties: { verdict: { type: 'string', enum: ['approve', 'reject'] } },
        required: ['verdict'],
        additionalProperties: false,
      },
    },
  },

  // Optional fields left out, roles, assistant turns.
  'minimal.prompt.yml': { verdicts: ['pass'] }, // no name, description or modelParameters
  'no-evaluators.prompt.yml': { verdicts: ['pass', 'pass'] }, // no evaluator: every test passes
  'role-case.prompt.yml': { verdicts: ['pass'] }, // System/USER/Assistant accepted; last user message answered

  // llm evaluators: the lower-cased reply, first listed choice found as a substring.
  'llm-overlapping-choices.prompt.yml': {
    verdicts: ['pass'], // "incorrect" contains "correct", listed first: score 1
    judge: () => 'Incorrect.',
  },
  'llm-choice-order.prompt.yml': {
    verdicts: ['fail'], // "incorrect" listed first is found before "correct": score 0
    judge: () => 'INCORRECT',
  },
  'llm-uppercase-reply.prompt.yml': {
    verdicts: ['pass', 'fail'],
    judge: (prompt) => (prompt.includes('Thanks') ? 'FRIENDLY' : 'Definitely HOSTILE'),
  },
  'llm-no-choice-matched.prompt.yml': { verdicts: ['fail'], judge: () => 'I cannot grade this.' },

  // Built-in evaluators: a 1-5 rating, "1" searched first (score 0), then "2" ... "5".
  'builtin-similarity.prompt.yml': {
    verdicts: ['pass', 'fail'],
    judge: (prompt) => (prompt.includes('2 + 2') ? '4' : '1'),
  },
  'builtin-rating-with-one.prompt.yml': {
    verdicts: ['fail'], // "5 out of 5 (scale 1-5)" contains "1": score 0
    judge: (prompt) => (prompt.includes('Fluency') ? '5' : 'Rating: 5 out of 5 (scale 1-5)'),
  },
  'unknown-uses.prompt.yml': { verdicts: ['fail'] }, // gh fails an evaluator it does not know

  // Files gh refuses to run.
  'reject-response-format.prompt.yml': { error: /responseFormat/ },
  'reject-json-schema-missing.prompt.yml': { error: /`responseFormat: json_schema` needs a `jsonSchema`/ },
  'reject-json-schema-no-name.prompt.yml': { error: /`jsonSchema` must have a string `name`/ },
  'reject-no-messages.prompt.yml': { error: /not a prompt file: it has no `messages`/ },
};

function load(file: string) {
  const path = `fixtures/${file}`;
  const draft = parsePromptFile(readFileSync(join(DIR, file), 'utf8'), path);
  return { draft, suite: buildGitHubSuite(draft) };
}

describe('gh compatibility fixtures', () => {
  it('lists every fixture file', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  const runnable = Object.entries(FIXTURES).filter(([, e]) => !e.error);
  it.each(runnable)("%s gives gh's verdicts", async (file, expectation) => {
    const { draft, suite } = load(file);
    if (!suite) throw new Error(`${file} has no tests`);
    const prompt = { ...draft, partials: [], contentHash: '', variables: [] } as PromptFile;
    const { judge } = fakeJudge((request) => {
      if (!expectation.judge) throw new Error(`${file}: no judge reply scripted`);
      return expectation.judge(request.messages.at(-1)?.content ?? '');
    });
    const verdicts = [];
    for (const row of suite.cases) {
      const output =
        renderPrompt(prompt, row.vars).messages.findLast((m) => m.role === 'user')?.content ?? '';
      const results = await Promise.all(
        suite.metrics.map((m) => evaluateMetric(m, input(output, { vars: row.vars, judge }))),
      );
      verdicts.push(results.every((r) => r.outcome === 'pass') ? 'pass' : 'fail');
    }
    expect(verdicts).toEqual(expectation.verdicts);
    if (expectation.responseFormat) expect(draft.responseFormat).toEqual(expectation.responseFormat);
    if (expectation.warnings !== undefined) {
      const cases = suite.cases.map((c) => ({ ...c, metrics: suite.metrics }));
      expect(unfilledPlaceholderWarnings(draft, cases)).toHaveLength(expectation.warnings);
    }
  });

  const rejected = Object.entries(FIXTURES).filter(([, e]) => e.error);
  it.each(rejected)('%s is refused with a load error, as gh refuses it', (file, expectation) => {
    let error: unknown;
    try {
      load(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).format()).toMatch(expectation.error ?? /./);
    expect((error as ConfigError).location?.file).toBe(`fixtures/${file}`);
  });
});
