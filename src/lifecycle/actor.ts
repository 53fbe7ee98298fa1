import { git } from '../repo/git.js';

/** Who promotes or rolls back: the GitHub actor in Actions, else git's user.name, else the OS user. */
export async function resolveActor(root: string, env: NodeJS.ProcessEnv): Promise<string> {
  if (env.GITHUB_ACTOR?.trim()) return env.GITHUB_ACTOR.trim();
  const configured = await git(['config', 'user.name'], root).catch(() => undefined);
  const name = configured?.exitCode === 0 ? configured.stdout.trim() : '';
  return name || env.USER?.trim() || env.USERNAME?.trim() || 'unknown';
}
