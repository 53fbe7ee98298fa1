/**
 * Runs the built CLI as a child process and measures it from spawn to exit: wall time and peak
 * resident memory (and CPU time). Both come from GNU time (`/usr/bin/time`, the kernel's own rusage);
 * without it, from polling the child's VmHWM in /proc (a high-water mark, so polling misses little).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The CLI under test: the built one by default; `--cli` measures another build (e.g. an older checkout's). */
export const DEFAULT_CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  exitCode: number;
  wallMs: number;
  /** Peak resident set size in MB, when it could be measured. */
  peakRssMb?: number;
  /** User + system CPU time in ms (GNU time only): on a loaded machine it says more than wall time. */
  cpuMs?: number;
  /** ms after spawn, for callers that timestamp events (e.g. the first request at the fake server). */
  startedAt: number;
  stderr: string;
}

export async function runCli(
  cli: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ProcessRun> {
  const scratch = await mkdtemp(join(tmpdir(), 'promptgate-bench-time-'));
  const timeFile = join(scratch, 'time');
  const gnuTime = existsSync(GNU_TIME);
  const command = gnuTime ? GNU_TIME : process.execPath;
  const argv = gnuTime ? ['-f', '%M %U %S', '-o', timeFile, process.execPath, cli, ...args] : [cli, ...args];
  try {
    const startedAt = performance.now();
    const child = spawn(command, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let polledKb = 0;
    const poll = gnuTime
      ? undefined
      : setInterval(() => (polledKb = Math.max(polledKb, vmHwmKb(child.pid))), 5);
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? -1));
    });
    const wallMs = performance.now() - startedAt;
    clearInterval(poll);
    // GNU time's last line is "<maxrss KB> <user s> <system s>" (earlier lines note a non-zero exit).
    const [rssKb, userS, systemS] = gnuTime
      ? (await readFile(timeFile, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number)
      : [polledKb];
    return {
      exitCode,
      wallMs,
      startedAt,
      stderr,
      peakRssMb: rssKb ? rssKb / 1024 : undefined,
      cpuMs: userS === undefined || systemS === undefined ? undefined : (userS + systemS) * 1000,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function vmHwmKb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process has just exited
  }
}
