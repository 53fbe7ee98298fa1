import { Type } from '@sinclair/typebox';
import { literals } from '../validation/types.js';
import { checkMetricConfig, metricConfig, metricSite, type MetricSite } from './config.js';
import { quoteList } from './text.js';
import { prepareText, readTextValues, TEXT_VALUE_PROPERTIES, type TextValuesConfig } from './text-values.js';
import type { SingleMetricDefinition } from './types.js';

export interface ContainsConfig extends TextValuesConfig {
  /** `all`: every value must appear (score = fraction found); `any`: at least one must. */
  mode: 'all' | 'any';
}

const ContainsConfigSchema = metricConfig({
  ...TEXT_VALUE_PROPERTIES,
  mode: Type.Optional(literals(['all', 'any'])),
});

/** `contains`: the output contains a text, all of several texts, or any of them. */
export const containsMetric: SingleMetricDefinition<ContainsConfig> = {
  type: 'contains',
  kind: 'single',
  usesJudge: false,
  configSchema: ContainsConfigSchema,
  parse(raw, context) {
    const site: MetricSite = metricSite('contains', context);
    const config = checkMetricConfig(site, ContainsConfigSchema, raw);
    return { ...readTextValues(site, config), mode: config.mode ?? 'all' };
  },
  evaluate(config, input) {
    const { output, values } = prepareText(config, input);
    const found = values.filter((v) => output.includes(v.compared)).map((v) => v.shown);
    const missing = values.filter((v) => !output.includes(v.compared)).map((v) => v.shown);
    if (config.mode === 'any') {
      const passed = found.length > 0;
      return Promise.resolve({
        outcome: passed ? 'pass' : 'fail',
        score: passed ? 1 : 0,
        reason: passed ? `found ${quoteList(found)}` : `none of ${quoteList(missing)} found`,
      });
    }
    const passed = missing.length === 0;
    return Promise.resolve({
      outcome: passed ? 'pass' : 'fail',
      score: found.length / values.length,
      reason: passed ? `found ${quoteList(found)}` : `missing ${quoteList(missing)}`,
    });
  },
};
