import { describe, expect, it } from 'vitest';
import { DATA_TAGS, readDataBlock } from '../../src/metrics/judge/protocol.js';
import { planPrompt, type PromptPlan } from '../../src/run/plan.js';
import { parseShard, selectShard } from '../../src/run/shard.js';
import { UsageError } from '../../src/errors.js';
import { executePlans, fakeGateway, prompt, suite } from '../helpers/run-fixtures.js';

describe('executeWork', () => {
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

  it('reads I/N and refuses anything else with a usage error', () => {
    expect(parseShard(' 2/3 ')).toEqual({ index: 2, total: 3 });
    for (const text of ['0/3', '4/3', '1/0', '1-3', 'a/b', '']) {
      expect(() => parseShard(text)).toThrow(UsageError);
    }
  });
});
