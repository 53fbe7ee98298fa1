/**
 * `repeat: auto` end to end: compare over a fake OpenAI server on 127.0.0.1 whose answers are noisy.
 * Round 1 (one sample per case) sees two flips, which is inconclusive; round 2 samples only those two
 * cases again, on both sides, finds the baseline just as noisy, and passes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { evaluateCheckout } from '../helpers/in-process.js';

const NAMES = ['Ada', 'Bob', 'Cy', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo'];
const NOISY = new Set(['Ada', 'Bob']);

const prompt = (text: string) =>
  `id: greet\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: user\n    content: "${text} {{ name }}"\n`;
const suite = [
  'prompt: greet',
  'repeat: auto',
  'metrics: [{ type: contains, value: "{{ name }}" }]',
  'cases:',
  ...NAMES.map((name) => `  - { id: ${name.toLowerCase()}, vars: { name: ${name} } }`),
  '',
].join('\n');

let fake: FakeServer;
let repo: TempRepo;
let base: string;
let head: string;
/** Calls per message text; cleared before each run so every run sees the same noise. */
const calls = new Map<string, number>();
const env = { FAKE_KEY: 'sk-test', PATH: process.env.PATH ?? '' };

function compare(maxCostUsd?: number) {
  calls.clear();
  fake.requests.length = 0;
  const overrides = maxCostUsd !== undefined ? { overrides: { maxCostUsd } } : {};
  return evaluateCheckout(repo.dir, { mode: 'compare', base, head, cacheMode: 'off', ...overrides }, env);
}

const config = () =>
  [
    'providers:',
    `  fake: { type: openai, base_url: "${fake.url}/v1", api_key_env: FAKE_KEY }`,
    'models: { "gpt-*": fake }',
    'pricing: { "gpt-4o-mini": { input: 1000, output: 1000 } }',
    '',
  ].join('\n');

beforeAll(async () => {
  // Ada and Bob get a wrong answer once per version: the candidate's first call, the baseline's second.
  fake = await startFakeOpenAI({
    reply: (body) => {
      const content = body.messages.at(-1)?.content;
      const text = typeof content === 'string' ? content : '';
      const name = text.split(' ').at(-1) ?? '';
      const n = (calls.get(text) ?? 0) + 1;
      calls.set(text, n);
      const wrongAt = text.startsWith('Greet') ? 1 : 2;
      return NOISY.has(name) && n === wrongAt ? 'Hello there' : `Hello ${name}`;
    },
  });
  repo = createTempRepo();
  base = repo.commit(
    {
      'promptgate.yaml': config(),
      'p/greet.prompt.yaml': prompt('Say hello to'),
      'p/greet.eval.yaml': suite,
    },
    'base',
  );
  head = repo.commit({ 'p/greet.prompt.yaml': prompt('Greet') }, 'head');
});

afterAll(async () => {
  await fake.close();
  repo.remove();
});

describe('repeat: auto in compare', () => {
  it('samples again only the uncertain cases, on both sides, until the verdict is decided', async () => {
    const report = await compare();
    const [greet] = report.prompts;
    expect(greet?.verdict).toBe('pass');
    expect(greet?.adaptive?.stop).toBe('decided');
    expect(greet?.adaptive?.rounds.map((r) => [r.samplesPerCase, r.cases, r.calls, r.verdict])).toEqual([
      [1, 10, 20, 'inconclusive'],
      [3, 2, 8, 'pass'],
    ]);
    expect(greet?.adaptive?.rounds[1]?.costUsd).toBeGreaterThan(0);

    // 20 calls in round 1, then 2 more per side for Ada and Bob only.
    expect(fake.requests).toHaveLength(28);
    const later = fake.requests.slice(20).map((r) => JSON.stringify(r.body));
    expect(later.every((m) => m.includes('Ada') || m.includes('Bob'))).toBe(true);
    const samples = (id: string) => greet?.cases.find((c) => c.id === id);
    expect(samples('ada')?.baseline?.samples).toHaveLength(3);
    expect(samples('ada')?.candidate?.samples).toHaveLength(3);
    expect(samples('cy')?.candidate?.samples).toHaveLength(1);

    expect(renderMarkdown(report)).toContain(
      'repeat: auto, 2 of 3 rounds (10 cases at 1 sample per side, then 2 uncertain cases at 3): 28 calls',
    );
  });

  it('starts no round the budget cannot pay for: still inconclusive, and says why', async () => {
    const first = (await compare()).prompts[0]?.adaptive?.rounds[0];
    // Round 1 fits; its 8 more calls (40% of round 1's cost) would not.
    const report = await compare((first?.costUsd ?? 0) * 1.2);
    const [greet] = report.prompts;
    expect(fake.requests).toHaveLength(20);
    expect(greet?.verdict).toBe('inconclusive');
    expect(greet?.adaptive?.stop).toBe('budget');
    expect(report.usage.budgetExhausted).toBe(false);
    expect(renderMarkdown(report)).toContain(
      'round 1 at one-sided alpha 0.00069; the next round would exceed max\\_cost\\_usd',
    );
  });

  it("applies promptgate.yaml's repeat: auto to GitHub Models files, which cannot set it", async () => {
    const github = createTempRepo();
    const file = (text: string) =>
      [
        'name: greet',
        'model: openai/gpt-4o-mini',
        'messages:',
        `  - role: user`,
        `    content: "${text} {{name}}"`,
        'testData:',
        ...NAMES.map((name) => `  - name: ${name}`),
        'evaluators:',
        '  - name: names',
        '    string: { contains: "{{name}}" }',
        '',
      ].join('\n');
    try {
      const from = github.commit(
        { 'promptgate.yaml': 'repeat: auto\n', 'p/greet.prompt.yml': file('Say hello to') },
        'base',
      );
      const to = github.commit({ 'p/greet.prompt.yml': file('Greet') }, 'head');
      calls.clear();
      fake.requests.length = 0;
      const report = await evaluateCheckout(
        github.dir,
        { mode: 'compare', base: from, head: to, cacheMode: 'off' },
        { GITHUB_TOKEN: 'gh-test', PROMPTGATE_GITHUB_MODELS_URL: `${fake.url}/inference`, PATH: env.PATH },
      );
      const [greet] = report.prompts;
      expect(greet?.verdict).toBe('pass');
      expect(greet?.adaptive?.rounds.map((r) => [r.cases, r.calls, r.verdict])).toEqual([
        [10, 20, 'inconclusive'],
        [2, 8, 'pass'],
      ]);
    } finally {
      github.remove();
    }
  });
});
