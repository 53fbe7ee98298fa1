import { describe, expect, it } from 'vitest';
import { DATA_TAGS, readDataBlock } from '../../src/metrics/judge/protocol.js';
import type { ParseContext } from '../../src/metrics/types.js';
import { Execution, executeWork, type PromptExecution } from '../../src/run/execute.js';
import type { Executor } from '../../src/run/executor.js';
import { localExecutor } from '../../src/run/local-executor.js';
import { planPrompt, type PromptPlan } from '../../src/run/plan.js';
import { prepareWork } from '../../src/run/prepare.js';
import type { WorkItem, WorkResult } from '../../src/run/work.js';
import { context, fakeGateway, prompt, suite } from '../helpers/run-fixtures.js';

/** Every item and result crosses a JSON boundary, as with a worker in another process. */
function throughJson(inner: Executor, seen: WorkItem[] = []): Executor {
  return {
    ...inner,
    run: (items, onResult) => {
      const sent = JSON.parse(JSON.stringify(items)) as WorkItem[];
      seen.push(...sent);
      return inner.run(sent, (result) => onResult(JSON.parse(JSON.stringify(result)) as WorkResult));
    },
  };
}

/** Judge templates a suite names: one for the rubric judge, one for the pairwise judge. */
const TEMPLATES: Record<string, string> = {
  'judge.njk': 'Rate <candidate_output>{{ output }}</candidate_output> for {{ rubric }}',
  'pair.njk':
    'Which is {{ rubric }}? <output_a>{{ output_a }}</output_a> <output_b>{{ output_b }}</output_b>',
};
const withTemplate: ParseContext = { ...context, readFile: (path) => TEMPLATES[path] };

function greetPlan(metrics: unknown[], repeat = 1, cases = 3): PromptPlan {
  return planPrompt({
    id: 'greet',
    path: 'greet.prompt.yaml',
    status: 'modified',
    baseline: prompt('greet', 'Hi {{ name }}'),
    candidate: prompt('greet', 'Hello {{ name }}'),
    suites: [suite('greet', cases, metrics, repeat, withTemplate)],
  });
}

/** Echoes the prompt as JSON; judges score 4/5 and prefer the candidate's "Hello". */
const answer = fakeGateway((request, ref) => {
  const text = request.messages.at(-1)?.content ?? '';
  if (ref !== 'judge') return JSON.stringify({ said: text });
  const a = readDataBlock(text, DATA_TAGS.outputA);
  if (a === undefined) return JSON.stringify({ reasoning: 'ok', score: 4 });
  return JSON.stringify({ reasoning: 'r', winner: a.includes('Hello') ? 'A' : 'B' });
});

const results = (runs: PromptExecution[]) =>
  runs.map(({ baseline, candidate, pairwise }) => ({ baseline, candidate, pairwise }));

describe('the work plan', () => {
  it('runs identically when every item and result goes through JSON', async () => {
    const metrics = [
      { type: 'contains', value: 'Hello' },
      { type: 'regex', pattern: 'n[0-9]' },
      { type: 'schema', schema: { type: 'object', required: ['said'] } },
      { type: 'not-schema', schema: { type: 'object', required: ['other'] } },
      { type: 'judge', rubric: 'polite', template: 'judge.njk' },
      { type: 'pairwise', rubric: 'friendlier', template: 'pair.njk' },
    ];
    const plan = greetPlan(metrics, 2);
    const direct = await executeWork([prepareWork(plan, 'judge')], { executor: localExecutor(answer) });
    const seen: WorkItem[] = [];
    const viaJson = await executeWork([prepareWork(plan, 'judge')], {
      executor: throughJson(localExecutor(answer), seen),
    });

    expect(results(viaJson)).toEqual(results(direct));
    expect(seen.filter((i) => i.kind === 'sample')).toHaveLength(12); // 3 cases x 2 samples x 2 sides
    expect(seen.filter((i) => i.kind === 'pair')).toHaveLength(3);
    expect(new Set(seen.map((i) => i.key)).size).toBe(seen.length);
    const first = direct[0]?.candidate?.cases[0]?.samples[0];
    expect(first?.metrics).toMatchObject({
      contains: { outcome: 'pass' },
      regex: { outcome: 'pass' },
      schema: { outcome: 'pass' },
      'not-schema': { outcome: 'pass' },
      judge: { outcome: 'pass' },
    });
    expect(direct[0]?.pairwise.c1?.pairwise).toMatchObject({ verdict: 'win' });
  });

  it('carries each case rendered once, for every sample and the pairwise judge', async () => {
    const seen: WorkItem[] = [];
    const local = localExecutor(answer);
    await executeWork([prepareWork(greetPlan([{ type: 'pairwise', rubric: 'r' }], 2, 1), 'judge')], {
      executor: { ...local, run: (items, onResult) => (seen.push(...items), local.run(items, onResult)) },
    });
    const candidate = seen.filter((i) => i.kind === 'sample' && i.side === 'candidate');
    expect(candidate.map((i) => i.messages)).toEqual([
      [{ role: 'user', content: 'Hello n1' }],
      [{ role: 'user', content: 'Hello n1' }],
    ]);
    const pair = seen.find((i) => i.kind === 'pair');
    expect(candidate[0]?.messages).toBe(candidate[1]?.messages);
    expect(pair?.messages).toBe(candidate[0]?.messages);
  });

  it('adds samples of chosen cases on both sides after the first round (adaptive re-sampling)', async () => {
    const gateway = fakeGateway((request) => String(request.messages[0]?.content));
    const execution = new Execution([prepareWork(greetPlan([{ type: 'contains', value: 'Hello' }]), 'j')], {
      executor: localExecutor(gateway),
    });
    await execution.runSamples(execution.firstRound());
    const [prompt] = execution.prompts as [PromptExecution];
    await execution.runSamples([{ prompt, caseIndex: 1, count: 2 }]);
    await execution.runSamples([{ prompt, caseIndex: 1, count: 1 }]);
    await expect(execution.runSamples([{ prompt, caseIndex: 3, count: 1 }])).rejects.toThrow(RangeError);

    for (const side of [prompt.baseline, prompt.candidate]) {
      expect(side?.cases.map((c) => c.samples.map((s) => s.sample))).toEqual([[0], [0, 1, 2, 3], [0]]);
    }
    expect(prompt.candidate?.cases[1]?.samples.map((s) => s.metrics.contains?.outcome)).toEqual([
      'pass',
      'pass',
      'pass',
      'pass',
    ]);
    // Distinct sample indices keep distinct cache entries.
    expect(gateway.samples.slice(6).sort()).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('records a sample the executor never answers as an error, and pairwise has nothing to compare', async () => {
    const lossy: Executor = {
      ...localExecutor(answer),
      run: (items, onResult) =>
        localExecutor(answer).run(items, (result) => {
          if (!result.key.includes('"c2"')) onResult(result);
        }),
    };
    const [run] = await executeWork(
      [prepareWork(greetPlan([{ type: 'pairwise', rubric: 'r' }], 1, 2), 'judge')],
      { executor: lossy },
    );
    expect(run?.candidate?.cases[1]?.samples[0]).toMatchObject({
      error: 'the executor returned no result for this sample',
      metrics: {},
    });
    expect(run?.pairwise.c2?.pairwise?.outcome).toBe('error');
    expect(run?.pairwise.c1?.pairwise?.verdict).toBe('win');
  });

  it('keeps at most its window of items under way, and answers every item', async () => {
    let under = 0;
    let most = 0;
    const counted = fakeGateway(() => 'Hello');
    const gateway = {
      ...counted,
      async call(...args: Parameters<typeof counted.call>) {
        most = Math.max(most, ++under);
        try {
          return await counted.call(...args);
        } finally {
          under--;
        }
      },
    };
    const plan = greetPlan([{ type: 'contains', value: 'Hello' }], 2, 5);
    const [run] = await executeWork([prepareWork(plan, 'judge')], { executor: localExecutor(gateway, 3) });
    expect(most).toBe(3);
    expect(counted.calls).toHaveLength(20);
    expect(run?.candidate?.cases.map((c) => c.samples.map((s) => s.metrics.contains?.outcome))).toEqual(
      Array.from({ length: 5 }, () => ['pass', 'pass']),
    );
  });

  it('measures a prompt without cases rendered with no variables', async () => {
    const plan = planPrompt({
      id: 'greet',
      path: 'greet.prompt.yaml',
      status: 'added',
      candidate: prompt('greet', 'Hello {{ name | default("you") }}, how are you today?'),
      suites: [],
    });
    const [run] = await executeWork([prepareWork(plan, 'judge')], { executor: localExecutor(answer) });
    expect(run?.candidate?.promptTokens).toBe(Math.ceil('Hello you, how are you today?'.length / 4));
    expect(run?.candidate?.cases).toEqual([]);
  });
});
