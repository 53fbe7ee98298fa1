import { affixMetric } from './affix.js';

/** `starts-with`: the output begins with the value (or one of `values`). */
export const startsWithMetric = affixMetric('starts-with');
