import { runReason } from '../../src/core/reason.js';
import { describe, expect, it } from 'vitest';
import { fileErrorReport } from '../../src/app/file-errors.js';
import { renderMarkdown, renderPendingComment } from '../../src/report/markdown.js';
import type { SampleResult } from '../../src/run/types.js';
import { compareReport, fromPattern, makeSideRun, policy, sample, wrapReport } from '../compare/builders.js';

/** 2 of 10 cases flipping is significant only at a low confidence (one-sided p = 0.25). */
const regression = () =>
  compareReport(
    {
      baseline: fromPattern('baseline', 'PPPPPPPPPP'),
      candidate: fromPattern('candidate', 'PPPPPPPPFF'),
    },
    policy({ confidence: 0.75 }),
  );
const improvement = (id: string) =>
  compareReport({
    id,
    baseline: fromPattern('baseline', 'PPPPPPPPFF'),
    candidate: fromPattern('candidate', 'PPPPPPPPPP'),
  });

/** The Markdown with fenced code blocks removed: what GitHub would parse as Markdown/HTML. */
function outsideCodeBlocks(markdown: string): string {
  return markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');
}

describe('renderMarkdown', () => {
  it('puts the marker first and the verdict right after it', () => {
    const text = renderMarkdown(wrapReport([regression(), improvement('faq')]), {
      marker: 'promptgate:sticky',
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('<!-- promptgate:sticky -->');
    expect(lines[1]).toMatch(
      /^## ❌ promptgate FAIL: `support\/reply` regressed: pass rate 100\.0% → 80\.0% \(-20\.0 pts; 2 of 10 cases pass → fail on `tone`\)$/,
    );
  });

  it('shows a summary table, the per-prompt table, flipped cases and usage', () => {
    const text = renderMarkdown(wrapReport([regression(), improvement('faq')]), {
      runUrl: 'https://example.test/run/1',
    });
    expect(text).toContain('| ❌ | `support/reply` | modified | 10 | 100.0% → 80.0% |');
    expect(text).toContain(
      '| `tone` (judge) | 100.0% · 1.00 | 80.0% · 0.80 | -20.0 pts · -0.20 (50% CI -0.30 to -0.12; 2 pass → fail, 0 fail → pass; p = 0.250) | ❌ fail |',
    );
    expect(text).toContain('**2 cases pass → fail, most informative first**');
    expect(text).toContain(
      '| `case-9`, `case-10`<br>pass → fail<br>same output for 2 cases | question: question case-9<br>question: question case-10 | an answer | an answer<br>↳ tone: tone not met |',
    );
    expect(text).toContain('prompt 120 → 140 tokens (+20)');
    expect(text).toContain('can never be significant');
    expect(text).toContain('[workflow run](https://example.test/run/1)');
    // Failing prompts come first.
    expect(text.indexOf('### ❌ `support/reply`')).toBeLessThan(text.indexOf('### ✅ `faq`'));
  });

  it('counts every pass -> fail flip in the case summary, also beyond the listed cases', () => {
    const report = compareReport({
      baseline: fromPattern('baseline', 'P'.repeat(60)),
      candidate: fromPattern('candidate', 'F'.repeat(60)),
    });
    const text = renderMarkdown(wrapReport([report]));
    // Identical outputs share a row, whose count covers every case.
    expect(text).toContain('**60 cases pass → fail, most informative first**');
    expect(text).toContain(
      '`case-1`, `case-2`, `case-3` +57 more<br>pass → fail<br>same output for 60 cases',
    );
  });

  it('shows a failed call once per errored row, as the error the cases share', () => {
    const report = compareReport({
      baseline: fromPattern('baseline', 'PPPP'),
      candidate: fromPattern('candidate', 'EEEE'),
    });
    const text = renderMarkdown(wrapReport([report]));
    const row = text.split('\n').find((l) => l.startsWith('| `case-1`')) ?? '';
    expect(row).toContain('<br>error<br>same error for 4 cases |');
    expect(row).toMatch(/\| \\\[error\\\] HTTP 500: upstream error \|$/);
    expect(row.match(/upstream error/g)).toHaveLength(1);
  });

  it('shows a file that could not be loaded by its path and error, with no empty model or usage', () => {
    const broken = fileErrorReport(
      'evals/faq.eval.yaml',
      'evals/faq.eval.yaml:3:1: malformed YAML',
      'fail',
      'modified',
    );
    const text = renderMarkdown(wrapReport([regression(), broken]));
    const section = text.slice(text.indexOf('### ❌ `evals/faq.eval.yaml`'));
    expect(section).toMatch(
      /^### ❌ `evals\/faq\.eval\.yaml` · modified\n\n`evals\/faq\.eval\.yaml`\n\n- could not be loaded: evals\/faq\.eval\.yaml:3:1: malformed YAML\n\n---/,
    );
    expect(section).not.toContain('<sub></sub>');
  });

  it('notes a version that was not bumped', () => {
    const report = compareReport({
      baseline: fromPattern('baseline', 'P'),
      candidate: fromPattern('candidate', 'P'),
      version: { baseline: '1.2.0', candidate: '1.2.0', notBumped: true, suggestedBump: 'minor' },
    });
    expect(renderMarkdown(wrapReport([report]))).toContain('⚠️ version not bumped, suggest a **minor** bump');
  });

  it('renders candidate-only columns in eval mode', () => {
    const report = compareReport({ status: 'unchanged', candidate: fromPattern('candidate', 'PPPF') });
    const text = renderMarkdown(wrapReport([report], { mode: 'eval' }));
    expect(text).toMatch(/^## ✅ promptgate PASS: 1 prompt meets its threshold/);
    expect(text).toContain('| Metric | Pass rate (CI) | Mean score ± SE | Status |');
    expect(text).not.toContain('Baseline');
    expect(text).toContain('<details><summary>1 failing case, most informative first</summary>');
    expect(text).toContain('| Case | Inputs | Output | Why |');
  });

  it('escapes untrusted model output: no HTML, no mentions, no broken tables or fences', () => {
    const nasty = '@octocat <script>alert(1)</script> | col ``` fence #42';
    const hostile: SampleResult = sample({ tone: 'fail' }, { output: nasty });
    hostile.metrics.tone = { outcome: 'fail', score: 0, reason: nasty };
    const report = compareReport({
      metrics: [{ name: 'to|ne', type: 'judge', kind: 'single' }],
      baseline: makeSideRun('baseline', { a: [sample({ 'to|ne': 'pass' })] }),
      candidate: makeSideRun('candidate', {
        a: [{ ...hostile, metrics: { 'to|ne': hostile.metrics.tone } }],
      }),
    });
    const text = renderMarkdown(wrapReport([report]));
    const markdown = outsideCodeBlocks(text);
    expect(markdown).not.toMatch(/<script/i);
    expect(markdown).toContain('&lt;script&gt;');
    expect(text).not.toMatch(/@octocat/);
    expect(text).not.toMatch(/#42/);
    // The output excerpt is escaped inside its table cell.
    expect(text).toContain(
      '@\u200Doctocat &lt;script&gt;alert(1)&lt;/script&gt; \\| col \\`\\`\\` fence \\#\u200D42',
    );
    // Every table row keeps its 5 columns (escaped pipes do not split cells).
    const row = text.split('\n').find((l) => l.startsWith('| `to'));
    expect(row?.split(/(?<!\\)\|/).length).toBe(7);
  });

  it('stays under the size limit by trimming detail, never the verdict', () => {
    const long = 'x'.repeat(2000);
    const prompts = Array.from({ length: 60 }, (_, i) => {
      const cases = Object.fromEntries(
        Array.from({ length: 30 }, (__, j) => [`case-${j}`, [sample({ tone: 'pass' }, { output: long })]]),
      );
      const failing = Object.fromEntries(
        Array.from({ length: 30 }, (__, j) => [
          `case-${j}`,
          [sample({ tone: 'fail' }, { output: `${j} ${long}` })],
        ]),
      );
      return compareReport({
        id: `prompt-${i}`,
        baseline: makeSideRun('baseline', cases),
        candidate: makeSideRun('candidate', failing),
      });
    });
    const report = wrapReport(prompts);
    const full = renderMarkdown(report, { maxChars: Number.MAX_SAFE_INTEGER });
    expect(full.length).toBeGreaterThan(65_536);

    const text = renderMarkdown(report);
    expect(text.length).toBeLessThanOrEqual(65_536);
    expect(text).toMatch(/^## ❌ promptgate FAIL: 60 of 60 prompts regressed; worst `prompt-0`/);
    expect(text).toMatch(
      /\n> \d+ details trimmed to fit the comment; see the job summary or the JSON report\./,
    );

    const tiny = renderMarkdown(report, { maxChars: 1500, marker: 'm' });
    expect(tiny.length).toBeLessThanOrEqual(1500);
    expect(tiny.split('\n')[1]).toMatch(/^## ❌ promptgate FAIL/);
    expect(tiny).toContain('details trimmed');
  });

  it('does not mention trimming when everything fits', () => {
    expect(renderMarkdown(wrapReport([regression()]))).not.toContain('trimmed');
  });

  it('lists the first cases of a long regression without claiming the comment had to be trimmed', () => {
    // 16 flips with distinct outputs: more rows than a section shows, in a comment far below the limit.
    const side = (name: 'baseline' | 'candidate', outcome: 'pass' | 'fail') =>
      makeSideRun(
        name,
        Object.fromEntries(
          Array.from({ length: 16 }, (_, i) => [
            `case-${i + 1}`,
            [sample({ tone: outcome }, { output: `${name} answer ${i + 1}` })],
          ]),
        ),
      );
    const text = renderMarkdown(
      wrapReport([
        compareReport({ baseline: side('baseline', 'pass'), candidate: side('candidate', 'fail') }),
      ]),
    );
    expect(text.length).toBeLessThan(20_000);
    expect(text).toContain('**16 cases pass → fail, most informative first**');
    expect(text).toContain('…and 8 more cases in the full report.');
    expect(text).not.toContain('trimmed');
  });

  it('shows run-level reasons such as an exhausted budget', () => {
    const text = renderMarkdown(
      wrapReport([improvement('faq')], {
        extraReasons: [runReason('budget-exhausted', 'budget exhausted: max_cost_usd 5 reached')],
      }),
    );
    expect(text).toContain('- budget exhausted: max\\_cost\\_usd 5 reached');
  });
});

describe('renderPendingComment', () => {
  it('says what is being evaluated and where', () => {
    const text = renderPendingComment({
      marker: 'm',
      promptIds: ['a', 'b'],
      headSha: 'abc1234def',
      runUrl: 'https://x.test/r',
    });
    expect(text).toBe(
      '<!-- m -->\n## ⏳ promptgate: evaluating 2 prompts at `abc1234`…\n\n- `a`\n- `b`\n\n<sub>[workflow run](https://x.test/r)</sub>\n',
    );
  });
});

describe('renderMarkdown for one prompt of a report', () => {
  it("does not repeat the prompt's own reasons as run-level notes", () => {
    const prompt = compareReport({
      baseline: fromPattern('baseline', 'PP'),
      candidate: fromPattern('candidate', 'PF'),
    });
    const text = renderMarkdown({ ...wrapReport([prompt]), reasons: prompt.reasons });
    const reason = prompt.reasons[0]?.message ?? '';
    expect(reason).not.toBe('');
    expect(
      text.split('\n').filter((l) => l.startsWith('- ') && l.includes('pass rate dropped')),
    ).toHaveLength(1);
  });
});
