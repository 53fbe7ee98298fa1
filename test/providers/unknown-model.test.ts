import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic } from '../fakes/anthropic-server.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/in-process.js';

// Real servers answer 404 for a model they do not serve (OpenAI `model_not_found`, GitHub Models
// `unknown_model`, Anthropic `not_found_error`): the fakes answer it the same way over real HTTP.
const unknownModel = (known: string) => (request: { body: unknown }) => {
  const body = request.body as { model?: unknown };
  return body.model === known
    ? undefined
    : { status: 404, message: `The model '${String(body.model)}' does not exist` };
};

const files = (model: string, config: string) => ({
  'promptgate.yaml': `${config}cache: { mode: off }\nmax_attempts: 1\n`,
  'prompts/support.prompt.yaml': `id: support\nversion: 1.0.0\nmodel: ${model}\nmessages:\n  - role: user\n    content: "{{ q }}"\n`,
  'prompts/support.eval.yaml':
    'prompt: support\nmetrics:\n  - type: contains\n    value: q\ncases:\n  - vars: { q: q1 }\n',
});

describe('a model name the provider does not know', () => {
  let openai: FakeServer;
  let anthropic: FakeServer;
  const repos: TempRepo[] = [];
  beforeAll(async () => {
    openai = await startFakeOpenAI({ failures: unknownModel('gpt-4o-mini') });
    anthropic = await startFakeAnthropic({ failures: unknownModel('claude-sonnet-4-5') });
  });
  afterAll(async () => {
    await Promise.all([openai.close(), anthropic.close()]);
    for (const repo of repos) repo.remove();
  });

  it.each([
    [
      'openai',
      'gpt-4o-mnii',
      'models:\n  "gpt-*": openai\n',
      () => ({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${openai.url}/v1` }),
    ],
    [
      'anthropic',
      'claude-sonet-4-5',
      'models:\n  "claude-*": anthropic\n',
      () => ({ ANTHROPIC_API_KEY: 'sk-ant', ANTHROPIC_BASE_URL: anthropic.url }),
    ],
    [
      'github',
      'openai/gpt-4o-mnii',
      '',
      () => ({ GITHUB_TOKEN: 'ghp-test', PROMPTGATE_GITHUB_MODELS_URL: `${openai.url}/inference` }),
    ],
  ])(
    '%s: the error names the model, the prompt file and where to fix the name, and the run fails',
    async (provider, model, config, env) => {
      const repo = createTempRepo(files(model, config));
      repos.push(repo);
      const result = await runCli(repo.dir, ['eval'], env());
      // The terminal report wraps long lines.
      const output = (result.stdout + result.stderr).replace(/\s+/g, ' ');
      expect(result.code).not.toBe(0);
      expect(output).toContain(`model '${model}' not found (404)`);
      expect(output).toContain(`The model '${model}' does not exist`);
      expect(output).toContain('`model:` in the prompt file, or the `models:` map in promptgate.yaml');
      expect(output).toContain(`prompts/support.prompt.yaml · ${provider}:${model}`);
    },
  );
});
