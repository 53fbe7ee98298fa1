import { describe, expect, it } from 'vitest';
import {
  codeFence,
  escapeHtmlText,
  escapeMarkdown,
  escapeWithCode,
  inlineCode,
  truncate,
} from '../../src/report/escape.js';

const ZWJ = '\u200D';

describe('escapeMarkdown', () => {
  it('makes HTML inert', () => {
    expect(escapeMarkdown('<script>alert(1)</script> & <img src=x>')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x&gt;',
    );
  });

  it('escapes Markdown syntax and table pipes, and flattens newlines', () => {
    expect(escapeMarkdown('a | b *c* _d_ `e` [f](g) ~h~ \\ i\nj')).toBe(
      'a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\~h\\~ \\\\ i j',
    );
  });

  it('neutralises @mentions and issue references', () => {
    expect(escapeMarkdown('ping @octocat about #123 and GH-7')).toBe(
      `ping @${ZWJ}octocat about \\#${ZWJ}123 and GH-${ZWJ}7`,
    );
    expect(escapeMarkdown('mail me at a@b.c')).toBe(`mail me at a@${ZWJ}b.c`);
  });
});

describe('escapeHtmlText', () => {
  it('escapes for HTML without Markdown backslashes', () => {
    expect(escapeHtmlText('"x" <b> @team')).toBe(`&quot;x&quot; &lt;b&gt; @${ZWJ}team`);
  });
});

describe('escapeWithCode', () => {
  it('keeps balanced code spans and escapes the rest', () => {
    expect(escapeWithCode('`tone`: got <b>bold</b> from @x')).toBe(
      `\`tone\`: got &lt;b&gt;bold&lt;/b&gt; from @${ZWJ}x`,
    );
    expect(escapeWithCode('unbalanced ` tick')).toBe('unbalanced \\` tick');
  });
});

describe('inlineCode', () => {
  it('outgrows backticks inside and escapes pipes for tables', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('a|b')).toBe('`a\\|b`');
  });
});

describe('codeFence', () => {
  it('replaces control characters a model may emit (NUL, BEL, ESC) but keeps tabs and newlines', () => {
    expect(codeFence('a\u0000b\u0007c\u001b[31md\te\nf')).toBe('```\na\ufffdb\ufffdc\ufffd[31md\te\nf\n```');
  });

  it('chooses a fence longer than any backtick run inside', () => {
    expect(codeFence('plain')).toBe('```\nplain\n```');
    expect(codeFence('has ``` inside')).toBe('````\nhas ``` inside\n````');
    expect(codeFence('has ````` five')).toMatch(/^`{6}\n/);
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    expect(truncate('abc', 0)).toBe('');
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('ab😀cd', 4);
    expect(cut).toBe('ab…');
    expect(cut.length).toBeLessThanOrEqual(4);
  });
});
