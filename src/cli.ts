import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { git } from './repo/git.js';
import { parseArgs } from 'node:util';
import { FAIL_ON_HELP, parseFailOn, type FailOn } from './core/verdict.js';
import { ConfigError, getErrorMessage, UsageError } from './errors.js';
import {
  errorReport,
  exitCodeFor,
  readReportFile,
  reportTargets,
  writeOutput,
  writeReportFiles,
  type ReportTargets,
} from './output.js';
import { reportFormats } from './report/formats/registry.js';
import { reportJson } from './report/json.js';
import { listenForInterrupts, type SignalSource } from './interrupt.js';
import { failedCallsWarning } from './github/annotations.js';
import { evaluate as evaluateRequest, type EvaluateOptions, type ProgressSink } from './app/evaluate.js';
import { gitRepository } from './repo/repository.js';
import { mergeReports } from './report/merge.js';
import { loadConfig } from './discover/project.js';
import { WorkingTreeSnapshot } from './repo/worktree.js';
import { renderTerminal } from './report/terminal.js';
import { logSafe, type TextSink } from './log-lines.js';
import type { Report, ReportMode } from './report/types.js';
import { LAST_REPORT_PATH, runLifecycleCommand, LIFECYCLE_COMMANDS } from './lifecycle/cli.js';
import { runReleaseCommand } from './lifecycle/commands/command.js';
import { RELEASE_COMMANDS } from './lifecycle/commands/index.js';
import { parseShard } from './run/shard.js';
import { TOOL_VERSION } from './version.js';
// The usage text lives in cli-help.ts (printed by the entry without loading this module): keep it in step with OPTIONS.
import { helpText } from './cli-help.js';
import { demoNextSteps, isInteractive } from './cli-next-steps.js';

const OPTIONS = {
  config: { type: 'string' },
  only: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  shard: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  offline: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  'cache-read-only': { type: 'boolean' },
  'trust-head-config': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  // lifecycle commands
  all: { type: 'boolean' },
  env: { type: 'string' },
  report: { type: 'string' },
  force: { type: 'string' },
  to: { type: 'string' },
  'no-restore': { type: 'boolean' },
  'no-tag': { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parse>['values'];

/** OPTIONS, and `--<flag> FILE` for every report format in the registry. */
function parse(argv: string[]) {
  const formats: Record<string, { type: 'string' }> = Object.fromEntries(
    reportFormats().map((f) => [f.flag, { type: 'string' }]),
  );
  return parseArgs({
    args: bareHistoryJson(argv),
    options: { ...formats, ...OPTIONS },
    allowPositionals: true,
    strict: true,
  });
}

/** The value of a string option by name (report formats' flags come from the registry). */
function stringOption(values: Values, name: string): string | undefined {
  const value = Object.entries(values).find(([key]) => key === name)?.[1];
  return typeof value === 'string' ? value : undefined;
}

/**
 * `promptgate history <id> --json` (no file) prints the JSON, as `--json -` does: parseArgs has no
 * optional option values, so a bare `--json` (last, or before another option) becomes `--json -`.
 */
function bareHistoryJson(argv: string[]): string[] {
  if (argv.find((arg) => !arg.startsWith('-')) !== 'history') return argv;
  return argv.flatMap((arg, i) => {
    const next = argv[i + 1];
    const bare = next === undefined || (next.startsWith('-') && next !== '-');
    return arg === '--json' && bare ? [arg, '-'] : [arg];
  });
}

/** A text stream the CLI writes to: process.stdout / process.stderr, or a test's buffer. */
/** The CLI's edges, injected so every command runs in-process in tests. */
export interface CliDeps {
  env: NodeJS.ProcessEnv;
  /** Where the user stands: relative paths in arguments resolve against it. */
  cwd: string;
  stdout: TextSink;
  stderr: TextSink;
  clock: () => Date;
  /** SIGINT/SIGTERM interrupt `eval` and `compare` (which still write their reports); none: not listened to. */
  signals?: SignalSource;
}

export const processDeps = (): CliDeps => ({
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  clock: () => new Date(),
  signals: process,
});

export async function main(argv: string[], edges: CliDeps = processDeps()): Promise<number> {
  // Output carries pull request text (ids, names, model output): never a workflow command in a CI log.
  const stdout = logSafe(edges.stdout);
  const stderr = logSafe(edges.stderr);
  try {
    return await run(argv, { ...edges, stdout, stderr });
  } finally {
    stdout.flush();
    stderr.flush();
  }
}

async function run(argv: string[], deps: CliDeps): Promise<number> {
  // Release commands parse their own options (`rollout --version V` is not the tool's --version).
  const release = RELEASE_COMMANDS.get(argv[0] ?? '');
  if (release) {
    return runReleaseCommand(release, argv, {
      env: deps.env,
      root: await repoRoot(deps.cwd),
      cwd: deps.cwd,
      print: (text) => void deps.stdout.write(text),
      printError: (text) => void deps.stderr.write(text),
      now: deps.clock,
    });
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    deps.stderr.write(`promptgate: ${getErrorMessage(error)}\n\n${helpText()}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    deps.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (values.help || !command || command === 'help') {
    deps.stdout.write(helpText());
    return command || values.help ? 0 : 2;
  }
  try {
    const root = await repoRoot(deps.cwd);
    if (command === 'eval' || command === 'compare')
      return await evaluate(command, values, deps, root, repoPaths(rest, deps.cwd, root));
    if (command === 'merge') return await merge(rest, values, deps, root);
    if (LIFECYCLE_COMMANDS.includes(command))
      return await runLifecycleCommand(
        command,
        rest,
        {
          ...values,
          config: configFor(values, deps.cwd, root),
          report: values.report && resolve(deps.cwd, values.report),
          json: historyJson(stringOption(values, 'json'), deps.cwd),
        },
        { root, env: deps.env, clock: deps.clock, print: (text) => void deps.stdout.write(text) },
      );
    throw new UsageError(
      `unknown command \`${command}\` (try: eval, compare, merge, promote, rollback, history, ${[...RELEASE_COMMANDS.keys()].join(', ')})`,
    );
  } catch (error) {
    // Configuration, usage and git errors carry their own fix; anything else is still exit 2, never a stack trace.
    const known = error instanceof ConfigError || error instanceof UsageError;
    deps.stderr.write(`promptgate: ${known ? '' : 'error: '}${getErrorMessage(error)}\n`);
    return 2;
  }
}

async function evaluate(
  command: 'eval' | 'compare',
  values: Values,
  deps: CliDeps,
  root: string,
  paths: string[],
): Promise<number> {
  const mode: ReportMode = command;
  const { env, stdout, stderr } = deps;
  const color = !values['no-color'] && stdout.isTTY === true && !env.NO_COLOR;
  const options: EvaluateOptions = {
    configPath: configFor(values, deps.cwd, root),
    offline: values.offline ?? false,
    cacheMode: values['no-cache'] ? 'off' : values['cache-read-only'] ? 'read' : undefined,
    only: values.only,
    ...(paths.length > 0 ? { paths } : {}),
    shard: values.shard ? parseShard(values.shard) : undefined,
    overrides: { failOn: failOnOption(values) },
  };
  const progress: ProgressSink = {
    onProgress: values.quiet ? undefined : progressPrinter(stderr),
    onPlan: (plans, describer) => {
      if (values.quiet) return;
      // Removed prompts and prompts without cases are reported, not evaluated: they make no call.
      const evaluated = plans.filter((p) => p.cases.length > 0);
      const models = [
        ...new Set(
          evaluated.flatMap((p) => [p.candidate?.model, p.baseline?.model]).filter((m): m is string => !!m),
        ),
      ];
      const others = plans.length - evaluated.length;
      stderr.write(
        `promptgate: ${evaluated.length} prompt(s) to evaluate${models.length ? ` with ${models.map((m) => describer.describe(m)).join(', ')}` : ''}${others ? ` (${others} more reported without evaluation)` : ''}\n`,
      );
    },
  };
  const interruption = deps.signals
    ? listenForInterrupts(deps.signals, {
        onInterrupt: (why) => stderr.write(`\npromptgate: ${why.signal}: stopping, writing the reports\n`),
      })
    : undefined;
  const evaluateDeps = {
    root,
    repository: gitRepository(root),
    env,
    clock: deps.clock,
    progress,
    ...(interruption ? { signal: interruption.signal } : {}),
  };
  const targets = requestedReports(values, deps.cwd);
  let report: Report;
  try {
    if (command === 'compare') {
      if (!values.base) throw new UsageError('compare needs --base REF (e.g. --base origin/main)');
      const request = {
        ...options,
        mode: 'compare' as const,
        base: values.base,
        head: values.head,
        trustHeadConfig: values['trust-head-config'] === true,
      };
      report = (await evaluateRequest(request, evaluateDeps)).report;
    } else {
      report = (await evaluateRequest({ ...options, mode: 'eval' }, evaluateDeps)).report;
    }
  } catch (error) {
    // Every requested report is written even when the run could not finish.
    await writeReportFiles(errorReport(mode, error, deps.clock()), targets);
    throw error;
  } finally {
    interruption?.dispose();
  }
  // Files that could not be loaded are errors to fix: said on stderr too, as every configuration error is.
  for (const prompt of report.prompts)
    if (prompt.loadError !== undefined) stderr.write(`promptgate: ${prompt.loadError}\n`);
  await writeReportFiles(report, targets);
  // `promptgate promote` reads the last evaluation from here when no --report is given.
  await writeOutput(join(root, LAST_REPORT_PATH), reportJson(report));
  stdout.write(renderTerminal(report, { color, width: stdout.columns }));
  const failedCalls = failedCallsWarning(report);
  if (failedCalls) stderr.write(`promptgate: warning: ${failedCalls}\n`);
  const nextSteps = demoNextSteps(report, {
    interactive: isInteractive(env, stderr.isTTY),
    quiet: values.quiet === true,
    wroteHtml: stringOption(values, 'html') !== undefined,
  });
  if (nextSteps) stderr.write(nextSteps);
  return interruption?.exitCode() ?? exitCodeFor(report);
}

/**
 * `eval`/`compare` PATH|GLOB arguments, given relative to the current directory, as repo-relative
 * posix paths (globs keep their pattern, prefixed with the directory they were given in).
 */
function repoPaths(args: string[], cwd: string, root: string): string[] {
  return args.map((arg) => {
    const glob = /[*?[\]{}!]/.test(arg);
    const absolute = resolve(cwd, glob ? '.' : arg);
    const base = relative(root, absolute).split(sep).join('/');
    if (base === '..' || base.startsWith('../') || isAbsolute(base))
      throw new UsageError(`\`${arg}\` is outside the repository (${root})`);
    if (!glob) return base === '' ? '.' : base;
    return base === '' ? arg : `${base}/${arg}`;
  });
}

async function merge(files: string[], values: Values, deps: CliDeps, root: string): Promise<number> {
  let report: Report;
  try {
    if (files.length === 0) throw new UsageError('merge needs one or more JSON report files');
    const config = await loadConfig(new WorkingTreeSnapshot(root), configFor(values, deps.cwd, root));
    // Statistics an older report lacks are computed from its cases at the project's confidence.
    const { confidence } = config.gate;
    const reports = await Promise.all(
      files.map((file) => readReportFile(resolve(deps.cwd, file), { confidence })),
    );
    const failOn = failOnOption(values);
    report = mergeReports(reports, failOn ? { ...config.gate, failOn } : config.gate);
  } catch (error) {
    await writeReportFiles(errorReport('compare', error, deps.clock()), requestedReports(values, deps.cwd));
    throw error;
  }
  await writeReportFiles(report, requestedReports(values, deps.cwd));
  deps.stdout.write(renderTerminal(report, { color: false }));
  return exitCodeFor(report);
}

/** `--json FILE`, `--html FILE`, ... of every registered format, resolved against where the user stands. */
function requestedReports(values: Values, cwd: string): ReportTargets {
  return reportTargets((format) => stringOption(values, format.flag), cwd);
}

/** `--fail-on`, when given: it wins over the config's `gate.fail_on`. */
function failOnOption(values: Values): FailOn | undefined {
  const text = values['fail-on'];
  if (text === undefined) return undefined;
  const parsed = parseFailOn(text);
  if (!parsed.ok) {
    throw new UsageError(
      `--fail-on: unknown verdict(s) ${parsed.unknown.join(', ') || '(none given)'}; use ${FAIL_ON_HELP}`,
    );
  }
  return parsed.failOn;
}

/**
 * The repository root, so `promptgate` works from any subdirectory the way git does; outside a git
 * repository, the current directory.
 */
async function repoRoot(cwd: string): Promise<string> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd).catch(() => undefined);
  return top?.exitCode === 0 && top.stdout.trim() ? top.stdout.trim() : cwd;
}

/** `--config` is given relative to where the user stands; the loaders read repo-relative paths. */
/** `history --json FILE|-`: a file resolved against the cwd, `-` for stdout. */
function historyJson(json: string | undefined, cwd: string): string | undefined {
  return json && json !== '-' ? resolve(cwd, json) : json;
}

function configFor(values: Values, cwd: string, root: string): string | undefined {
  if (!values.config) return undefined;
  return relative(root, resolve(cwd, values.config)).split(sep).join('/');
}

/** Progress on stderr: a live counter on a terminal, a line per 10% elsewhere (CI logs). */
function progressPrinter(stderr: TextSink): (done: number, total: number) => void {
  const tty = stderr.isTTY === true;
  let lastDecile = -1;
  return (done, total) => {
    if (tty) {
      stderr.write(`\r  evaluating ${done}/${total}${done === total ? '\n' : ''}`);
      return;
    }
    const decile = Math.floor((done / total) * 10);
    if (total >= 20 && decile !== lastDecile) {
      lastDecile = decile;
      stderr.write(`  evaluated ${done}/${total}\n`);
    }
  };
}
