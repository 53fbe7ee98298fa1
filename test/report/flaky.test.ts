import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ReportSchema, toReportDocument } from '../../src/contracts/report.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { compareReport, makeSideRun, sample, wrapReport } from '../compare/builders.js';

/** Three samples per case; `case-1`'s baseline samples disagree (P, P, F), the others agree. */
function flakyRun() {
  const side = (name: 'baseline' | 'candidate', pattern: string[]) =>
    makeSideRun(
      name,
      Object.fromEntries(
        pattern.map((p, i) => [
          `case-${i}`,
          [...p].map((ch) => sample({ tone: ch === 'P' ? 'pass' : 'fail' })),
        ]),
      ),
    );
  return wrapReport([
    compareReport({
      baseline: side('baseline', ['PPP', 'PPF', 'PPP', 'PPP', 'PPP', 'PPP']),
      candidate: side('candidate', ['FFF', 'FFF', 'FFF', 'PPP', 'PPP', 'PPP']),
    }),
  ]);
}

describe('flaky cases', () => {
  it('are marked per case in the terminal report, steady flips first', () => {
    const text = renderTerminal(flakyRun(), { color: false, width: 200 });
    const rows = text.split('\n').filter((l) => /^ {4}case-\d/.test(l));
    expect(rows.map((l) => l.trim().split(/\s{2,}/)[0])).toEqual(['case-0', 'case-2', 'case-1 (flaky)']);
    expect(text).toContain(
      '    (flaky): the baseline samples of this case disagree, so its flip may be noise',
    );
  });

  it('are marked per case in the HTML report, with what the mark means', () => {
    const html = renderHtml(flakyRun());
    expect(html).toMatch(
      /<code>case-1<\/code> <span class="change[^"]*">pass → fail<\/span> <span class="flaky"/,
    );
    expect(html).not.toMatch(
      /<code>case-0<\/code> <span class="change[^"]*">pass → fail<\/span> <span class="flaky"/,
    );
    expect(html).toContain(
      '<span class="flaky">flaky</span>: the baseline samples of this case disagree, so its flip may be noise.',
    );
  });

  it('are marked in the comment and the JSON report the same way', () => {
    const report = flakyRun();
    const comment = renderMarkdown(report);
    expect(comment).toContain('`case-1` (flaky)');
    expect(comment).not.toContain('`case-0` (flaky)');
    const document = JSON.parse(JSON.stringify(toReportDocument(report))) as ReturnType<
      typeof toReportDocument
    >;
    const ajv = new Ajv({ strict: false });
    addFormatsModule.default(ajv);
    expect(ajv.validate(ReportSchema, document)).toBe(true);
    expect(document.prompts[0]?.cases.filter((c) => c.flaky).map((c) => c.id)).toEqual(['case-1']);
  });

  it('leave reports without flaky cases unmarked', () => {
    const report = wrapReport([
      compareReport({
        baseline: makeSideRun('baseline', { a: [sample({ tone: 'pass' })], b: [sample({ tone: 'pass' })] }),
        candidate: makeSideRun('candidate', { a: [sample({ tone: 'fail' })], b: [sample({ tone: 'pass' })] }),
      }),
    ]);
    expect(renderTerminal(report, { color: false, width: 200 })).not.toContain('flaky');
    expect(renderHtml(report)).not.toContain('class="flaky"');
  });
});
