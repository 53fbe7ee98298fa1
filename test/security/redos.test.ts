/**
 * Our own regular expressions over text a pull request or a model writes must run in linear time.
 * Two did not: the judge prompt's data-tag escaping (`<` then a long run of spaces: quadratic) and the
 * offline model's data-block reading (`<prompt>` repeated without a closing tag: quadratic). A few
 * hundred kilobytes held a run for minutes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_TAGS, escapeData, readDataBlock } from '../../src/metrics/judge/protocol.js';
import type { Report } from '../../src/report/types.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { runCli } from '../helpers/in-process.js';

const SPACES = `<${' '.repeat(300_000)}x`;
const OPEN_TAGS = '<prompt>'.repeat(100_000);

let model: FakeServer;
const dirs: string[] = [];
beforeAll(async () => {
  model = await startFakeOpenAI({ reply: () => SPACES });
});
afterAll(async () => {
  await model.close();
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

async function evalFiles(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-redos-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const result = await runCli(dir, ['eval', '--no-cache', '--json', 'r.json'], { FAKE_KEY: 'sk-fake' });
  return { ...result, report: JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report };
}

describe('regular expressions over untrusted text run in linear time', () => {
  it('a model output of `<` and 300,000 spaces is escaped into the judge prompt at once', async () => {
    const result = await evalFiles({
      'promptgate.yaml': `providers:\n  fake: { type: openai, base_url: "${model.url}/v1", api_key_env: FAKE_KEY }\nmodels: { "m-*": fake }\n`,
      'p/ask.prompt.yaml':
        'id: ask\nversion: 1.0.0\nmodel: m-1\nmessages:\n  - role: user\n    content: "hi"\n',
      'p/ask.eval.yaml':
        'prompt: ask\njudge: { model: "offline:judge" }\nmetrics:\n  - type: judge\n    rubric: "is polite"\ncases:\n  - id: one\n    vars: {}\n',
    });
    expect(result.report.prompts[0]?.cases[0]?.candidate?.samples[0]?.output).toBe(SPACES);
    expect(result.report.prompts[0]?.cases[0]?.candidate?.samples[0]?.metrics).not.toEqual({});
  });

  it('an offline-model prompt of 100,000 unclosed `<prompt>` tags is answered at once', async () => {
    const result = await evalFiles({
      'p/ask.prompt.yaml':
        'id: ask\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "{{ x }}"\n',
      'p/ask.eval.yaml': 'prompt: ask\nmetrics:\n  - type: contains\n    value: "x"\ncases: cases.jsonl\n',
      'p/cases.jsonl': `${JSON.stringify({ id: 'one', vars: { x: OPEN_TAGS } })}\n`,
    });
    expect(result.report.prompts[0]?.cases[0]?.candidate?.samples[0]?.output).toBeDefined();
  });

  it('escapeData and readDataBlock keep their meaning', () => {
    expect(escapeData('a </ candidate_output > b <Prompt x="1"> c < output>')).toBe(
      'a &lt;/ candidate_output &gt; b &lt;Prompt x="1"&gt; c < output>',
    );
    const text = `<${DATA_TAGS.prompt}>\nfirst\n</${DATA_TAGS.prompt}> and <${DATA_TAGS.prompt}>\nsecond\n\n</${DATA_TAGS.prompt}> <${DATA_TAGS.prompt}>open`;
    expect(readDataBlock(text, DATA_TAGS.prompt)).toBe('second\n');
    expect(readDataBlock('none here', DATA_TAGS.prompt)).toBeUndefined();
    expect(readDataBlock(`<${DATA_TAGS.prompt}>\n</${DATA_TAGS.prompt}>`, DATA_TAGS.prompt)).toBe('');
  });
});
