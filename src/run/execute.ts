import { isPairwise } from '../metrics/registry.js';
import type { PairResult } from '../metrics/types.js';
import type { Executor } from './executor.js';
import { failedSample } from './local-executor.js';
import {
  promptTokens,
  sampleError,
  sampleItem,
  singleMetrics,
  type PromptWork,
  type SideWork,
} from './prepare.js';
import type { CasePairwise, CaseRun, SampleResult, SideRun } from './types.js';
import { pairKey, type PairItem, type SampleItem, type WorkResult } from './work.js';

export interface ExecuteOptions {
  executor: Executor;
  /** Called after each finished sample (for progress output); `total` grows when rounds add samples. */
  onProgress?: (done: number, total: number) => void;
}

/** One prompt's results so far: both sides' samples by case (plan order) and the pairwise verdicts. */
export interface PromptExecution {
  work: PromptWork;
  baseline?: SideRun;
  candidate?: SideRun;
  /** By case id, for cases with pairwise metrics. */
  pairwise: Record<string, CasePairwise>;
}

/** More samples of one case on both sides, numbered after the ones it has. */
export interface SampleRequest {
  prompt: PromptExecution;
  caseIndex: number;
  count: number;
}

/** Where an item's result goes: the placeholder it replaces. */
interface Slot {
  prompt: PromptExecution;
  samples: SampleResult[];
  index: number;
}

/** What a sample the executor never answered records: an error, never a pass. */
const NO_RESULT = 'the executor returned no result for this sample';

/**
 * The results of a run, filled in rounds: the first runs every case's `repeat` samples; later
 * rounds (adaptive re-sampling) ask for more samples of chosen cases and append them.
 */
export class Execution {
  readonly prompts: PromptExecution[];
  private done = 0;
  private total = 0;

  constructor(
    works: PromptWork[],
    private readonly options: ExecuteOptions,
  ) {
    this.prompts = works.map((work) => ({
      work,
      baseline: work.baseline && this.sideRun(work, work.baseline),
      candidate: work.candidate && this.sideRun(work, work.candidate),
      pairwise: {},
    }));
  }

  /** Every case of every prompt, `repeat` samples each. */
  firstRound(): SampleRequest[] {
    return this.prompts.flatMap((prompt) =>
      prompt.work.plan.cases.map((c, caseIndex) => ({ prompt, caseIndex, count: c.repeat })),
    );
  }

  /**
   * Runs the requested samples through the executor and merges the results in sample order.
   * `onPromptDone` is called once per requested prompt when all its samples of this round are in.
   */
  async runSamples(
    requests: SampleRequest[],
    onPromptDone?: (prompt: PromptExecution) => void,
  ): Promise<void> {
    const slots = new Map<string, Slot>();
    const waiting = new Map<PromptExecution, number>();
    const items: SampleItem[] = [];
    let failed = 0;
    for (const { prompt, caseIndex, count } of requests) {
      const c = prompt.work.plan.cases[caseIndex];
      if (!c) throw new RangeError(`prompt \`${prompt.work.plan.id}\` has no case ${caseIndex}`);
      const singles = singleMetrics(c);
      waiting.set(prompt, waiting.get(prompt) ?? 0);
      for (const [work, run] of sidesOf(prompt)) {
        const samples = run.cases[caseIndex]?.samples;
        if (!samples) continue;
        const error = sampleError(work, caseIndex);
        this.total += count;
        for (let n = 0; n < count; n++) {
          const sample = samples.length;
          if (error !== undefined) {
            samples.push(failedSample(sample, error));
            failed++;
            continue;
          }
          const item = sampleItem(prompt.work, work, c, caseIndex, sample, singles);
          samples.push(failedSample(sample, NO_RESULT));
          slots.set(item.key, { prompt, samples, index: sample });
          waiting.set(prompt, (waiting.get(prompt) ?? 0) + 1);
          items.push(item);
        }
      }
    }
    for (; failed > 0; failed--) this.tick();
    const finish = (prompt: PromptExecution) => {
      waiting.delete(prompt);
      onPromptDone?.(prompt);
    };
    for (const [prompt, count] of waiting) if (count === 0) finish(prompt);
    await this.options.executor.run(items, (result: WorkResult) => {
      const slot = result.kind === 'sample' ? slots.get(result.key) : undefined;
      if (!slot || result.kind !== 'sample') return;
      slots.delete(result.key);
      slot.samples[slot.index] = result.result;
      this.tick();
      const left = (waiting.get(slot.prompt) ?? 0) - 1;
      if (left === 0) finish(slot.prompt);
      else waiting.set(slot.prompt, left);
    });
    // Unanswered samples keep their error placeholder; their prompts are done all the same.
    for (const prompt of [...waiting.keys()]) finish(prompt);
  }

  /** Judges the prompt's pairwise metrics on each case's first output of both sides. */
  async judgePairs(prompt: PromptExecution): Promise<void> {
    const { baseline, candidate } = prompt;
    if (!baseline || !candidate) return;
    const items: PairItem[] = [];
    prompt.work.plan.cases.forEach((c, i) => {
      const metrics = c.metrics.filter(isPairwise);
      if (metrics.length === 0) return;
      const base = firstOutput(baseline.cases[i]);
      const cand = firstOutput(candidate.cases[i]);
      if (base === undefined || cand === undefined) {
        prompt.pairwise[c.id] = Object.fromEntries(metrics.map((m) => [m.name, { ...NO_OUTPUT }]));
        return;
      }
      const rendered = prompt.work.candidate?.cases[i];
      items.push({
        kind: 'pair',
        key: pairKey(prompt.work.plan.id, c.id),
        promptId: prompt.work.plan.id,
        caseId: c.id,
        metrics,
        baseline: base,
        candidate: cand,
        messages: rendered && 'messages' in rendered ? rendered.messages : [],
        vars: c.vars,
        ...(c.expected !== undefined ? { expected: c.expected } : {}),
        judgeModel: c.judgeModel ?? prompt.work.judgeModel,
      });
    });
    if (items.length === 0) return;
    const caseIds = new Map(items.map((item) => [item.key, item.caseId]));
    await this.options.executor.run(items, (result) => {
      const caseId = result.kind === 'pair' ? caseIds.get(result.key) : undefined;
      if (caseId !== undefined && result.kind === 'pair') prompt.pairwise[caseId] = result.result;
    });
  }

  private sideRun(work: PromptWork, side: SideWork): SideRun {
    const { plan } = work;
    const prompt = side.prompt;
    return {
      side: side.side,
      promptId: plan.id,
      path: prompt?.path ?? plan.previousPath ?? plan.path,
      version: prompt?.version,
      contentHash: prompt?.contentHash ?? '',
      model: prompt ? this.options.executor.describe(prompt.model) : 'unavailable',
      promptTokens: promptTokens(side),
      cases: plan.cases.map((c) => ({ caseId: c.id, vars: c.vars, expected: c.expected, samples: [] })),
      ...(prompt ? {} : { setupError: side.unavailable }),
    };
  }

  private tick(): void {
    this.options.onProgress?.(++this.done, this.total);
  }
}

/**
 * Runs every prompt's first round; each prompt's pairwise judging starts as soon as its own
 * samples are in. Results keep plan and case order regardless of completion order.
 */
export async function runFirstRound(execution: Execution): Promise<void> {
  const judging: Promise<void>[] = [];
  await execution.runSamples(execution.firstRound(), (prompt) => judging.push(execution.judgePairs(prompt)));
  await Promise.all(judging);
}

/** A run of one round only (no adaptive re-sampling). */
export async function executeWork(works: PromptWork[], options: ExecuteOptions): Promise<PromptExecution[]> {
  const execution = new Execution(works, options);
  await runFirstRound(execution);
  return execution.prompts;
}

const NO_OUTPUT: PairResult = {
  outcome: 'error',
  score: 0,
  reason: 'no output to compare: a side failed for this case',
};

function sidesOf(prompt: PromptExecution): [SideWork, SideRun][] {
  const { work, baseline, candidate } = prompt;
  return [
    ...(work.baseline && baseline ? [[work.baseline, baseline] as [SideWork, SideRun]] : []),
    ...(work.candidate && candidate ? [[work.candidate, candidate] as [SideWork, SideRun]] : []),
  ];
}

function firstOutput(run: CaseRun | undefined): string | undefined {
  return run?.samples.find((s) => s.output !== undefined)?.output;
}
