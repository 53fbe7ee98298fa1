import { FlagdCore, MemoryStorage } from '@openfeature/flagd-core';
import type { Logger } from '@openfeature/core';
import { describe, expect, it } from 'vitest';
import { entryFor } from '../../src/lifecycle/cohorts.js';
import { flagdDocument, renderFlagd } from '../../src/lifecycle/flagd.js';
import { fractionalVariant } from '../../src/lifecycle/fractional.js';
import type { LockFile } from '../../src/lifecycle/lockfile.js';
import { murmur3 } from '../../src/lifecycle/murmur3.js';
import { COMMIT_B, lockedPrompt, sha256 } from './builders.js';

const silent: Logger = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} };

/** flagd's own engine with schema validation on: an invalid document throws. */
function flagd(json: string): FlagdCore {
  const storage = new MemoryStorage(silent);
  storage.setConfigurations(json, true);
  return new FlagdCore(storage, silent);
}

const canary = (weight: number, id = 'support-reply'): LockFile => ({
  prompts: {
    [id]: lockedPrompt({
      rollout: {
        ...lockedPrompt({ version: '1.1.0', hash: sha256('v2'), commit: COMMIT_B }),
        weight,
      },
    }),
  },
});

describe('murmur3 (x86 32-bit)', () => {
  it('matches the reference vectors', () => {
    expect(murmur3('')).toBe(0);
    expect(murmur3('', 1)).toBe(0x514e28b7);
    expect(murmur3('hello')).toBe(0x248bfa47);
    expect(murmur3('Hello, world!', 1234)).toBe(0xfaf6cdb3);
    expect(murmur3('The quick brown fox jumps over the lazy dog')).toBe(0x2e4ff723);
  });
});

describe('export flagd', () => {
  it('writes one flag per prompt with versions as variants and validates against flagd schema', () => {
    const lock: LockFile = {
      prompts: { ...canary(20).prompts, 'prompts/summarize': lockedPrompt({ version: 'abc123def456' }) },
    };
    const doc = flagdDocument(lock, 'production');
    expect(doc.flags['support-reply']).toMatchObject({
      state: 'ENABLED',
      variants: { '1.0.0': '1.0.0', '1.1.0': '1.1.0' },
      defaultVariant: '1.0.0',
      targeting: {
        fractional: [
          ['1.0.0', 80],
          ['1.1.0', 20],
        ],
      },
    });
    expect(doc.flags['prompts/summarize']).toMatchObject({
      variants: { abc123def456: 'abc123def456' },
      defaultVariant: 'abc123def456',
    });
    expect(doc.flags['prompts/summarize']?.targeting).toBeUndefined();
    const core = flagd(renderFlagd(lock, 'production'));
    expect(core.resolveStringEvaluation('prompts/summarize', 'x', {}).value).toBe('abc123def456');
    // No targeting key: flagd falls back to the default variant, and so does the resolver.
    expect(core.resolveStringEvaluation('support-reply', 'x', {}).value).toBe('1.0.0');
    expect(entryFor('support-reply', lock.prompts['support-reply']!, undefined).version).toBe('1.0.0');
  });

  it('a 20% canary gives the new version to 18.5-21.5% of 10,000 keys, and the resolver agrees on every key', () => {
    const lock = canary(20);
    const core = flagd(renderFlagd(lock, 'production'));
    const prompt = lock.prompts['support-reply']!;
    let canaryKeys = 0;
    let disagreements = 0;
    for (let i = 0; i < 10_000; i++) {
      const key = `user-${i}`;
      const fromFlagd = core.resolveStringEvaluation('support-reply', 'none', { targetingKey: key }).value;
      if (fromFlagd === '1.1.0') canaryKeys++;
      if (entryFor('support-reply', prompt, key).version !== fromFlagd) disagreements++;
    }
    expect(disagreements).toBe(0);
    expect(canaryKeys / 10_000).toBeGreaterThanOrEqual(0.185);
    expect(canaryKeys / 10_000).toBeLessThanOrEqual(0.215);
  });

  it('agrees with flagd on arbitrary weights, random keys and ids with slashes', () => {
    for (const weight of [0, 1, 33, 50, 99, 100]) {
      const lock = canary(weight, 'prompts/summarize');
      const core = flagd(renderFlagd(lock, 'production'));
      for (let i = 0; i < 500; i++) {
        const key = `${(i * 2654435761) % 1_000_003}-${i.toString(36)}@example.com`;
        const fromFlagd = core.resolveStringEvaluation('prompts/summarize', 'none', {
          targetingKey: key,
        }).value;
        expect(
          fractionalVariant('prompts/summarize', key, [
            ['1.0.0', 100 - weight],
            ['1.1.0', weight],
          ]),
        ).toBe(fromFlagd);
      }
    }
  });
});
