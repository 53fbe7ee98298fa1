import { affixMetric } from './affix.js';

/** `ends-with`: the output ends with the value (or one of `values`). */
export const endsWithMetric = affixMetric('ends-with');
