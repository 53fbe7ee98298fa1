/**
 * `npm run simulate [-- --runs N]`: false-fail rate and power of the gate per scenario, measured by
 * driving synthetic paired runs through the real gate code (default policy: max_drop 0.05,
 * confidence 0.95, fail-on fail,error). Prints Markdown tables (the README's statistics section
 * quotes them). Seeded: the same command prints the same numbers.
 */
import type { Verdict } from '../src/core/verdict.js';
import {
  defaultPolicy,
  random,
  runAdaptive,
  runPassFail,
  runScore,
  type PassFailScenario,
  type ScoreScenario,
} from './simulation/model.js';
import { scriptArgs } from './args.js';

const values = scriptArgs(
  { runs: { type: 'string', default: '2000' } },
  'usage: npm run simulate -- [--runs N]\n\n  --runs N   simulated runs per cell (default 2000)\n  --help     this text\n',
);
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write(`--runs must be a positive integer, got ${values.runs}\n`);
  process.exit(2);
}
const policy = defaultPolicy();
const MAX_REPEATS = 5;

interface Tally {
  fail: number;
  inconclusive: number;
  reference: number;
}

function passFail(s: PassFailScenario, seed: number, runs = RUNS): Tally {
  const rng = random(seed);
  const tally: Tally = { fail: 0, inconclusive: 0, reference: 0 };
  for (let i = 0; i < runs; i++) {
    const outcome = runPassFail(s, rng, policy);
    count(tally, outcome.verdict);
    if (outcome.referenceFails) tally.reference++;
  }
  return tally;
}

function score(s: ScoreScenario, seed: number): Tally {
  const rng = random(seed);
  const tally: Tally = { fail: 0, inconclusive: 0, reference: 0 };
  for (let i = 0; i < RUNS; i++) count(tally, runScore(s, rng, policy));
  return tally;
}

interface AdaptiveTally {
  fail: number;
  inconclusive: number;
  calls: number;
  /** Runs that ended after round 1, 2, 3, ... */
  ended: number[];
}

async function adaptive(s: Omit<PassFailScenario, 'samples'>, seed: number): Promise<AdaptiveTally> {
  const rng = random(seed);
  const tally: AdaptiveTally = { fail: 0, inconclusive: 0, calls: 0, ended: [] };
  for (let i = 0; i < RUNS; i++) {
    const outcome = await runAdaptive(s, MAX_REPEATS, rng, policy);
    count(tally, outcome.verdict);
    tally.calls += outcome.calls;
    tally.ended[outcome.rounds - 1] = (tally.ended[outcome.rounds - 1] ?? 0) + 1;
  }
  return tally;
}

function count(tally: Pick<Tally, 'fail' | 'inconclusive'>, verdict: Verdict): void {
  if (verdict === 'fail') tally.fail++;
  if (verdict === 'inconclusive') tally.inconclusive++;
}

const pct = (k: number, n = RUNS) => `${((100 * k) / n).toFixed(1)}%`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const rule = (columns: number) => row(Array.from({ length: columns }, () => '---'));

const out: string[] = [];
out.push(`Runs per cell: ${RUNS}. Default policy: max_drop 0.05, confidence 0.95.`, '');

out.push('### No-change pull request (false fails)', '');
out.push(row(['cases', 'noise', 'samples', 'threshold', 'fail', 'inconclusive']), rule(6));
let seed = 1;
for (const threshold of [0, 1]) {
  for (const cases of [20, 50, 100, 400]) {
    for (const noise of [0.05, 0.1]) {
      for (const samples of [1, 3]) {
        const t = passFail({ cases, noise, samples, broken: 0, threshold }, seed++);
        out.push(
          row([
            cases,
            pct(noise * 100, 100),
            samples,
            threshold === 1 ? '1 (GitHub Models)' : '0',
            pct(t.fail),
            pct(t.inconclusive),
          ]),
        );
      }
    }
  }
}

out.push(
  '',
  '### 10% of cases broken (power), against the exact one-sided McNemar test on the same data',
  '',
);
out.push(row(['cases', 'noise', 'samples', 'gate fails', 'exact McNemar fails', 'inconclusive']), rule(6));
for (const cases of [20, 50, 100, 400]) {
  for (const noise of [0.05, 0.1]) {
    for (const samples of [1, 3]) {
      const t = passFail({ cases, noise, samples, broken: Math.round(cases / 10), threshold: 0 }, seed++);
      out.push(
        row([cases, pct(noise * 100, 100), samples, pct(t.fail), pct(t.reference), pct(t.inconclusive)]),
      );
    }
  }
}

out.push('', '### Continuous scores (a judge rating), every case shifted', '');
out.push(row(['cases', 'mean change', 'sd of change', 'fail', 'inconclusive']), rule(5));
for (const s of [
  { cases: 20, shift: -0.1, sd: 0.02 },
  { cases: 20, shift: 0, sd: 0.05 },
  { cases: 8, shift: -0.1, sd: 0.02 },
  { cases: 100, shift: -0.05, sd: 0.1 },
  { cases: 100, shift: 0, sd: 0.1 },
]) {
  const t = score(s, seed++);
  out.push(row([s.cases, s.shift.toFixed(2), s.sd.toFixed(2), pct(t.fail), pct(t.inconclusive)]));
}

out.push('', '### GitHub Models prompt, 100 cases, 5% noise, threshold 1: twenty seeds', '');
out.push(row(['change', 'fail', 'inconclusive', 'pass']), rule(4));
for (const [name, broken] of [
  ['harmless rewording', 0],
  ['10% of cases broken', 10],
] as const) {
  const verdicts = Array.from({ length: 20 }, (_, i) => {
    const outcome = runPassFail(
      { cases: 100, noise: 0.05, samples: 1, broken, threshold: 1 },
      random(1000 + i),
      policy,
    );
    return outcome.verdict;
  });
  const n = (v: Verdict) => verdicts.filter((x) => x === v).length;
  out.push(row([name, `${n('fail')} of 20`, `${n('inconclusive')} of 20`, `${n('pass')} of 20`]));
}

out.push(
  '',
  `### \`repeat: auto\` (max_repeats ${MAX_REPEATS}): one sample per case, then only the uncertain cases`,
  '',
);
out.push(
  row(['cases', 'noise', 'change', 'threshold', 'fail', 'inconclusive', 'calls', 'ended in round 1 / 2 / 3']),
  rule(8),
);
const adaptiveCells = [
  ...[0, 1].flatMap((threshold) =>
    [20, 50, 100, 400].flatMap((cases) =>
      [0.05, 0.1].map((noise) => ({ cases, noise, broken: 0, threshold })),
    ),
  ),
  ...[20, 50, 100, 400].flatMap((cases) =>
    [0.05, 0.1].map((noise) => ({ cases, noise, broken: Math.round(cases / 10), threshold: 0 })),
  ),
];
for (const s of adaptiveCells) {
  const t = await adaptive(s, seed++);
  out.push(
    row([
      s.cases,
      pct(s.noise * 100, 100),
      s.broken > 0 ? '10% of cases broken' : 'none',
      s.threshold === 1 ? '1 (GitHub Models)' : '0',
      pct(t.fail),
      pct(t.inconclusive),
      `${(t.calls / RUNS / (2 * s.cases)).toFixed(2)}x`,
      [0, 1, 2].map((k) => pct(t.ended[k] ?? 0)).join(' / '),
    ]),
  );
}

process.stdout.write(`${out.join('\n')}\n`);
