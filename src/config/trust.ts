import { canonicalJson } from '../canonical-json.js';
import { resolveRoute, type Route } from '../providers/routing.js';
import type { ModelRef } from '../providers/types.js';
import type { Config, ProviderConfig } from './types.js';

/**
 * The configuration `compare` runs with when the head (the pull request) is not trusted: the
 * settings that decide where requests go and which secrets they carry come from the trusted
 * (base) config, everything else from the head.
 */
export interface TrustedRun {
  config: Config;
  /** Head settings that were not applied, e.g. `providers.evil (base_url, api_key_env)`. */
  notApplied: string[];
  /**
   * Why a model may not be called in this run: the head's config routes it somewhere the trusted
   * config does not. Undefined when the model routes alike under both (or the head is trusted).
   */
  refusal: (ref: ModelRef) => string | undefined;
}

export const TRUST_HINT =
  'routing and secrets come from the base commit; a maintainer who trusts this change can re-run with --trust-head-config (action input `trust-head-config: true`)';

/** Trust the head's configuration as it is (`--trust-head-config`, or no pull request involved). */
export function trustHead(head: Config): TrustedRun {
  return { config: head, notApplied: [], refusal: () => undefined };
}

/**
 * Providers (with their `base_url`, `api_key_env`, `headers`), `models` routing, `default_provider`,
 * `cache.dir` and `limits` come from `trusted`, and so does everything that decides whether the
 * check fails or how much the run may spend and load (`gate`, `max_cost_usd`, `pricing`,
 * `concurrency`, `timeout_ms`, `max_attempts`): a pull request must not be able to turn its own
 * check green or lift its own budget. A head that changes them is named in `notApplied`.
 */
export function trustBase(head: Config, trusted: Config): TrustedRun {
  const config: Config = {
    ...head,
    providers: trusted.providers,
    models: trusted.models,
    defaultProvider: trusted.defaultProvider,
    cache: { ...head.cache, dir: trusted.cache.dir },
    // The head's files are loaded within the base's limits: a pull request cannot raise them.
    limits: trusted.limits,
    gate: trusted.gate,
    maxCostUsd: trusted.maxCostUsd,
    pricing: trusted.pricing,
    concurrency: trusted.concurrency,
    timeoutMs: trusted.timeoutMs,
    maxAttempts: trusted.maxAttempts,
  };
  const notApplied = [
    ...providerChanges(head.providers, trusted.providers),
    ...Object.entries(head.models)
      .filter(([glob, provider]) => !Object.hasOwn(trusted.models, glob) || trusted.models[glob] !== provider)
      .map(([glob, provider]) => `models["${glob}"] -> ${provider}`),
    ...(head.defaultProvider !== trusted.defaultProvider
      ? [`default_provider: ${head.defaultProvider ?? '(unset)'}`]
      : []),
    ...(head.cache.dir !== trusted.cache.dir ? [`cache.dir: ${head.cache.dir}`] : []),
    ...RUN_POLICY.filter(([field]) => canonicalJson(head[field]) !== canonicalJson(trusted[field])).map(
      ([, name]) => name,
    ),
  ];
  return {
    config,
    notApplied,
    refusal: (ref) => {
      const headRoute = routeOrUndefined(ref, head);
      if (!headRoute) return undefined;
      const trustedRoute = routeOrUndefined(ref, config);
      if (trustedRoute && sameDestination(headRoute, trustedRoute)) return undefined;
      const where = trustedRoute
        ? `the trusted config routes it to \`${trustedRoute.provider.name}\``
        : 'the trusted config cannot route it';
      return `model \`${ref}\` is routed to provider \`${headRoute.provider.name}\` only by the pull request's promptgate.yaml (${where}); not called: ${TRUST_HINT}`;
    },
  };
}

/** Run-level settings taken whole from the trusted config, with their promptgate.yaml names. */
const RUN_POLICY = [
  ['limits', 'limits'],
  ['gate', 'gate'],
  ['maxCostUsd', 'max_cost_usd'],
  ['pricing', 'pricing'],
  ['concurrency', 'concurrency'],
  ['timeoutMs', 'timeout_ms'],
  ['maxAttempts', 'max_attempts'],
] as const satisfies readonly (readonly [keyof Config, string])[];

function providerChanges(
  head: Record<string, ProviderConfig>,
  trusted: Record<string, ProviderConfig>,
): string[] {
  return Object.entries(head).flatMap(([name, provider]) => {
    const before = Object.hasOwn(trusted, name) ? trusted[name] : undefined;
    if (!before) return [`providers.${name} (new)`];
    const fields = (['type', 'baseUrl', 'apiKeyEnv', 'headers', 'concurrency'] as const).filter(
      (field) => canonicalJson(provider[field]) !== canonicalJson(before[field]),
    );
    return fields.length > 0 ? [`providers.${name} (${fields.map(yamlName).join(', ')})`] : [];
  });
}

function yamlName(field: keyof ProviderConfig): string {
  return { baseUrl: 'base_url', apiKeyEnv: 'api_key_env' }[field as string] ?? field;
}

function routeOrUndefined(ref: ModelRef, config: Config): Route | undefined {
  try {
    return resolveRoute(ref, config);
  } catch {
    return undefined;
  }
}

function sameDestination(a: Route, b: Route): boolean {
  return a.provider.name === b.provider.name && a.model === b.model;
}
