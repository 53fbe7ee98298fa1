import { describe, expect, it } from 'vitest';
import { fileErrorReport } from '../../src/app/file-errors.js';
import { renderTerminal } from '../../src/report/terminal.js';
import {
  compareReport,
  fromPattern,
  makeSideRun,
  policy,
  sample,
  usageTotals,
  wrapReport,
} from '../compare/builders.js';

const report = () =>
  wrapReport(
    [
      // 2 of 10 cases flipping is significant only at a low confidence (one-sided p = 0.25).
      compareReport(
        {
          baseline: fromPattern('baseline', 'PPPPPPPPPP'),
          candidate: fromPattern('candidate', 'PPPPPPPPFF'),
        },
        policy({ confidence: 0.75 }),
      ),
      compareReport({
        id: 'faq',
        status: 'added',
        threshold: 0.5,
        candidate: fromPattern('candidate', 'PPF'),
      }),
    ],
    {
      usage: usageTotals({ calls: 23, cachedCalls: 3, costUsd: 0.0123, latencyMs: { p50: 800, p95: 1900 } }),
    },
  );

describe('renderTerminal', () => {
  it('in eval, shows no change status and wraps (never cuts) the model label', () => {
    const model = 'offline:openai/gpt-4o-mini (deterministic offline model, no network)';
    const evaluated = compareReport({
      status: 'unchanged',
      model,
      candidate: fromPattern('candidate', 'PP'),
    });
    const text = renderTerminal(wrapReport([evaluated], { mode: 'eval' }), { color: false, width: 80 });
    expect(text).toMatch(/^✔ PASS {2}support\/reply {2}v1\.1\.0$/m);
    expect(text).not.toContain('unchanged');
    expect(text).not.toContain('…');
    expect(text.replace(/\s+/g, ' ')).toContain(`prompts/support/reply.prompt.yml · ${model}`);
  });

  it('prints an aligned metric table per prompt', () => {
    const lines = renderTerminal(report(), { color: false, width: 200 }).split('\n');
    const header = lines.find((l) => l.trim().startsWith('metric') && l.includes('baseline'));
    const row = lines.find((l) => l.trim().startsWith('tone (judge)') && l.includes('pts'));
    expect(header).toBeDefined();
    expect(row).toBe(
      '  tone (judge)  100.0%  1.00  80.0%  0.80  -20.0 pts  -0.20 [50% CI -0.30 to -0.12; 2 pass->fail, 0 fail->pass; p = 0.250]  FAIL',
    );
    expect(header?.indexOf('status')).toBe(row?.indexOf('FAIL'));
  });

  it('lists changed cases with reasons, the why, usage and totals', () => {
    const text = renderTerminal(report(), { color: false, width: 200 });
    expect(text).toContain('✖ FAIL  support/reply  (modified)  v1.1.0');
    expect(text).toContain('    - `tone`: pass rate dropped 20.0 pts');
    expect(text).toMatch(/ {4}case-9 {3}pass->fail {2}tone: tone not met/);
    expect(text).toContain('  failing cases:\n    case-3  fail  tone: tone not met');
    expect(text).toContain(
      'candidate usage: 10 calls (0 cached), 1,200 tokens, $0.0100, p50 500 ms, p95 500 ms',
    );
    expect(text).toContain(
      '✖ FAIL  `support/reply` regressed: pass rate 100.0% → 80.0% (-20.0 pts; 2 of 10 cases pass → fail on `tone`)',
    );
    expect(text).toContain(
      '2 prompts: 1 passed, 1 failed, 0 errored · 23 calls (3 cached, 0 failed) · 2,400 tokens · $0.0123 · p50 800 ms, p95 1.9 s',
    );
  });

  it('uses colour only when asked', () => {
    // eslint-disable-next-line no-control-regex -- looking for colour codes
    const ansi = /\u001b\[/;
    expect(renderTerminal(report(), { color: false })).not.toMatch(ansi);
    expect(renderTerminal(report(), { color: true })).toMatch(ansi);
  });

  it('fits the width without counting colour codes, and wraps reasons instead of cutting them', () => {
    const text = renderTerminal(report(), { color: true, width: 60 });
    // eslint-disable-next-line no-control-regex -- stripping colour codes
    const visible = text.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
    const tableLines = visible.filter((l) => !l.includes('tone (judge)') && !l.includes('metric '));
    for (const line of tableLines) expect([...line].length).toBeLessThanOrEqual(60);
    expect(visible.join(' ')).toContain('tolerance 5.0 pts');
  });

  it('never lets model output or errors drive the terminal', () => {
    const hostile = sample({ tone: 'fail' });
    hostile.metrics.tone = { outcome: 'fail', score: 0, reason: 'red\u001b[31m and\rreturn\u0007' };
    const text = renderTerminal(
      wrapReport([compareReport({ status: 'added', candidate: makeSideRun('candidate', { x: [hostile] }) })]),
      { color: false, width: 200 },
    );
    expect(text).toContain('tone: red[31m and return');
    // eslint-disable-next-line no-control-regex -- checking for control characters
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('shows a file that could not be loaded by its path alone, with no empty model label', () => {
    const broken = fileErrorReport(
      'prompts/bad.prompt.yml',
      'prompts/bad.prompt.yml:3:1: malformed YAML',
      'error',
      'unchanged',
    );
    const lines = renderTerminal(wrapReport([broken]), { color: false, width: 200 }).split('\n');
    expect(lines).toContain('  prompts/bad.prompt.yml');
  });
});
