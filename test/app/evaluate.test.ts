/** The application layer with every edge in memory: snapshots, a fixed clock, the offline model. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluateDeps } from '../../src/app/evaluate.js';
import type { Repository } from '../../src/repo/repository.js';
import { MemorySnapshot } from '../../src/repo/snapshot.js';
import type { UsageTotals } from '../../src/providers/types.js';
import type { Executor } from '../../src/run/executor.js';
import { createLocalExecutor } from '../../src/run/local-executor.js';
import type { WorkItem, WorkResult } from '../../src/run/work.js';

const prompt = (version: string, greeting: string) =>
  `id: greet\nversion: ${version}\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "${greeting} {{ name }}"\n`;
const SUITE = `prompt: greet\nmetrics:\n  - type: contains\n    value: Hello\ncases:\n${[
  'Ada',
  'Grace',
  'Linus',
  'Barbara',
  'Edsger',
]
  .map((name) => `  - vars: { name: ${name} }`)
  .join('\n')}\n`;
const CONFIG = 'cache: { mode: off }\n';

function memoryRepository(base: Record<string, string>, head: Record<string, string>): Repository {
  return {
    workingTree: () => new MemorySnapshot(head, 'working tree'),
    compareRange: (baseRef, headRef) =>
      Promise.resolve({
        baseSha: `sha-of-${baseRef}`,
        headSha: `sha-of-${headRef ?? 'HEAD'}`,
        base: new MemorySnapshot(base, baseRef),
        head: new MemorySnapshot(head, headRef ?? 'working tree'),
        renames: new Map(),
      }),
    pullRequestSnapshots: (baseRef) =>
      Promise.resolve({ trusted: new MemorySnapshot(base, baseRef), head: new MemorySnapshot(head, 'HEAD') }),
  };
}

const deps = (repository: Repository, plans: string[][] = []): EvaluateDeps => ({
  root: '/nonexistent',
  repository,
  env: {},
  clock: () => new Date('2026-01-02T03:04:05Z'),
  progress: { onPlan: (p) => void plans.push(p.map((plan) => plan.id)) },
});

describe('evaluate', () => {
  const base = {
    'promptgate.yaml': CONFIG,
    'greet.prompt.yaml': prompt('1.0.0', 'Hello'),
    'greet.eval.yaml': SUITE,
  };

  it('compares the changed prompt on both sides and fails a regression', async () => {
    const head = { ...base, 'greet.prompt.yaml': prompt('1.1.0', 'Bye') };
    const plans: string[][] = [];
    const { report, config, project } = await evaluate(
      { mode: 'compare', base: 'main', head: 'edit' },
      deps(memoryRepository(base, head), plans),
    );
    expect(plans).toEqual([['greet']]);
    expect(report).toMatchObject({
      mode: 'compare',
      verdict: 'fail',
      base: { ref: 'main', sha: 'sha-of-main' },
      head: { ref: 'edit', sha: 'sha-of-edit' },
      generatedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(report.prompts[0]).toMatchObject({ id: 'greet', status: 'modified', verdict: 'fail' });
    expect(config.cache.mode).toBe('off');
    expect(project.prompts.map((p) => p.version)).toEqual(['1.1.0']);
  });

  it('makes no call and passes when nothing relevant changed', async () => {
    const head = { ...base, 'README.md': '# docs' };
    const plans: string[][] = [];
    const { report } = await evaluate(
      { mode: 'compare', base: 'main' },
      deps(memoryRepository(base, head), plans),
    );
    expect(plans).toEqual([[]]);
    expect(report.verdict).toBe('pass');
    expect(report.usage.calls).toBe(0);
    expect(report.head?.ref).toBe('working tree');
  });

  it('evaluates every prompt of the working tree on its thresholds', async () => {
    const { report } = await evaluate({ mode: 'eval' }, deps(memoryRepository({}, base)));
    expect(report).toMatchObject({ mode: 'eval', verdict: 'pass' });
    expect(report.prompts[0]?.metrics[0]?.candidate?.passRate).toBe(1);
  });

  it("evaluates a pull request's working tree under the base's gate, or the defaults when the base has no config", async () => {
    const loosened = {
      ...base,
      'promptgate.yaml': `${CONFIG}gate: { min_pass_rate: 0 }\n`,
      'greet.prompt.yaml': prompt('1.1.0', 'Bye'),
    };
    for (const trusted of [base, {}]) {
      const { report, config } = await evaluate(
        { mode: 'eval', trustedBase: 'main' },
        deps(memoryRepository(trusted, loosened)),
      );
      expect(report).toMatchObject({ mode: 'eval', verdict: 'fail', headConfigNotApplied: ['gate'] });
      expect(config.gate.minPassRate).toBeUndefined();
    }
    const trusting = await evaluate({ mode: 'eval' }, deps(memoryRepository(base, loosened)));
    expect(trusting.report.verdict).toBe('pass');
  });

  it('says where it looked when no prompt file matches, as in a promptfoo project', async () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`../fixtures/promptfoo-style/${name}`, import.meta.url), 'utf8');
    const promptfoo = {
      'promptfooconfig.yaml': fixture('promptfooconfig.yaml'),
      'prompts/greet.txt': fixture('prompts/greet.txt'),
    };
    const { report } = await evaluate({ mode: 'eval' }, deps(memoryRepository({}, promptfoo)));
    expect(report).toMatchObject({ verdict: 'pass', prompts: [] });
    expect(report.warnings).toEqual([
      'no prompt file matches `prompts` (**/*.prompt.yml, **/*.prompt.yaml), so nothing was evaluated: set `prompts:` in promptgate.yaml to where your GitHub Models `.prompt.yml` files or promptgate prompt files are',
    ]);
  });

  it('passes a GitHub Models file with test data and no evaluators as gh does, and says it checks nothing', async () => {
    const file = readFileSync(
      new URL('../fixtures/gh-compat/no-evaluators.prompt.yml', import.meta.url),
      'utf8',
    );
    const { report } = await evaluate(
      { mode: 'eval', offline: true },
      deps(memoryRepository({}, { 'prompts/hello.prompt.yml': file })),
    );
    expect(report.verdict).toBe('pass');
    expect(report.usage.calls).toBe(2);
    expect(report.warnings).toEqual([
      'prompts/hello.prompt.yml: `testData` but no `evaluators`, so each test passes once the model answers, as in gh; add a check, e.g. `- name: mentions it` with `string: { contains: "{{expected}}" }`',
    ]);
  });

  it('runs through an injected executor: results recorded as JSON replay a whole compare with no model', async () => {
    const head = { ...base, 'greet.prompt.yaml': prompt('1.1.0', 'Bye') };
    const repository = memoryRepository(base, head);
    // First run: the offline model in this process, every result written down as a worker would send it.
    const recorded: WorkResult[] = [];
    let usage: UsageTotals | undefined;
    const live = await evaluate(
      { mode: 'compare', base: 'main', head: 'edit', offline: true },
      {
        ...deps(repository),
        executor: (config, options) => {
          const local = createLocalExecutor(config, options);
          return {
            ...local,
            run: (items, onResult) => local.run(items, (r) => (recorded.push(r), onResult(r))),
            usage: () => (usage = local.usage()),
          };
        },
      },
    );
    const file = JSON.stringify({ results: recorded, usage });

    // Second run: no gateway at all; results come back from the file by key.
    const saved = JSON.parse(file) as { results: WorkResult[]; usage: UsageTotals };
    const byKey = new Map(saved.results.map((r) => [r.key, r]));
    const asked: WorkItem[] = [];
    const replay: Executor = {
      run: (items, onResult) => {
        asked.push(...items);
        for (const item of items) {
          const result = byKey.get(item.key);
          if (result) onResult(result);
        }
        return Promise.resolve();
      },
      check: () => undefined,
      describe: (ref) => `replayed:${ref}`,
      // The results it replays came from the offline model.
      isOffline: () => true,
      usage: () => saved.usage,
    };
    const replayed = await evaluate(
      { mode: 'compare', base: 'main', head: 'edit' },
      { ...deps(repository), executor: () => replay },
    );

    expect(asked).toHaveLength(10); // 5 cases x 2 sides, one sample each
    expect(asked.every((item) => item.kind === 'sample' && item.model === 'offline:echo')).toBe(true);
    expect(replayed.report.verdict).toBe('fail');
    // The run knew from its routing that the offline model answered, not from the label.
    expect(live.report.prompts.map((p) => p.offline)).toEqual([true]);
    const strip = (r: typeof live.report) =>
      JSON.stringify({ ...r, prompts: r.prompts.map((p) => ({ ...p, model: '' })) });
    expect(strip(replayed.report)).toBe(strip(live.report));
  });
});
