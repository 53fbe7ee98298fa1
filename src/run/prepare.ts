import { TemplateSandboxError } from '../errors.js';
import { isPairwise } from '../metrics/registry.js';
import { estimateTokens, renderPrompt } from '../prompts/render.js';
import type { PromptFile } from '../prompts/types.js';
import type { ChatMessage } from '../providers/types.js';
import type { MetricSpec } from '../suites/types.js';
import type { PlannedCase, PromptPlan } from './plan.js';
import type { Side } from './types.js';
import { sampleKey, type CallParameters, type SampleItem } from './work.js';

/** A case rendered for one side: its messages, or what rendering threw. */
export type RenderedCase = { messages: ChatMessage[] } | { failure: unknown };

/** One version of a prompt with every case rendered once. */
export interface SideWork {
  side: Side;
  /** Undefined for a baseline that could not be loaded: every sample is `unavailable`'s error. */
  prompt?: PromptFile;
  unavailable?: string;
  parameters: CallParameters;
  /** In plan order. */
  cases: RenderedCase[];
}

/** A prompt's plan with both sides rendered: everything its work items are made from. */
export interface PromptWork {
  plan: PromptPlan;
  /** The run's judge model, for cases whose suite names none. */
  judgeModel: string;
  baseline?: SideWork;
  candidate?: SideWork;
}

/**
 * Renders every case of both sides once. A sandbox refusal is thrown (none of the prompt may run); any other
 * render error stays with its case, for the caller's policy and as that case's error sample.
 */
export function prepareWork(plan: PromptPlan, judgeModel: string): PromptWork {
  const baseline = plan.baseline
    ? renderSide('baseline', plan.baseline, plan.cases)
    : plan.baselineError
      ? { side: 'baseline' as const, unavailable: plan.baselineError, parameters: {}, cases: [] }
      : undefined;
  const candidate = plan.candidate ? renderSide('candidate', plan.candidate, plan.cases) : undefined;
  return { plan, judgeModel, baseline, candidate };
}

function renderSide(side: Side, prompt: PromptFile, cases: PlannedCase[]): SideWork {
  const p = prompt.modelParameters;
  return {
    side,
    prompt,
    parameters: {
      ...(p.temperature !== undefined ? { temperature: p.temperature } : {}),
      ...(p.maxTokens !== undefined ? { maxTokens: p.maxTokens } : {}),
      ...(p.topP !== undefined ? { topP: p.topP } : {}),
      ...(prompt.responseFormat ? { responseFormat: prompt.responseFormat } : {}),
    },
    cases: cases.map((c): RenderedCase => {
      try {
        return { messages: renderPrompt(prompt, c.vars).messages };
      } catch (failure) {
        if (failure instanceof TemplateSandboxError) throw failure;
        return { failure };
      }
    }),
  };
}

/** Why a side produces no call for a case, as its error sample says; undefined when it can run. */
export function sampleError(side: SideWork, caseIndex: number): string | undefined {
  if (side.unavailable !== undefined) return side.unavailable;
  const rendered = side.cases[caseIndex];
  if (!rendered || 'messages' in rendered) return undefined;
  const { failure } = rendered;
  return `render failed: ${failure instanceof Error ? failure.message : String(failure)}`;
}

/** The work item for one sample; the caller checks `sampleError` first. */
export function sampleItem(
  work: PromptWork,
  side: SideWork,
  c: PlannedCase,
  caseIndex: number,
  sample: number,
  singles: MetricSpec[],
): SampleItem {
  const rendered = side.cases[caseIndex];
  return {
    kind: 'sample',
    key: sampleKey(work.plan.id, side.side, c.id, sample),
    promptId: work.plan.id,
    side: side.side,
    caseId: c.id,
    sample,
    model: side.prompt?.model ?? '',
    messages: rendered && 'messages' in rendered ? rendered.messages : [],
    parameters: side.parameters,
    metrics: singles,
    vars: c.vars,
    ...(c.expected !== undefined ? { expected: c.expected } : {}),
    judgeModel: c.judgeModel ?? work.judgeModel,
  };
}

/** The case's metrics that score one output (pairwise ones compare the sides afterwards). */
export function singleMetrics(c: PlannedCase): MetricSpec[] {
  return c.metrics.filter((m) => !isPairwise(m));
}

/** Estimated tokens of the side's messages rendered with the first case (size tracking). */
export function promptTokens(side: SideWork): number {
  const prompt = side.prompt;
  if (!prompt) return 0;
  const first = side.cases[0] ?? renderWithoutVars(prompt);
  const messages = 'messages' in first ? first.messages : prompt.messages;
  return messages.reduce((sum, m) => sum + estimateTokens(m.content), 0);
}

/** A prompt without cases is still measured, rendered with no variables. */
function renderWithoutVars(prompt: PromptFile): RenderedCase {
  try {
    return { messages: renderPrompt(prompt, {}).messages };
  } catch (failure) {
    return { failure };
  }
}
