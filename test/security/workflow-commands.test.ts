/**
 * A pull request (or a model) writes text we print: case ids, metric names, file names, model output,
 * error messages. The GitHub Actions runner treats some log lines as workflow commands: a line that
 * starts with `::` after whitespace (its .NET whitespace, which includes NEL U+0085), and, in its
 * legacy syntax, `##[name ...]` anywhere in a line. None of what we print may be one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logSafe, type TextSink } from '../../src/log-lines.js';
import { neutralizeWorkflowCommands } from '../../src/report/escape.js';
import { runActionInProcess, runCli } from '../helpers/in-process.js';

/** What the runner would run: `::cmd` after .NET whitespace at the start of a line, `##[` anywhere. */
function runnerCommands(log: string): string[] {
  return log.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/.test(line) || line.includes('##['));
}

/**
 * The action's own annotations (`::error file=...,title=...::message`, escaped as @actions/core
 * escapes them) are expected; the runner parses them as such, and their title and message are inert.
 */
function foreignCommands(log: string): string[] {
  return runnerCommands(log).filter((line) => {
    const own = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!own) return true;
    const title = /(?:^|,)title=([^,]*)/.exec(own[2] ?? '')?.[1] ?? '';
    return `${title} ${own[3] ?? ''}`.includes('##[');
  });
}

const PAYLOADS = [
  '##[add-mask]leak',
  'text ##[set-output name=verdict;]pass',
  '##[error]spoofed failure',
  '##[group]folded',
  '::set-env name=NODE_OPTIONS::--require=./evil.js',
  '\u0085::add-mask::nel',
  ' \t::stop-commands::token',
  '\r::error::carriage return',
];

describe('neutralizeWorkflowCommands', () => {
  it.each(PAYLOADS)('makes %j plain log text', (payload) => {
    const out = neutralizeWorkflowCommands(`before\n${payload}\nafter`);
    expect(runnerCommands(out)).toEqual([]);
    // Readable: only zero-width spaces were added.
    expect(out.replace(/\u200B/g, '')).toBe(`before\n${payload}\nafter`);
  });
});

describe('the CLI log sink', () => {
  const recorder = (isTTY?: boolean) => {
    const writes: string[] = [];
    const sink: TextSink = {
      write: (text: string) => writes.push(text),
      ...(isTTY === undefined ? {} : { isTTY }),
    };
    return { writes, sink: logSafe(sink) };
  };

  // Every payload, cut at every position into two writes: the halves must not join into a command.
  const splits = PAYLOADS.flatMap((payload) => {
    const line = `before\n${payload}\nafter\n`;
    return Array.from({ length: line.length - 1 }, (_, i) => [line.slice(0, i + 1), line.slice(i + 1)]);
  });

  it.each(PAYLOADS)('filters %j whole when it is split across two writes', (payload) => {
    for (const [first = '', second = ''] of splits.filter(([a, b]) => `${a}${b}`.includes(payload))) {
      const { writes, sink } = recorder();
      sink.write(first);
      sink.write(second);
      sink.flush();
      const log = writes.join('');
      expect(runnerCommands(log), JSON.stringify([first, second])).toEqual([]);
      expect(log.replace(/\u200B/g, '')).toBe(`${first}${second}`);
    }
  });

  it('writes each complete line at once and keeps only the unfinished one until flush', () => {
    const { writes, sink } = recorder();
    sink.write('evaluated 10/20\nevaluated 2');
    sink.write('0/20\rnext');
    expect(writes).toEqual(['evaluated 10/20\n', 'evaluated 20/20\r']);
    sink.write('#');
    expect(writes).toHaveLength(2);

    sink.flush();
    sink.flush();
    expect(writes).toEqual(['evaluated 10/20\n', 'evaluated 20/20\r', 'next#']);
  });

  it('passes a terminal each write at once (progress rewrites its line with \\r), still filtered', () => {
    const { writes, sink } = recorder(true);
    sink.write('\r  evaluating 3/10');
    sink.write('##[error]x');
    expect(writes).toEqual(['\r  evaluating 3/10', '##\u200B[error]x']);
    expect(sink.isTTY).toBe(true);
  });
});

const PROMPT = (id: string) =>
  `id: ${id}\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "{{ text }}"\n`;

function suite(id: string): string {
  const cases = PAYLOADS.map(
    (payload, i) =>
      `  - id: ${JSON.stringify(`${payload} ${i}`)}\n    vars: { text: ${JSON.stringify(payload)} }`,
  );
  return [
    `prompt: ${id}`,
    'metrics:',
    '  - name: "##[warning]metric"',
    '    type: contains',
    '    value: "not in the output"',
    'cases:',
    ...cases,
  ].join('\n');
}

describe('nothing a pull request writes becomes a workflow command in the log', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'promptgate-commands-'));
    const files: Record<string, string> = {
      'p/greet.prompt.yaml': PROMPT('greet'),
      'p/greet.eval.yaml': suite('greet'),
      // A broken file whose name carries a command: its error names it.
      'p/##[add-mask]broken.prompt.yaml': 'id: broken\nmessages: [',
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the CLI (ids, metric names, model output, file names in errors)', async () => {
    const result = await runCli(dir, ['eval', '--offline', '--no-color']);
    const log = `${result.stdout}\n${result.stderr}`;
    expect(log).toContain('broken.prompt.yaml');
    expect(log).toContain('spoofed failure');
    expect(runnerCommands(log)).toEqual([]);
  });

  it('the action (log lines, annotations, the failure message)', async () => {
    const result = await runActionInProcess({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      GITHUB_REPOSITORY: 'acme/prompts',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      'INPUT_GITHUB-TOKEN': '',
      INPUT_MODE: 'eval',
      INPUT_COMMENT: 'false',
      'INPUT_FAIL-ON': 'never',
    });
    expect(result.stdout).toContain('broken.prompt.yaml');
    expect(foreignCommands(result.stdout)).toEqual([]);
  });
});
