/**
 * The CLI and the action run in-process, the way their entry points call them, with every edge
 * recorded: what users would see on stdout/stderr, the step outputs, the job summary, the exit code.
 */
import type { ActionIO, AnnotationProps } from '../../src/action/io.js';
import { evaluate, type EvaluateRequest } from '../../src/app/evaluate.js';
import { main } from '../../src/cli.js';
import { createGitHubClient } from '../../src/github/client.js';
import { runAction, type ActionDeps } from '../../src/main.js';
import { gitRepository } from '../../src/repo/repository.js';
import type { Report } from '../../src/report/types.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `promptgate ARGS` in `cwd`, with only `env` (and NO_COLOR) in its environment. */
export async function runCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    env: { NO_COLOR: '1', ...env },
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    clock: () => new Date(),
  });
  return { code, stdout, stderr };
}

export interface ActionResult {
  /** 1 when the step failed, else 0 (what the runner shows). */
  code: number;
  /** The log as the runner prints it, workflow commands included (`::error::...`). */
  stdout: string;
  /** The step outputs in the runner's GITHUB_OUTPUT file format. */
  outputs: string;
  summary: string;
  /** Values registered as secrets. */
  secrets: string[];
}

/**
 * The action as the runner starts it, with `env` as its whole environment (INPUT_* variables are its
 * inputs); `github` replaces the GitHub client factory (e.g. shorter timeouts against a failing fake);
 * `io` replaces parts of the runner (e.g. an outputs file that cannot be written); `signals` stands for
 * the process's SIGINT/SIGTERM (a cancelled job).
 */
export async function runActionInProcess(
  env: NodeJS.ProcessEnv,
  options: { github?: ActionDeps['github']; io?: Partial<ActionIO>; signals?: ActionDeps['signals'] } = {},
): Promise<ActionResult> {
  const result: ActionResult = { code: 0, stdout: '', outputs: '', summary: '', secrets: [] };
  const log = (line: string) => (result.stdout += `${line}\n`);
  // Escaped the way @actions/core escapes them, so a message stays one log line.
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const command = (name: string, message: string, props: AnnotationProps = {}) => {
    const fields = Object.entries(props)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
      .join(',');
    log(`::${name}${fields ? ` ${fields}` : ''}::${escapeData(message)}`);
  };
  const io: ActionIO = {
    // As @actions/core reads them: INPUT_<NAME> with spaces as underscores, trimmed.
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput: (name, value) => (result.outputs += `${name}<<ghadelimiter\n${value}\nghadelimiter\n`),
    setSecret: (value) => result.secrets.push(value),
    info: log,
    notice: (message) => command('notice', message),
    warning: (message, props) => command('warning', message, props),
    error: (message, props) => command('error', message, props),
    setFailed: (message) => {
      result.code = 1;
      command('error', message);
    },
    setExitCode: (code) => {
      result.code = code;
    },
    appendSummary: (markdown) => {
      result.summary += markdown;
      return Promise.resolve();
    },
  };
  await runAction({
    env,
    io: { ...io, ...options.io },
    clock: () => new Date(),
    github: options.github ?? ((token, apiUrl) => createGitHubClient(token, { baseUrl: apiUrl })),
    ...(options.signals ? { signals: options.signals } : {}),
  });
  return result;
}

/** `evaluate` on a real checkout at `root` (git-backed snapshots), with `env` as its environment. */
export async function evaluateCheckout(
  root: string,
  request: EvaluateRequest,
  env: NodeJS.ProcessEnv = {},
): Promise<Report> {
  const deps = { root, repository: gitRepository(root), env, clock: () => new Date() };
  return (await evaluate(request, deps)).report;
}
