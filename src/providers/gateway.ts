import pLimit, { type LimitFunction } from 'p-limit';
import type { CacheMode, Config, ProviderConfig } from '../config/types.js';
import { getErrorMessage, UntrustedRouteError } from '../errors.js';
import { cacheKey, createDiskCache } from './cache.js';
import { assertUsable, resolveEndpoint, type Endpoint } from './endpoint.js';
import { CostBudget, UsageEstimator } from './budget.js';
import { createPricing } from './pricing.js';
import { DEFAULT_RETRY, withRetry, type RetryOutcome, type RetryPolicy } from './retry.js';
import { providerDefinition } from './registry.js';
import { resolveRoute, type Route } from './routing.js';
import type {
  CallPurpose,
  CallResult,
  ChatRequest,
  ChatResponse,
  ModelGateway,
  ModelRef,
  Provider,
} from './types.js';
import { UsageLedger } from './usage.js';

export { maskSecrets } from './secrets.js';

export interface GatewayOptions {
  env: NodeJS.ProcessEnv;
  /** Route every call to the deterministic offline model (no keys, no network). */
  offline?: boolean;
  /** Overrides `cache.mode` from the config (e.g. a CLI flag). */
  cacheMode?: CacheMode;
  /** Monotonic clock in ms for latencies; injectable for tests. */
  now?: () => number;
  /** Backoff timing (tests inject `sleep` and `random`); attempts and timeout come from the config. */
  retry?: Partial<Omit<RetryPolicy, 'maxAttempts' | 'timeoutMs'>>;
  /** Why a model must not be called in this run (routed only by an untrusted config), or undefined. */
  refusal?: (ref: ModelRef) => string | undefined;
  /** Aborted (an interrupted run): no new request is issued and those in flight are cancelled. */
  signal?: AbortSignal;
}

const OFFLINE: ProviderConfig = { name: 'offline', type: 'offline' };
const NO_USAGE = { inputTokens: 0, outputTokens: 0 };

/** A successful attempt: the answer, how long the provider took (queue time excluded), what it cost. */
interface Answered {
  response: ChatResponse;
  latencyMs: number;
  costUsd: number;
}

/** The model layer: routing, per-provider and global limits, disk cache, retries, cost and budget. */
export function createModelGateway(config: Config, options: GatewayOptions): ModelGateway {
  const { env } = options;
  const now = options.now ?? (() => performance.now());
  const cacheMode = options.cacheMode ?? config.cache.mode;
  const cache = createDiskCache(config.cache.dir, cacheMode);
  const price = createPricing(config.pricing);
  const ledger = new UsageLedger();
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY,
    ...options.retry,
    maxAttempts: config.maxAttempts,
    timeoutMs: config.timeoutMs,
  };
  const globalLimit = pLimit(config.concurrency);
  const providerLimits = new Map<string, LimitFunction>();
  const endpoints = new Map<string, Endpoint>();
  const instances = new Map<string, Promise<Provider>>();
  /** Identical requests issued while one is under way share its answer instead of paying twice. */
  const inFlight = new Map<string, Promise<RetryOutcome<Answered>>>();

  /** Routes by ref: the config is fixed for the run, and a run sends thousands of calls to a few refs. */
  const routes = new Map<ModelRef, Route>();
  const route = (ref: ModelRef): Route => {
    const refused = options.refusal?.(ref);
    if (refused !== undefined) throw new UntrustedRouteError(refused);
    let known = routes.get(ref);
    if (!known) {
      const resolved = resolveRoute(ref, config);
      known = options.offline ? { provider: OFFLINE, model: resolved.model } : resolved;
      routes.set(ref, known);
    }
    return known;
  };

  const endpointOf = (provider: ProviderConfig): Endpoint => {
    const existing = endpoints.get(provider.name);
    if (existing) return existing;
    const resolved = resolveEndpoint(provider, env);
    endpoints.set(provider.name, resolved);
    return resolved;
  };

  const instanceOf = (provider: ProviderConfig): Promise<Provider> => {
    const existing = instances.get(provider.name);
    if (existing) return existing;
    const created = providerDefinition(provider.type).create(provider, env, config.concurrency);
    instances.set(provider.name, created);
    return created;
  };
  const isLocal = (provider: ProviderConfig): boolean => providerDefinition(provider.type).local === true;

  /** Holds the provider's own slot (if it has a limit) and then a global one, for one attempt. */
  const slotFor = (provider: ProviderConfig) => {
    let own = providerLimits.get(provider.name);
    if (!own && provider.concurrency !== undefined) {
      own = pLimit(provider.concurrency);
      providerLimits.set(provider.name, own);
    }
    const limit = own;
    // Provider slot first: waiting for it never holds a global slot another provider could use.
    return <T>(attempt: () => Promise<T>): Promise<T> =>
      limit ? limit(() => globalLimit(attempt)) : globalLimit(attempt);
  };

  const refuseInterrupted = (): string | undefined =>
    options.signal?.aborted ? getErrorMessage(options.signal.reason) : undefined;

  const budget = new CostBudget(config.maxCostUsd, () => ledger.spentUsd);
  const estimator = new UsageEstimator();

  /** Reserves what the request may cost, or says why the budget cannot take it. */
  const reserveBudget = async (
    target: Route,
    request: ChatRequest,
  ): Promise<{ release: () => void } | string> => {
    // A model without a price would be charged $0 whatever it costs: under a budget it is not called
    // (the model is the pull request's choice; the budget and prices are the trusted config's).
    if (config.maxCostUsd !== undefined && !price(target.model, NO_USAGE).priced) {
      ledger.markUnpriced(target.model);
      return `model \`${target.model}\` has no known price, so max_cost_usd ${config.maxCostUsd} cannot count what it spends: not called; add its price under \`pricing:\` in promptgate.yaml (in compare, the base commit's)`;
    }
    const hold = await budget.reserve(() => costOf(target, estimator.estimate(target.model, request)));
    if (hold) return hold;
    ledger.markBudgetExhausted();
    return `budget exhausted: max_cost_usd ${config.maxCostUsd ?? ''} reached (spent $${usdAmount(ledger.spentUsd)})`;
  };

  /** What a reply costs; unknown prices count as 0 and flag the model. */
  const costOf = (target: Route, usage: ChatResponse['usage']): number => {
    if (isLocal(target.provider)) return 0;
    const { costUsd, priced } = price(target.model, usage);
    if (!priced) ledger.markUnpriced(target.model);
    return costUsd;
  };

  const issue = async (
    target: Route,
    request: ChatRequest,
    purpose: CallPurpose,
  ): Promise<RetryOutcome<Answered>> => {
    const instance = await instanceOf(target.provider);
    let hold: { release: () => void } | undefined;
    return withRetry(
      async (signal) => {
        try {
          const started = now();
          const response = await instance.complete(request, signal);
          const latencyMs = now() - started;
          const costUsd = costOf(target, response.usage);
          estimator.observe(target.model, response.usage);
          // Charged before the reservation is released, so the next request's check sees it.
          ledger.charge(purpose, { usage: response.usage, costUsd, latencyMs });
          return { response, latencyMs, costUsd };
        } finally {
          hold?.release();
        }
      },
      policy,
      {
        run: slotFor(target.provider),
        // A local model costs nothing, so a spent budget does not stop it; an interruption does.
        refuse: async () => {
          const interrupted = refuseInterrupted();
          if (interrupted !== undefined || isLocal(target.provider)) return interrupted;
          const reserved = await reserveBudget(target, request);
          if (typeof reserved === 'string') return reserved;
          // The run may have been interrupted while this request waited for budget.
          const late = refuseInterrupted();
          if (late !== undefined) reserved.release();
          else hold = reserved;
          return late;
        },
        ...(options.signal ? { signal: options.signal } : {}),
      },
    );
  };

  /** Issues a request once per key at a time, and caches its success before the key is released. */
  const fetchShared = (key: string, target: Route, request: ChatRequest, purpose: CallPurpose) => {
    const pending = inFlight.get(key);
    if (pending) return { outcome: pending, shared: true };
    const outcome = issue(target, request, purpose).then(async (result) => {
      if (result.ok) {
        const { response, latencyMs } = result.value;
        await cache.put(key, { text: response.text, usage: response.usage, latencyMs });
      }
      return result;
    });
    inFlight.set(key, outcome);
    void outcome.then(() => inFlight.delete(key));
    return { outcome, shared: false };
  };

  const answered = (purpose: CallPurpose, value: Answered, cached: boolean): CallResult => {
    ledger.record(purpose, { ok: true, cached });
    const { response, latencyMs, costUsd } = value;
    return { ok: true, text: response.text, usage: response.usage, costUsd, latencyMs, cached };
  };

  return {
    async call(ref, request, { purpose, sample }) {
      const started = now();
      const fail = (error: string, attempts: number): CallResult => {
        ledger.record(purpose, { ok: false });
        // A call never issued (no route, no key, budget spent) took no model time, and report
        // usage counts a failed sample as a call only when time was spent on a request.
        const latencyMs = attempts > 0 ? now() - started : 0;
        return { ok: false, error, attempts, latencyMs };
      };
      let target: Route;
      try {
        target = route(ref);
        assertUsable(target.provider, endpointOf(target.provider), ref);
        await instanceOf(target.provider);
      } catch (error) {
        return fail(getErrorMessage(error), 0);
      }
      const chat: ChatRequest = { ...request, model: target.model };

      // Offline answers are instant and deterministic: caching them would only write files.
      if (isLocal(target.provider)) {
        const outcome = await issue(target, chat, purpose);
        return outcome.ok ? answered(purpose, outcome.value, false) : fail(outcome.error, outcome.attempts);
      }

      // Without a cache the key would serve nothing (no lookup, no write, no sharing): skip hashing.
      if (cacheMode === 'off') {
        const outcome = await issue(target, chat, purpose);
        return outcome.ok ? answered(purpose, outcome.value, false) : fail(outcome.error, outcome.attempts);
      }

      const { type } = target.provider;
      const key = cacheKey({
        providerType: type,
        baseUrl: endpointOf(target.provider).baseUrl,
        request: chat,
        sample,
      });
      const hit = await cache.get(key);
      if (hit) {
        // The cost such an answer has (cost metrics stay stable); nothing is spent now, and the ledger knows.
        const value = { response: { text: hit.text, usage: hit.usage }, latencyMs: hit.latencyMs };
        return answered(purpose, { ...value, costUsd: costOf(target, hit.usage) }, true);
      }

      const { outcome, shared } = fetchShared(key, target, chat, purpose);
      const result = await outcome;
      return result.ok ? answered(purpose, result.value, shared) : fail(result.error, result.attempts);
    },

    check(ref) {
      // A refused model never runs, but the route the trusted config gives it is what this run
      // could use: a key that route needs and the environment lacks is the run's fact (the action
      // skips a fork pull request on it), whatever the head's config says.
      const refused = options.refusal?.(ref) !== undefined;
      let target: Route;
      try {
        const resolved = resolveRoute(ref, config);
        target = options.offline ? { provider: OFFLINE, model: resolved.model } : resolved;
      } catch (error) {
        // A refused model is not the run's error: each call fails with the reason, so its prompts show it.
        if (refused) return;
        throw error;
      }
      assertUsable(target.provider, endpointOf(target.provider), ref);
    },

    describe(ref) {
      let target: Route;
      try {
        target = route(ref);
      } catch {
        return ref;
      }
      const label = `${target.provider.name}:${target.model}`;
      return isLocal(target.provider) ? `${label} (deterministic offline model, no network)` : label;
    },

    isOffline(ref) {
      try {
        return isLocal(route(ref).provider);
      } catch {
        // An unroutable ref runs nothing: every call is an error, never an offline pass.
        return false;
      }
    },

    usage: () => ledger.totals(),
  };
}

/** Dollars with four decimals; a tiny non-zero amount keeps two significant digits (never "$0.0000"). */
function usdAmount(usd: number): string {
  return usd > 0 && usd < 0.0001 ? usd.toPrecision(2) : usd.toFixed(4);
}
