/**
 * Performance benchmarks (measurements, not tests):
 *
 *   npm run bench                                    # gateway only: N calls in-process
 *   npm run bench -- --n 400 --latency 200 --concurrency 16
 *   npm run build && npm run bench -- --e2e          # the built CLI end to end, the README table
 *   npm run bench -- --e2e --repeat 5 --only N=2000  # fewer scenarios, more runs
 *   npm run bench -- --e2e --cli ../old/dist/cli.js  # another build, for before/after
 */
import { scriptArgs } from './args.js';
import { runEndToEnd } from './bench/e2e.js';
import { runGatewayBench } from './bench/gateway.js';

const BENCH_USAGE = `usage: npm run bench -- [options]

  (no option)            the gateway in-process: N calls against a fake model
  --n N                  calls (default 400)
  --latency MS           the fake model's latency (default 200)
  --concurrency C        calls in flight (default 16)

  --e2e                  the built CLI end to end (npm run build first): the README table
  --repeat N             runs per scenario, the median is reported (default 3)
  --only NAME            only the scenarios whose name contains NAME (e.g. N=2000)
  --cli PATH             another build's dist/cli.js, for before/after
  --help                 this text
`;

const BENCH_OPTIONS = {
  e2e: { type: 'boolean', default: false },
  repeat: { type: 'string', default: '3' },
  only: { type: 'string' },
  cli: { type: 'string' },
  n: { type: 'string', default: '400' },
  latency: { type: 'string', default: '200' },
  concurrency: { type: 'string', default: '16' },
} as const;

const values = scriptArgs(BENCH_OPTIONS, BENCH_USAGE);

if (values.e2e) {
  await runEndToEnd({ repeat: positiveInteger('repeat', values.repeat), only: values.only, cli: values.cli });
} else {
  await runGatewayBench({
    n: positiveInteger('n', values.n),
    latencyMs: positiveInteger('latency', values.latency),
    concurrency: positiveInteger('concurrency', values.concurrency),
  });
}

function positiveInteger(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    console.error(`--${name} must be a positive integer, got ${value}`);
    process.exit(2);
  }
  return parsed;
}
