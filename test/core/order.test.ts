import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/core/order.js';
import { discoverChanges } from '../../src/discover/changes.js';

describe('compareText', () => {
  it('orders by code units, not by locale (uppercase before lowercase, ä after z)', () => {
    expect(['b', 'ä', 'B', 'a', 'z'].sort(compareText)).toEqual(['B', 'a', 'b', 'z', 'ä']);
    expect(compareText('x', 'x')).toBe(0);
  });
});

describe('discoverChanges', () => {
  it('lists changes in code-unit order of their ids on every machine', () => {
    const prompt = (id: string) =>
      ({ id, path: `${id}.prompt.yaml`, contentHash: id, version: '1.0.0' }) as never;
    const head = { prompts: ['b', 'Ä', 'B', 'a'].map(prompt), suites: [], errors: new Map() } as never;
    const base = { prompts: [], suites: [], errors: new Map() } as never;
    expect(discoverChanges(base, head, new Map()).map((c) => c.id)).toEqual(['B', 'a', 'b', 'Ä']);
  });
});
