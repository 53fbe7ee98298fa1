import { estimateTokens } from '../prompts/render.js';
import { Type } from '@sinclair/typebox';
import { literals } from '../validation/types.js';
import { checkMetricConfig, metricConfig, metricSite, type MetricSite } from './config.js';
import type { SingleMetricDefinition } from './types.js';

const UNITS = ['characters', 'words', 'sentences', 'tokens'] as const;
type Unit = (typeof UNITS)[number];

export interface LengthConfig {
  min?: number;
  max?: number;
  unit: Unit;
}

const LengthConfigSchema = metricConfig({
  min: Type.Optional(Type.Number()),
  max: Type.Optional(Type.Number()),
  unit: Type.Optional(literals(UNITS)),
});

/**
 * Counting rules: characters are Unicode code points; words are runs of non-space characters;
 * sentences are runs of text ending in `.`, `!`, `?` (or the end of the text); tokens are an
 * approximation, one token per four characters (rounded up) - close to GPT-style BPE on English
 * prose, off for code and other languages, and provider-independent on purpose.
 */
function measure(text: string, unit: Unit): number {
  switch (unit) {
    case 'characters':
      return [...text].length;
    case 'words':
      return text.split(/\s+/).filter(Boolean).length;
    case 'sentences':
      return text.split(/(?<=[.!?])\s+/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
    case 'tokens':
      return estimateTokens(text);
  }
}

/**
 * `length`: the output's size lies within `min`..`max` in `unit` (default characters). Outside the
 * bounds the score degrades with the distance: `count / min` below, `max / count` above.
 */
export const lengthMetric: SingleMetricDefinition<LengthConfig> = {
  type: 'length',
  kind: 'single',
  usesJudge: false,
  configSchema: LengthConfigSchema,
  parse(raw, context) {
    const site: MetricSite = metricSite('length', context);
    const { min, max, unit = 'characters' } = checkMetricConfig(site, LengthConfigSchema, raw);
    if (min === undefined && max === undefined)
      site.fail('needs `min`, `max` or both', 'e.g. `max: 120` with `unit: words`');
    if ((min ?? 0) < 0 || (max ?? 0) < 0) site.fail('`min` and `max` must not be negative');
    if (min !== undefined && max !== undefined && min > max)
      site.fail(`\`min\` (${min}) is greater than \`max\` (${max})`);
    return { min, max, unit };
  },
  evaluate(config, input) {
    const count = measure(input.output, config.unit);
    const { min, max, unit } = config;
    const range = `${min ?? 0}..${max ?? '∞'} ${unit}`;
    // "1 sentence", "3 sentences": the count reads as prose in reports.
    const size = `${count} ${count === 1 ? unit.slice(0, -1) : unit}`;
    if (min !== undefined && count < min) {
      return Promise.resolve({
        outcome: 'fail',
        score: count / min,
        reason: `${size}, below the minimum of ${min}`,
      });
    }
    if (max !== undefined && count > max) {
      return Promise.resolve({
        outcome: 'fail',
        score: max / count,
        reason: `${size}, above the maximum of ${max}`,
      });
    }
    return Promise.resolve({ outcome: 'pass', score: 1, reason: `${size}, within ${range}` });
  },
};
