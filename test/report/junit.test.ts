import { runReason } from '../../src/core/reason.js';
import { describe, expect, it } from 'vitest';
import { renderJUnit } from '../../src/report/junit.js';
import type { Report } from '../../src/report/types.js';
import { compareReport, failed, fromPattern, makeSideRun, sample, wrapReport } from '../compare/builders.js';

const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A strict little checker for the XML subset JUnit uses: elements, quoted attributes, text, entities. */
function assertWellFormed(xml: string): void {
  expect(xml.startsWith(PROLOG)).toBe(true);
  const body = xml.slice(PROLOG.length);
  // eslint-disable-next-line no-control-regex -- checking for characters XML forbids
  expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  const badEntity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/g;
  const stack: string[] = [];
  let position = 0;
  let roots = 0;
  for (const match of body.matchAll(token)) {
    expect(match.index).toBe(position);
    position += match[0].length;
    const [, closing, name, attributes, selfClosing, text] = match;
    if (text !== undefined) {
      expect(text).not.toMatch(badEntity);
      if (stack.length === 0) expect(text.trim()).toBe('');
      continue;
    }
    expect(attributes ?? '').not.toMatch(badEntity);
    if (closing) {
      expect(stack.pop()).toBe(name);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name ?? '');
    }
  }
  expect(position).toBe(body.length);
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

describe('renderJUnit', () => {
  it('one testsuite per prompt, one testcase per case plus the gate', () => {
    const report = wrapReport([
      compareReport({
        id: 'a',
        baseline: fromPattern('baseline', 'PPP'),
        candidate: fromPattern('candidate', 'PPF'),
      }),
      compareReport({
        id: 'b',
        baseline: fromPattern('baseline', 'PP'),
        candidate: fromPattern('candidate', 'PE'),
      }),
    ]);
    const xml = renderJUnit(report);
    assertWellFormed(xml);
    expect(xml).toContain('<testsuites name="promptgate" tests="7" failures="1" errors="2">');
    // One flip of three cannot be told from noise: the gate is inconclusive, reported as skipped.
    expect(xml).toContain('<testsuite name="a" tests="4" failures="1" errors="0" skipped="1">');
    expect(xml).toContain('<testcase classname="a" name="case-1"/>');
    expect(xml).toContain('<failure message="tone: tone not met">tone: tone not met</failure>');
    expect(xml).toContain('<error message="error: HTTP 500: upstream error">');
    expect(xml).toMatch(
      /<testcase classname="a" name="\(gate\)">\s*<skipped message="`tone`: pass rate dropped 33.3 pts/,
    );
  });

  it('escapes markup and strips characters XML cannot hold', () => {
    const hostile = sample({ tone: 'fail' });
    hostile.metrics.tone = {
      outcome: 'fail',
      score: 0,
      reason: 'bad <tag attr="x"> & \'q\' \u0001\u0008 ]]> \uD800 end',
    };
    const report = wrapReport([
      compareReport({
        id: 'p"<&>',
        status: 'added',
        candidate: makeSideRun('candidate', {
          'case\u0007<1>': [hostile],
          two: [failed('timeout\u001b[31m red')],
        }),
      }),
    ]);
    const xml = renderJUnit(report);
    assertWellFormed(xml);
    expect(xml).toContain('name="p&quot;&lt;&amp;&gt;"');
    expect(xml).toContain('bad &lt;tag attr="x"&gt; &amp; \'q\'  ]]&gt;  end</failure>');
    expect(xml).toContain('name="case&lt;1&gt;"');
    expect(xml).toContain('timeout[31m red');
  });

  it('marks cases of a removed prompt as skipped', () => {
    const xml = renderJUnit(
      wrapReport([compareReport({ status: 'removed', baseline: fromPattern('baseline', 'P') })]),
    );
    assertWellFormed(xml);
    expect(xml).toContain('<skipped message="not run on the candidate (prompt removed)">');
  });

  it('a run that failed outside any prompt is still a failing test', () => {
    const crashed: Report = {
      ...wrapReport([]),
      verdict: 'error',
      reasons: [runReason('run-failed', 'git fetch failed: <no network>')],
      errors: 1,
    };
    const xml = renderJUnit(crashed);
    assertWellFormed(xml);
    expect(xml).toContain('<testsuites name="promptgate" tests="1" failures="0" errors="1">');
    expect(xml).toContain('<error message="git fetch failed: &lt;no network&gt;">');
  });
});
