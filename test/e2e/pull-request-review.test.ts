/**
 * What a reviewer sees on a realistic pull request that touches five prompts at once: one regresses,
 * one improves, one drops by too little to tell, one suite file is broken, and one prompt names a
 * model the provider does not know. The action runs in-process as a runner starts it (event payload,
 * a real git repository, fake OpenAI and GitHub servers on 127.0.0.1).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { runActionInProcess, type ActionResult } from '../helpers/in-process.js';

const prompt = (id: string, version: string, policy: string, model = 'gpt-4o-mini') =>
  `id: ${id}\nversion: ${version}\nmodel: ${model}\nmessages:\n  - role: system\n    content: "${policy}"\n  - role: user\n    content: "{{ question }}"\n`;

const REFUND = '  - name: mentions refund\n    type: contains\n    value: refund\n    ignoreCase: true';
const HELLO = '  - name: greets\n    type: starts-with\n    value: Hello';
const suite = (id: string, cases: number, metric: string) =>
  `prompt: ${id}\nthreshold: 0.5\nmetrics:\n${metric}\ncases:\n${Array.from(
    { length: cases },
    (_, i) =>
      `  - id: ${id}-${i + 1}\n    vars: { question: "case ${i + 1}: charged twice for order ${1000 + i}" }`,
  ).join('\n')}\n`;

/** The fake model follows a policy word in the system prompt, per case number. */
function answer(system: string, n: number): string {
  if (system.includes('ALWAYS-REFUND')) return `Sorry about case ${n}; we will refund you.`;
  if (system.includes('SHORT')) return n % 5 === 0 ? `refund for ${n}` : `Noted case ${n}.`;
  if (system.includes('MOSTLY-REFUND')) return n === 3 ? `Noted case ${n}.` : `refund ${n}`;
  if (system.includes('GREET-SOMETIMES')) return n % 2 ? `Hello there ${n}` : `Yo ${n}`;
  return `Hello there ${n}`;
}

describe('a pull request that changes five prompts', () => {
  let model: FakeServer;
  let github: FakeGitHub;
  let repo: TempRepo;
  let run: ActionResult;

  beforeAll(async () => {
    model = await startFakeOpenAI({
      reply: (body) => {
        const user = JSON.stringify(body.messages.at(-1)?.content ?? '');
        return answer(JSON.stringify(body.messages[0]?.content ?? ''), Number(/case (\d+)/.exec(user)?.[1]));
      },
      failures: (request) =>
        (request.body as { model?: string } | undefined)?.model === 'gpt-4o-mni'
          ? { status: 404, message: 'The model `gpt-4o-mni` does not exist or you do not have access to it.' }
          : undefined,
    });
    github = await startFakeGitHub();
    repo = createTempRepo();
    const base = repo.commit(
      {
        'promptgate.yaml': 'models:\n  "gpt-*": openai\ncache: { mode: off }\n',
        'prompts/billing.prompt.yaml': prompt('billing', '1.0.0', 'ALWAYS-REFUND'),
        'evals/billing.eval.yaml': suite('billing', 20, REFUND),
        'prompts/greet.prompt.yaml': prompt('greet', '1.0.0', 'GREET-SOMETIMES'),
        'evals/greet.eval.yaml': suite('greet', 10, HELLO),
        'prompts/tone.prompt.yaml': prompt('tone', '1.0.0', 'ALWAYS-REFUND'),
        'evals/tone.eval.yaml': suite('tone', 10, REFUND),
        'prompts/faq.prompt.yaml': prompt('faq', '1.0.0', 'ALWAYS-REFUND'),
        'evals/faq.eval.yaml': suite('faq', 5, REFUND),
        'prompts/translate.prompt.yaml': prompt('translate', '1.0.0', 'ALWAYS-REFUND'),
        'evals/translate.eval.yaml': suite('translate', 5, REFUND),
      },
      'base',
    );
    repo.git('checkout', '-q', '-b', 'edit');
    const head = repo.commit(
      {
        'prompts/billing.prompt.yaml': prompt('billing', '1.0.1', 'SHORT'),
        'prompts/greet.prompt.yaml': prompt('greet', '1.1.0', 'GREET-ALWAYS'),
        'prompts/tone.prompt.yaml': prompt('tone', '1.0.1', 'MOSTLY-REFUND'),
        'evals/faq.eval.yaml': suite('faq', 5, REFUND).replace('threshold: 0.5', 'threshold: [0.5'),
        'prompts/translate.prompt.yaml': prompt('translate', '1.0.1', 'ALWAYS-REFUND', 'gpt-4o-mni'),
      },
      'edit five prompts',
    );
    const event = join(repo.dir, '..', `event-review-${head.slice(0, 7)}.json`);
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 7,
          base: { sha: base, ref: 'main', repo: { full_name: 'acme/prompts' } },
          head: { sha: head, ref: 'edit', repo: { full_name: 'acme/prompts' } },
        },
        repository: { default_branch: 'main' },
      }),
    );
    run = await runActionInProcess({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_REPOSITORY: 'acme/prompts',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '42',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: head,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_API_URL: github.url,
      'INPUT_GITHUB-TOKEN': 'ghs_fake_token',
      INPUT_MODE: 'auto',
      'INPUT_REPORT-PATH': 'promptgate-report.json',
      'INPUT_REPORT-ARTIFACT': 'promptgate-report',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: `${model.url}/v1`,
    });
  });
  afterAll(async () => {
    repo.remove();
    await github.close();
    await model.close();
  });

  const comment = () => github.state.comments[0]?.body ?? '';

  it('names in the headline which prompts failed, errored and cannot tell, and how much the worst regressed', () => {
    expect(run.code).toBe(1);
    expect(github.state.comments).toHaveLength(1);
    expect(comment().split('\n')[1]).toBe(
      '## ⚠️ promptgate ERROR: 2 of 5 prompts failed the gate (`billing`, `evals/faq.eval.yaml`), ' +
        '1 of 5 prompts had errors (`translate`), 1 of 5 prompts inconclusive (`tone`); ' +
        'worst `billing`: pass rate 100.0% → 20.0% (-80.0 pts; 16 of 20 cases pass → fail on `mentions refund`)',
    );
    // The failed step says the same, so the checks page names the errored prompt too.
    expect(run.stdout).toContain(
      '::error::promptgate: ERROR: 2 of 5 prompts failed the gate (`billing`, `evals/faq.eval.yaml`), 1 of 5 prompts had errors (`translate`)',
    );
  });

  it('states p-values as people read them, the same in the table and the gate rules', () => {
    expect(comment()).toContain('16 pass → fail, 0 fail → pass; p &lt; 0.0001) | ❌ fail |');
    expect(comment()).toContain('one-sided p &lt; 0.0001, 90% CI -90.7 to -58.5 pts');
    expect(comment()).not.toMatch(/p = &lt;|p = \d\.\de-\d/);
  });

  it('links the HTML report and claims no trimming in a comment far below the limit', () => {
    expect(comment()).toContain(
      '📄 [HTML report](https://github.com/acme/prompts/actions/runs/42#artifacts)',
    );
    expect(comment().length).toBeLessThan(20_000);
    expect(comment()).not.toContain('trimmed');
    expect(comment()).toContain('…and 8 more cases in the full report.');
  });

  it('reports the broken suite once, with its line, and its prompt as not evaluated', () => {
    expect(comment()).toContain(
      "- `faq` (prompts/faq.prompt.yaml): not evaluated: its suite `evals/faq.eval.yaml` could not be loaded (see that file's error)",
    );
    expect(comment()).toMatch(
      /### ❌ `evals\/faq\.eval\.yaml` · modified\n\n`evals\/faq\.eval\.yaml`\n\n- could not be loaded: evals\/faq\.eval\.yaml:3:1: /,
    );
    expect(comment()).not.toContain('cases were removed');
    expect(run.stdout).toContain(
      '::error file=evals/faq.eval.yaml,title=promptgate%3A evals/faq.eval.yaml could not be loaded::',
    );
  });

  it('sets `changed-prompts` once, to the prompts it evaluated (the broken suite is no prompt)', () => {
    const values = [...run.outputs.matchAll(/^changed-prompts<<ghadelimiter\n(.*)\n/gm)].map((m) => m[1]);
    expect(values).toHaveLength(1);
    expect(JSON.parse(values[0] ?? '') as unknown).toEqual(['billing', 'greet', 'tone', 'translate']);
  });

  it('lists the prompts worst-first in the HTML summary table, in the same order as the comment', () => {
    const html = readFileSync(join(repo.dir, 'promptgate-report.html'), 'utf8');
    const table = /<table class="summary">(.*?)<\/table>/s.exec(html)?.[1] ?? '';
    const htmlOrder = [...table.matchAll(/<a href="#p(\d+)"><code>([^<]*)<\/code>/g)].map((m) => m[2]);
    const commentOrder = [...comment().matchAll(/^\| \S+ \| `([^`]+)` \| \w+ \| \d+ \|/gm)].map((m) => m[1]);
    expect(htmlOrder).toEqual(['translate', 'billing', 'evals/faq.eval.yaml', 'tone', 'greet']);
    expect(htmlOrder).toEqual(commentOrder);
    // Each row still links to its own prompt's section.
    const link = /<a href="#(p\d+)"><code>greet<\/code>/.exec(table)?.[1] ?? '';
    expect(html).toMatch(new RegExp(`id="${link}"[^>]*>[\\s\\S]{0,400}greet`));
  });

  it('shows the unknown model once per row, as the error its cases share', () => {
    const row = comment()
      .split('\n')
      .find((line) => line.startsWith('| `translate-'));
    expect(row).toContain('<br>error<br>same error for 5 cases |');
    expect(row?.match(/does not exist/g)).toHaveLength(1);
  });

  it('keeps the improvement and the inconclusive drop apart from the failures', () => {
    expect(comment()).toContain('| ✅ | `greet` | modified | 10 | 50.0% → 100.0% |');
    expect(comment()).toContain('| ❔ | `tone` | modified | 10 | 100.0% → 90.0% |');
    expect(run.stdout).toContain(
      '::warning file=prompts/tone.prompt.yaml,title=promptgate%3A tone inconclusive::',
    );
  });
});
