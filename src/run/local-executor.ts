import type { Config } from '../config/types.js';
import { evaluateMetric, evaluatePairMetric } from '../metrics/registry.js';
import type { JudgeClient, MetricResult, PairResult } from '../metrics/types.js';
import { createModelGateway, type GatewayOptions } from '../providers/gateway.js';
import type { ModelGateway, ModelRef } from '../providers/types.js';
import type { Executor } from './executor.js';
import type { CasePairwise, SampleResult } from './types.js';
import type { PairItem, SampleItem, WorkResult } from './work.js';

/** Builds the run's executor once the effective configuration is known (injected in tests). */
export type ExecutorFactory = (config: Config, options: GatewayOptions) => Executor;

/**
 * The default: every item in this process through the model gateway (limits, retries, cache, budget),
 * twice the run's concurrency of items under way (see localExecutor).
 */
export const createLocalExecutor: ExecutorFactory = (config, options) =>
  localExecutor(createModelGateway(config, options), 2 * config.concurrency);

/**
 * Runs items through `gateway`, at most `window` at a time: a finished item's place goes to the next
 * one at once. The gateway's limits still decide how many calls are in flight; the window only keeps
 * thousands of waiting calls (each with its request, retry state and promises) from being set up
 * before the first one is sent. Twice the gateway's concurrency keeps its queue full while items
 * finish, score or wait out a retry.
 */
export function localExecutor(gateway: ModelGateway, window = Infinity): Executor {
  // One judge client per judge model, shared by every item that names it.
  const judges = new Map<ModelRef, JudgeClient>();
  const judgeOf = (model: ModelRef): JudgeClient => {
    let judge = judges.get(model);
    if (!judge) {
      judge = judgeClient(gateway, model);
      judges.set(model, judge);
    }
    return judge;
  };
  const runItem = async (item: SampleItem | PairItem): Promise<WorkResult> =>
    item.kind === 'sample'
      ? { kind: 'sample', key: item.key, result: await runSample(item, gateway, judgeOf(item.judgeModel)) }
      : { kind: 'pair', key: item.key, result: await runPair(item, judgeOf(item.judgeModel)) };
  return {
    async run(items, onResult) {
      let next = 0;
      const worker = async () => {
        for (let item = items[next++]; item; item = items[next++]) onResult(await runItem(item));
      };
      await Promise.all(Array.from({ length: Math.min(window, items.length) }, worker));
    },
    check: (ref) => gateway.check(ref),
    describe: (ref) => gateway.describe(ref),
    isOffline: (ref) => gateway.isOffline(ref),
    usage: () => gateway.usage(),
  };
}

async function runSample(item: SampleItem, gateway: ModelGateway, judge: JudgeClient): Promise<SampleResult> {
  const call = await gateway.call(
    item.model,
    { messages: item.messages, ...item.parameters },
    { purpose: 'eval', sample: item.sample },
  );
  if (!call.ok) return { ...failedSample(item.sample, call.error), latencyMs: call.latencyMs };
  const { messages, vars, expected } = item;
  const results = await Promise.all(
    item.metrics.map(async (spec): Promise<[string, MetricResult]> => [
      spec.name,
      await evaluateMetric(spec, { output: call.text, vars, expected, messages, judge }),
    ]),
  );
  return {
    sample: item.sample,
    output: call.text,
    metrics: Object.fromEntries(results),
    usage: call.usage,
    costUsd: call.costUsd,
    latencyMs: call.latencyMs,
    cached: call.cached,
  };
}

async function runPair(item: PairItem, judge: JudgeClient): Promise<CasePairwise> {
  const { baseline, candidate, vars, expected, messages } = item;
  const entries = await Promise.all(
    item.metrics.map(async (spec): Promise<[string, PairResult]> => [
      spec.name,
      await evaluatePairMetric(spec, { baseline, candidate, vars, expected, messages, judge }),
    ]),
  );
  return Object.fromEntries(entries);
}

/** A sample that produced no output; `error` says why. */
export function failedSample(sample: number, error: string): SampleResult {
  return {
    sample,
    error,
    metrics: {},
    usage: { inputTokens: 0, outputTokens: 0 },
    costUsd: 0,
    latencyMs: 0,
    cached: false,
  };
}

function judgeClient(gateway: ModelGateway, fallback: ModelRef): JudgeClient {
  return {
    async complete(request) {
      const result = await gateway.call(
        request.model ?? fallback,
        {
          messages: request.messages,
          ...(request.temperature === null ? {} : { temperature: request.temperature ?? 0 }),
          ...(request.responseFormat ? { responseFormat: request.responseFormat } : {}),
        },
        { purpose: 'judge', sample: 0 },
      );
      return result.ok ? { ok: true, text: result.text } : { ok: false, error: result.error };
    },
  };
}
