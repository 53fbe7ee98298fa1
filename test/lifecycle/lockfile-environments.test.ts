import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { versionStatus } from '../../src/lifecycle/environments.js';
import { parseLockFile, serializeLockFile, type LockFile } from '../../src/lifecycle/lockfile.js';
import { allowedTransitions, checkTransition } from '../../src/lifecycle/states.js';
import { COMMIT_B, historyEvent, lockedPrompt, sha256 } from './builders.js';

describe('lock file environments, rollouts and statuses', () => {
  it('a production-only lock file reads and writes exactly as before', () => {
    const lock: LockFile = { prompts: { 'support-reply': lockedPrompt() } };
    const text = serializeLockFile(lock);
    expect(text).not.toMatch(/environments|rollout|status/);
    expect(parseLockFile(text, 'promptgate.lock.yaml')).toEqual(lock);
  });

  it('round-trips staging, a canary and an explicit status', () => {
    const v2 = lockedPrompt({ version: '1.1.0', hash: sha256('v2'), commit: COMMIT_B });
    const { history: _h, ...v2Entry } = v2;
    void _h;
    const lock: LockFile = {
      prompts: {
        'support-reply': lockedPrompt({
          status: 'deprecated',
          rollout: { ...v2Entry, weight: 20 },
          history: [
            historyEvent(),
            historyEvent({
              event: 'rollout',
              version: '1.1.0',
              hash: sha256('v2'),
              weight: 20,
              from: '1.0.0',
            }),
          ],
        }),
      },
      environments: { staging: { 'support-reply': v2 } },
    };
    const text = serializeLockFile(lock);
    expect(parseLockFile(text, 'promptgate.lock.yaml')).toEqual(lock);
    expect(text).toContain('    rollout:\n      version: 1.1.0\n      weight: 20\n');
    expect(versionStatus(lock, 'support-reply', sha256('v1'))).toBe('deprecated');
    expect(versionStatus(lock, 'support-reply', sha256('v2'))).toBe('staging');
    expect(versionStatus(lock, 'support-reply', sha256('never'))).toBeUndefined();
  });

  it('rejects a rollout weight outside 0-100 and an unknown status, naming the line', () => {
    const text = serializeLockFile({
      prompts: { 'support-reply': lockedPrompt({ rollout: { ...lockedPrompt(), weight: 20 } }) },
    });
    expect(() => parseLockFile(text.replace('weight: 20', 'weight: 120'), 'l.yaml')).toThrow(
      /`prompts\.support-reply\.rollout\.weight` must be a whole number from 0 to 100, got number 120/,
    );
    expect(() =>
      parseLockFile(text.replace('    history:', '    status: retired\n    history:'), 'l.yaml'),
    ).toThrow(
      /must be one of "draft", "testing", "staging", "production", "deprecated", "archived", got string "retired"/,
    );
  });
});

describe('lifecycle transitions', () => {
  it('follows draft -> testing -> staging -> production -> deprecated -> archived', () => {
    expect(allowedTransitions('draft')).toEqual(['testing', 'archived']);
    expect(() => checkTransition('p 1.0.0', 'testing', 'staging')).not.toThrow();
    expect(() => checkTransition('p 1.0.0', 'deprecated', 'production')).not.toThrow();
    expect(() => checkTransition('p 1.0.0', 'draft', 'production')).toThrow(
      'p 1.0.0 is draft: draft -> production is not allowed (allowed from draft: testing, archived)',
    );
  });
});

describe('release config', () => {
  it('defaults to staging and production and the issue guardrails', () => {
    const config = parseConfig('', 'promptgate.yaml');
    expect(config.release.environments).toEqual(['staging', 'production']);
    expect(config.release.rules).toMatchObject({
      p95LatencyIncrease: 0.5,
      costIncrease: 0.3,
      maxErrorRate: 0.02,
    });
  });
  it('reads environments and rules, and refuses a list without production', () => {
    const config = parseConfig(
      'environments: [dev, staging, production]\nrules: { max_error_rate: 0.05 }\n',
      'p.yaml',
    );
    expect(config.release.environments).toEqual(['dev', 'staging', 'production']);
    expect(config.release.rules.maxErrorRate).toBe(0.05);
    expect(() => parseConfig('environments: [dev, staging]\n', 'p.yaml')).toThrow(/environments/);
  });
});
