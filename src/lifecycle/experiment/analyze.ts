/**
 * `experiment analyze`: control vs canary on production outcomes, and the decision the rules give.
 * Rollback on any guardrail breach or a significantly worse primary metric, promote on a
 * significantly better one, otherwise continue. Decisions use always-valid intervals, so a daily
 * analysis keeps the false-decision rate at `alpha` over the whole experiment. Pure.
 */
import type { ExperimentRules } from '../release-config.js';
import type { VariantSamples } from './samples.js';
import {
  alwaysValidInterval,
  meanDifference,
  meanEstimate,
  minimumDetectableEffect,
  proportionDifference,
  quantileEstimate,
  rateEstimate,
  requiredPerVariant,
  variance,
  type Difference,
  type Estimate,
} from './statistics.js';

export type ExperimentDecision = 'promote' | 'rollback' | 'continue';

export interface VariantSummary {
  variant: string;
  requests: number;
  successRate?: Estimate;
  errorRate: Estimate;
  score?: Estimate;
  latencyMs?: Estimate;
  p95LatencyMs?: Estimate;
  costUsd?: Estimate;
  tokens?: Estimate;
}

export interface PrimaryResult {
  metric: 'success' | 'score';
  difference: Difference;
  /** Per variant, for a fixed-horizon test of the planned effect. */
  requiredPerVariant: number;
  /** The smallest difference the data so far can detect. */
  minimumDetectableEffect: number;
}

export interface GuardrailResult {
  name: 'p95 latency' | 'cost per request' | 'error rate';
  limit: string;
  observed: string;
  /** False when a variant has too few observations of this field to judge. */
  evaluated: boolean;
  breached: boolean;
}

export interface ExperimentAnalysis {
  control: VariantSummary;
  canary: VariantSummary;
  primary?: PrimaryResult;
  guardrails: GuardrailResult[];
  decision: ExperimentDecision;
  reasons: string[];
  /** How the decision was made, for readers of the report. */
  method: string;
}

export function analyzeExperiment(
  control: VariantSamples,
  canary: VariantSamples,
  rules: ExperimentRules,
): ExperimentAnalysis {
  const confidence = 1 - rules.alpha;
  const primary = primaryResult(control, canary, rules);
  const guardrails = [
    latencyGuardrail(control, canary, rules),
    costGuardrail(control, canary, rules),
    errorGuardrail(canary, rules),
  ];
  const base = {
    control: summarize(control, confidence),
    canary: summarize(canary, confidence),
    ...(primary ? { primary } : {}),
    guardrails,
    method: `mixture SPRT always-valid ${pct(confidence)} intervals (alpha ${rules.alpha}, valid at every look); guardrails need the limit exceeded and a significant increase`,
  };
  const decide = (decision: ExperimentDecision, reasons: string[]): ExperimentAnalysis => ({
    ...base,
    decision,
    reasons,
  });

  const breaches = guardrails
    .filter((g) => g.breached)
    .map((g) => `${g.name} ${g.observed} breaches the limit ${g.limit}`);
  const worse = primary && primary.difference.sequential.high < 0;
  if (worse && primary)
    breaches.push(`${primaryLabel(primary)} is significantly worse: ${describe(primary)}`);
  if (breaches.length > 0) return decide('rollback', breaches);

  const fewest = Math.min(control.requests, canary.requests);
  if (fewest < rules.minSamples) {
    return decide('continue', [
      `waiting for at least ${rules.minSamples} requests per variant (control ${control.requests}, canary ${canary.requests})`,
    ]);
  }
  if (!primary) {
    return decide('continue', [
      'no primary metric (success or score) in the data: only the guardrails were checked',
    ]);
  }
  if (primary.difference.sequential.low > 0) {
    return decide('promote', [
      `${primaryLabel(primary)} is significantly better: ${describe(primary)}; no guardrail breached`,
    ]);
  }
  return decide('continue', [
    `no significant difference in ${primaryLabel(primary)} yet: ${describe(primary)}`,
    `detecting the planned effect (${effectText(primary.metric, rules.plannedEffect)}) needs about ${primary.requiredPerVariant} requests per variant with a single fixed-horizon look; with the data so far the minimum detectable effect is ${effectText(primary.metric, primary.minimumDetectableEffect)}`,
  ]);
}

function primaryResult(
  control: VariantSamples,
  canary: VariantSamples,
  rules: ExperimentRules,
): PrimaryResult | undefined {
  const hasSuccess = control.success.n >= 2 && canary.success.n >= 2;
  const hasScore = control.score.n >= 2 && canary.score.n >= 2;
  const metric =
    rules.primary === 'score'
      ? hasScore
        ? 'score'
        : undefined
      : hasSuccess
        ? 'success'
        : hasScore
          ? 'score'
          : undefined;
  if (!metric) return undefined;
  const confidence = 1 - rules.alpha;
  let difference: Difference;
  let spread: number;
  if (metric === 'success') {
    difference = proportionDifference(
      control.success,
      canary.success,
      confidence,
      rules.alpha,
      rules.plannedEffect,
    );
    const p = control.success.k / control.success.n;
    const q = Math.max(0, Math.min(1, p - rules.plannedEffect));
    spread = Math.max(p * (1 - p) + q * (1 - q), 1e-9);
  } else {
    difference = meanDifference(control.score, canary.score, confidence, rules.alpha, rules.plannedEffect);
    spread = Math.max(variance(control.score) + variance(canary.score), 1e-9);
  }
  return {
    metric,
    difference,
    requiredPerVariant: requiredPerVariant(spread, rules.plannedEffect, rules.alpha, rules.power),
    minimumDetectableEffect: minimumDetectableEffect(difference.variance, rules.alpha, rules.power),
  };
}

function latencyGuardrail(
  control: VariantSamples,
  canary: VariantSamples,
  rules: ExperimentRules,
): GuardrailResult {
  const limit = `+${pct(rules.p95LatencyIncrease)}`;
  const enough =
    control.latencyHistogram.n >= rules.minSamples && canary.latencyHistogram.n >= rules.minSamples;
  if (!enough)
    return { name: 'p95 latency', limit, observed: 'too few latencies', evaluated: false, breached: false };
  const confidence = 1 - rules.alpha;
  const before = quantileEstimate(control.latencyHistogram, 0.95, confidence);
  const after = quantileEstimate(canary.latencyHistogram, 0.95, confidence);
  const ratio = after.value / before.value;
  return {
    name: 'p95 latency',
    limit,
    observed: `${signedPct(ratio - 1)} (${Math.round(before.value)} -> ${Math.round(after.value)} ms)`,
    evaluated: true,
    breached: ratio > 1 + rules.p95LatencyIncrease && after.interval.low > before.interval.high,
  };
}

function costGuardrail(
  control: VariantSamples,
  canary: VariantSamples,
  rules: ExperimentRules,
): GuardrailResult {
  const limit = `+${pct(rules.costIncrease)}`;
  if (control.cost.n < rules.minSamples || canary.cost.n < rules.minSamples)
    return { name: 'cost per request', limit, observed: 'too few costs', evaluated: false, breached: false };
  const before = control.cost.sum / control.cost.n;
  const after = canary.cost.sum / canary.cost.n;
  const difference = meanDifference(
    control.cost,
    canary.cost,
    1 - rules.alpha,
    rules.alpha,
    Math.max(before * rules.costIncrease, 1e-12),
  );
  const ratio = before > 0 ? after / before : after > 0 ? Number.POSITIVE_INFINITY : 1;
  return {
    name: 'cost per request',
    limit,
    observed: `${signedPct(ratio - 1)} ($${before.toPrecision(3)} -> $${after.toPrecision(3)})`,
    evaluated: true,
    breached: ratio > 1 + rules.costIncrease && difference.sequential.low > 0,
  };
}

function errorGuardrail(canary: VariantSamples, rules: ExperimentRules): GuardrailResult {
  const limit = `at most ${pct(rules.maxErrorRate)}`;
  const { n, k } = canary.errors;
  if (n < rules.minSamples)
    return { name: 'error rate', limit, observed: 'too few requests', evaluated: false, breached: false };
  const rate = k / n;
  const p0 = rules.maxErrorRate;
  // One-sample test of the canary's error rate against the limit, variance at least the limit's.
  const v = Math.max(rate * (1 - rate), p0 * (1 - p0)) / n;
  const interval = alwaysValidInterval(rate - p0, v, rules.alpha, p0);
  return {
    name: 'error rate',
    limit,
    observed: `${pct(rate)} of the canary's ${n} requests`,
    evaluated: true,
    breached: rate > p0 && interval.low > 0,
  };
}

function summarize(samples: VariantSamples, confidence: number): VariantSummary {
  const mean = (m: VariantSamples['score']) => (m.n > 0 ? meanEstimate(m, confidence) : undefined);
  const optional = <K extends string>(key: K, value: Estimate | undefined) => (value ? { [key]: value } : {});
  return {
    variant: samples.variant,
    requests: samples.requests,
    ...optional('successRate', samples.success.n > 0 ? rateEstimate(samples.success, confidence) : undefined),
    errorRate: rateEstimate(samples.errors, confidence),
    ...optional('score', mean(samples.score)),
    ...optional('latencyMs', mean(samples.latency)),
    ...optional(
      'p95LatencyMs',
      samples.latencyHistogram.n > 0
        ? quantileEstimate(samples.latencyHistogram, 0.95, confidence)
        : undefined,
    ),
    ...optional('costUsd', mean(samples.cost)),
    ...optional('tokens', mean(samples.tokens)),
  };
}

function primaryLabel(primary: PrimaryResult): string {
  return primary.metric === 'success' ? 'the success rate' : 'the mean score';
}

function describe(primary: PrimaryResult): string {
  const d = primary.difference;
  const unit = (x: number) => effectText(primary.metric, x, true);
  return `${unit(d.estimate)} (always-valid interval ${unit(d.sequential.low)} to ${unit(d.sequential.high)}; fixed-horizon p = ${d.pValue.toPrecision(2)})`;
}

function effectText(metric: 'success' | 'score', x: number, signed = false): string {
  const sign = signed && x > 0 ? '+' : '';
  return metric === 'success' ? `${sign}${(x * 100).toFixed(1)} points` : `${sign}${x.toFixed(3)}`;
}

function pct(x: number): string {
  return `${Number((x * 100).toFixed(1))}%`;
}

function signedPct(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}
