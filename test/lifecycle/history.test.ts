import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { formatHistory, formatHistoryJson, type HistoryJson } from '../../src/lifecycle/history.js';
import type { LockFile } from '../../src/lifecycle/lockfile.js';
import { COMMIT_A, COMMIT_B, historyEvent, lockedPrompt, sha256 } from './builders.js';

const lock: LockFile = {
  prompts: {
    'support-reply': lockedPrompt({
      version: '1.0.0',
      promotedBy: 'oncall',
      promotedAt: '2026-01-03T07:15:00.000Z',
      lastScheduledRun: {
        verdict: 'pass',
        model: 'openai:gpt-4o-mini',
        at: '2026-01-04T06:00:00.000Z',
        metrics: { polite: { passRate: 0.925, meanScore: 0.93, n: 40 } },
      },
      history: [
        historyEvent(),
        historyEvent({
          event: 'forced-promote',
          version: '1.1.0',
          hash: sha256('v2'),
          commit: COMMIT_B,
          from: '1.0.0',
          reason: 'judge outage',
          at: '2026-01-02T10:00:00.000Z',
        }),
        historyEvent({ event: 'rollback', from: '1.1.0', actor: 'oncall', at: '2026-01-03T07:15:00.000Z' }),
      ],
    }),
  },
};

describe('history', () => {
  it('prints the production version, its evaluation and every event newest first as a table', () => {
    const text = formatHistory(lock, 'support-reply');
    expect(text).toBe(
      [
        'support-reply: production 1.0.0 (prompts/reply.prompt.yaml, commit aaaaaaa), promoted by oncall at 2026-01-03 07:15 UTC',
        '  evaluation: pass with openai:gpt-4o-mini at 2026-01-01 11:00 UTC, commit aaaaaaa',
        '    polite: pass rate 95.0% (n=40), mean score 0.95',
        '  last scheduled run: pass with openai:gpt-4o-mini at 2026-01-04 06:00 UTC',
        '    polite: pass rate 92.5% (n=40), mean score 0.93',
        '',
        'when                  event           version  content       commit   by       note',
        `2026-01-03 07:15 UTC  rollback        1.0.0    ${sha256('v1').slice(0, 12)}  aaaaaaa  oncall   from 1.1.0`,
        `2026-01-02 10:00 UTC  forced-promote  1.1.0    ${sha256('v2').slice(0, 12)}  bbbbbbb  octocat  from 1.0.0; judge outage`,
        `2026-01-01 12:00 UTC  promote         1.0.0    ${sha256('v1').slice(0, 12)}  aaaaaaa  octocat`,
        '',
      ].join('\n'),
    );
  });

  it('gives the same facts as JSON, history oldest first', () => {
    const json = JSON.parse(formatHistoryJson(lock, 'support-reply')) as HistoryJson;
    expect(json.id).toBe('support-reply');
    expect(json.production).toMatchObject({ version: '1.0.0', commit: COMMIT_A, promotedBy: 'oncall' });
    expect(json.production).not.toHaveProperty('history');
    expect(json.lastScheduledRun?.metrics.polite?.passRate).toBe(0.925);
    expect(json.history.map((e) => e.event)).toEqual(['promote', 'forced-promote', 'rollback']);
  });

  it('names the promoted prompts when asked about one that never was', () => {
    expect(() => formatHistory(lock, 'nope')).toThrow(
      new UsageError('`nope` has never been promoted (promoted prompts: support-reply)'),
    );
  });

  it('takes an id that names an Object.prototype member for what it is: not promoted', () => {
    expect(() => formatHistory(lock, 'constructor')).toThrow(/`constructor` has never been promoted/);
    expect(() => formatHistoryJson(lock, 'toString')).toThrow(/`toString` has never been promoted/);
  });
});
