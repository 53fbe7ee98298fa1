/**
 * Case ids, metric names, prompt ids and model output end up in every report: the PR comment and job
 * summary (Markdown), the HTML report, JUnit XML and the terminal. Written by a pull request or a
 * model, they must stay text: no HTML or script, no forged headings or closed <details>, no broken
 * sticky marker, no @mention that pings anyone, no XML that changes the test results.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { runCli } from '../helpers/in-process.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '</details></table>\n\n## ✅ promptgate: all prompts passed\n\n<details>',
  '<!-- promptgate:comment -->',
  '--> <!--',
  '@octocat and @github/security please look',
  ']]></failure><testcase name="forged"/><![CDATA[',
  '" onmouseover="alert(3)',
  '```\n</code></pre><script>alert(4)</script>',
];
/** Said first by the model, so the shortened output in the comment shows it. */
const LINKS = 'log in again at https://evil.example/login or www.evil.example, or mail support@evil.example';

/** Markdown without its code spans and fenced blocks (any fence length). */
function outsideCode(markdown: string): string {
  return markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1\s*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

let model: FakeServer;
let dir: string;
beforeAll(async () => {
  // The model answers with every payload at once.
  model = await startFakeOpenAI({ reply: () => [LINKS, ...PAYLOADS].join('\n') });
  dir = mkdtempSync(join(tmpdir(), 'promptgate-inject-'));
  const cases = PAYLOADS.map(
    (payload, i) => `  - id: ${JSON.stringify(`${payload} #${i}`)}\n    vars: { x: "${i}" }`,
  );
  const files = {
    'promptgate.yaml': `providers:\n  fake: { type: openai, base_url: "${model.url}/v1", api_key_env: FAKE_KEY }\nmodels: { "m-*": fake }\n`,
    'p/inject.prompt.yaml':
      'id: inject\nversion: 1.0.0\nmodel: m-1\nmessages:\n  - role: user\n    content: "case {{ x }}"\n',
    'p/inject.eval.yaml': [
      'prompt: inject',
      'metrics:',
      `  - name: ${JSON.stringify(PAYLOADS[1])}`,
      '    type: contains',
      '    value: "never in the output"',
      'cases:',
      ...cases,
    ].join('\n'),
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
});
afterAll(async () => {
  await model.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('text from a pull request or a model in the reports', () => {
  it('stays text in the HTML, Markdown and JUnit reports', async () => {
    const result = await runCli(
      dir,
      [
        'eval',
        '--no-cache',
        '--html',
        'r.html',
        '--markdown',
        'r.md',
        '--junit',
        'r.xml',
        '--json',
        'r.json',
      ],
      { FAKE_KEY: 'sk-fake' },
    );
    expect(result.code).toBe(1); // the metric fails: a real run, not an error
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    const markdown = readFileSync(join(dir, 'r.md'), 'utf8');
    const junit = readFileSync(join(dir, 'r.xml'), 'utf8');

    // HTML: no element or attribute came from the payloads, and no script can run at all.
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).not.toMatch(/"\s*onmouseover=/);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toMatch(/default-src 'none'/);

    // Markdown: outside code (which GitHub renders literally, without mentions), no raw HTML tag
    // from the payloads, no forged heading, no marker, no mention.
    const prose = outsideCode(markdown);
    expect(prose).not.toMatch(/<script|<img|<\/details><\/table>|<!-- promptgate/i);
    expect(prose).not.toMatch(/^#+ ✅ promptgate: all prompts passed/m);
    expect(prose).not.toMatch(/@octocat|@github\/security/);
    // Nor a bare URL or address GitHub would turn into a link in the bot's comment.
    expect(markdown).toContain('evil.example/login');
    expect(prose).not.toMatch(/https?:\/\/evil|www\.evil|@evil\.example/);

    // JUnit: one test case per case and one for the prompt's gate, none forged.
    expect(junit.match(/<testcase /g)?.length).toBe(PAYLOADS.length + 1);
    expect(junit).not.toContain('<testcase name="forged"/>');
  });
});
