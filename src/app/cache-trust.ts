import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { RepoSnapshot } from '../repo/snapshot.js';

/**
 * The response cache's directory, repo-relative, when the commit holds files in it (or a file, such
 * as a link, on the way to it); undefined otherwise. Entries there are the commit's to write: their
 * keys are computable from public facts (provider URL, model, rendered messages), so a pull request
 * could commit the answers its prompt should have got. An untrusted head's run must not read them.
 */
export async function cacheDirInCommit(
  snapshot: RepoSnapshot,
  root: string,
  cacheDir: string,
): Promise<string | undefined> {
  const rel = relative(root, resolve(root, cacheDir)).split(sep).join('/');
  if (rel === '..' || rel.startsWith('../') || isAbsolute(rel)) return undefined;
  const files = await snapshot.listFiles();
  const inside = (path: string) =>
    rel === '' || path === rel || path.startsWith(`${rel}/`) || rel.startsWith(`${path}/`);
  return files.some(inside) ? rel || '.' : undefined;
}
