import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { gateInRounds } from '../../src/compare/rounds.js';
import { ReportSchema, toReportDocument } from '../../src/contracts/report.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { roundsSummary } from '../../src/report/rounds.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { comparison, fromPattern, policy, sample, wrapReport } from '../compare/builders.js';

/** Ten cases, two flipped in round 1; later samples all pass, so both stay uncertain up to max_repeats. */
async function adaptiveReport() {
  const prompt = await gateInRounds(
    comparison({
      baseline: fromPattern('baseline', 'PPPPPPPPPP'),
      candidate: fromPattern('candidate', 'FFPPPPPPPP'),
    }),
    policy(),
    {
      maxRepeats: new Map([
        ['case-1', 5],
        ['case-2', 5],
      ]),
      resample: (requests) => {
        const side = () =>
          new Map(
            requests.map((r) => [r.caseId, Array.from({ length: r.count }, () => sample({ tone: 'pass' }))]),
          );
        return Promise.resolve({ baseline: side(), candidate: side() });
      },
    },
  );
  return wrapReport([prompt]);
}

describe('repeat: auto rounds in the reports', () => {
  it('sums up the rounds, their calls and cost, and why they stopped', async () => {
    const adaptive = (await adaptiveReport()).prompts[0]?.adaptive;
    expect(adaptive).toBeDefined();
    if (!adaptive) return;
    expect(roundsSummary(adaptive)).toBe(
      'repeat: auto, 3 of 3 rounds (10 cases at 1 sample per side, then 2 uncertain cases at 3, then 2 uncertain cases at 5): ' +
        '36 calls, $0.0360; still inconclusive at max_repeats (round 3 at one-sided alpha 0.034)',
    );
  });

  it('shows them in the comment, the HTML report and the terminal, and the JSON report validates', async () => {
    const report = await adaptiveReport();
    expect(renderMarkdown(report)).toContain('repeat: auto, 3 of 3 rounds');
    expect(renderTerminal(report, { color: false, width: 200 })).toContain('repeat: auto, 3 of 3 rounds');
    expect(renderHtml(report)).toContain('repeat: auto, 3 of 3 rounds');
    const ajv = new Ajv({ strict: false });
    addFormatsModule.default(ajv);
    expect(ajv.validate(ReportSchema, JSON.parse(JSON.stringify(toReportDocument(report))))).toBe(true);
  });
});
