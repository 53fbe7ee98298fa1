import { nunjucksVariables } from '../prompts/template.js';
import type { PromptFile } from '../prompts/types.js';
import type { PromptReport } from '../report/types.js';
import { canonicalJson } from '../canonical-json.js';
import { byCodeUnit } from './lockfile.js';
import { comparePrerelease, parseSemver, type Semver } from './semver.js';

export type Bump = 'major' | 'minor' | 'patch';

const BUMP_RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };

/** Characters of a content hash shown as a GitHub Models file's version and in tags. */
const SHORT_HASH_LENGTH = 12;

export function shortHash(hash: string): string {
  return hash.slice(0, SHORT_HASH_LENGTH);
}

/** A prompt's version as users see it: its semver, or the short content hash for GitHub Models files. */
export function displayVersion(prompt: Pick<PromptFile, 'format' | 'version' | 'contentHash'>): string {
  return prompt.format === 'promptgate' && prompt.version ? prompt.version : shortHash(prompt.contentHash);
}

/**
 * The semver bump a content change calls for:
 * - major: the output contract changed: the response format or JSON schema, or the set of template
 *   variables callers must supply (added or removed);
 * - minor: the behaviour changed: message text, roles or count, a partial's text, or the model;
 * - patch: anything else: white-space-only edits, model parameters, name/description, embedded tests.
 * Undefined when the content is identical.
 */
export function suggestBump(base: PromptFile, head: PromptFile): Bump | undefined {
  if (base.contentHash === head.contentHash) return undefined;
  if (outputContractChanged(base, head)) return 'major';
  if (behaviourChanged(base, head)) return 'minor';
  return 'patch';
}

/**
 * The report's version block for a prompt compared between base and head. `notBumped` is set when a
 * promptgate file's content changed but its semver did not increase; GitHub Models files are
 * versioned by content hash and never flagged. `suggestedBump` is set when the version was not bumped
 * or was bumped less than the change calls for (a patch bump for a changed output contract).
 */
export function versionInfo(
  base: PromptFile | undefined,
  head: PromptFile | undefined,
): PromptReport['version'] {
  const info: PromptReport['version'] = {
    ...(base ? { baseline: displayVersion(base), baselineHash: base.contentHash } : {}),
    ...(head ? { candidate: displayVersion(head), candidateHash: head.contentHash } : {}),
    notBumped: false,
  };
  if (!base || !head || base.contentHash === head.contentHash) return info;
  if (base.format !== 'promptgate' || head.format !== 'promptgate') return info;
  const from = base.version === undefined ? undefined : parseSemver(base.version);
  const to = head.version === undefined ? undefined : parseSemver(head.version);
  if (!from || !to) return info;

  const made = bumpMade(from, to);
  const needed = suggestBump(base, head);
  const notBumped = made === 'none';
  const tooSmall =
    needed !== undefined && made !== 'none' && made !== 'prerelease' && BUMP_RANK[made] < BUMP_RANK[needed];
  return { ...info, notBumped, ...(needed && (notBumped || tooSmall) ? { suggestedBump: needed } : {}) };
}

/** Which part of the version increased; `none` when it did not increase at all. */
function bumpMade(from: Semver, to: Semver): Bump | 'prerelease' | 'none' {
  if (to.major !== from.major) return to.major > from.major ? 'major' : 'none';
  if (to.minor !== from.minor) return to.minor > from.minor ? 'minor' : 'none';
  if (to.patch !== from.patch) return to.patch > from.patch ? 'patch' : 'none';
  // Same release numbers: only a move along the pre-release line (1.0.0-rc.1 -> 1.0.0) counts.
  const advanced = from.prerelease.length > 0 && comparePrerelease(from.prerelease, to.prerelease) < 0;
  return advanced ? 'prerelease' : 'none';
}

function outputContractChanged(base: PromptFile, head: PromptFile): boolean {
  const format = (p: PromptFile) => canonicalJson(p.responseFormat ?? { type: 'text' });
  if (format(base) !== format(head)) return true;
  const before = templateVariables(base);
  const after = templateVariables(head);
  return before.size !== after.size || [...before].some((name) => !after.has(name));
}

function behaviourChanged(base: PromptFile, head: PromptFile): boolean {
  if (base.model !== head.model) return true;
  const messages = (p: PromptFile) =>
    p.messages.map((m) => `${m.role}\0${collapseWhitespace(m.content)}`).join('\0\0');
  if (messages(base) !== messages(head)) return true;
  const partials = (p: PromptFile) =>
    Object.entries(p.partialSources ?? {})
      .sort(([a], [b]) => byCodeUnit(a, b))
      .map(([name, text]) => `${name}\0${collapseWhitespace(text)}`)
      .join('\0\0');
  return partials(base) !== partials(head);
}

/** The variables a caller must supply: the messages' and, for promptgate files, their partials'. */
function templateVariables(prompt: PromptFile): Set<string> {
  const names = new Set(prompt.variables);
  if (prompt.format !== 'promptgate') return names;
  for (const source of Object.values(prompt.partialSources ?? {})) {
    try {
      nunjucksVariables(source).forEach((name) => names.add(name));
    } catch {
      // A partial that does not parse fails its evaluation loudly; it gives no hint here.
    }
  }
  return names;
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
