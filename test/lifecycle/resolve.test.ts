import { FlagdCore, MemoryStorage } from '@openfeature/flagd-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderFlagd } from '../../src/lifecycle/flagd.js';
import * as loader from '../../src/lifecycle/loader.js';
import { clearResolveCache, resolvePrompt } from '../../src/lifecycle/loader.js';
import { serializeLockFile, type LockFile } from '../../src/lifecycle/lockfile.js';
import type * as PublicApi from '../../types/lock.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { sha256 } from './builders.js';
import { ConfigError } from '../../src/errors.js';

// The implementation must match the published declarations.
const implementation: typeof PublicApi = loader;
void implementation;

const PATH = 'prompts/reply.prompt.yaml';
const text = (version: string, line: string) =>
  `id: support-reply\nversion: ${version}\nmodel: gpt-4o-mini\nmodelParameters: { temperature: 0.2 }\nmessages:\n  - role: system\n    content: ${line}\n  - role: user\n    content: "{{ message }}"\n`;

let repo: TempRepo;
let lock: LockFile;
let warnings: string[];

function entry(version: string, line: string, commit: string) {
  const content = text(version, line);
  return {
    version,
    hash: sha256(`hash ${version}`),
    format: 'promptgate' as const,
    path: PATH,
    commit,
    files: { [PATH]: sha256(content) },
    promotedBy: 'octocat',
    promotedAt: '2026-01-01T00:00:00.000Z',
  };
}

beforeEach(() => {
  clearResolveCache();
  warnings = [];
  repo = createTempRepo({ [PATH]: text('1.0.0', 'Be kind.') });
  const c1 = repo.git('rev-parse', 'HEAD');
  const c2 = repo.commit({ [PATH]: text('1.1.0', 'Be brief.') }, 'v1.1.0');
  lock = {
    prompts: {
      'support-reply': {
        ...entry('1.0.0', 'Be kind.', c1),
        rollout: { ...entry('1.1.0', 'Be brief.', c2), weight: 20 },
        history: [],
      },
    },
    environments: { staging: { 'support-reply': { ...entry('1.1.0', 'Be brief.', c2), history: [] } } },
  };
  repo.write({ 'promptgate.lock.yaml': serializeLockFile(lock) });
});
afterEach(() => repo.remove());

const options = (extra: Parameters<typeof resolvePrompt>[1] = {}) => ({
  root: repo.dir,
  onWarning: (m: string) => warnings.push(m),
  ...extra,
});

describe('resolvePrompt', () => {
  it('returns the version flagd picks for every one of 10,000 targeting keys, with its messages and model', async () => {
    const storage = new MemoryStorage({ error() {}, warn() {}, info() {}, debug() {} });
    storage.setConfigurations(renderFlagd(lock, 'production'), true);
    const core = new FlagdCore(storage);
    let canary = 0;
    for (let i = 0; i < 10_000; i++) {
      const targetingKey = `session-${i}`;
      const resolved = await resolvePrompt('support-reply', options({ targetingKey }));
      const fromFlagd = core.resolveStringEvaluation('support-reply', '', { targetingKey }).value;
      expect(resolved.version).toBe(fromFlagd);
      if (resolved.variant === 'canary') canary++;
    }
    expect(canary / 10_000).toBeGreaterThanOrEqual(0.185);
    expect(canary / 10_000).toBeLessThanOrEqual(0.215);

    const stable = await resolvePrompt('support-reply', options());
    expect(stable).toMatchObject({
      version: '1.0.0',
      variant: 'stable',
      env: 'production',
      model: 'gpt-4o-mini',
      modelParameters: { temperature: 0.2 },
      messages: [
        { role: 'system', content: 'Be kind.' },
        { role: 'user', content: '{{ message }}' },
      ],
      source: 'git',
    });
    expect((await resolvePrompt('support-reply', options({ env: 'staging' }))).version).toBe('1.1.0');
    expect(warnings).toEqual([]);
  });

  it('reuses a read within the TTL and falls back to the last good lock file when it breaks', async () => {
    expect((await resolvePrompt('support-reply', options())).version).toBe('1.0.0');
    const { rollout: _r, ...withoutRollout } = lock.prompts['support-reply']!;
    void _r;
    const promoted = { ...withoutRollout, ...lock.environments!.staging!['support-reply']! };
    repo.write({ 'promptgate.lock.yaml': serializeLockFile({ prompts: { 'support-reply': promoted } }) });
    expect((await resolvePrompt('support-reply', options({ cacheTtlMs: 60_000 }))).version).toBe('1.0.0');
    expect((await resolvePrompt('support-reply', options({ cacheTtlMs: 0 }))).version).toBe('1.1.0');

    repo.write({ 'promptgate.lock.yaml': 'lockfileVersion: 1\nprompts: [oops\n' });
    expect((await resolvePrompt('support-reply', options({ cacheTtlMs: 0 }))).version).toBe('1.1.0');
    expect(warnings.join('\n')).toMatch(
      /cannot read promptgate\.lock\.yaml .*malformed YAML.*using the last version read/s,
    );

    repo.write({ 'promptgate.lock.yaml': null });
    expect((await resolvePrompt('support-reply', options({ cacheTtlMs: 0 }))).version).toBe('1.1.0');
    clearResolveCache();
    await expect(resolvePrompt('support-reply', options())).rejects.toThrow('lock file not found');
  });

  it('names the missing prompt or environment', async () => {
    await expect(resolvePrompt('nope', options())).rejects.toThrow('`nope` has no version in production');
    await expect(resolvePrompt('support-reply', options({ env: 'qa' }))).rejects.toThrow(
      '`support-reply` has no version in qa',
    );
  });

  it('reads the recorded prompt file through the checked reader: a broken one is an error at its line, not a message dropped', async () => {
    // Hand-edited and committed past review: the user message's content is a list, not text.
    const broken =
      'id: support-reply\nversion: 1.2.0\nmodel: gpt-4o-mini\nmessages:\n  - role: system\n    content: Be kind.\n  - role: user\n    content: [oops]\n';
    const commit = repo.commit({ [PATH]: broken }, 'v1.2.0');
    const record = { ...entry('1.2.0', '', commit), files: { [PATH]: sha256(broken) }, history: [] };
    repo.write({ 'promptgate.lock.yaml': serializeLockFile({ prompts: { 'support-reply': record } }) });

    const error = await resolvePrompt('support-reply', options()).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).format()).toMatch(
      /^prompts\/reply\.prompt\.yaml:8:14: invalid prompt file: `messages\.1\.content` must be a string .*got a list/,
    );
  });
});
