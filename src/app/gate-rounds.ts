/**
 * Runs the prompts' work and gates each prompt: the first round for all of them, then, for prompts
 * with `repeat: auto` cases, the rounds of compare/rounds.ts, each asking the executor for more
 * samples of the uncertain cases on both sides. Prompts go through their rounds concurrently.
 */
import type { PromptComparisonInput } from '../compare/build.js';
import { gateInRounds, type Resampled, type ResampleRequest } from '../compare/rounds.js';
import type { GatePolicy } from '../config/types.js';
import type { PromptReport } from '../report/types.js';
import { Execution, runFirstRound, type ExecuteOptions, type PromptExecution } from '../run/execute.js';
import type { Executor } from '../run/executor.js';
import type { PromptWork } from '../run/prepare.js';
import type { SideRun } from '../run/types.js';

export interface GateOptions extends ExecuteOptions {
  gate: GatePolicy;
  /** `max_cost_usd`: no round starts that the money left cannot pay for. */
  maxCostUsd?: number;
  /** What the gate compares for one prompt, from its results so far. */
  comparison: (prompt: PromptExecution) => PromptComparisonInput;
}

export interface GatedPrompt {
  execution: PromptExecution;
  report: PromptReport;
}

export async function executeAndGate(works: PromptWork[], options: GateOptions): Promise<GatedPrompt[]> {
  const execution = new Execution(works, options);
  await runFirstRound(execution);
  return Promise.all(
    execution.prompts.map(async (prompt) => ({
      execution: prompt,
      report: await gateInRounds(options.comparison(prompt), options.gate, {
        maxRepeats: new Map(
          prompt.work.plan.cases.flatMap((c) => (c.maxRepeats !== undefined ? [[c.id, c.maxRepeats]] : [])),
        ),
        resample: (requests) => resample(execution, prompt, requests),
        affordable: (calls) => affordable(options.executor, options.maxCostUsd, calls),
      }),
    })),
  );
}

async function resample(
  execution: Execution,
  prompt: PromptExecution,
  requests: ResampleRequest[],
): Promise<Resampled> {
  const index = new Map(prompt.work.plan.cases.map((c, i) => [c.id, i]));
  const asked = requests.flatMap((r) => {
    const caseIndex = index.get(r.caseId);
    return caseIndex === undefined ? [] : [{ ...r, caseIndex }];
  });
  await execution.runSamples(asked.map(({ caseIndex, count }) => ({ prompt, caseIndex, count })));
  // runSamples appends exactly `count` samples per side (a failed call as an error sample).
  const added = (run: SideRun | undefined) =>
    new Map(asked.map((r) => [r.caseId, run?.cases[r.caseIndex]?.samples.slice(-r.count) ?? []]));
  return { baseline: added(prompt.baseline), candidate: added(prompt.candidate) };
}

/** Whether `calls` more samples fit the budget at the run's cost per sample so far, judging included. */
function affordable(executor: Executor, maxCostUsd: number | undefined, calls: number): boolean {
  if (maxCostUsd === undefined) return true;
  const usage = executor.usage();
  const samples = usage.calls - usage.judge.calls;
  const perSample = samples > 0 ? usage.costUsd / samples : 0;
  return usage.costUsd + calls * perSample <= maxCostUsd;
}
