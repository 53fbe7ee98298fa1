import { describe, expect, it } from 'vitest';
import {
  detectDrift,
  driftIssueTitle,
  recordScheduledRun,
  renderDriftIssueBody,
} from '../../src/lifecycle/drift.js';
import type { LockFile } from '../../src/lifecycle/lockfile.js';
import { lockedPrompt, promptReport, report, sha256, type MetricSpec } from './builders.js';

const PRODUCTION = sha256('v1');

/** Production records `polite` at 95% of 40 cases (the promotion's evaluation). */
const lock: LockFile = { prompts: { 'support-reply': lockedPrompt() } };

function scheduled(metrics: MetricSpec[], extra: Partial<Parameters<typeof promptReport>[0]> = {}) {
  return report([promptReport({ id: 'support-reply', hash: PRODUCTION, metrics, ...extra })], {
    mode: 'scheduled',
    generatedAt: '2026-02-10T06:00:00.000Z',
  });
}

const detect = (r: ReturnType<typeof scheduled>, l: LockFile = lock, maxDrop = 0.05) =>
  detectDrift({ report: r, lock: l, confidence: 0.95, maxDrop });

describe('detectDrift', () => {
  it('flags a significant drop larger than max drop', () => {
    const result = detect(scheduled([{ name: 'polite', passRate: 0.6, n: 40 }]));
    expect(result.drifted).toBe(true);
    const [prompt] = result.prompts;
    expect(prompt).toMatchObject({ id: 'support-reply', version: '1.0.0', drifted: true });
    expect(prompt?.baseline).toEqual({
      source: 'promotion',
      at: '2026-01-01T11:00:00.000Z',
      model: 'openai:gpt-4o-mini',
    });
    const [metric] = prompt?.metrics ?? [];
    expect(metric).toMatchObject({ metric: 'polite', significant: true, drifted: true });
    expect(metric?.diff).toBeCloseTo(-0.35, 10);
    expect(metric?.ci.high).toBeLessThan(0);
    expect(metric?.pValue).toBeLessThan(0.05);
  });

  it('does not flag noise: a small drop the sample sizes cannot distinguish from chance', () => {
    const result = detect(scheduled([{ name: 'polite', passRate: 0.875, n: 40 }]));
    expect(result.drifted).toBe(false);
    expect(result.prompts[0]?.metrics[0]).toMatchObject({ significant: false, drifted: false });
  });

  it('does not flag a significant drop within max drop, nor an improvement', () => {
    const big: LockFile = {
      prompts: {
        'support-reply': lockedPrompt({
          evaluation: {
            verdict: 'pass',
            model: 'm',
            at: '2026-01-01T00:00:00.000Z',
            metrics: { polite: { passRate: 0.99, meanScore: 0.99, n: 5000 } },
          },
        }),
      },
    };
    const small = detect(scheduled([{ name: 'polite', passRate: 0.97, n: 5000 }]), big);
    expect(small.prompts[0]?.metrics[0]).toMatchObject({ significant: true, drifted: false });
    const better = detect(scheduled([{ name: 'polite', passRate: 1, n: 40 }]), {
      prompts: {
        'support-reply': lockedPrompt({
          evaluation: {
            verdict: 'pass',
            model: 'm',
            at: '2026-01-01T00:00:00.000Z',
            metrics: { polite: { passRate: 0.5, meanScore: 0.5, n: 40 } },
          },
        }),
      },
    });
    expect(better.prompts[0]?.metrics[0]).toMatchObject({ significant: true, drifted: false });
    expect(better.drifted).toBe(false);
  });

  it('compares with the last scheduled run when no promotion evaluation is kept (after a rollback)', () => {
    const rolledBack: LockFile = {
      prompts: {
        'support-reply': lockedPrompt({
          evaluation: undefined,
          lastScheduledRun: {
            verdict: 'pass',
            model: 'm',
            at: '2026-02-03T06:00:00.000Z',
            metrics: { polite: { passRate: 1, meanScore: 1, n: 40 } },
          },
        }),
      },
    };
    const result = detect(scheduled([{ name: 'polite', passRate: 0.5, n: 40 }]), rolledBack);
    expect(result.prompts[0]?.baseline.source).toBe('scheduled run');
    expect(result.drifted).toBe(true);
  });

  it('says why prompts were not compared', () => {
    const run = report([
      promptReport({ id: 'new-prompt', hash: sha256('x') }),
      promptReport({ id: 'support-reply', hash: sha256('unpromoted edit') }),
    ]);
    expect(detect(run).skipped).toEqual([
      { id: 'new-prompt', reason: 'never promoted: nothing recorded to compare with' },
      { id: 'support-reply', reason: 'the run evaluated content that is not the production version 1.0.0' },
    ]);
    const errored = detect(
      scheduled([{ name: 'polite', passRate: 0, n: 0 }], {
        verdict: 'error',
        reasons: ['HTTP 404: model not found'],
      }),
    );
    expect(errored.skipped).toEqual([
      { id: 'support-reply', reason: 'the run errored: HTTP 404: model not found' },
    ]);
    const unrecorded = detect(scheduled([{ name: 'polite', passRate: 1, n: 40 }]), {
      prompts: { 'support-reply': lockedPrompt({ evaluation: undefined }) },
    });
    expect(unrecorded.skipped[0]?.reason).toBe(
      'no evaluation of production version 1.0.0 is recorded yet (the scheduled run writes one into the lock file; commit it to use it next time)',
    );
  });
});

describe('recordScheduledRun', () => {
  it('records the run for production prompts it evaluated, keeping the previous record after an errored run', () => {
    const recorded = recordScheduledRun(
      lock,
      scheduled([{ name: 'polite', passRate: 0.9, meanScore: 0.85, n: 40 }]),
    );
    expect(recorded.prompts['support-reply']?.lastScheduledRun).toEqual({
      verdict: 'pass',
      model: 'openai:gpt-4o-mini',
      at: '2026-02-10T06:00:00.000Z',
      metrics: { polite: { passRate: 0.9, meanScore: 0.85, n: 40 } },
    });
    expect(lock.prompts['support-reply']?.lastScheduledRun).toBeUndefined();

    const afterError = recordScheduledRun(recorded, scheduled([], { verdict: 'error' }));
    expect(afterError.prompts['support-reply']?.lastScheduledRun?.metrics.polite?.passRate).toBe(0.9);
    const otherContent = recordScheduledRun(
      lock,
      report([promptReport({ id: 'support-reply', hash: sha256('edit') })]),
    );
    expect(otherContent.prompts['support-reply']?.lastScheduledRun).toBeUndefined();
  });
});

describe('renderDriftIssueBody', () => {
  it('renders one table per prompt with recorded, current, change, interval and finding', () => {
    const run = report(
      [
        promptReport({
          id: 'support-reply',
          hash: PRODUCTION,
          metrics: [
            { name: 'polite', passRate: 0.6, n: 40 },
            { name: 'a|b', passRate: 1, n: 40 },
          ],
        }),
        promptReport({ id: 'new-prompt', hash: sha256('x') }),
      ],
      { generatedAt: '2026-02-10T06:00:00.000Z' },
    );
    const withPipes: LockFile = {
      prompts: {
        'support-reply': lockedPrompt({
          evaluation: {
            verdict: 'pass',
            model: 'openai:gpt-4o-mini',
            at: '2026-01-01T11:00:00.000Z',
            metrics: {
              polite: { passRate: 0.95, meanScore: 0.95, n: 40 },
              'a|b': { passRate: 1, meanScore: 1, n: 40 },
            },
          },
        }),
      },
    };
    const result = detect(run, withPipes);
    const body = renderDriftIssueBody(result, '## promptgate report\n\nall details');
    expect(driftIssueTitle(result)).toBe('promptgate: drift detected in support-reply');
    expect(body).toContain('## promptgate: drift detected in 1 prompt');
    expect(body).toContain(
      'dropped by more than 5.0 pts and the 95% interval of the change lies entirely below zero',
    );
    expect(body).toContain('### support-reply 1.0.0: **drifted**');
    expect(body).toContain(
      'Compared with the evaluation that justified its promotion (2026-01-01 11:00 UTC, openai:gpt-4o-mini).',
    );
    expect(body).toContain('| metric | recorded | now | change | 95% interval | finding |');
    expect(body).toMatch(
      /\| polite \| 95\.0% \(n=40\) \| 60\.0% \(n=40\) \| -35\.0 pts \| -\d+\.\d pts to -\d+\.\d pts \| \*\*drifted\*\* \|/,
    );
    expect(body).toContain('| a\\|b | 100.0% (n=40) | 100.0% (n=40) | 0.0 pts |');
    expect(body).toContain('### Not compared\n\n- `new-prompt`: never promoted');
    expect(body).toContain(
      '<details><summary>Full report of the scheduled run</summary>\n\n## promptgate report\n\nall details\n\n</details>',
    );
  });

  it('makes provider errors and judge replies quoted in skip reasons inert Markdown', () => {
    const errored = report(
      [
        promptReport({
          id: 'support-reply',
          hash: PRODUCTION,
          verdict: 'error',
          reasons: ['1 sample failed (e.g. "<img src=x onerror=alert(1)> ping @octocat, see #12")'],
          metrics: [{ name: 'polite', passRate: 0, n: 0 }],
        }),
      ],
      { generatedAt: '2026-02-10T06:00:00.000Z' },
    );
    const body = renderDriftIssueBody(detect(errored));
    expect(body).toContain('- `support-reply`: the run errored: 1 sample failed');
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toMatch(/@octocat|#12/);
  });

  it('says there is no drift, and leaves out a report too long for an issue', () => {
    const result = detect(scheduled([{ name: 'polite', passRate: 0.95, n: 40 }]));
    expect(driftIssueTitle(result)).toBe('promptgate: no drift');
    const body = renderDriftIssueBody(result, 'x'.repeat(70_000));
    expect(body).toContain('## promptgate: no drift detected');
    expect(body).not.toContain('<details>');
    expect(body).toContain('too long for an issue');
    expect(body.length).toBeLessThan(65_536);
  });
});
