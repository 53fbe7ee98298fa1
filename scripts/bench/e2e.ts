/**
 * The end-to-end bench: the built CLI (dist/cli.js) as a child process, start to exit, against the
 * in-repo fake OpenAI server with a fixed latency, at the sizes of the performance targets. Every
 * scenario runs `repeat` times; the table shows medians (this is a shared machine: noisy).
 */
import { rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { startFakeOpenAI } from '../../test/fakes/openai-server.js';
import type { FakeServer } from '../../test/fakes/llm-server.js';
import { configYaml, createEvalRepo, createHistoryRepo, promptYaml, suiteYaml } from './fixtures.js';
import { DEFAULT_CLI, runCli, type ProcessRun } from './measure.js';

interface Sample {
  wallMs: number;
  peakRssMb?: number;
  cpuMs?: number;
  maxInFlight?: number;
  /** TCP connections the server accepted: near C when keep-alive reuses them. */
  connections?: number;
  /** Start of the process to the first request at the fake server. */
  firstCallMs?: number;
}

interface Scenario {
  name: string;
  /** N*L/C, when the work is bounded by model latency. */
  idealMs?: number;
  target: string;
  setUp(): Promise<Prepared>;
}

/** A scenario ready to run: `sample` measures one run, `tearDown` removes what `setUp` made. */
interface Prepared {
  sample: () => Promise<Sample>;
  tearDown: () => Promise<void>;
}

const QUIET = ['--quiet', '--no-color'];
/** The CLI every scenario runs (set once per bench run). */
let cli = DEFAULT_CLI;

export async function runEndToEnd(options: { repeat: number; only?: string; cli?: string }): Promise<void> {
  cli = options.cli ?? DEFAULT_CLI;
  const scenarios = allScenarios().filter((s) => !options.only || s.name.includes(options.only));
  console.log(`${cli}: ${machineNote(options.repeat)}`);
  console.log('');
  console.log(
    '| work | ideal | wall (median) | wall / ideal | CPU (user+sys) | peak RSS | max in flight | target |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const scenario of scenarios) {
    const { sample, tearDown } = await scenario.setUp();
    const samples: Sample[] = [];
    try {
      for (let i = 0; i < options.repeat; i++) samples.push(await sample());
    } finally {
      await tearDown();
    }
    console.log(row(scenario, samples));
  }
}

function allScenarios(): Scenario[] {
  return [
    flagScenario('--version'),
    flagScenario('--help'),
    evalScenario({ cases: 1, latencyMs: 0, concurrency: 4, target: '<= 0.30 s' }),
    evalScenario({ cases: 200, latencyMs: 200, concurrency: 4, target: '' }),
    evalScenario({ cases: 400, latencyMs: 200, concurrency: 16, target: '<= 1.05x' }),
    evalScenario({ cases: 200, latencyMs: 200, concurrency: 32, target: '<= 1.30x' }),
    evalScenario({ cases: 2000, latencyMs: 50, concurrency: 64, target: '<= 1.30x, <= 120 MB' }),
    cachedScenario(2000),
    compareScenario({ prompts: 1000, commits: 5000 }),
  ];
}

function flagScenario(flag: string): Scenario {
  return {
    name: `\`promptgate ${flag}\``,
    target: '<= 0.08 s',
    setUp() {
      const sample = async () => measured(await runCli(cli, [flag], process.cwd(), process.env), 0);
      return Promise.resolve({ sample, tearDown: () => Promise.resolve() });
    },
  };
}

function evalScenario(shape: {
  cases: number;
  latencyMs: number;
  concurrency: number;
  target: string;
}): Scenario {
  const { cases, latencyMs, concurrency } = shape;
  const name = cases === 1 ? '1 case, L=0 (start-up)' : `N=${cases} L=${latencyMs} C=${concurrency}`;
  return {
    name,
    idealMs: (cases * latencyMs) / concurrency,
    target: shape.target,
    async setUp() {
      const dir = await createEvalRepo(benchProject(cases, concurrency));
      const sample = async () => {
        // A fresh server per run, so its in-flight high-water mark is this run's.
        const server = await startFakeOpenAI({ latencyMs, reply: () => 'ok' });
        try {
          const run = await runCli(cli, ['eval', '--no-cache', ...QUIET], dir, envFor(server));
          return measured(run, cases, server);
        } finally {
          await server.close();
        }
      };
      return { sample, tearDown: () => rm(dir, { recursive: true, force: true }) };
    },
  };
}

/** Every answer comes from the disk cache: a warm-up run fills it, the measured runs make no call. */
function cachedScenario(cases: number): Scenario {
  return {
    name: `cached re-run, ${cases.toLocaleString('en')} cases`,
    target: '<= 0.5 s',
    async setUp() {
      const dir = await createEvalRepo(benchProject(cases, 64));
      const server = await startFakeOpenAI({ reply: () => 'ok' });
      measured(await runCli(cli, ['eval', ...QUIET], dir, envFor(server)), cases, server);
      const sample = async () => {
        const before = server.requests.length;
        const run = await runCli(cli, ['eval', ...QUIET], dir, envFor(server));
        // No request arrived (checked), so none was in flight during this run.
        return { ...measured(run, before, server), maxInFlight: 0, connections: undefined };
      };
      const tearDown = async () => {
        await server.close();
        await rm(dir, { recursive: true, force: true });
      };
      return { sample, tearDown };
    },
  };
}

/**
 * `compare --base main` on a pull request branch over a long history: the time to the first model
 * call is discovery (git, loading both snapshots, diffing, planning); the changed prompts' few cases
 * follow. The head is the checked-out working tree, as in a CI job after actions/checkout.
 */
function compareScenario(shape: { prompts: number; commits: number }): Scenario {
  const history = { ...shape, casesPerSuite: 3, promptsChanged: 3 };
  // Both sides of each revised prompt run its cases; the prompt whose suite changed runs one more case.
  const requests = 2 * (history.promptsChanged * history.casesPerSuite + history.casesPerSuite + 1);
  return {
    name: `\`compare\` discovery, ${shape.prompts.toLocaleString('en')} prompts, ${shape.commits.toLocaleString('en')} commits`,
    target: '<= 1 s to first call',
    async setUp() {
      const dir = await createHistoryRepo(history, {
        concurrency: 8,
        prompts: 'prompts/*.prompt.yaml',
        suites: 'prompts/*.eval.yaml',
      });
      const sample = async () => {
        const server = await startFakeOpenAI({ reply: () => 'ok' });
        try {
          const run = await runCli(
            cli,
            ['compare', '--base', 'main', '--no-cache', ...QUIET],
            dir,
            envFor(server),
          );
          const sample = measured(run, requests, server);
          const first = server.requests[0];
          return { ...sample, firstCallMs: first ? first.receivedAt - run.startedAt : undefined };
        } finally {
          await server.close();
        }
      };
      return { sample, tearDown: () => rm(dir, { recursive: true, force: true }) };
    },
  };
}

function benchProject(cases: number, concurrency: number): Record<string, string> {
  return {
    'promptgate.yaml': configYaml({ concurrency, prompts: '*.prompt.yaml', suites: '*.eval.yaml' }),
    'bench.prompt.yaml': promptYaml('bench', 0),
    'bench.eval.yaml': suiteYaml('bench', cases),
  };
}

function envFor(server: FakeServer): NodeJS.ProcessEnv {
  return { ...process.env, OPENAI_API_KEY: 'bench', OPENAI_BASE_URL: `${server.url}/v1`, CI: 'true' };
}

/**
 * Refuses runs that did not do the work: a crash or a wrong call count would make any time
 * meaningless. `expectedRequests` counts every request the server has seen, earlier runs included.
 */
function measured(run: ProcessRun, expectedRequests: number, server?: FakeServer): Sample {
  if (run.exitCode !== 0) throw new Error(`the CLI exited ${run.exitCode}:\n${run.stderr}`);
  if (server && server.requests.length !== expectedRequests) {
    throw new Error(`expected ${expectedRequests} requests, the fake server saw ${server.requests.length}`);
  }
  return {
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakRssMb: run.peakRssMb,
    maxInFlight: server?.maxInFlight,
    connections: server?.connections,
  };
}

function row(scenario: Scenario, samples: Sample[]): string {
  const wall = median(samples.map((s) => s.wallMs));
  const rss = median(samples.map((s) => s.peakRssMb));
  const cpu = median(samples.map((s) => s.cpuMs));
  const inFlight = median(samples.map((s) => s.maxInFlight));
  const connections = median(samples.map((s) => s.connections));
  const firstCall = median(samples.map((s) => s.firstCallMs));
  const ideal = scenario.idealMs;
  const ratio = ideal ? `${(wall! / ideal).toFixed(2)}x` : '';
  return [
    '',
    scenario.name,
    ideal === undefined ? '' : seconds(ideal),
    `${seconds(wall!)}${firstCall === undefined ? '' : ` (first call at ${seconds(firstCall)})`}`,
    ratio,
    cpu === undefined ? '' : seconds(cpu),
    rss === undefined ? '' : `${rss.toFixed(0)} MB`,
    inFlight === undefined ? '' : `${inFlight}${connections === undefined ? '' : ` (${connections})`}`,
    scenario.target,
    '',
  ]
    .join(' | ')
    .trim();
}

function median(values: (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  if (known.length === 0) return undefined;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid] : ((known[mid - 1] ?? 0) + (known[mid] ?? 0)) / 2;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 1000 ? 3 : 2)} s`;
}

function machineNote(repeat: number): string {
  const [one, five] = loadavg();
  return (
    `Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `load average ${one?.toFixed(1)} / ${five?.toFixed(1)}; medians of ${repeat} runs each`
  );
}
