import { Type } from '@sinclair/typebox';
import { checkMetricConfig, metricConfig, metricSite, type MetricSite } from './config.js';
import { compileLinear, PatternError, type LinearRegExp } from '../core/linear-regex.js';
import { quote } from './text.js';
import type { SingleMetricDefinition } from './types.js';
import { blankPlaceholders, substituteVars, variableScope } from './vars.js';

export interface RegexConfig {
  pattern: string;
  flags: string;
  /** true: the output must match; false: it must not. */
  match: boolean;
}

/** Case variables inserted into a pattern are matched literally, never as regex syntax. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Compiled patterns by flags and source: a suite's pattern is compiled once, not once per output. */
const compiled = new Map<string, LinearRegExp>();

function linear(source: string, flags: string): LinearRegExp {
  const key = `${flags}/${source}`;
  let found = compiled.get(key);
  if (!found) {
    found = compileLinear(source, flags);
    compiled.set(key, found);
  }
  return found;
}

const RegexConfigSchema = metricConfig({
  pattern: Type.String({ minLength: 1 }),
  flags: Type.Optional(Type.String()),
  match: Type.Optional(Type.Boolean()),
});

/**
 * `regex`: the output matches (or, with `match: false`, does not match) a regular expression in
 * JavaScript syntax, run on RE2 (linear time: no pattern can hang on a long output).
 */
export const regexMetric: SingleMetricDefinition<RegexConfig> = {
  type: 'regex',
  kind: 'single',
  usesJudge: false,
  configSchema: RegexConfigSchema,
  parse(raw, context) {
    const site: MetricSite = metricSite('regex', context);
    const config = checkMetricConfig(site, RegexConfigSchema, raw, {
      pattern: 'e.g. `pattern: "refund|credit"`',
    });
    const { pattern } = config;
    const flags = config.flags ?? '';
    try {
      // Placeholders are filled at evaluate time; validate the pattern with a literal in their place.
      compileLinear(blankPlaceholders(pattern, 'x'), flags);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      site.fail(
        `invalid regular expression /${pattern}/${flags}: ${error.message}`,
        `${error.hint}; in YAML, quote the pattern and double backslashes inside double quotes`,
      );
    }
    return { pattern, flags, match: config.match ?? true };
  },
  evaluate(config, input) {
    const source = substituteVars(config.pattern, variableScope(input), escapeRegExp);
    const found = linear(source, config.flags).exec(input.output);
    const shown = `/${source}/${config.flags}`;
    const passed = (found !== null) === config.match;
    const reason = found ? `matches ${shown} at ${quote(found.match)}` : `no match for ${shown}`;
    return Promise.resolve({ outcome: passed ? 'pass' : 'fail', score: passed ? 1 : 0, reason });
  },
};
