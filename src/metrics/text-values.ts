import { Type, type Static, type TObject } from '@sinclair/typebox';
import { textList, TextList, type MetricSite } from './config.js';
import { normaliseText, type TextOptions } from './text.js';
import { substituteVars, variableScope } from './vars.js';

/** The `value` / `values` + `ignoreCase` / `trim` options of the text-matching metrics. */
export interface TextValuesConfig extends TextOptions {
  values: string[];
}

/** The keys the text-matching metrics share; each metric's schema spreads them into its own. */
export const TEXT_VALUE_PROPERTIES = {
  value: Type.Optional(Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
  values: Type.Optional(TextList),
  ignoreCase: Type.Optional(Type.Boolean()),
  trim: Type.Optional(Type.Boolean()),
};
type TextValuesInput = Static<TObject<typeof TEXT_VALUE_PROPERTIES>>;

/** The checked keys as a config; `value` and `values` exclude each other and one is needed. */
export function readTextValues(
  site: MetricSite,
  input: TextValuesInput,
  trimByDefault = false,
): TextValuesConfig {
  if (input.value !== undefined && input.values !== undefined)
    site.fail('use either `value` or `values`, not both');
  const values =
    input.values !== undefined
      ? textList(input.values)
      : input.value !== undefined && input.value !== ''
        ? [String(input.value)]
        : undefined;
  if (!values)
    site.fail('needs a non-empty `value` (text) or `values` (a list of texts)', 'e.g. `value: refund`');
  return { values, ignoreCase: input.ignoreCase ?? false, trim: input.trim ?? trimByDefault };
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
