import { execFile } from 'node:child_process';

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs git without a shell; never throws for a non-zero exit (callers decide). */
export function git(
  args: string[],
  cwd: string,
  input?: string,
  env: Record<string, string> = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env },
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`could not run git ${args[0] ?? ''}: ${error.message}`));
          return;
        }
        resolve({ stdout, stderr, exitCode: error ? Number(error.code) : 0 });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Runs git and returns stdout; throws with git's own message on failure. */
export async function gitOrThrow(
  args: string[],
  cwd: string,
  input?: string,
  env?: Record<string, string>,
): Promise<string> {
  const result = await git(args, cwd, input, env);
  if (result.exitCode !== 0) {
    throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim() || `exit ${result.exitCode}`}`);
  }
  return result.stdout;
}

/** Commits what is staged as the GitHub Actions bot (the identity Actions' own commits use). */
export async function commitAsActionsBot(root: string, message: string): Promise<void> {
  await gitOrThrow(
    [
      '-c',
      'user.name=github-actions[bot]',
      '-c',
      'user.email=41898282+github-actions[bot]@users.noreply.github.com',
      'commit',
      '-m',
      message,
    ],
    root,
  );
}
