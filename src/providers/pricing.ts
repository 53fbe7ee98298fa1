import picomatch from 'picomatch';
import type { PriceEntry } from '../config/types.js';
import type { TokenUsage } from './types.js';

/**
 * List prices in USD per million tokens (input / output) for text, standard tier, as published by
 * OpenAI and Anthropic in 2026. `name{,-20*}` covers a model and its dated snapshots; patterns are
 * disjoint, so a newer model is never priced as an older family by accident: it is reported as
 * unpriced instead. Prices change: `pricing:` in promptgate.yaml overrides any entry.
 */
const DEFAULT_PRICES: ReadonlyArray<readonly [pattern: string, price: PriceEntry]> = [
  ['gpt-5.5-pro{,-20*}', { input: 30, output: 180 }],
  ['gpt-5.5{,-20*}', { input: 5, output: 30 }],
  ['gpt-5.4-pro{,-20*}', { input: 30, output: 180 }],
  ['gpt-5.4{,-20*}', { input: 2.5, output: 15 }],
  ['gpt-5.4-mini{,-20*}', { input: 0.75, output: 4.5 }],
  ['gpt-5.4-nano{,-20*}', { input: 0.2, output: 1.25 }],
  ['gpt-5.2{,-20*,-chat-latest}', { input: 1.75, output: 14 }],
  ['gpt-5.1{,-20*,-chat-latest}', { input: 1.25, output: 10 }],
  ['gpt-5{,-20*,-chat-latest}', { input: 1.25, output: 10 }],
  ['gpt-5-mini{,-20*}', { input: 0.25, output: 2 }],
  ['gpt-5-nano{,-20*}', { input: 0.05, output: 0.4 }],
  ['gpt-4.1{,-20*}', { input: 2, output: 8 }],
  ['gpt-4.1-mini{,-20*}', { input: 0.4, output: 1.6 }],
  ['gpt-4.1-nano{,-20*}', { input: 0.1, output: 0.4 }],
  ['gpt-4o-2024-05-13', { input: 5, output: 15 }],
  ['gpt-4o{,-20*}', { input: 2.5, output: 10 }],
  ['gpt-4o-mini{,-20*}', { input: 0.15, output: 0.6 }],
  ['o4-mini{,-20*}', { input: 1.1, output: 4.4 }],
  ['o3{,-20*}', { input: 2, output: 8 }],
  ['o3-mini{,-20*}', { input: 1.1, output: 4.4 }],
  ['o1{,-20*}', { input: 15, output: 60 }],
  ['o1-mini{,-20*}', { input: 1.1, output: 4.4 }],
  ['claude-opus-4-{5,6,7}{,-20*}', { input: 5, output: 25 }],
  ['claude-opus-4{,-0,-1}{,-20*}', { input: 15, output: 75 }],
  ['claude-sonnet-4{,-0,-5,-6}{,-20*}', { input: 3, output: 15 }],
  ['claude-haiku-4-5{,-20*}', { input: 1, output: 5 }],
  ['claude-3-7-sonnet*', { input: 3, output: 15 }],
  ['claude-3-5-sonnet*', { input: 3, output: 15 }],
  ['claude-3-5-haiku*', { input: 0.8, output: 4 }],
  ['claude-3-haiku*', { input: 0.25, output: 1.25 }],
  ['claude-3-opus*', { input: 15, output: 75 }],
];

export interface PricedCall {
  costUsd: number;
  /** False when no price is known for the model: the cost is reported as 0 and the model flagged. */
  priced: boolean;
}

export type PriceModel = (model: string, usage: TokenUsage) => PricedCall;

/**
 * Prices a call by model name. Overrides (exact name or glob, from `pricing:`) win over the defaults;
 * each table is tried with the full name and then with the part after the publisher
 * (`openai/gpt-4o-mini` -> `gpt-4o-mini`), so GitHub Models names find their family.
 */
export function createPricing(overrides: Record<string, PriceEntry>): PriceModel {
  const tables = [compile(Object.entries(overrides)), compile(DEFAULT_PRICES)];
  return (model, usage) => {
    const names = model.includes('/') ? [model, model.slice(model.lastIndexOf('/') + 1)] : [model];
    for (const table of tables) {
      for (const name of names) {
        const price =
          table.exact.get(name.toLowerCase()) ?? table.globs.find((glob) => glob.matches(name))?.price;
        if (price) {
          const costUsd = (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;
          return { costUsd, priced: true };
        }
      }
    }
    return { costUsd: 0, priced: false };
  };
}

interface PriceTable {
  exact: Map<string, PriceEntry>;
  globs: { matches: (name: string) => boolean; price: PriceEntry }[];
}

function compile(entries: ReadonlyArray<readonly [string, PriceEntry]>): PriceTable {
  return {
    exact: new Map(entries.map(([name, price]) => [name.toLowerCase(), price])),
    globs: entries
      .filter(([pattern]) => picomatch.scan(pattern).isGlob)
      .map(([pattern, price]) => ({ matches: picomatch(pattern, { nocase: true, bash: true }), price })),
  };
}
