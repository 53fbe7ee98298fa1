import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `content` so that readers see either the old file or the whole new one, never a torn mix:
 * a temporary file in the same directory, fsync, then rename over the target (keeping its mode). A
 * failure midway (a full disk) leaves the previous file as it was and removes the temporary file.
 *
 * Not write-file-atomic: it installs process-wide signal handlers (signal-exit) that turn a file-size
 * limit into a crash and would compete with the run's own SIGINT/SIGTERM handling.
 */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const mode = await stat(path).then(
    (s) => s.mode & 0o777,
    () => 0o666,
  );
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', mode);
    await handle.writeFile(content, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

const TEMP_SUFFIX = '.tmp';
const TEMP_NAME = /^\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporary files a killed writer of `path` left behind. Only for a caller that holds an
 * exclusive lock on `path`: without one, a temporary file may belong to a write in progress.
 */
export async function removeLeftoverTemps(path: string): Promise<void> {
  const dir = dirname(path);
  const name = basename(path);
  const entries = await readdir(dir).catch(() => []);
  const leftovers = entries.filter((e) => e.startsWith(name) && TEMP_NAME.test(e.slice(name.length)));
  await Promise.all(leftovers.map((e) => rm(join(dir, e), { force: true })));
}

/** Makes the rename itself durable; not every platform can fsync a directory, which is no failure. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
