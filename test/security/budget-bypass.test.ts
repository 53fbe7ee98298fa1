/**
 * `max_cost_usd` is the trusted config's (in compare, the base commit's), and so are the prices. The
 * model is the pull request's choice: a prompt moved to a model promptgate has no price for (say
 * `o1-pro`, many times the price of `gpt-4o-mini`) was charged $0 per call, so the budget never
 * stopped it, whatever `repeat` the suite asked for. Under a budget such a model is not called.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { evaluateCheckout } from '../helpers/in-process.js';

const PROMPT = (model: string) =>
  `id: greet\nversion: 1.0.0\nmodel: ${model}\nmessages:\n  - role: user\n    content: "Hi {{ name }}"\n`;
const SUITE = (repeat: number) =>
  `prompt: greet\nrepeat: ${repeat}\nmetrics:\n  - type: contains\n    value: Hi\ncases:\n  - id: one\n    vars: { name: Ada }\n`;

let server: FakeServer;
let repo: TempRepo;
let base: string;
let head: string;

beforeAll(async () => {
  server = await startFakeOpenAI({ reply: () => 'Hi Ada' });
  repo = createTempRepo();
  const config = `providers:\n  openai: { type: openai, base_url: "${server.url}/v1" }\nmax_cost_usd: 1\n`;
  base = repo.commit(
    {
      'promptgate.yaml': config,
      'p/greet.prompt.yaml': PROMPT('gpt-4o-mini'),
      'p/greet.eval.yaml': SUITE(1),
    },
    'base',
  );
  head = repo.commit({ 'p/greet.prompt.yaml': PROMPT('o1-pro'), 'p/greet.eval.yaml': SUITE(20) }, 'head');
});
afterAll(async () => {
  repo.remove();
  await server.close();
});

describe('a pull request that moves a prompt to a model without a price, under a budget', () => {
  it('gets no call to that model: its samples are errors that say why, and the check is not a pass', async () => {
    server.requests.length = 0;
    const report = await evaluateCheckout(
      repo.dir,
      { mode: 'compare', base, head, cacheMode: 'off' },
      { OPENAI_API_KEY: 'sk-test' },
    );
    const models = server.requests.map((r) => (r.body as { model?: string }).model);
    expect(models).not.toContain('o1-pro');
    // The base side (a priced model) still ran.
    expect(models).toContain('gpt-4o-mini');
    expect(report.verdict).toBe('error');
    const [prompt] = report.prompts;
    const errors = prompt?.cases.flatMap((c) => c.candidate?.samples.map((s) => s.error) ?? []);
    expect(errors?.[0]).toMatch(
      /model `o1-pro` has no known price, so max_cost_usd 1 cannot count what it spends/,
    );
    expect(report.usage.unpricedModels).toEqual(['o1-pro']);
  });
});
