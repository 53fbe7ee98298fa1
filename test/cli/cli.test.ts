/** The CLI as users run it (argv in, exit code and output out), in-process in a scratch repository. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/in-process.js';

const cli = runCli;

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const PROMPT = `id: greet
version: 1.0.0
model: offline:echo
messages:
  - role: user
    content: "Say hello to {{ name }}"
`;
const suite = (metrics: string, vars = '{ name: Ada }', promptId = 'greet') =>
  `prompt: ${promptId}\nmetrics:\n${metrics}\ncases:\n  - id: one\n    vars: ${vars}\n`;

describe('configuration mistakes: exit 2 with file, line and a fix', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'malformed YAML',
      { 'promptgate.yaml': 'gate:\n  max_drop: [0.1\n' },
      /promptgate\.yaml:\d+(:\d+)?: malformed YAML/,
    ],
    [
      'an unknown metric type',
      { 'p/greet.prompt.yaml': PROMPT, 'e/greet.eval.yaml': suite('  - type: containz\n    value: x') },
      /e\/greet\.eval\.yaml:3(:\d+)?: .*unknown metric type `containz`.*contains/s,
    ],
    [
      'an invalid regex',
      {
        'p/greet.prompt.yaml': PROMPT,
        'e/greet.eval.yaml': suite('  - type: regex\n    pattern: "(unclosed"'),
      },
      /e\/greet\.eval\.yaml:\d+(:\d+)?: .*(regular expression|regex)/is,
    ],
    [
      'an invalid JSON schema',
      {
        'p/greet.prompt.yaml': PROMPT,
        'e/greet.eval.yaml': suite('  - type: schema\n    schema: { type: objekt }'),
      },
      /e\/greet\.eval\.yaml:\d+(:\d+)?: .*schema/is,
    ],
    [
      'an undefined template variable',
      {
        'p/greet.prompt.yaml': PROMPT,
        'e/greet.eval.yaml': suite('  - type: contains\n    value: Ada', '{ nmae: Ada }'),
      },
      /e\/greet\.eval\.yaml:6(:\d+)?: .*p\/greet\.prompt\.yaml:6: undefined variable `name`/s,
    ],
    [
      'a suite naming a missing prompt',
      {
        'p/greet.prompt.yaml': PROMPT,
        'e/greet.eval.yaml': suite('  - type: contains\n    value: Ada', '{ name: Ada }', 'gret'),
      },
      /e\/greet\.eval\.yaml:1: the suite tests prompt `gret`, which does not exist.*greet/s,
    ],
  ];

  it.each(cases)('%s', async (_name, files, message) => {
    const dir = scratch(files);
    const result = await cli(dir, ['eval', '--json', 'out/report.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    // The JSON report is written even when the run cannot start.
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as {
      verdict: string;
      reasons: { message: string }[];
    };
    expect(report.verdict).toBe('error');
    expect(report.reasons[0]?.message).toMatch(message);
  });

  it('a missing API key names the variable before any call', async () => {
    const dir = scratch({
      'p/greet.prompt.yaml': PROMPT.replace('offline:echo', 'gpt-4o-mini'),
      'e/greet.eval.yaml': suite('  - type: contains\n    value: Ada'),
    });
    const result = await cli(dir, ['eval']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('OPENAI_API_KEY');
  });

  it('an unknown command or flag is a usage error', async () => {
    const dir = scratch({});
    expect((await cli(dir, ['evaluate'])).code).toBe(2);
    expect((await cli(dir, ['eval', '--shard', '3/2'])).code).toBe(2);
  });
});

describe('output in a GitHub Actions log', () => {
  it('a pull request cannot write workflow commands (::error::, ::add-mask::) into the log', async () => {
    // The runner takes any output line that starts with `::` (after spaces) as a command.
    const dir = scratch({
      'prompts/greet.prompt.yaml': PROMPT,
      'prompts/greet.eval.yaml': [
        'prompt: greet',
        'metrics:',
        '  - name: "::error title=spoofed::metric"',
        '    type: contains',
        '    value: "not in the output"',
        'cases:',
        '  - id: "::add-mask::case"',
        '    vars: { name: "x\\n::warning::from the output" }',
      ].join('\n'),
    });
    const result = await cli(dir, ['eval', '--offline', '--no-color']);
    expect(result.stdout).toContain('metric');
    expect(result.stdout).toContain('case');
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/^\s*::/m);
  });
});

describe('promptgate eval', () => {
  it('evaluates a repository that only has GitHub Models prompt files, and writes every report format', async () => {
    const dir = scratch({
      'prompts/capital.prompt.yml': [
        'name: Capital',
        'model: openai/gpt-4o-mini',
        'messages:',
        '  - role: user',
        '    content: "What is the capital of {{country}}? Answer with the city name."',
        'testData:',
        '  - country: France',
        '  - country: Japan',
        'evaluators:',
        '  - name: mentions the country',
        '    string: { contains: "{{country}}" }',
      ].join('\n'),
    });
    const result = await cli(dir, [
      'eval',
      '--offline',
      '--json',
      'r.json',
      '--markdown',
      'r.md',
      '--junit',
      'r.xml',
      '--html',
      'r.html',
    ]);
    expect(result.stdout).toContain('prompts/capital');
    expect(result.stdout).toMatch(/offline/);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as {
      verdict: string;
      prompts: {
        id: string;
        verdict: string;
        metrics: { name: string; passRate: number; meanScore: number }[];
        cases: { candidate: { samples: { output: string }[] } }[];
      }[];
      usage: { calls: number; cachedCalls: number; inputTokens: number };
    };
    expect(['pass', 'fail']).toContain(report.verdict);
    expect(result.code).toBe(report.verdict === 'pass' ? 0 : 1);
    expect(report.prompts[0]?.id).toBe('prompts/capital');
    expect(report.prompts[0]?.metrics[0]?.name).toBe('mentions the country');
    expect(typeof report.prompts[0]?.metrics[0]?.passRate).toBe('number');
    expect(report.prompts[0]?.cases).toHaveLength(2);
    expect(typeof report.prompts[0]?.cases[0]?.candidate.samples[0]?.output).toBe('string');
    expect(report.usage.calls).toBe(2);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('prompts/capital');
    expect(readFileSync(join(dir, 'r.xml'), 'utf8')).toMatch(/<testsuites[^>]*>[\s\S]*<testcase /);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<code>prompts/capital</code>');
    expect(html).toContain('<dt>country</dt><dd><span class="value">Japan</span></dd>');
  });
});

describe('promptgate compare', () => {
  let model: FakeServer;
  beforeAll(async () => {
    model = await startFakeOpenAI({
      reply: (body) => (JSON.stringify(body.messages).includes('politely') ? 'Hello, dear friend!' : 'hey'),
    });
  });
  afterAll(async () => {
    await model.close();
  });

  const setup = () => {
    const repo = createTempRepo();
    const prompt = (tone: string) =>
      `id: greet\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: user\n    content: "Greet {{ name }} ${tone}"\n`;
    const evalSuite = `prompt: greet\nmetrics:\n  - type: contains\n    value: friend\ncases:\n${[
      1, 2, 3, 4, 5,
    ]
      .map((i) => `  - id: c${i}\n    vars: { name: p${i} }`)
      .join('\n')}\n`;
    repo.commit(
      {
        'promptgate.yaml': 'cache: { mode: off }\n',
        'greet.prompt.yaml': prompt('politely'),
        'greet.eval.yaml': evalSuite,
      },
      'base',
    );
    return { repo, prompt };
  };
  const env = () => ({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${model.url}/v1` });

  it('exits 1 on a regression; the JSON report has status, baseline, candidate and delta', async () => {
    const { repo, prompt } = setup();
    repo.write({ 'greet.prompt.yaml': prompt('curtly') });
    const result = await cli(repo.dir, ['compare', '--base', 'main', '--json', 'out.json'], env());
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(join(repo.dir, 'out.json'), 'utf8')) as {
      mode: string;
      verdict: string;
      prompts: {
        status: string;
        version: { notBumped: boolean };
        metrics: {
          baseline: { passRate: number };
          candidate: { passRate: number };
          delta: { passRate: number; passToFail: number };
        }[];
      }[];
    };
    expect(report).toMatchObject({ mode: 'compare', verdict: 'fail' });
    expect(report.prompts[0]?.status).toBe('modified');
    expect(report.prompts[0]?.version.notBumped).toBe(true);
    expect(report.prompts[0]?.metrics[0]).toMatchObject({
      baseline: { passRate: 1 },
      candidate: { passRate: 0 },
      delta: { passRate: -1, passToFail: 5 },
    });
    repo.remove();
  });

  it('lets --fail-on decide which verdicts fail, and records it in the JSON report', async () => {
    const { repo, prompt } = setup();
    repo.write({ 'greet.prompt.yaml': prompt('curtly') });
    const reportOnly = await cli(
      repo.dir,
      ['compare', '--base', 'main', '--fail-on', 'never', '--json', 'out.json'],
      env(),
    );
    expect(reportOnly.code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo.dir, 'out.json'), 'utf8'))).toMatchObject({
      verdict: 'fail',
      failOn: [],
    });
    const typo = await cli(repo.dir, ['compare', '--base', 'main', '--fail-on', 'fail,inconclusiv'], env());
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--fail-on: unknown verdict(s) inconclusiv');
    repo.remove();
  });

  it('exits 0 with "no prompt changes" and no model call when nothing changed', async () => {
    const { repo } = setup();
    const before = model.requests.length;
    const result = await cli(repo.dir, ['compare', '--base', 'main', '--json', 'out.json'], env());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/no prompt changes/i);
    expect(model.requests.length).toBe(before);
    repo.remove();
  });

  it('a removed prompt is reported, not counted as a prompt to evaluate, and makes no call', async () => {
    const { repo } = setup();
    repo.write({ 'greet.prompt.yaml': null, 'greet.eval.yaml': null });
    const before = model.requests.length;
    const result = await cli(repo.dir, ['compare', '--base', 'main'], env());
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('0 prompt(s) to evaluate (1 more reported without evaluation)');
    expect(result.stdout).toMatch(/greet +\(removed\)/);
    expect(model.requests.length).toBe(before);
    repo.remove();
  });

  it('a --only name that matches no prompt is a usage error, not an empty passing compare', async () => {
    const { repo, prompt } = setup();
    repo.write({ 'greet.prompt.yaml': prompt('curtly') });
    const result = await cli(repo.dir, ['compare', '--base', 'main', '--only', 'gret'], env());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no prompt matches --only gret (known: greet)');
    repo.remove();
  });

  it('exits 2 when every model call fails, counting errors instead of passing', async () => {
    const { repo, prompt } = setup();
    repo.write({
      'greet.prompt.yaml': prompt('curtly'),
      'promptgate.yaml': 'cache: { mode: off }\nmax_attempts: 1\n',
    });
    // Nothing listens on port 9: every call fails with a connection error.
    const result = await cli(repo.dir, ['compare', '--base', 'main', '--json', 'out.json'], {
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
    });
    expect(result.code).toBe(2);
    const report = JSON.parse(readFileSync(join(repo.dir, 'out.json'), 'utf8')) as {
      verdict: string;
      errors: number;
    };
    expect(report.verdict).toBe('error');
    expect(report.errors).toBeGreaterThan(0);
    repo.remove();
  });
});

describe('promptgate history', () => {
  it('prints JSON with a bare `--json`, as the README writes it (`history <id> [--json]`)', async () => {
    const repo = createTempRepo({ 'p/greet.prompt.yaml': PROMPT });
    expect((await cli(repo.dir, ['promote', 'greet', '--force', 'test', '--no-tag'])).code).toBe(0);
    for (const args of [
      ['history', 'greet', '--json'],
      ['history', 'greet', '--json', '--no-color'],
      ['history', 'greet', '--json', '-'],
    ]) {
      const result = await cli(repo.dir, args);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout) as unknown).toMatchObject({
        id: 'greet',
        production: { version: '1.0.0' },
      });
    }
    repo.remove();
  });
});

describe('promptgate merge', () => {
  it('writes the JSON report even when given no report to merge', async () => {
    const dir = scratch({});
    const result = await cli(dir, ['merge', '--json', 'out.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('merge needs one or more JSON report files');
    const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { verdict: string };
    expect(report.verdict).toBe('error');
  });
});
