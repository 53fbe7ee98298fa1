/**
 * The model endpoint is the trusted config's, but what it sends back is not under our control: a
 * reply of 100 MB (or a small gzip body that inflates to gigabytes), or a reply that sends its headers
 * and then never ends its body. Each call ends as an `error` outcome within its timeout and memory
 * bound; the run finishes and writes its report.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runCli } from '../helpers/in-process.js';

const servers: Server[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function serve(answer: (response: ServerResponse) => void): Promise<string> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => answer(response));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
}

async function evalAgainst(url: string) {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-endless-'));
  dirs.push(dir);
  const files = {
    'promptgate.yaml': `providers:\n  fake: { type: openai, base_url: "${url}/v1", api_key_env: FAKE_KEY }\nmodels: { "m-*": fake }\ntimeout_ms: 2000\nmax_attempts: 1\n`,
    'p/ask.prompt.yaml':
      'id: ask\nversion: 1.0.0\nmodel: m-1\nmessages:\n  - role: user\n    content: "hi"\n',
    'p/ask.eval.yaml':
      'prompt: ask\nmetrics:\n  - type: contains\n    value: hi\ncases:\n  - id: one\n    vars: {}\n',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const started = Date.now();
  const result = await runCli(dir, ['eval', '--no-cache', '--json', 'r.json'], { FAKE_KEY: 'sk-fake' });
  const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report;
  return { ...result, report, seconds: (Date.now() - started) / 1000 };
}

const completion = (content: string) =>
  JSON.stringify({
    id: 'x',
    object: 'chat.completion',
    model: 'm-1',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });

describe('replies that never end or never stop growing', () => {
  it('a body that never ends times out: an error outcome, the run finishes', async () => {
    const url = await serve((response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id": "x", "choices": [');
    });
    const result = await evalAgainst(url);
    expect(result.code).toBe(2); // an errored run
    expect(result.report.prompts[0]?.cases[0]?.candidate?.outcome).toBe('error');
  });

  it('a 100 MB reply is cut off: an error outcome naming the size, not 100 MB held in memory', async () => {
    const url = await serve((response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 100 && response.write(chunk)) sent++;
        if (sent < 100) response.once('drain', more);
        else response.end();
      };
      response.write('{"choices": [{"message": {"content": "');
      more();
    });
    const result = await evalAgainst(url);
    expect(result.code).toBe(2); // an errored run
    const sample = result.report.prompts[0]?.cases[0]?.candidate?.samples[0];
    expect(sample?.error).toMatch(/larger than 32 MiB/);
  });

  it('a gzip body that inflates past the limit is cut off the same way', async () => {
    const bomb = gzipSync(Buffer.from(completion('a'.repeat(64 * 1024 * 1024))));
    const url = await serve((response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(bomb);
    });
    const result = await evalAgainst(url);
    expect(result.code).toBe(2); // an errored run
    expect(result.report.prompts[0]?.cases[0]?.candidate?.samples[0]?.error).toMatch(/larger than 32 MiB/);
  });
});
