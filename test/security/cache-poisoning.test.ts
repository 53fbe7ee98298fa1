/**
 * The response cache is a directory of the checkout (`.promptgate/cache` by default), and the
 * checkout is the pull request's commit. A pull request can commit cache entries: their keys are
 * computable from public facts (the base's provider URL, the model, the rendered messages), so the
 * entries would answer for the model, with whatever output turns the check green. In compare, a
 * cache directory holding files of the head commit is neither read nor written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { evaluateCheckout } from '../helpers/in-process.js';

const PROMPT = (tone: string) =>
  `id: greet\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: user\n    content: "${tone} {{ name }}"\n`;
const SUITE =
  'prompt: greet\nmetrics:\n  - type: contains\n    value: Hello\ncases:\n  - id: one\n    vars: { name: Ada }\n  - id: two\n    vars: { name: Bob }\n  - id: three\n    vars: { name: Cy }\n  - id: four\n    vars: { name: Di }\n  - id: five\n    vars: { name: Ed }\n  - id: six\n    vars: { name: Flo }\n';

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

let server: FakeServer;
let repo: TempRepo;
let base: string;
/** While true the fake model says "Hello" to everything: the attacker's stand-in for writing entries. */
let forging = false;
beforeAll(async () => {
  // The real model answers "Hello" only to the base's wording; the head's wording regresses.
  server = await startFakeOpenAI({
    reply: (body) => (forging || JSON.stringify(body.messages).includes('Greet') ? 'Hello there' : 'Go away'),
  });
  repo = createTempRepo();
  base = repo.commit(
    { 'promptgate.yaml': CONFIG(), 'p/greet.prompt.yaml': PROMPT('Greet'), 'p/greet.eval.yaml': SUITE },
    'base',
  );
});
afterAll(async () => {
  repo.remove();
  await server.close();
});

const CONFIG = () => `providers:\n  openai: { type: openai, base_url: "${server.url}/v1" }\n`;

describe('cache entries committed by a pull request', () => {
  it('are not read in compare: the model answers, and the regression fails', async () => {
    const entries = await forgedEntries();
    expect(Object.keys(entries).length).toBe(6);
    const head = repo.commit(
      {
        'p/greet.prompt.yaml': PROMPT('Shoo'),
        ...Object.fromEntries(
          Object.entries(entries).map(([path, text]) => [`.promptgate/cache/${path}`, text]),
        ),
      },
      'head with a cache',
    );
    server.requests.length = 0;
    const report = await evaluateCheckout(
      repo.dir,
      { mode: 'compare', base, head, cacheMode: 'readwrite' },
      { OPENAI_API_KEY: 'sk-test' },
    );
    // Both sides asked the model; the head's answers are the model's, not the committed ones.
    expect(server.requests.length).toBe(12);
    expect(report.verdict).toBe('fail');
    expect(report.warnings?.join('\n')).toMatch(/`\.promptgate\/cache` holds files of the compared commit/);
  });

  it("are not read by eval of a pull request's working tree (the action's eval on a pull request event)", async () => {
    const entries = await forgedEntries();
    repo.git('checkout', '-q', '-b', 'eval-pr', base);
    repo.commit(
      {
        'p/greet.prompt.yaml': PROMPT('Shoo'),
        ...Object.fromEntries(
          Object.entries(entries).map(([path, text]) => [`.promptgate/cache/${path}`, text]),
        ),
      },
      'head with a cache, checked out',
    );
    const env = { OPENAI_API_KEY: 'sk-test' };
    // A trusted working tree's cache is its own: the committed entries answer (no call, a pass).
    server.requests.length = 0;
    const trusting = await evaluateCheckout(repo.dir, { mode: 'eval', cacheMode: 'read' }, env);
    expect(server.requests.length).toBe(0);
    expect(trusting.verdict).toBe('pass');

    const report = await evaluateCheckout(
      repo.dir,
      { mode: 'eval', trustedBase: base, cacheMode: 'readwrite' },
      env,
    );
    expect(server.requests.length).toBe(6);
    expect(report.verdict).toBe('fail');
    expect(report.warnings?.join('\n')).toMatch(
      /`\.promptgate\/cache` holds files of the pull request's commit/,
    );
  });
});

/** The entries `promptgate eval` writes for the head's requests when the model says "Hello". */
async function forgedEntries(): Promise<Record<string, string>> {
  const scratch = createTempRepo();
  forging = true;
  try {
    scratch.commit(
      { 'promptgate.yaml': CONFIG(), 'p/greet.prompt.yaml': PROMPT('Shoo'), 'p/greet.eval.yaml': SUITE },
      'scratch',
    );
    await evaluateCheckout(scratch.dir, { mode: 'eval', cacheMode: 'readwrite' }, { OPENAI_API_KEY: 'sk-x' });
    return filesUnder(join(scratch.dir, '.promptgate/cache'));
  } finally {
    forging = false;
    scratch.remove();
  }
}
