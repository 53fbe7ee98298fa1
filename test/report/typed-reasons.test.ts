/**
 * Decisions about reasons are made on their type (scope, code), never on their wording: a reworded
 * sentence, or a run reason that happens to start with a prompt's id, changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { nothingToEvaluate } from '../../src/compare/build.js';
import { promptReason, runReason } from '../../src/core/reason.js';
import { rootCauses, runReasons } from '../../src/report/facts.js';
import { mergeReports } from '../../src/report/merge.js';
import { renderTerminal } from '../../src/report/terminal.js';
import type { PromptReport } from '../../src/report/types.js';
import { compareReport, fromPattern, messages, policy, wrapReport } from '../compare/builders.js';

/** 10 of 10 cases passing -> 2 of 10, below the suite's threshold of 90%. */
function belowThreshold(id = 'support'): PromptReport {
  return compareReport(
    {
      id,
      threshold: 0.9,
      baseline: fromPattern('baseline', 'PPPPPPPPPP'),
      candidate: fromPattern('candidate', 'PPFFFFFFFF'),
    },
    policy(),
  );
}

describe('typed reasons', () => {
  it('the gate names its rules: scope, code, prompt and metric beside the sentence', () => {
    const prompt = belowThreshold();
    expect(prompt.reasons.map((r) => [r.scope, r.code, r.promptId, r.metric])).toEqual([
      ['prompt', 'below-threshold', 'support', undefined],
      ['metric', 'pass-rate-drop', 'support', 'tone'],
    ]);
  });

  it('the root cause folds the pass-rate minimum by its code, whatever its sentence says', () => {
    const prompt = belowThreshold();
    const reworded: PromptReport = {
      ...prompt,
      reasons: prompt.reasons.map((r) =>
        r.code === 'below-threshold' ? { ...r, message: 'Der Anteil liegt unter dem Minimum' } : r,
      ),
    };
    const { causes, folded } = rootCauses(reworded);
    expect(causes).toEqual([
      'pass rate 100.0% → 20.0% (-80.0 pts; 8 of 10 cases pass → fail on `tone`), below the minimum pass rate',
    ]);
    expect(folded).toContain('Der Anteil liegt unter dem Minimum');
  });

  it("a run reason that starts like a prompt's id is still the run's, and shown as such", () => {
    const report = {
      ...wrapReport([belowThreshold('git')]),
      reasons: [runReason('run-failed', 'git: fetch failed, the verdict is incomplete')],
    };
    expect(messages(runReasons(report))).toEqual(['git: fetch failed, the verdict is incomplete']);
    expect(renderTerminal(report, { color: false, width: 200 })).toContain(
      'note: git: fetch failed, the verdict is incomplete',
    );
  });

  it("a prompt's reasons are never shown again as run notes, however they are worded", () => {
    const prompt = belowThreshold();
    const report = wrapReport([prompt]);
    expect(report.reasons.length).toBeGreaterThan(0);
    expect(runReasons(report)).toEqual([]);
    const odd = { ...report, reasons: [promptReason('support', 'recorded', 'no prefix at all')] };
    expect(runReasons(odd)).toEqual([]);
  });

  it('merge drops an empty shard\'s "nothing to evaluate" by its code, not its sentence', () => {
    const empty = wrapReport([], {
      shard: { index: 2, total: 2 },
      extraReasons: [{ ...nothingToEvaluate('compare'), message: 'rien à évaluer' }],
    });
    const full = wrapReport([belowThreshold()], { shard: { index: 1, total: 2 } });
    const merged = mergeReports([full, empty]);
    expect(merged.reasons.map((r) => r.code)).not.toContain('nothing-to-evaluate');
    // With no shard that evaluated, it is the run's reason still.
    const none = mergeReports([wrapReport([], { extraReasons: [nothingToEvaluate('eval')] })]);
    expect(none.reasons).toEqual([
      { scope: 'run', code: 'nothing-to-evaluate', message: 'no prompts with eval cases found' },
    ]);
  });
});
