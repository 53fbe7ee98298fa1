/**
 * A server (a proxy, a gateway in debug mode) may answer an error with the request it received,
 * headers included. Whatever credential the request carried (the API key, or a secret a `headers:`
 * entry reads with `${VAR}`) must not reach the error outcome, and through it the reports and the
 * PR comment, which no log masking covers.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { runCli } from '../helpers/in-process.js';

const KEY = 'sk-live-0123456789abcdef';
const TENANT = 'tenant-secret-9f8e7d6c5b4a';

let server: FakeServer;
let dir: string;
beforeAll(async () => {
  // Every request is refused with a message that quotes its headers.
  server = await startFakeOpenAI({
    failures: (request) => ({
      status: 400,
      message: `bad request, headers were x-tenant=${String(request.headers['x-tenant'])} authorization=${String(request.headers.authorization)}`,
    }),
  });
  dir = mkdtempSync(join(tmpdir(), 'promptgate-echo-secrets-'));
  const files = {
    'promptgate.yaml': [
      'providers:',
      `  corp: { type: openai, base_url: "${server.url}/v1", api_key_env: CORP_KEY, headers: { X-Tenant: "t=\${CORP_TENANT}" } }`,
      'models: { "m-*": corp }',
      '',
    ].join('\n'),
    'p/greet.prompt.yaml':
      'id: greet\nversion: 1.0.0\nmodel: m-1\nmessages:\n  - role: user\n    content: "Hi {{ name }}"\n',
    'p/greet.eval.yaml':
      'prompt: greet\nmetrics:\n  - type: contains\n    value: Hi\ncases:\n  - id: one\n    vars: { name: Ada }\n',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('credentials echoed by a server in an error reply', () => {
  it('appear in no output: neither the API key nor a secret a header reads', async () => {
    const outputs = ['--json', 'r.json', '--markdown', 'r.md', '--html', 'r.html', '--junit', 'r.xml'];
    const result = await runCli(dir, ['eval', '--no-cache', ...outputs], {
      CORP_KEY: KEY,
      CORP_TENANT: TENANT,
    });
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests[0]?.headers['x-tenant']).toBe(`t=${TENANT}`);
    const written = ['r.json', 'r.md', 'r.html', 'r.xml'].map((file) =>
      readFileSync(join(dir, file), 'utf8'),
    );
    const json = written[0] ?? '';
    // The server's message is kept, without the secrets.
    expect(json).toContain('bad request, headers were');
    for (const text of [result.stdout, result.stderr, ...written]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(TENANT);
    }
  });
});
