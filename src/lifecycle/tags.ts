import { git, gitOrThrow } from '../repo/git.js';

/** `prompt/<id>@<version>`: one tag per production version, so `git show prompt/x@1.2.0` finds it. */
export function tagName(id: string, version: string): string {
  return `prompt/${id}@${version}`;
}

/**
 * Creates an annotated tag at `commit` unless it exists. In CI, where git often has no identity,
 * the tagger is the actor who promoted.
 */
export async function createTag(
  root: string,
  name: string,
  commit: string,
  message: string,
  actor: string,
): Promise<'created' | 'exists' | 'invalid'> {
  if ((await git(['check-ref-format', `refs/tags/${name}`], root)).exitCode !== 0) return 'invalid';
  if ((await git(['rev-parse', '-q', '--verify', `refs/tags/${name}`], root)).exitCode === 0) return 'exists';
  const hasIdentity = (await git(['var', 'GIT_COMMITTER_IDENT'], root)).exitCode === 0;
  const identity = hasIdentity
    ? []
    : ['-c', `user.name=${actor}`, '-c', `user.email=${actor}@users.noreply.github.com`];
  await gitOrThrow(
    [...identity, 'tag', '-a', '--cleanup=verbatim', '-F', '-', name, commit],
    root,
    `${message}\n`,
  );
  return 'created';
}
