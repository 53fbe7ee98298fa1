import { compileGlob, isGlob } from '../core/glob.js';
import type { PriceEntry } from '../config/types.js';
import type { PriceListEntry } from './definition.js';
import { providerDefinitions } from './registry.js';
import type { TokenUsage } from './types.js';

export interface PricedCall {
  costUsd: number;
  /** False when no price is known for the model: the cost is reported as 0 and the model flagged. */
  priced: boolean;
}

export type PriceModel = (model: string, usage: TokenUsage) => PricedCall;

/**
 * Prices a call by model name: `pricing:` overrides, then the list prices of every registered
 * provider (catalog/). Overrides (exact name or glob, from `pricing:`) win over the defaults;
 * each table is tried with the full name and then with the part after the publisher
 * (`openai/gpt-4o-mini` -> `gpt-4o-mini`), so GitHub Models names find their family.
 */
export function createPricing(overrides: Record<string, PriceEntry>): PriceModel {
  const listPrices = providerDefinitions().flatMap((d) => d.prices ?? []);
  const tables = [compile(Object.entries(overrides)), compile(listPrices)];
  const priceOf = (model: string): PriceEntry | undefined => {
    const names = model.includes('/') ? [model, model.slice(model.lastIndexOf('/') + 1)] : [model];
    for (const table of tables) {
      for (const name of names) {
        const price =
          table.exact.get(name.toLowerCase()) ?? table.globs.find((glob) => glob.matches(name))?.price;
        if (price) return price;
      }
    }
    return undefined;
  };
  // Looked up once per model name: every answer is priced, and a run asks about a few models.
  const known = new Map<string, PriceEntry | undefined>();
  return (model, usage) => {
    if (!known.has(model)) known.set(model, priceOf(model));
    const price = known.get(model);
    if (!price) return { costUsd: 0, priced: false };
    const costUsd = (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;
    return { costUsd, priced: true };
  };
}

interface PriceTable {
  exact: Map<string, PriceEntry>;
  globs: { matches: (name: string) => boolean; price: PriceEntry }[];
}

function compile(entries: readonly PriceListEntry[]): PriceTable {
  return {
    exact: new Map(entries.map(([name, price]) => [name.toLowerCase(), price])),
    globs: entries
      .filter(([pattern]) => isGlob(pattern))
      .map(([pattern, price]) => ({ matches: compileGlob(pattern, 'name'), price })),
  };
}
