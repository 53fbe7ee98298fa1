import { describe, expect, it } from 'vitest';
import { DATA_TAGS, readDataBlock } from '../../src/metrics/judge/protocol.js';
import { parseMetricSpec } from '../../src/metrics/registry.js';
import type { ParseContext } from '../../src/metrics/types.js';
import type { PromptFile } from '../../src/prompts/types.js';
import type { CallResult, ChatRequest, ModelGateway, UsageTotals } from '../../src/providers/types.js';
import { emptyUsageTotals } from '../../src/providers/usage.js';
import { executePlans } from '../../src/run/execute.js';
import { planPrompt, selectShard, type PromptPlan } from '../../src/run/plan.js';
import type { Suite } from '../../src/suites/types.js';

const context: ParseContext = {
  location: { file: 's.eval.yaml' },
  readFile: () => undefined,
  addDependency: () => undefined,
};

function prompt(id: string, text: string): PromptFile {
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

function suite(promptId: string, caseCount: number, metrics: unknown[], repeat = 1): Suite {
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
    metrics: metrics.map((m) => parseMetricSpec(m, context, (m as { type: string }).type)),
    threshold: 1,
    repeat,
    dependencies: [],
  };
}

/** A gateway double: answers with a function of the rendered prompt, after a delay that reverses completion order. */
function fakeGateway(
  answer: (request: Omit<ChatRequest, 'model'>, ref: string) => CallResult | string,
): ModelGateway & { calls: string[] } {
  const calls: string[] = [];
  let pending = 0;
  return {
    calls,
    async call(ref, request) {
      calls.push(ref);
      const delay = 20 - (pending++ % 20);
      await new Promise((r) => setTimeout(r, delay));
      const result = answer(request, ref);
      return typeof result === 'string'
        ? {
            ok: true,
            text: result,
            usage: { inputTokens: 3, outputTokens: 2 },
            costUsd: 0.001,
            latencyMs: delay,
            cached: false,
          }
        : result;
    },
    check: () => undefined,
    describe: (ref) => `fake:${ref}`,
    usage: (): UsageTotals => emptyUsageTotals(),
  };
}

describe('executePlans', () => {
  it('runs every sample of both sides and keeps case order regardless of completion order', async () => {
    const plan = planPrompt({
      id: 'greet',
      path: 'greet.prompt.yaml',
      status: 'modified',
      baseline: prompt('greet', 'Hi {{ name }}'),
      candidate: prompt('greet', 'Hello {{ name }}'),
      suites: [suite('greet', 5, [{ type: 'contains', value: 'Hello' }], 2)],
    });
    const gateway = fakeGateway((request) => `${request.messages[0]?.content ?? ''}!`);
    const progress: number[] = [];
    const [run] = await executePlans([plan], {
      gateway,
      judgeModel: 'judge',
      onProgress: (done) => progress.push(done),
    });

    expect(gateway.calls).toHaveLength(20); // 5 cases x 2 samples x 2 sides
    expect(progress.at(-1)).toBe(20);
    expect(run?.candidate?.cases.map((c) => c.caseId)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(run?.candidate?.cases[2]?.samples.map((s) => s.output)).toEqual(['Hello n3!', 'Hello n3!']);
    expect(run?.candidate?.cases[0]?.samples[0]?.metrics.contains?.outcome).toBe('pass');
    expect(run?.baseline?.cases[0]?.samples[0]?.metrics.contains?.outcome).toBe('fail');
  });

  it('turns a failed call into an error sample (never a pass) and a baseline that cannot render into errors', async () => {
    const plan = planPrompt({
      id: 'greet',
      path: 'greet.prompt.yaml',
      status: 'modified',
      baseline: prompt('greet', 'Hi {{ missing }}'),
      candidate: prompt('greet', 'Hello {{ name }}'),
      suites: [suite('greet', 2, [{ type: 'contains', value: 'Hello' }])],
    });
    const gateway = fakeGateway((request) =>
      String(request.messages[0]?.content).includes('n2')
        ? { ok: false, error: 'HTTP 500 after 4 attempts', attempts: 4, latencyMs: 5 }
        : 'Hello',
    );
    const [run] = await executePlans([plan], { gateway, judgeModel: 'judge' });
    const failed = run?.candidate?.cases[1]?.samples[0];
    expect(failed?.error).toBe('HTTP 500 after 4 attempts');
    expect(failed?.output).toBeUndefined();
    expect(failed?.metrics).toEqual({});
    expect(run?.baseline?.cases[0]?.samples[0]?.error).toMatch(
      /render failed: .*undefined variable `missing`/,
    );
    expect(gateway.calls).toHaveLength(2); // the unrenderable baseline makes no call
  });

  it('runs pairwise metrics on the first outputs of both sides', async () => {
    const plan = planPrompt({
      id: 'greet',
      path: 'greet.prompt.yaml',
      status: 'modified',
      baseline: prompt('greet', 'Hi {{ name }}'),
      candidate: prompt('greet', 'Hello {{ name }}'),
      suites: [suite('greet', 1, [{ type: 'pairwise', rubric: 'friendlier' }])],
    });
    // The judge prefers whichever position holds the candidate's "Hello": a consistent win.
    const gateway = fakeGateway((request, ref) => {
      if (ref !== 'judge') return String(request.messages[0]?.content);
      const text = request.messages.at(-1)?.content ?? '';
      const a = readDataBlock(text, DATA_TAGS.outputA) ?? '';
      return JSON.stringify({ reasoning: 'r', winner: a.includes('Hello') ? 'A' : 'B' });
    });
    const [run] = await executePlans([plan], { gateway, judgeModel: 'judge' });
    expect(run?.pairwise.c1?.pairwise).toMatchObject({ verdict: 'win', score: 1 });
  });
});

describe('sharding', () => {
  const plans: PromptPlan[] = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
    planPrompt({
      id,
      path: `${id}.prompt.yaml`,
      status: 'unchanged',
      candidate: prompt(id, 'x'),
      suites: [suite(id, i + 1, [{ type: 'contains', value: 'x' }])],
    }),
  );

  it('splits whole prompts deterministically into disjoint shards that cover the plan', () => {
    const shards = [1, 2, 3].map((i) => selectShard(plans, i, 3).map((p) => p.id));
    expect(shards.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(new Set(shards.flat()).size).toBe(5);
    expect(
      [1, 2, 3].map((i) =>
        selectShard([...plans].reverse(), i, 3)
          .map((p) => p.id)
          .sort(),
      ),
    ).toEqual(shards.map((s) => [...s].sort()));
  });
});
