/**
 * A realistic pull-request run built in code: many prompts of many cases, some regressed, with
 * case variables, long outputs and the same refusal repeated across cases (the shape that made
 * comments unreadable). Used by the comment, job summary and HTML report tests.
 */
import { buildPromptReport } from '../../src/compare/build.js';
import type { CaseReport, PromptReport, Report } from '../../src/report/types.js';
import type { CaseRun, SampleResult, Side, SideRun } from '../../src/run/types.js';
import {
  compareReport,
  comparison,
  failed,
  makeSideRun,
  policy,
  sample,
  wrapReport,
} from '../compare/builders.js';

export interface ReviewRunOptions {
  prompts?: number;
  cases?: number;
  /** The first `failing` prompts regress. */
  failing?: number;
  /** Length of each model output. */
  outputChars?: number;
}

const METRICS = [
  { name: 'polite', type: 'judge', kind: 'single' as const },
  { name: 'mentions-reset', type: 'contains', kind: 'single' as const },
];

/** The candidate of a regressed prompt refuses this many cases with one identical answer. */
const REFUSED = 14;
/** ...and answers this many more wrongly, each differently. */
const WRONG = 3;

export function reviewRun(options: ReviewRunOptions = {}): Report {
  const { prompts = 30, cases = 20, failing = 20, outputChars = 330 } = options;
  const reports = Array.from({ length: prompts }, (_, i) =>
    promptRun(`team-${String(i + 1).padStart(2, '0')}/support-reply`, cases, i < failing, outputChars),
  );
  return wrapReport(reports);
}

export function promptRun(id: string, cases: number, regressed: boolean, outputChars: number): PromptReport {
  const side = (which: Side): SideRun => ({
    side: which,
    promptId: id,
    path: `prompts/${id}.prompt.yml`,
    contentHash: which === 'baseline' ? 'aaa' : 'bbb',
    model: 'openai:gpt-4o-mini',
    promptTokens: which === 'baseline' ? 420 : 450,
    cases: Array.from({ length: cases }, (_, j) => caseRun(which, j, regressed, outputChars)),
  });
  return buildPromptReport(
    comparison({
      id,
      path: `prompts/${id}.prompt.yml`,
      threshold: 0.8,
      metrics: METRICS,
      baseline: side('baseline'),
      candidate: side('candidate'),
    }),
    policy(),
  );
}

function caseRun(side: Side, j: number, regressed: boolean, outputChars: number): CaseRun {
  const vars = {
    question: `How do I reset the password of account ${1000 + j}? I tried the link in the e-mail twice and it says the token expired. ${'Please help, this is urgent. '.repeat(3)}`,
    customer: { name: `Customer ${j + 1}`, tier: j % 3 === 0 ? 'enterprise' : 'free' },
    context: `Knowledge base article ${j}: `.padEnd(
      1500,
      'Passwords can be reset from Settings > Security. ',
    ),
  };
  return { caseId: `case-${j + 1}`, vars, samples: [outcome(side, j, regressed, outputChars)] };
}

function outcome(side: Side, j: number, regressed: boolean, outputChars: number): SampleResult {
  const good = text(
    `Sure! To reset the password of account ${1000 + j}, open Settings > Security, choose "Reset password" and follow the new link: it is valid for ${j + 10} minutes.`,
    outputChars,
  );
  if (side === 'baseline' || !regressed || j >= REFUSED + WRONG) {
    return sample({ polite: 'pass', 'mentions-reset': 'pass' }, { output: good });
  }
  if (j < REFUSED) {
    const refusal = text(
      'I am sorry, but I cannot help with account security questions. Please contact our support team through the official channels.',
      outputChars,
    );
    return sample({ polite: 'fail', 'mentions-reset': 'fail' }, { output: refusal });
  }
  return sample(
    { polite: 'pass', 'mentions-reset': 'fail' },
    {
      output: text(
        `Account ${1000 + j}: try logging in again later, tokens expire after ${j} hours.`,
        outputChars,
      ),
    },
  );
}

/** Pads a sentence to about `chars` characters, as verbose models do. */
function text(sentence: string, chars: number): string {
  let out = sentence;
  while (out.length < chars) out += ' Let me know if there is anything else I can do for you today.';
  return out.slice(0, chars);
}

export const HOSTILE_OUTPUTS = {
  script: 'Hello <script>document.title = "pwned"; window.__pwned = true;</script> there',
  onerror: '<img src=x onerror="window.__pwned = true"> and "quotes" & \'apostrophes\'',
};

/** A report whose outputs, inputs and names try to inject markup. */
export function hostileReport(): Report {
  const out = (output: string, spec: 'pass' | 'fail'): SampleResult[] => [sample({ tone: spec }, { output })];
  const prompt = compareReport({
    id: 'evil/<b>prompt</b>',
    baseline: makeSideRun('baseline', {
      a: out('Hello there, how can I help?', 'pass'),
      b: out('A polite answer about refunds.', 'pass'),
      c: out('same', 'pass'),
    }),
    candidate: makeSideRun('candidate', {
      a: out(HOSTILE_OUTPUTS.script, 'fail'),
      b: out(HOSTILE_OUTPUTS.onerror, 'fail'),
      c: [failed('HTTP 500: <u id="injected">underlined</u>')],
    }),
  });
  prompt.cases[0] = {
    ...(prompt.cases[0] as CaseReport),
    vars: { '<i>name</i>': '<svg onload="window.__pwned = true">' },
  };
  return wrapReport([prompt]);
}
