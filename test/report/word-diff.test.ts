import { describe, expect, it } from 'vitest';
import { tokenize, wordDiff, type DiffPart } from '../../src/report/word-diff.js';

const side = (parts: DiffPart[], skip: DiffPart['op']) =>
  parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks the changed words only', () => {
    expect(wordDiff('the quick brown fox jumps', 'the slow brown fox leaps high')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'quick' },
      { op: 'insert', text: 'slow' },
      { op: 'equal', text: ' brown fox ' },
      { op: 'delete', text: 'jumps' },
      { op: 'insert', text: 'leaps high' },
    ]);
  });

  it('shows a rewrite as one deletion and one insertion, not word by word', () => {
    expect(wordDiff('Sure, I can help you with that.', 'No, we do not support that.')).toEqual([
      { op: 'delete', text: 'Sure, I can help you with' },
      { op: 'insert', text: 'No, we do not support' },
      { op: 'equal', text: ' that.' },
    ]);
  });

  it('handles empty and identical texts', () => {
    expect(wordDiff('', 'new text')).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(wordDiff('old', '')).toEqual([{ op: 'delete', text: 'old' }]);
    expect(wordDiff('same', 'same')).toEqual([{ op: 'equal', text: 'same' }]);
  });

  it('always reproduces both texts exactly (random edits, unicode, long inputs)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const words = ['alpha', 'beta', 'γάμμα', '数据', ' ', '\n', ',', 'refund', '🙂', 'the'];
    const text = (n: number) =>
      Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join('');
    for (let i = 0; i < 200; i++) {
      const a = text(Math.floor(random() * 60));
      const b = random() < 0.5 ? text(Math.floor(random() * 60)) : a.replace(/beta/g, 'delta');
      const parts = wordDiff(a, b);
      expect(side(parts, 'insert')).toBe(a);
      expect(side(parts, 'delete')).toBe(b);
    }
    // Completely different long outputs fall back to one replacement, quickly.
    const long = wordDiff(text(20_000), text(20_000));
    expect(long.length).toBeLessThan(10);
  });

  it('splits words, white space and punctuation', () => {
    expect(tokenize('Hi, Ada!\n')).toEqual(['Hi', ',', ' ', 'Ada', '!', '\n']);
  });
});
