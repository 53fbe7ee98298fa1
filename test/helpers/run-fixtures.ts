/** Builders for run tests: prompts, suites and a gateway double. */
import { parseMetricSpec } from '../../src/metrics/registry.js';
import type { ParseContext } from '../../src/metrics/types.js';
import type { PromptFile } from '../../src/prompts/types.js';
import type { CallResult, ChatRequest, ModelGateway, UsageTotals } from '../../src/providers/types.js';
import { emptyUsageTotals } from '../../src/providers/usage.js';
import { executeWork, type ExecuteOptions } from '../../src/run/execute.js';
import { localExecutor } from '../../src/run/local-executor.js';
import type { PromptPlan } from '../../src/run/plan.js';
import { prepareWork } from '../../src/run/prepare.js';
import type { Suite } from '../../src/suites/types.js';

export const context: ParseContext = {
  location: { file: 's.eval.yaml' },
  readFile: () => undefined,
  addDependency: () => undefined,
};

export function prompt(id: string, text: string): PromptFile {
  return {
    format: 'promptgate',
    id,
    path: `${id}.prompt.yaml`,
    version: '1.0.0',
    model: 'fake-model',
    modelParameters: {},
    messages: [{ role: 'user', content: text }],
    partials: [],
    contentHash: `hash-${text}`,
    variables: ['name'],
  };
}

export function suite(
  promptId: string,
  caseCount: number,
  metrics: unknown[],
  repeat = 1,
  parse: ParseContext = context,
): Suite {
  return {
    path: `${promptId}.eval.yaml`,
    name: promptId,
    prompt: promptId,
    cases: Array.from({ length: caseCount }, (_, i) => ({
      id: `c${i + 1}`,
      vars: { name: `n${i + 1}` },
      metrics: [],
      location: { file: `${promptId}.eval.yaml`, line: i + 3 },
    })),
    metrics: metrics.map((m) => parseMetricSpec(m, parse, (m as { type: string }).type)),
    threshold: 1,
    repeat: { repeat },
    dependencies: [],
  };
}

/**
 * A gateway double: answers with a function of the rendered prompt, after a delay that reverses
 * completion order. Records the model and sample index of every call.
 */
export function fakeGateway(
  answer: (request: Omit<ChatRequest, 'model'>, ref: string) => CallResult | string,
): ModelGateway & { calls: string[]; samples: number[] } {
  const calls: string[] = [];
  const samples: number[] = [];
  let pending = 0;
  return {
    calls,
    samples,
    async call(ref, request, options) {
      calls.push(ref);
      samples.push(options.sample);
      const delay = 20 - (pending++ % 20);
      await new Promise((r) => setTimeout(r, delay));
      const result = answer(request, ref);
      return typeof result === 'string'
        ? {
            ok: true,
            text: result,
            usage: { inputTokens: 3, outputTokens: 2 },
            costUsd: 0.001,
            latencyMs: 7,
            cached: false,
          }
        : result;
    },
    check: () => undefined,
    describe: (ref) => `fake:${ref}`,
    isOffline: () => false,
    usage: (): UsageTotals => emptyUsageTotals(),
  };
}

/** Renders and runs plans in this process through the gateway. */
export function executePlans(
  plans: PromptPlan[],
  options: { gateway: ModelGateway; judgeModel: string; onProgress?: ExecuteOptions['onProgress'] },
) {
  return executeWork(
    plans.map((plan) => prepareWork(plan, options.judgeModel)),
    { executor: localExecutor(options.gateway), onProgress: options.onProgress },
  );
}
