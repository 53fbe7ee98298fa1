import { describe, expect, it } from 'vitest';
import { createPricing } from '../../src/providers/pricing.js';

const million = { inputTokens: 1_000_000, outputTokens: 1_000_000 };

describe('createPricing', () => {
  const price = createPricing({});

  it('prices known families, their dated snapshots and GitHub Models names by their model part', () => {
    expect(price('gpt-4o-mini', million)).toEqual({ costUsd: 0.75, priced: true });
    expect(price('gpt-4o-mini-2024-07-18', million).costUsd).toBeCloseTo(0.75);
    expect(price('openai/gpt-4o-mini', million).costUsd).toBeCloseTo(0.75);
    expect(price('gpt-4o', million).costUsd).toBeCloseTo(12.5);
    expect(price('gpt-4.1-nano', { inputTokens: 2_000_000, outputTokens: 0 }).costUsd).toBeCloseTo(0.2);
    expect(price('o4-mini', million).costUsd).toBeCloseTo(5.5);
    expect(price('claude-sonnet-4-5-20250929', million).costUsd).toBeCloseTo(18);
    expect(price('claude-haiku-4-5', million).costUsd).toBeCloseTo(6);
    expect(price('claude-opus-4-1', million).costUsd).toBeCloseTo(90);
    expect(price('claude-opus-4-7', million).costUsd).toBeCloseTo(30);
  });

  it('reports unknown models as unpriced with cost 0 instead of guessing from a similar name', () => {
    expect(price('meta/Llama-3.3-70B-Instruct', million)).toEqual({ costUsd: 0, priced: false });
    expect(price('gpt-5.6-sol', million)).toEqual({ costUsd: 0, priced: false });
  });

  it('lets config overrides win, by exact name or glob, for full and publisher-less names', () => {
    const custom = createPricing({
      'gpt-4o-mini': { input: 1, output: 1 },
      'llama-*': { input: 0, output: 0 },
      'openai/gpt-4o': { input: 3, output: 3 },
    });
    expect(custom('gpt-4o-mini', million).costUsd).toBe(2);
    expect(custom('openai/gpt-4o-mini', million).costUsd).toBe(2);
    expect(custom('llama-3-8b', million)).toEqual({ costUsd: 0, priced: true });
    expect(custom('openai/gpt-4o', million).costUsd).toBe(6);
    expect(custom('gpt-4o', million).costUsd).toBeCloseTo(12.5);
  });
});
