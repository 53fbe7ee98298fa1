import type { PromptFile } from '../prompts/types.js';
import type { ChangeStatus } from '../report/types.js';
import { fingerprint, type Project } from './project.js';
import { compareText } from '../core/order.js';

/** A prompt whose evaluation differs between base and head. */
export interface PromptChange {
  id: string;
  path: string;
  previousPath?: string;
  status: Exclude<ChangeStatus, 'unchanged'>;
  base?: PromptFile;
  head?: PromptFile;
  /** The prompt existed at base but could not be loaded there. */
  baseError?: string;
}

/**
 * Decides which prompts need evaluation: exactly those whose fingerprint (the hash of everything
 * their evaluation depends on) differs between the two snapshots. `renames` maps a head path to its
 * base path as git detected it, so a moved GitHub Models file (whose id is its path) keeps its baseline.
 */
export function discoverChanges(
  base: Project,
  head: Project,
  renames: ReadonlyMap<string, string>,
): PromptChange[] {
  const baseById = new Map(base.prompts.map((p) => [p.id, p]));
  const baseByPath = new Map(base.prompts.map((p) => [p.path, p]));
  const matchedBase = new Set<PromptFile>();
  const changes: PromptChange[] = [];

  for (const prompt of head.prompts) {
    const previousPath = renames.get(prompt.path);
    const before = baseById.get(prompt.id) ?? (previousPath ? baseByPath.get(previousPath) : undefined);
    if (before) matchedBase.add(before);
    const baseError = base.errors.get(previousPath ?? prompt.path);
    if (!before) {
      changes.push({
        id: prompt.id,
        path: prompt.path,
        ...(baseError ? { status: 'modified', baseError, previousPath } : { status: 'added' }),
        head: prompt,
      });
      continue;
    }
    if (fingerprint(base, before) === fingerprint(head, prompt)) continue;
    const moved = before.path !== prompt.path;
    changes.push({
      id: prompt.id,
      path: prompt.path,
      status: moved ? 'renamed' : 'modified',
      ...(moved ? { previousPath: before.path } : {}),
      base: before,
      head: prompt,
    });
  }

  for (const prompt of base.prompts) {
    if (matchedBase.has(prompt)) continue;
    changes.push({ id: prompt.id, path: prompt.path, status: 'removed', base: prompt });
  }
  return changes.sort((a, b) => compareText(a.id, b.id));
}
