import { checkMetricConfig, metricConfig, metricSite, type MetricSite } from './config.js';
import { quote, quoteList } from './text.js';
import { prepareText, readTextValues, TEXT_VALUE_PROPERTIES, type TextValuesConfig } from './text-values.js';
import type { SingleMetricDefinition } from './types.js';

const AffixConfigSchema = metricConfig(TEXT_VALUE_PROPERTIES);

/**
 * `starts-with` and `ends-with` share one shape: `value`, or `values` as alternatives (any of
 * them passes), with `ignoreCase` and `trim` (both off by default, as in promptfoo).
 */
export function affixMetric(type: 'starts-with' | 'ends-with'): SingleMetricDefinition<TextValuesConfig> {
  const where = type === 'starts-with' ? 'start' : 'end';
  return {
    type,
    kind: 'single',
    usesJudge: false,
    configSchema: AffixConfigSchema,
    parse(raw, context) {
      const site: MetricSite = metricSite(type, context);
      return readTextValues(site, checkMetricConfig(site, AffixConfigSchema, raw));
    },
    evaluate(config, input) {
      const { output, values } = prepareText(config, input);
      const hit = values.find((v) =>
        where === 'start' ? output.startsWith(v.compared) : output.endsWith(v.compared),
      );
      const edge = where === 'start' ? input.output.slice(0, 40) : input.output.slice(-40);
      return Promise.resolve(
        hit
          ? { outcome: 'pass', score: 1, reason: `${where}s with ${quote(hit.shown)}` }
          : {
              outcome: 'fail',
              score: 0,
              reason: `does not ${where} with ${quoteList(values.map((v) => v.shown))} (${where}: ${quote(edge)})`,
            },
      );
    },
  };
}
