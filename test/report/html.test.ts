import { describe, expect, it } from 'vitest';
import { evidenceRows } from '../../src/report/evidence.js';
import { renderHtml } from '../../src/report/html.js';
import { hostileReport, reviewRun } from './builders.js';

describe('renderHtml', () => {
  it('is one self-contained page that can neither load nor run anything', () => {
    const html = renderHtml(hostileReport());
    expect(html).toMatch(
      /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/,
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<svg|<link|<object|<embed|@import|url\(/i);
    // Every `<` left is our own tag (text is escaped): none carries an event handler.
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toContain(
      '&lt;script&gt;document.title = &quot;pwned&quot;; window.__pwned = true;&lt;/script&gt;',
    );
    expect(html).toContain(
      '&lt;img src=x onerror=&quot;window.__pwned = true&quot;&gt; and &quot;quotes&quot; &amp; &#39;apostrophes&#39;',
    );
    expect(html).toContain('<dt>&lt;i&gt;name&lt;/i&gt;</dt>');
    expect(html).toContain('<code>evil/&lt;b&gt;prompt&lt;/b&gt;</code>');
    expect(html).toContain('HTTP 500: &lt;u id=&quot;injected&quot;&gt;underlined&lt;/u&gt;');
  });

  it('shows each case with its inputs and a word-level diff of both outputs', () => {
    const html = renderHtml(reviewRun({ prompts: 1, cases: 20, failing: 1 }));
    expect(html).toContain(
      '<h3><code>case-15</code> <span class="change change-regressed">pass → fail</span></h3>',
    );
    expect(html).toMatch(
      /<dt>question<\/dt><dd><span class="value">How do I reset the password of account 1014\?/,
    );
    expect(html).toContain(
      '<pre><del>Sure! To reset the password of account 1014, open Settings &gt; Security, choose &quot;Reset password&quot; and follow the new link: it is valid </del>for <del>24 minutes</del>.',
    );
    expect(html).toContain(
      '<pre><ins>Account 1014: try logging in again later, tokens expire after 14 hours.',
    );
  });

  it('offers filters with counts and opens on the flipped cases', () => {
    const html = renderHtml(reviewRun({ prompts: 3, cases: 20, failing: 1 }));
    expect(html).toContain('<input class="filter" type="radio" name="filter" id="f-flipped" checked>');
    expect(html).toContain('<label for="f-flipped">Flipped <span class="n">17</span></label>');
    expect(html).toContain('<label for="f-failing">Failing <span class="n">17</span></label>');
    expect(html).toContain('<label for="f-errored">Errored <span class="n">0</span></label>');
    expect(html).toContain('<label for="f-all">All <span class="n">60</span></label>');
  });

  it('has metric tables with intervals, flips and p-values, and usage and cost', () => {
    const html = renderHtml(reviewRun({ prompts: 1, cases: 20, failing: 1 }));
    expect(html).toMatch(/<td>100\.0% <span class="ci">\[\d+\.\d%, 100\.0%\]<\/span><br>1\.00 ± 0\.00<\/td>/);
    expect(html).toMatch(
      /-85\.0 pts <span class="ci">\[-\d+\.\d pts, -\d+\.\d pts\]<\/span> · -0\.85 <span class="ci">\[-?\d\.\d\d to -?\d\.\d\d\]<\/span> <span class="ci">90\.0% intervals<\/span><br>17 pass → fail, 0 fail → pass, p &lt; 0\.0001 · score p &lt; 0\.0001 \(pass-rate\)/,
    );
    expect(html).toContain('<th>Usage</th><th>Calls</th><th>Tokens in / out</th><th>Cost</th>');
    expect(html).toMatch(/Usage and cost: 20 calls \(0 cached, 0 failed\)/);
  });

  for (const outputChars of [330, 4000]) {
    it(`stays under 2 MB for 30 changed prompts of 20 cases (${outputChars}-char outputs)`, () => {
      const html = renderHtml(reviewRun({ prompts: 30, cases: 20, failing: 20, outputChars }));
      expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(2 * 1024 * 1024);
      expect(html.match(/<article /g)).toHaveLength(600);
      // Long outputs are cut with a pointer to the JSON report, flipped cases keeping more of theirs.
      if (outputChars > 1000) expect(html).toMatch(/… \[\d[\d,]* more characters in the JSON report\]/);
    });
  }

  it('lists prompts not evaluated, warnings, head settings not applied and the fail-on policy', () => {
    const report = {
      ...reviewRun({ prompts: 1, cases: 2, failing: 0 }),
      failOn: ['fail' as const, 'error' as const, 'inconclusive' as const],
      notEvaluated: [{ id: 'faq', path: 'prompts/faq.prompt.yml', reason: 'no test cases' }],
      warnings: ['prompts/a.prompt.yml:7: `{{topic}}` is not a variable of test row 2: sent as written'],
      headConfigNotApplied: ['providers.openai.base_url'],
    };
    const html = renderHtml(report);
    expect(html).toContain('fails the check on: fail, error, inconclusive');
    expect(html).toContain(
      '<div class="notice"><h3>Not evaluated</h3><ul class="reasons"><li><code>faq</code> (prompts/faq.prompt.yml): no test cases</li></ul></div>',
    );
    expect(html).toContain('<code>{{topic}}</code> is not a variable of test row 2: sent as written');
    expect(html).toContain(
      'not applied from the pull request&#39;s promptgate.yaml: providers.openai.base_url',
    );
  });

  it('marks flaky cases, whose flip may be noise', () => {
    const report = reviewRun({ prompts: 1, cases: 20, failing: 1 });
    const prompt = report.prompts[0] as (typeof report.prompts)[number];
    prompt.cases[14] = { ...(prompt.cases[14] as (typeof prompt.cases)[number]), flaky: true };
    const html = renderHtml(report);
    expect(html).toMatch(
      /<code>case-15<\/code> <span class="change change-regressed">pass → fail<\/span> <span class="flaky"[^>]*>flaky<\/span>/,
    );
    expect(html).not.toMatch(
      /<code>case-16<\/code> <span class="change change-regressed">pass → fail<\/span> <span class="flaky"/,
    );
    // Steady flips are listed before flaky ones.
    expect(evidenceRows(prompt).map((r) => r.cases[0]?.id)).toEqual([
      'case-1',
      'case-16',
      'case-17',
      'case-15',
    ]);
  });
});
