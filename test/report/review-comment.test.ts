import { describe, expect, it } from 'vitest';
import { evidenceRows, formatInputs } from '../../src/report/evidence.js';
import { JOB_SUMMARY_MAX_BYTES, renderJobSummary, renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { compareReport, fromPattern, wrapReport } from '../compare/builders.js';
import { reviewRun } from './builders.js';

/** The text of one prompt's section: from its heading to the next heading or the footer. */
function section(markdown: string, id: string): string | undefined {
  const start = markdown.search(new RegExp(`^### \\S+ \`${id.replace(/[/-]/g, '\\$&')}\``, 'm'));
  if (start < 0) return undefined;
  const rest = markdown.slice(start + 4);
  const end = rest.search(/^(### |---$)/m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Evidence table rows of a section: `| case cell | inputs | baseline | candidate |`. */
function evidenceTableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('| `case-'))
    .map((l) => l.slice(2, -2).split(/(?<!\\) \| /));
}

function failingIds(report: Report): string[] {
  return report.prompts.filter((p) => p.verdict === 'fail').map((p) => p.id);
}

describe('the PR comment of a large pull request (30 changed prompts x 20 cases, 20 failing)', () => {
  for (const outputChars of [330, 4000]) {
    it(`stays under 65,536 characters and keeps three informative cases per failing prompt (${outputChars}-char outputs)`, () => {
      const report = reviewRun({ prompts: 30, cases: 20, failing: 20, outputChars });
      const text = renderMarkdown(report, { marker: 'promptgate', runUrl: 'https://github.test/run/1' });
      expect(text.length).toBeLessThan(65_536);
      expect(failingIds(report)).toHaveLength(20);
      for (const id of failingIds(report)) {
        const body = section(text, id);
        expect(body, id).toBeDefined();
        const rows = evidenceTableRows(body ?? '');
        expect(rows.length, id).toBeGreaterThanOrEqual(3);
        const expected = evidenceRows(report.prompts.find((p) => p.id === id) as never).slice(0, 3);
        rows.slice(0, 3).forEach((cells, i) => {
          const row = expected[i];
          // The most informative rows, in order, each with inputs and both excerpts.
          expect(cells[0]).toContain(`\`${row?.cases[0]?.id}\``);
          expect(cells[1]).toMatch(/^question: How do I reset the p/);
          expect(cells[2]).toMatch(/^Sure! To reset the password of account/);
          expect(cells[3]).toMatch(/^(I am sorry|Account \d+)/);
        });
      }
      // Passing prompts collapse to their summary-table row first.
      expect(text).not.toMatch(/^### ✅/m);
      expect(text).toMatch(/^\| ✅ \| `team-30\/support-reply` \|/m);
    });
  }

  it('says in the headline what regressed and by how much', () => {
    const text = renderMarkdown(reviewRun({ prompts: 30, cases: 20, failing: 20 }));
    expect(text.split('\n')[0]).toBe(
      '## ❌ promptgate FAIL: 20 of 30 prompts regressed; worst `team-01/support-reply`: pass rate 100.0% → 15.0% (-85.0 pts; 17 of 20 cases pass → fail on `polite`, `mentions-reset`)',
    );
  });
});

describe('the evidence of one regressed prompt', () => {
  const report = reviewRun({ prompts: 3, cases: 20, failing: 1 });
  const text = renderMarkdown(report);
  const body = section(text, 'team-01/support-reply') ?? '';

  it('groups identical outputs into one row and shows the same refusal once', () => {
    expect(body).toContain(
      '`case-1`, `case-2`, `case-3` +11 more<br>pass → fail<br>same candidate output for 14 cases',
    );
    expect(body.match(/I am sorry, but I cannot help/g)).toHaveLength(1);
    // Regressions where both metrics failed come before those where one did.
    const rows = evidenceTableRows(body);
    expect(rows.map((r) => r[0]?.split('<br>')[0])).toEqual([
      '`case-1`, `case-2`, `case-3` +11 more',
      '`case-15`',
      '`case-16`',
      '`case-17`',
    ]);
  });

  it('states one root cause once and folds the gate rules it explains', () => {
    const bullets = body.split('\n').filter((l) => l.startsWith('- '));
    expect(bullets[0]).toBe(
      '- pass rate 100.0% → 15.0% (-85.0 pts; 17 of 20 cases pass → fail on `polite`, `mentions-reset`), below the minimum pass rate',
    );
    expect(body).toContain('<details><summary>3 gate rules behind this</summary>');
    // The rules are listed once, inside the collapsed block only.
    const outside = body.replace(/<details>[\s\S]*?<\/details>/g, '');
    expect(outside.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(1);
  });

  it('shows a small Mermaid chart of baseline vs candidate per metric', () => {
    expect(body).toContain(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Pass rate %, baseline vs candidate"',
        '  x-axis ["polite base", "polite cand", "mentions-reset base", "mentions-reset cand"]',
        '  y-axis "pass rate %" 0 --> 100',
        '  bar [100, 30, 100, 15]',
        '```',
      ].join('\n'),
    );
  });

  it('keeps metric names from breaking out of the chart', () => {
    const prompt = compareReport({
      metrics: [{ name: 'a"]\n```\n<b>', type: 'judge', kind: 'single' }],
      baseline: fromPattern('baseline', 'PPPP', 'a"]\n```\n<b>'),
      candidate: fromPattern('candidate', 'FFFF', 'a"]\n```\n<b>'),
    });
    const chart = /```mermaid\n[\s\S]*?\n```/.exec(renderMarkdown(wrapReport([prompt])))?.[0] ?? '';
    expect(chart).toContain('x-axis ["a________b_ base", "a________b_ cand"]');
  });

  it('links the HTML report when the workflow uploads it', () => {
    const linked = renderMarkdown(report, { htmlReportUrl: 'https://github.test/run/1#artifacts' });
    expect(linked.split('\n')[2]).toBe(
      '📄 [HTML report](https://github.test/run/1#artifacts): every case with its inputs and a word-level diff of both outputs.',
    );
    expect(text).not.toContain('HTML report');
  });
});

describe('formatInputs', () => {
  it('gives every variable a share, so one long document cannot hide the others', () => {
    const text = formatInputs({ document: 'x'.repeat(5000), question: 'why?', n: 3 }, 80);
    expect(text.length).toBeLessThanOrEqual(80);
    expect(text).toContain('question: why?');
    expect(text).toContain('n: 3');
    expect(text).toMatch(/^document: x+…/);
  });
});

describe('the job summary', () => {
  it('shows more evidence than the comment, passing prompts included, when it fits', () => {
    const report = reviewRun({ prompts: 30, cases: 20, failing: 20 });
    const summary = renderJobSummary(report);
    expect(summary).toMatch(/^### ✅ `team-30\/support-reply`/m);
    expect(evidenceTableRows(section(summary, 'team-01/support-reply') ?? '')).toHaveLength(4);
    expect(summary).not.toContain('trimmed');
  });

  it("stays within GitHub's 1 MiB step limit, keeping failing prompts' evidence", () => {
    const report = reviewRun({ prompts: 300, cases: 20, failing: 250, outputChars: 2000 });
    const summary = renderJobSummary(report, { runUrl: 'https://github.test/run/1' });
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES);
    expect(summary).toMatch(/^## ❌ promptgate FAIL: 250 of 300 prompts regressed/);
    expect(summary).toMatch(
      /\n> (\d+ details trimmed|Excerpts shortened) to fit the job summary; see the JSON report\.\n/,
    );
    const sections = new Map(summary.split('\n### ').map((s) => [/^\S+ `([^`]+)`/.exec(s)?.[1], s] as const));
    for (const id of failingIds(report)) {
      expect(evidenceTableRows(sections.get(id) ?? '').length, id).toBeGreaterThanOrEqual(3);
    }
  });
});
