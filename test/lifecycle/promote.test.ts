import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import {
  emptyLockFile,
  parseLockFile,
  serializeLockFile,
  type LockFile,
} from '../../src/lifecycle/lockfile.js';
import { promote, type PromoteArgs } from '../../src/lifecycle/promote.js';
import type { PromptFile } from '../../src/prompts/types.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { lockedPrompt, promptFile, promptReport, report, sha256 } from './builders.js';

const PROMPT_TEXT =
  'id: support-reply\nversion: 1.0.0\nmodel: gpt-4o-mini\nmessages:\n  - role: system\n    content: "{% include \'tone.njk\' %}"\n';
const PARTIAL_TEXT = 'Be kind.\n';
const NOW = new Date('2026-02-02T09:00:00.000Z');

let repo: TempRepo;
let head: string;
let prompt: PromptFile;

beforeEach(() => {
  repo = createTempRepo({ 'prompts/reply.prompt.yaml': PROMPT_TEXT, 'prompts/tone.njk': PARTIAL_TEXT });
  head = repo.git('rev-parse', 'HEAD');
  prompt = promptFile({
    path: 'prompts/reply.prompt.yaml',
    partials: ['prompts/tone.njk'],
    contentHash: sha256('content v1'),
  });
});

afterEach(() => repo.remove());

function args(overrides: Partial<PromoteArgs> = {}): PromoteArgs {
  return {
    root: repo.dir,
    lock: emptyLockFile(),
    prompts: [prompt],
    ids: ['support-reply'],
    actor: 'octocat',
    commit: head,
    now: NOW,
    tag: true,
    ...overrides,
  };
}

const passing = () =>
  report(
    [
      promptReport({
        id: 'support-reply',
        hash: prompt.contentHash,
        metrics: [{ name: 'polite', passRate: 0.95, meanScore: 0.9, n: 40 }],
      }),
    ],
    {
      head: { ref: 'main', sha: head },
    },
  );

describe('promote', () => {
  it('refuses a prompt whose last evaluation failed, and leaves lock and tags alone', async () => {
    const failed = report([
      promptReport({
        id: 'support-reply',
        hash: prompt.contentHash,
        verdict: 'fail',
        reasons: ['polite: pass rate 60.0% is below 90.0%'],
      }),
    ]);
    const result = await promote(args({ report: failed }));
    expect(result.promoted).toEqual([]);
    expect(result.refused).toEqual([
      { id: 'support-reply', reason: 'last evaluation failed: polite: pass rate 60.0% is below 90.0%' },
    ]);
    expect(result.lock).toEqual(emptyLockFile());
    expect(repo.git('tag', '-l')).toBe('');
  });

  it('refuses a prompt without an evaluation of its current content', async () => {
    expect((await promote(args())).refused[0]?.reason).toBe(
      'no evaluation of this content (no report given)',
    );
    const stale = report([promptReport({ id: 'support-reply', hash: sha256('older content') })]);
    expect((await promote(args({ report: stale }))).refused[0]?.reason).toMatch(
      /^no evaluation of this content \(the report evaluated [0-9a-f]{12}, the prompt is now [0-9a-f]{12}\)/,
    );
  });

  it('promotes after a passing evaluation: lock entry, evaluation summary, history and an annotated tag', async () => {
    const result = await promote(args({ report: passing() }));
    expect(result).toMatchObject({
      promoted: ['support-reply'],
      refused: [],
      unchanged: [],
      tags: ['prompt/support-reply@1.0.0'],
    });
    const entry = result.lock.prompts['support-reply'];
    expect(entry).toEqual({
      version: '1.0.0',
      hash: prompt.contentHash,
      format: 'promptgate',
      path: 'prompts/reply.prompt.yaml',
      commit: head,
      files: { 'prompts/reply.prompt.yaml': sha256(PROMPT_TEXT), 'prompts/tone.njk': sha256(PARTIAL_TEXT) },
      promotedBy: 'octocat',
      promotedAt: '2026-02-02T09:00:00.000Z',
      evaluation: {
        verdict: 'pass',
        model: 'openai:gpt-4o-mini',
        at: '2026-02-01T10:00:00.000Z',
        commit: head,
        metrics: { polite: { passRate: 0.95, meanScore: 0.9, n: 40 } },
      },
      history: [
        {
          event: 'promote',
          version: '1.0.0',
          hash: prompt.contentHash,
          path: 'prompts/reply.prompt.yaml',
          partials: ['prompts/tone.njk'],
          commit: head,
          actor: 'octocat',
          at: '2026-02-02T09:00:00.000Z',
        },
      ],
    });
    expect(parseLockFile(serializeLockFile(result.lock), 'promptgate.lock.yaml')).toEqual(result.lock);

    expect(repo.git('cat-file', '-t', 'prompt/support-reply@1.0.0')).toBe('tag');
    expect(repo.git('rev-parse', 'prompt/support-reply@1.0.0^{commit}')).toBe(head);
    const message = repo.git('tag', '-l', '--format=%(contents)', 'prompt/support-reply@1.0.0');
    expect(message).toContain('promptgate: promote support-reply 1.0.0');
    expect(message).toContain('polite: pass rate 95.0% (n=40), mean score 0.90');
  });

  it('promotes over a failed evaluation only when forced with a reason, and records the reason', async () => {
    const failed = report([
      promptReport({
        id: 'support-reply',
        hash: prompt.contentHash,
        verdict: 'fail',
        reasons: ['judge timed out'],
      }),
    ]);
    await expect(promote(args({ report: failed, force: { reason: '  ' } }))).rejects.toThrow(UsageError);

    const result = await promote(
      args({ report: failed, force: { reason: 'judge outage; checked by hand' }, tag: false }),
    );
    const entry = result.lock.prompts['support-reply'];
    expect(result.promoted).toEqual(['support-reply']);
    expect(entry?.forced).toBe('judge outage; checked by hand');
    expect(entry?.evaluation?.verdict).toBe('fail');
    expect(entry?.history.at(-1)).toMatchObject({
      event: 'forced-promote',
      reason: 'judge outage; checked by hand',
      actor: 'octocat',
    });
    expect(result.notes[0]).toContain(
      'promoted without a passing evaluation (last evaluation failed: judge timed out)',
    );
    expect(result.tags).toEqual([]);
  });

  it('refuses a pass on the offline stand-in by its flag, whatever the model label says', async () => {
    const evaluated = (model: string, offline?: true) =>
      report([
        promptReport({
          id: 'support-reply',
          hash: prompt.contentHash,
          model,
          ...(offline ? { offline } : {}),
        }),
      ]);

    const reworded = await promote(args({ report: evaluated('offline:gpt-4o-mini (stand-in)', true) }));
    expect(reworded.promoted).toEqual([]);
    expect(reworded.refused).toEqual([
      {
        id: 'support-reply',
        reason:
          'evaluated on offline:gpt-4o-mini (stand-in), a stand-in that says nothing about production: evaluate with a real model (or --force with a reason)',
      },
    ]);
    const forced = await promote(
      args({ report: evaluated('offline:x', true), force: { reason: 'demo repo' }, tag: false }),
    );
    expect(forced.promoted).toEqual(['support-reply']);
    expect(forced.lock.prompts['support-reply']?.forced).toBe('demo repo');

    // A real model whose configured name happens to contain the words is a real evaluation.
    const real = await promote(
      args({ report: evaluated('acme:deterministic offline model, no network'), tag: false }),
    );
    expect(real.refused).toEqual([]);
    expect(real.promoted).toEqual(['support-reply']);
  });

  it('is a no-op when the same version and content are already in production', async () => {
    const first = await promote(args({ report: passing() }));
    const again = await promote(args({ report: passing(), lock: first.lock }));
    expect(again).toMatchObject({
      promoted: [],
      refused: [],
      unchanged: ['support-reply'],
      tags: [],
      notes: [],
    });
    expect(serializeLockFile(again.lock)).toBe(serializeLockFile(first.lock));
  });

  it('appends to the history when a new version is promoted', async () => {
    const first = await promote(args({ report: passing(), tag: false }));
    const v2Text = PROMPT_TEXT.replace('1.0.0', '1.1.0');
    const v2Commit = repo.commit({ 'prompts/reply.prompt.yaml': v2Text }, 'v2');
    prompt = promptFile({ ...prompt, version: '1.1.0', contentHash: sha256('content v2') });
    const second = await promote(args({ report: passing(), lock: first.lock, commit: v2Commit, tag: false }));
    const entry = second.lock.prompts['support-reply'];
    expect(entry).toMatchObject({
      version: '1.1.0',
      commit: v2Commit,
      files: { 'prompts/reply.prompt.yaml': sha256(v2Text) },
    });
    expect(entry?.history.map((e) => [e.event, e.version, e.from])).toEqual([
      ['promote', '1.0.0', undefined],
      ['promote', '1.1.0', '1.0.0'],
    ]);
  });

  it('refuses content that is not committed, and a version already promoted with other content', async () => {
    writeFileSync(join(repo.dir, 'prompts/tone.njk'), 'Be curt.\n');
    expect((await promote(args({ report: passing() }))).refused[0]?.reason).toMatch(
      /^prompts\/tone\.njk has uncommitted changes/,
    );

    repo.commit({ 'prompts/tone.njk': PARTIAL_TEXT }, 'restore');
    const lock: LockFile = {
      prompts: { 'support-reply': lockedPrompt({ version: '1.0.0', hash: sha256('other content') }) },
    };
    const result = await promote(args({ report: passing(), lock, commit: repo.git('rev-parse', 'HEAD') }));
    expect(result.refused[0]?.reason).toMatch(
      /^version 1\.0\.0 was already promoted with different content \([0-9a-f]{12}\): bump the version/,
    );
  });

  it('leaves an existing tag in place with a note, and tags GitHub Models files by short hash', async () => {
    repo.git('tag', 'prompt/support-reply@1.0.0');
    const github = promptFile({
      format: 'github',
      id: 'prompts/reply',
      version: undefined,
      path: 'prompts/reply.prompt.yaml',
      contentHash: sha256('github content'),
    });
    const both = report([
      promptReport({ id: 'support-reply', hash: prompt.contentHash }),
      promptReport({ id: 'prompts/reply', hash: github.contentHash }),
    ]);
    const result = await promote(args({ report: both, prompts: [prompt, github], ids: 'all' }));
    const short = github.contentHash.slice(0, 12);
    expect(result.promoted).toEqual(['prompts/reply', 'support-reply']);
    expect(result.tags).toEqual([`prompt/prompts/reply@${short}`]);
    expect(result.notes).toEqual([
      'support-reply: tag prompt/support-reply@1.0.0 already exists; left as is',
    ]);
    expect(result.lock.prompts['prompts/reply']).toMatchObject({ version: short, format: 'github' });
  });

  it('refuses unknown ids and asks for ids when none are given', async () => {
    const result = await promote(args({ report: passing(), ids: ['missing', 'support-reply'], tag: false }));
    expect(result.refused).toEqual([
      { id: 'missing', reason: 'no prompt with this id or path in the working tree' },
    ]);
    expect(result.promoted).toEqual(['support-reply']);
    await expect(promote(args({ ids: [] }))).rejects.toThrow(/name the prompts to promote/);
  });
});
