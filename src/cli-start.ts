/**
 * What the `promptgate` executable does with its arguments: `--version` and `--help` alone are
 * answered without loading the engine (SDKs, YAML, templating), with the answers `main` gives for the
 * same arguments; everything else loads the CLI and runs it. Never throws: anything `main` lets
 * escape (a closed stdout, a bug) is one line on stderr and exit code 2, never a stack trace.
 */
import { helpText } from './cli-help.js';
import type { CliDeps } from './cli.js';
import { getErrorMessage } from './errors.js';
import { neutralizeWorkflowCommands } from './report/escape.js';
import { TOOL_VERSION } from './version.js';

/** Runs `promptgate ARGV` and returns its exit code; without `deps`, on this process's streams. */
export async function startCli(argv: string[], deps?: CliDeps): Promise<number> {
  const quick = quickAnswer(argv);
  if (quick) {
    (deps?.stdout ?? process.stdout).write(quick.text);
    return quick.exitCode;
  }
  try {
    const { main } = await import('./cli.js');
    return await main(argv, deps);
  } catch (error) {
    // The message may quote pull request text: never a workflow command in a CI log.
    const message = neutralizeWorkflowCommands(`promptgate: unexpected failure: ${getErrorMessage(error)}`);
    (deps?.stderr ?? process.stderr).write(`${message}\n`);
    return 2;
  }
}

function quickAnswer(args: string[]): { text: string; exitCode: number } | undefined {
  if (args.length === 0) return { text: helpText(), exitCode: 2 };
  if (args.length !== 1) return undefined;
  const [arg] = args;
  if (arg === '--version' || arg === '-v') return { text: `${TOOL_VERSION}\n`, exitCode: 0 };
  if (arg === '--help' || arg === '-h' || arg === 'help') return { text: helpText(), exitCode: 0 };
  return undefined;
}
