import type { SourceLocation } from '../errors.js';
import type { PromptFile } from '../prompts/types.js';
import type { ChangeStatus } from '../report/types.js';
import type { SampleRepeat } from '../config/types.js';
import type { MetricSpec, Suite } from '../suites/types.js';

/** One case as it will run: the suite's metrics plus the case's own, with the judge it uses. */
export interface PlannedCase {
  /** Unique within the prompt: the case id, prefixed by the suite name when a prompt has several suites. */
  id: string;
  vars: Record<string, unknown>;
  expected?: unknown;
  metrics: MetricSpec[];
  repeat: number;
  /** `repeat: auto`: more samples when the verdict is inconclusive, up to this many per side. */
  maxRepeats?: number;
  judgeModel?: string;
  /** Where the case is written, for error messages. */
  location: SourceLocation;
}

/** What to evaluate for one prompt: the same cases on the baseline and the candidate. */
export interface PromptPlan {
  id: string;
  path: string;
  previousPath?: string;
  status: ChangeStatus;
  baseline?: PromptFile;
  candidate?: PromptFile;
  /** Why the baseline could not be loaded (e.g. its file was malformed at base); its cases become errors. */
  baselineError?: string;
  cases: PlannedCase[];
  /** Every metric of the prompt in display order (first appearance), by name. */
  metrics: MetricSpec[];
  /** The strictest threshold of its suites. */
  threshold: number;
  /** The baseline had eval cases and the candidate has none: the change would escape the gate. */
  casesRemoved?: boolean;
}

export type PlanInput = Pick<
  PromptPlan,
  'id' | 'path' | 'previousPath' | 'status' | 'baseline' | 'candidate' | 'baselineError' | 'casesRemoved'
> & {
  suites: Suite[];
  /** promptgate.yaml's `repeat`, for suites that set none; default 1. */
  repeat?: SampleRepeat;
};

/** Builds a prompt's plan (pure and deterministic: same input, same plan, same order). */
export function planPrompt(input: PlanInput): PromptPlan {
  const multi = input.suites.length > 1;
  const projectRepeat = input.repeat ?? { repeat: 1 };
  const cases = input.suites.flatMap((suite) =>
    suite.cases.map((c): PlannedCase => ({
      id: multi ? `${suite.name}/${c.id}` : c.id,
      vars: c.vars,
      expected: c.expected,
      metrics: [...suite.metrics, ...c.metrics],
      ...samplesOf(suite.repeat ?? projectRepeat),
      judgeModel: suite.judgeModel,
      location: c.location,
    })),
  );
  const metrics = new Map<string, MetricSpec>();
  for (const c of cases) for (const m of c.metrics) if (!metrics.has(m.name)) metrics.set(m.name, m);
  return {
    id: input.id,
    path: input.path,
    previousPath: input.previousPath,
    status: input.status,
    baseline: input.baseline,
    candidate: input.candidate,
    baselineError: input.baselineError,
    cases,
    metrics: [...metrics.values()],
    threshold: input.suites.length ? Math.max(...input.suites.map((s) => s.threshold)) : 1,
    ...(input.casesRemoved && cases.length === 0 ? { casesRemoved: true } : {}),
  };
}

function samplesOf({ repeat, maxRepeats }: SampleRepeat): Pick<PlannedCase, 'repeat' | 'maxRepeats'> {
  return maxRepeats !== undefined ? { repeat, maxRepeats } : { repeat };
}
