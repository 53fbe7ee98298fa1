/** Size limits: files over `limits.max_file_bytes` are refused by size before they are read. */
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig, defaultConfig } from '../../src/config/load.js';
import { loadProject } from '../../src/discover/project.js';
import { ConfigError } from '../../src/errors.js';
import { GitCommitSnapshot } from '../../src/repo/commit.js';
import { FileTooLargeError } from '../../src/repo/limited.js';
import { MemorySnapshot, type RepoSnapshot } from '../../src/repo/snapshot.js';
import { WorkingTreeSnapshot } from '../../src/repo/worktree.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { evaluateCheckout } from '../helpers/in-process.js';

const PROMPT = `id: greet\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "Hello {{ name }}"\n`;
const SUITE = `prompt: greet\nmetrics:\n  - type: contains\n    value: Ada\ncases: cases.jsonl\n`;
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `c${i}`, vars: { name: 'Ada' } })).join('\n');

/** Records which files were read, to prove an oversized one never was. */
function recording(files: Record<string, string>): RepoSnapshot & { reads: string[] } {
  const inner = new MemorySnapshot(files);
  const reads: string[] = [];
  return {
    label: inner.label,
    sha: inner.sha,
    reads,
    listFiles: () => inner.listFiles(),
    fileSize: (path) => inner.fileSize(path),
    readFile: (path) => {
      reads.push(path);
      return inner.readFile(path);
    },
  };
}

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));

describe('file size limit', () => {
  it('refuses a prompt file over the default 5 MiB without reading it', async () => {
    const huge = `${PROMPT}# ${'x'.repeat(6 * 1024 * 1024)}\n`;
    const snapshot = recording({ 'p/greet.prompt.yaml': huge });
    const refused = await loadProject(snapshot, defaultConfig()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FileTooLargeError);
    expect((refused as FileTooLargeError).format()).toMatch(
      /^p\/greet\.prompt\.yaml: the file is 6\.0 MiB, more than the limit of 5\.0 MiB; it was not read/,
    );
    expect(snapshot.reads).not.toContain('p/greet.prompt.yaml');
  });

  it('applies limits.max_file_bytes to suites and the case files they name', async () => {
    const config = parseConfig('limits: { max_file_bytes: 2000 }\n', 'promptgate.yaml');
    const snapshot = recording({
      'p/greet.prompt.yaml': PROMPT,
      'p/greet.eval.yaml': SUITE,
      'p/cases.jsonl': rows(100),
    });
    const refused = await loadProject(snapshot, config).catch((error: unknown) => error);
    expect(refused).toMatchObject({ file: 'p/cases.jsonl', limit: 2000 });
    expect(snapshot.reads).not.toContain('p/cases.jsonl');
  });

  it('reads the size git records for a commit, and stat for the working tree', async () => {
    const repo = createTempRepo({ 'p/greet.prompt.yaml': `${PROMPT}# ${'x'.repeat(3000)}\n` });
    repos.push(repo);
    const config = parseConfig('limits: { max_file_bytes: 1000 }\n', 'promptgate.yaml');
    const commit = await GitCommitSnapshot.create(repo.dir, 'HEAD');
    for (const snapshot of [commit, new WorkingTreeSnapshot(repo.dir)]) {
      await expect(loadProject(snapshot, config)).rejects.toThrow(/more than the limit of 1000 bytes/);
    }
    commit.close();
  });
});

describe('case count limit', () => {
  it('refuses a suite with more cases than limits.max_cases, naming the suite', async () => {
    const config = parseConfig('limits: { max_cases: 10 }\n', 'promptgate.yaml');
    const files = { 'p/greet.prompt.yaml': PROMPT, 'p/greet.eval.yaml': SUITE, 'p/cases.jsonl': rows(11) };
    const refused = await loadProject(new MemorySnapshot(files), config).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConfigError);
    expect((refused as ConfigError).format()).toContain(
      'p/greet.eval.yaml: 11 cases, more than the limit of 10',
    );
    await expect(
      loadProject(new MemorySnapshot({ ...files, 'p/cases.jsonl': rows(10) }), config),
    ).resolves.toBeDefined();
  });

  it('counts the testData rows of a GitHub Models file', async () => {
    const config = parseConfig('limits: { max_cases: 2 }\n', 'promptgate.yaml');
    const file = `model: openai/gpt-4o-mini\nmessages:\n  - role: user\n    content: "{{q}}"\ntestData:\n${'  - q: x\n'.repeat(3)}evaluators:\n  - name: any\n    string: { contains: x }\n`;
    await expect(loadProject(new MemorySnapshot({ 'a.prompt.yml': file }), config)).rejects.toThrow(
      '3 cases, more than the limit of 2',
    );
  });
});

describe('compare', () => {
  it("loads the head within the base's limits: a pull request cannot raise them", async () => {
    const repo = createTempRepo();
    repos.push(repo);
    const base = repo.commit(
      { 'promptgate.yaml': 'limits: { max_file_bytes: 2000 }\n', 'p/greet.prompt.yaml': PROMPT },
      'base',
    );
    const head = repo.commit(
      {
        'promptgate.yaml': 'limits: { max_file_bytes: 100000000 }\n',
        'p/greet.prompt.yaml': `${PROMPT}# ${'x'.repeat(5000)}\n`,
      },
      'raise the limit',
    );
    // The prompt the oversized file holds is its error (not read, not run); the run fails.
    const report = await evaluateCheckout(repo.dir, { mode: 'compare', base, head });
    expect(report.verdict).toBe('error');
    const [refused] = report.prompts;
    expect(report.prompts).toHaveLength(1);
    expect(refused?.verdict).toBe('error');
    expect(refused?.status).toBe('modified');
    expect(refused?.cases).toEqual([]);
    expect(refused?.loadError).toMatch(
      /^p\/greet\.prompt\.yaml: the file is \d+ bytes, more than the limit of 2000 bytes/,
    );
  });
});
