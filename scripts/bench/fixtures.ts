/**
 * Repositories the end-to-end bench runs the CLI in: one prompt with N cases (eval workloads) and a
 * large history (1,000 prompts and suites, 5,000 commits) for `compare` discovery. Written with
 * `git fast-import`, so even the large history takes a second or two to create.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The fake server's URL reaches the CLI through OPENAI_BASE_URL, so one repository serves every run. */
export interface BenchConfig {
  concurrency: number;
  prompts: string;
  suites: string;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

export function configYaml(config: BenchConfig): string {
  return [
    `prompts: ['${config.prompts}']`,
    `suites: ['${config.suites}']`,
    `concurrency: ${config.concurrency}`,
    // Never retried: a failed call would show as an error outcome, and the bench refuses errors.
    'max_attempts: 1',
    '',
  ].join('\n');
}

export function promptYaml(id: string, revision: number): string {
  return [
    `id: ${id}`,
    'version: 1.0.0',
    `description: revision ${revision}`,
    'model: gpt-4o-mini',
    'messages:',
    '  - role: system',
    '    content: Answer in one word.',
    '  - role: user',
    '    content: "{{ question }}"',
    '',
  ].join('\n');
}

export function suiteYaml(prompt: string, cases: number): string {
  const lines = [`prompt: ${prompt}`, 'metrics:', '  - type: contains', '    value: ok', 'cases:'];
  for (let i = 0; i < cases; i++) lines.push(`  - { id: case-${i}, vars: { question: "question ${i}" } }`);
  return `${lines.join('\n')}\n`;
}

/** A git repository whose working tree holds `files`, in one commit. */
export async function createEvalRepo(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'promptgate-bench-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV } });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'bench');
  return dir;
}

export interface HistoryShape {
  prompts: number;
  commits: number;
  casesPerSuite: number;
  /** Prompts the pull request revises; it also edits the suite of one more prompt. */
  promptsChanged: number;
}

/** The branch `compare` runs on, checked out; `main` is its base. */
export const PR_BRANCH = 'pr';

/**
 * Main's first commit adds every prompt and suite; each later commit revises one prompt (round
 * robin) until main has `commits` commits. A pull request branch then changes a few files in one
 * commit: `promptsChanged` prompt files and the suite of one more prompt (its cases gain one), so
 * `compare --base main` evaluates `promptsChanged + 1` prompts, one of them through a dependency.
 */
export async function createHistoryRepo(shape: HistoryShape, config: BenchConfig): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'promptgate-bench-history-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const id = (i: number) => `p${String(i).padStart(4, '0')}`;
  const chunks: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commit = (n: number, branch: string, files: Record<string, string>) => {
    chunks.push(
      `commit refs/heads/${branch}\n`,
      `committer Bench <bench@example.com> ${1_700_000_000 + n * 60} +0000\n`,
      data(`commit ${n}`),
    );
    for (const [path, content] of Object.entries(files))
      chunks.push(`M 100644 inline ${path}\n`, data(content));
  };
  const initial: Record<string, string> = { 'promptgate.yaml': configYaml(config) };
  for (let i = 0; i < shape.prompts; i++) {
    initial[`prompts/${id(i)}.prompt.yaml`] = promptYaml(id(i), 0);
    initial[`prompts/${id(i)}.eval.yaml`] = suiteYaml(id(i), shape.casesPerSuite);
  }
  commit(0, 'main', initial);
  for (let n = 1; n < shape.commits; n++) {
    const i = n % shape.prompts;
    commit(n, 'main', { [`prompts/${id(i)}.prompt.yaml`]: promptYaml(id(i), n) });
  }
  // fast-import continues a branch from its last commit; the PR branch starts at main's tip.
  chunks.push(`reset refs/heads/${PR_BRANCH}\nfrom refs/heads/main\n\n`);
  const pr: Record<string, string> = {};
  // Prompts far from the ones main revised last, spread over the repository.
  const step = Math.floor(shape.prompts / (shape.promptsChanged + 1));
  for (let k = 0; k < shape.promptsChanged; k++) {
    const i = (k * step + step / 2) | 0;
    pr[`prompts/${id(i)}.prompt.yaml`] = promptYaml(id(i), shape.commits + k);
  }
  const suiteOnly = shape.prompts - 1;
  pr[`prompts/${id(suiteOnly)}.eval.yaml`] = suiteYaml(id(suiteOnly), shape.casesPerSuite + 1);
  commit(shape.commits, PR_BRANCH, pr);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: chunks.join('') });
  execFileSync('git', ['checkout', '-q', '-f', PR_BRANCH], { cwd: dir });
  return dir;
}
