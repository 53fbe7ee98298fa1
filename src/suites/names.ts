import type { MetricSpec } from './types.js';

/**
 * Two metrics with one name (two `contains` metrics, two evaluators both called `check`) get
 * distinct names (`check`, `check-2`), so their results never overwrite each other.
 */
export function uniqueMetricNames(specs: readonly MetricSpec[]): MetricSpec[] {
  const taken = new Set<string>();
  return specs.map((spec) => {
    let name = spec.name;
    for (let n = 2; taken.has(name); n++) name = `${spec.name}-${n}`;
    taken.add(name);
    return name === spec.name ? spec : { ...spec, name };
  });
}
