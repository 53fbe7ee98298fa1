/** `promptgate eval` on GitHub Models files as gh reads them, against a fake GitHub Models server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { evaluateCheckout } from '../helpers/in-process.js';

const NESTED = `name: Nested variables
model: openai/gpt-4o-mini
messages:
  - role: user
    content: "Echo: {{topic}}"
testData:
  - input:
      topic: tides
    expected: "{{topic}}"
evaluators:
  - name: echoed as written
    string: { endsWith: "{{topic}}" }
`;
const NO_TESTS = `name: Untested
model: openai/gpt-4o-mini
messages:
  - role: user
    content: Say hi.
`;

let fake: FakeServer;
let repo: TempRepo;
beforeAll(async () => {
  // Echoes the user message, so what the prompt sent is what the evaluators see.
  fake = await startFakeOpenAI({});
  repo = createTempRepo({ 'prompts/nested.prompt.yml': NESTED, 'prompts/untested.prompt.yml': NO_TESTS });
});
afterAll(async () => {
  await fake.close();
  repo.remove();
});

const env = () => ({ GITHUB_TOKEN: 'ghs_test', PROMPTGATE_GITHUB_MODELS_URL: `${fake.url}/inference` });

describe('eval of GitHub Models files', () => {
  it('sends a placeholder without a value as written and warns in the report, terminal and comment', async () => {
    const report = await evaluateCheckout(repo.dir, { mode: 'eval', cacheMode: 'off' }, env());
    expect(fake.requests[0]?.body).toMatchObject({
      messages: [{ role: 'user', content: 'Echo: {{topic}}' }],
    });
    // gh's verdict: the output ends with the literal `{{topic}}`, so the test passes.
    expect(report.verdict).toBe('pass');
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^prompts\/nested\.prompt\.yml:5 \(messages\[0\]\): `\{\{topic\}\}` has no value/,
      ),
      expect.stringMatching(
        /^prompts\/nested\.prompt\.yml \(evaluator `echoed as written`\): `\{\{topic\}\}`/,
      ),
    ]);
    const terminal = renderTerminal(report, { color: false, width: 400 });
    expect(terminal).toContain(
      'warning: prompts/nested.prompt.yml:5 (messages[0]): `{{topic}}` has no value',
    );
    expect(renderMarkdown(report)).toContain('⚠️ Warnings');
  });

  it('lists prompts without test cases as not evaluated', async () => {
    const report = await evaluateCheckout(repo.dir, { mode: 'eval', cacheMode: 'off' }, env());
    expect(report.prompts.map((p) => p.id)).toEqual(['prompts/nested']);
    expect(report.notEvaluated).toEqual([
      { id: 'prompts/untested', path: 'prompts/untested.prompt.yml', reason: 'not evaluated: no test cases' },
    ]);
    expect(renderTerminal(report, { color: false, width: 400 })).toContain(
      '○ `prompts/untested` (prompts/untested.prompt.yml): not evaluated: no test cases',
    );
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('**Not evaluated**');
    expect(markdown).toContain(
      '`prompts/untested` (prompts/untested.prompt.yml): not evaluated: no test cases',
    );
  });
});
