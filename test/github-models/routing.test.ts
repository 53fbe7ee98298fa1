/** A `.prompt.yml` as gh runs it: with only GITHUB_TOKEN set, bare model names go to GitHub Models. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { evaluateCheckout } from '../helpers/in-process.js';

const PROMPT = `name: Capitals
model: gpt-4o-mini
messages:
  - role: user
    content: "Capital of {{country}}? One word."
testData:
  - country: France
    expected: Paris
evaluators:
  - name: names the city
    string: { contains: "{{expected}}" }
  - name: judged
    llm:
      modelId: gpt-4o-mini
      prompt: "Is {{completion}} the capital of {{country}}? Answer yes or no."
      choices: [{ choice: "yes", score: 1 }, { choice: "no", score: 0 }]
`;

let fake: FakeServer;
let repo: TempRepo;

beforeAll(async () => {
  fake = await startFakeOpenAI({
    reply: (body) => (JSON.stringify(body.messages).includes('Answer yes or no') ? 'Yes.' : ' Paris \n'),
  });
  repo = createTempRepo({ 'prompts/capital.prompt.yml': PROMPT });
});
afterAll(async () => {
  await fake.close();
  repo.remove();
});

const onlyGitHubToken = () => ({
  GITHUB_TOKEN: 'ghs_test',
  PROMPTGATE_GITHUB_MODELS_URL: `${fake.url}/inference`,
});

describe('bare model names in .prompt.yml files', () => {
  it('are evaluated on GitHub Models with only GITHUB_TOKEN set, prompt and judge alike', async () => {
    const report = await evaluateCheckout(repo.dir, { mode: 'eval', cacheMode: 'off' }, onlyGitHubToken());
    expect(report.verdict).toBe('pass');
    expect(report.prompts[0]?.cases[0]?.candidate?.outcome).toBe('pass');
    expect(fake.requests.map((r) => [r.path, (r.body as { model: string }).model])).toEqual([
      ['/inference/chat/completions', 'gpt-4o-mini'],
      ['/inference/chat/completions', 'gpt-4o-mini'],
    ]);
    expect(fake.requests.every((r) => r.headers.authorization === 'Bearer ghs_test')).toBe(true);
    // gh sends the judge neither a temperature nor a response format.
    const judge = fake.requests.find((r) => JSON.stringify(r.body).includes('Answer yes or no'));
    expect(judge?.body).not.toHaveProperty('temperature');
    expect(judge?.body).not.toHaveProperty('response_format');
  });

  it('follow promptgate.yaml when it routes them elsewhere', async () => {
    const routed = createTempRepo({
      'prompts/capital.prompt.yml': PROMPT,
      'promptgate.yaml': 'models:\n  "gpt-*": openai\n',
    });
    try {
      await expect(
        evaluateCheckout(routed.dir, { mode: 'eval', cacheMode: 'off' }, onlyGitHubToken()),
      ).rejects.toThrow(/OPENAI_API_KEY/);
    } finally {
      routed.remove();
    }
  });
});
