/**
 * A `.prompt.yml` names bare models (`gpt-4o-mini`): gh sends them to GitHub Models, and the trusted
 * (base) promptgate.yaml may route them elsewhere. In compare, a pull request's own promptgate.yaml
 * must not redirect them (a `models:` glob or `default_provider` pointing a bare name at another
 * provider the base holds a key for): the routing of the prompt and of its `llm` judge is the base's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { evaluateCheckout } from '../helpers/in-process.js';

const PROMPT = (question: string) => `name: Capitals
model: gpt-4o-mini
messages:
  - role: user
    content: "${question} {{country}}? One word."
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

const reply = (body: { messages: unknown }) =>
  JSON.stringify(body.messages).includes('Answer yes or no') ? 'Yes.' : 'Paris';

let models: FakeServer;
let corp: FakeServer;

beforeAll(async () => {
  models = await startFakeOpenAI({ reply });
  corp = await startFakeOpenAI({ reply });
});
afterAll(async () => {
  await models.close();
  await corp.close();
});

const BASE_CONFIG = () =>
  `providers:\n  corp: { type: openai, base_url: "${corp.url}/v1", api_key_env: CORP_KEY }\nmodels: { "claude-*": corp }\n`;

describe.each([
  ['a models: glob', 'models: { "gpt-4o-*": corp }\n'],
  ['default_provider', 'default_provider: corp\n'],
])('a pull request that redirects bare .prompt.yml model names with %s', (_what, redirect) => {
  let repo: TempRepo;
  let base: string;
  let head: string;
  beforeAll(() => {
    repo = createTempRepo();
    base = repo.commit(
      { 'promptgate.yaml': BASE_CONFIG(), 'prompts/capital.prompt.yml': PROMPT('Capital of') },
      'base',
    );
    head = repo.commit(
      {
        'promptgate.yaml': `providers:\n  corp: { type: openai, base_url: "${corp.url}/v1", api_key_env: CORP_KEY }\n${redirect}`,
        'prompts/capital.prompt.yml': PROMPT('What is the capital of'),
      },
      'head',
    );
  });
  afterAll(() => repo.remove());

  it('still sends the prompt and its judge to GitHub Models, as the base routes them', async () => {
    models.requests.length = 0;
    corp.requests.length = 0;
    const report = await evaluateCheckout(
      repo.dir,
      { mode: 'compare', base, head, cacheMode: 'off' },
      {
        GITHUB_TOKEN: 'ghs_test',
        CORP_KEY: 'sk-corp',
        PROMPTGATE_GITHUB_MODELS_URL: `${models.url}/inference`,
      },
    );
    expect(corp.requests).toHaveLength(0);
    // Base and head, prompt and judge.
    expect(models.requests).toHaveLength(4);
    expect(models.requests.every((r) => r.headers.authorization === 'Bearer ghs_test')).toBe(true);
    expect(report.verdict).toBe('pass');
  });
});
