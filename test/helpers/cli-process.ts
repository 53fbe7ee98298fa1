/** The CLI from source as its own process (tsx), for behaviour only a real process has: signals, locks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(fileURLToPath(new URL('../../src/cli-entry.ts', import.meta.url)));
const TSX = import.meta.resolve('tsx');

export interface CliResult {
  /** The exit code, or the signal's name when a signal ended the process. */
  code: number | string;
  stdout: string;
  stderr: string;
}

export interface CliProcess {
  child: ChildProcess;
  done: Promise<CliResult>;
}

/**
 * Starts `promptgate <args>` in `cwd`. `fileSizeLimitKb` runs it under `ulimit -f`: any file it writes
 * past that size fails, like a disk filling up midway.
 */
export function startCli(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; fileSizeLimitKb?: number },
): CliProcess {
  const command = [process.execPath, '--import', TSX, CLI, ...args];
  const child =
    options.fileSizeLimitKb === undefined
      ? spawn(command[0] as string, command.slice(1), { cwd: options.cwd, env: options.env ?? process.env })
      : spawn('bash', ['-c', `ulimit -f ${options.fileSizeLimitKb}; exec "$@"`, 'promptgate', ...command], {
          cwd: options.cwd,
          env: options.env ?? process.env,
        });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolveDone) => {
    child.on('close', (code, signal) => resolveDone({ code: code ?? signal ?? -1, stdout, stderr }));
  });
  return { child, done };
}
