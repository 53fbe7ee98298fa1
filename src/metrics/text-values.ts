import type { MetricConfigReader } from './config.js';
import { normaliseText, type TextOptions } from './text.js';
import { substituteVars, variableScope } from './vars.js';

/** The `value` / `values` + `ignoreCase` / `trim` options of the text-matching metrics. */
export interface TextValuesConfig extends TextOptions {
  values: string[];
}

export const TEXT_VALUE_KEYS = ['value', 'values', 'ignoreCase', 'trim'] as const;

export function readTextValues(reader: MetricConfigReader, trimByDefault = false): TextValuesConfig {
  if (reader.has('value') && reader.has('values')) reader.fail('use either `value` or `values`, not both');
  const single = reader.value('value');
  let values: string[];
  if (reader.has('values')) {
    values = reader.stringList('values') ?? [];
  } else if (typeof single === 'string' && single !== '') {
    values = [single];
  } else if (typeof single === 'number' || typeof single === 'boolean') {
    values = [String(single)];
  } else {
    reader.fail('needs a non-empty `value` (text) or `values` (a list of texts)', 'e.g. `value: refund`');
  }
  return {
    values,
    ignoreCase: reader.boolean('ignoreCase', false),
    trim: reader.boolean('trim', trimByDefault),
  };
}

/** The output and the configured values, with case variables filled in and the options applied. */
export function prepareText(
  config: TextValuesConfig,
  input: { output: string; vars: Record<string, unknown>; expected?: unknown },
): { output: string; values: { shown: string; compared: string }[] } {
  const scope = variableScope(input);
  return {
    output: normaliseText(input.output, config),
    values: config.values.map((value) => {
      const shown = substituteVars(value, scope);
      return { shown, compared: normaliseText(shown, config) };
    }),
  };
}
