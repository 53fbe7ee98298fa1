import { MetricConfigReader } from './config.js';
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

/** `regex`: the output matches (or, with `match: false`, does not match) a JavaScript regular expression. */
export const regexMetric: SingleMetricDefinition<RegexConfig> = {
  type: 'regex',
  kind: 'single',
  usesJudge: false,
  parse(raw, context) {
    const reader: MetricConfigReader = new MetricConfigReader('regex', raw, context, [
      'pattern',
      'flags',
      'match',
    ]);
    const pattern = reader.requiredString('pattern', 'e.g. `pattern: "refund|credit"`');
    const flags = reader.optionalString('flags') ?? '';
    try {
      // Placeholders are filled at evaluate time; validate the pattern with a literal in their place.
      new RegExp(blankPlaceholders(pattern, 'x'), flags);
    } catch (error) {
      reader.fail(
        `invalid regular expression /${pattern}/${flags}: ${error instanceof Error ? error.message : String(error)}`,
        'patterns use JavaScript syntax; flags are letters from "dgimsuvy"; in YAML, quote the pattern and double backslashes inside double quotes',
      );
    }
    return { pattern, flags, match: reader.boolean('match', true) };
  },
  evaluate(config, input) {
    const source = substituteVars(config.pattern, variableScope(input), escapeRegExp);
    const found = new RegExp(source, config.flags).exec(input.output);
    const shown = `/${source}/${config.flags}`;
    const passed = (found !== null) === config.match;
    const reason = found ? `matches ${shown} at ${quote(found[0])}` : `no match for ${shown}`;
    return Promise.resolve({ outcome: passed ? 'pass' : 'fail', score: passed ? 1 : 0, reason });
  },
};
