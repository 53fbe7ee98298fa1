/**
 * The release keys of promptgate.yaml: `environments` (release order, production last) and the
 * experiment `rules` (guardrails and the primary metric). The schema fragment and defaults live here so
 * the config loader only wires them in.
 */
import { Type, type Static, type TObject } from '@sinclair/typebox';
import { literals } from '../validation/types.js';
import { DEFAULT_ENVIRONMENTS, PRODUCTION } from './environments.js';

export interface ExperimentRules {
  /** The metric whose significant drop rolls back and whose significant gain promotes. */
  primary: 'success' | 'score';
  /** Roll back when the canary's p95 latency exceeds the control's by more than this fraction. */
  p95LatencyIncrease: number;
  /** Roll back when the canary's mean cost per request exceeds the control's by more than this fraction. */
  costIncrease: number;
  /** Roll back when the canary's error rate is significantly above this. */
  maxErrorRate: number;
  /** Overall false-decision rate of the sequential test, however often the analysis runs. */
  alpha: number;
  /** Power for the required sample size. */
  power: number;
  /** The effect the experiment is planned to detect (absolute: 0.02 = 2 points of success rate). */
  plannedEffect: number;
  /** No decision on fewer observations per variant. */
  minSamples: number;
}

export interface ReleaseConfig {
  environments: string[];
  rules: ExperimentRules;
}

export function defaultRules(): ExperimentRules {
  return {
    primary: 'success',
    p95LatencyIncrease: 0.5,
    costIncrease: 0.3,
    maxErrorRate: 0.02,
    alpha: 0.05,
    power: 0.8,
    plannedEffect: 0.02,
    minSamples: 100,
  };
}

const Positive = Type.Optional(Type.Number({ exclusiveMinimum: 0 }));
const Fraction = Type.Optional(Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }));

/** The release keys of ConfigSchema (spread into it). */
export const ReleaseConfigSchema = {
  environments: Type.Optional(
    Type.Array(Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' }), {
      minItems: 1,
      uniqueItems: true,
      contains: Type.Literal(PRODUCTION),
    }),
  ),
  rules: Type.Optional(
    Type.Object(
      {
        primary: Type.Optional(literals(['success', 'score'])),
        p95_latency_increase: Positive,
        cost_increase: Positive,
        max_error_rate: Fraction,
        alpha: Fraction,
        power: Fraction,
        planned_effect: Positive,
        min_samples: Type.Optional(Type.Integer({ minimum: 2 })),
      },
      { additionalProperties: false },
    ),
  ),
};

export type RawReleaseConfig = Static<TObject<typeof ReleaseConfigSchema>>;

export function toReleaseConfig(raw: RawReleaseConfig): ReleaseConfig {
  const d = defaultRules();
  const r = raw.rules ?? {};
  return {
    // Production is always the last stop, wherever the list puts it.
    environments: raw.environments
      ? [...raw.environments.filter((e) => e !== PRODUCTION), PRODUCTION]
      : [...DEFAULT_ENVIRONMENTS],
    rules: {
      primary: r.primary ?? d.primary,
      p95LatencyIncrease: r.p95_latency_increase ?? d.p95LatencyIncrease,
      costIncrease: r.cost_increase ?? d.costIncrease,
      maxErrorRate: r.max_error_rate ?? d.maxErrorRate,
      alpha: r.alpha ?? d.alpha,
      power: r.power ?? d.power,
      plannedEffect: r.planned_effect ?? d.plannedEffect,
      minSamples: r.min_samples ?? d.minSamples,
    },
  };
}
