import { TemplateSandboxError } from '../errors.js';
import { evaluateMetric, evaluatePairMetric, isPairwise } from '../metrics/registry.js';
import type { JudgeClient, MetricResult, PairResult } from '../metrics/types.js';
import { estimateTokens, renderPrompt } from '../prompts/render.js';
import type { PromptFile } from '../prompts/types.js';
import type { ChatMessage, ModelGateway } from '../providers/types.js';
import type { PlannedCase, PromptPlan } from './plan.js';
import type { CasePairwise, CaseRun, SampleResult, Side, SideRun } from './types.js';

export interface ExecuteOptions {
  gateway: ModelGateway;
  /** Judge model used when a suite names none. */
  judgeModel: string;
  /** Called after each finished sample (for progress output). */
  onProgress?: (done: number, total: number) => void;
}

export interface PromptExecution {
  plan: PromptPlan;
  baseline?: SideRun;
  candidate?: SideRun;
  pairwise: Record<string, CasePairwise>;
}

/** Total samples a set of plans will run, for progress reporting. */
export function countSamples(plans: PromptPlan[]): number {
  return plans.reduce(
    (sum, p) =>
      sum +
      p.cases.reduce((s, c) => s + c.repeat, 0) *
        ((p.baseline || p.baselineError ? 1 : 0) + (p.candidate ? 1 : 0)),
    0,
  );
}

/**
 * Runs every plan. All samples are issued at once; the gateway's limits decide how many are in
 * flight. Results keep plan and case order regardless of completion order.
 */
export async function executePlans(plans: PromptPlan[], options: ExecuteOptions): Promise<PromptExecution[]> {
  const total = countSamples(plans);
  let done = 0;
  const tick = () => options.onProgress?.(++done, total);
  return Promise.all(plans.map((plan) => executePlan(plan, options, tick)));
}

async function executePlan(
  plan: PromptPlan,
  options: ExecuteOptions,
  tick: () => void,
): Promise<PromptExecution> {
  const [baseline, candidate] = await Promise.all([
    plan.baseline || plan.baselineError ? runSide(plan, 'baseline', plan.baseline, options, tick) : undefined,
    plan.candidate ? runSide(plan, 'candidate', plan.candidate, options, tick) : undefined,
  ]);
  const pairwise: Record<string, CasePairwise> = {};
  if (baseline && candidate) {
    await Promise.all(
      plan.cases.map(async (c, i) => {
        const specs = c.metrics.filter(isPairwise);
        if (specs.length === 0) return;
        const base = firstOutput(baseline.cases[i]);
        const cand = firstOutput(candidate.cases[i]);
        const entries = await Promise.all(
          specs.map(async (spec): Promise<[string, PairResult]> => {
            if (base === undefined || cand === undefined) {
              return [
                spec.name,
                { outcome: 'error', score: 0, reason: 'no output to compare: a side failed for this case' },
              ];
            }
            const result = await evaluatePairMetric(spec, {
              baseline: base,
              candidate: cand,
              vars: c.vars,
              expected: c.expected,
              messages: candidateMessages(plan.candidate, c.vars),
              judge: judgeFor(c, options),
            });
            return [spec.name, result];
          }),
        );
        pairwise[c.id] = Object.fromEntries(entries);
      }),
    );
  }
  return { plan, baseline, candidate, pairwise };
}

function firstOutput(run: CaseRun | undefined): string | undefined {
  return run?.samples.find((s) => s.output !== undefined)?.output;
}

/** The candidate's rendered messages give the pairwise judge the task both outputs answer. */
function candidateMessages(prompt: PromptFile | undefined, vars: Record<string, unknown>): ChatMessage[] {
  if (!prompt) return [];
  try {
    return renderPrompt(prompt, vars).messages;
  } catch {
    return [];
  }
}

async function runSide(
  plan: PromptPlan,
  side: Side,
  prompt: PromptFile | undefined,
  options: ExecuteOptions,
  tick: () => void,
): Promise<SideRun> {
  const cases = await Promise.all(
    plan.cases.map(async (c): Promise<CaseRun> => {
      const samples = await Promise.all(
        Array.from({ length: c.repeat }, async (_, sample) => {
          const result = prompt
            ? await runSample(prompt, c, sample, options)
            : failedSample(sample, plan.baselineError ?? 'no baseline');
          tick();
          return result;
        }),
      );
      return { caseId: c.id, vars: c.vars, expected: c.expected, samples };
    }),
  );
  return {
    side,
    promptId: plan.id,
    path: prompt?.path ?? plan.previousPath ?? plan.path,
    version: prompt?.version,
    contentHash: prompt?.contentHash ?? '',
    model: prompt ? options.gateway.describe(prompt.model) : 'unavailable',
    promptTokens: prompt ? promptTokens(prompt, plan.cases[0]) : 0,
    cases,
    ...(prompt ? {} : { setupError: plan.baselineError ?? 'no baseline' }),
  };
}

async function runSample(
  prompt: PromptFile,
  c: PlannedCase,
  sample: number,
  options: ExecuteOptions,
): Promise<SampleResult> {
  let messages: ChatMessage[];
  try {
    messages = renderPrompt(prompt, c.vars).messages;
  } catch (error) {
    // A sandbox refusal is the run's error, not this case's (the pipeline renders every case first).
    if (error instanceof TemplateSandboxError) throw error;
    return failedSample(sample, `render failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const p = prompt.modelParameters;
  const call = await options.gateway.call(
    prompt.model,
    {
      messages,
      ...(p.temperature !== undefined ? { temperature: p.temperature } : {}),
      ...(p.maxTokens !== undefined ? { maxTokens: p.maxTokens } : {}),
      ...(p.topP !== undefined ? { topP: p.topP } : {}),
      ...(prompt.responseFormat ? { responseFormat: prompt.responseFormat } : {}),
    },
    { purpose: 'eval', sample },
  );
  if (!call.ok) {
    return { ...failedSample(sample, call.error), latencyMs: call.latencyMs };
  }
  const judge = judgeFor(c, options);
  const singles = c.metrics.filter((m) => !isPairwise(m));
  const results = await Promise.all(
    singles.map(async (spec): Promise<[string, MetricResult]> => [
      spec.name,
      await evaluateMetric(spec, { output: call.text, vars: c.vars, expected: c.expected, messages, judge }),
    ]),
  );
  return {
    sample,
    output: call.text,
    metrics: Object.fromEntries(results),
    usage: call.usage,
    costUsd: call.costUsd,
    latencyMs: call.latencyMs,
    cached: call.cached,
  };
}

function failedSample(sample: number, error: string): SampleResult {
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

function judgeFor(c: PlannedCase, options: ExecuteOptions): JudgeClient {
  const fallback = c.judgeModel ?? options.judgeModel;
  return {
    async complete(request) {
      const result = await options.gateway.call(
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

function promptTokens(prompt: PromptFile, first: PlannedCase | undefined): number {
  try {
    return renderPrompt(prompt, first?.vars ?? {}).messages.reduce(
      (sum, m) => sum + estimateTokens(m.content),
      0,
    );
  } catch {
    return prompt.messages.reduce((sum, m) => sum + estimateTokens(m.content), 0);
  }
}
