/**
 * Command-line options of the npm scripts (bench, simulate): `--help` prints the usage and exits 0;
 * an unknown option, a missing value or a stray argument prints what was wrong and the usage on
 * stderr and exits 2, never node's stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export type ScriptArgs<T extends Options> =
  | { kind: 'run'; values: ReturnType<typeof parseArgs<{ options: T; strict: true }>>['values'] }
  | { kind: 'help'; text: string }
  | { kind: 'usage-error'; text: string };

/** What `argv` asks of a script with these options and this usage text (pure: no exit, no output). */
export function parseScriptArgs<T extends Options>(argv: string[], options: T, usage: string): ScriptArgs<T> {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', text: usage };
  try {
    const { values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
    return { kind: 'run', values };
  } catch (error) {
    // node's parseArgs errors are typed by `code` (ERR_PARSE_ARGS_UNKNOWN_OPTION, ...); the message is its own.
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'usage-error', text: `${message}\n\n${usage}` };
  }
}

/** The parsed values of `process.argv`, or the usage printed and the process ended (0 for --help, 2 else). */
export function scriptArgs<T extends Options>(
  options: T,
  usage: string,
): ReturnType<typeof parseArgs<{ options: T; strict: true }>>['values'] {
  const parsed = parseScriptArgs(process.argv.slice(2), options, usage);
  if (parsed.kind === 'run') return parsed.values;
  if (parsed.kind === 'help') {
    process.stdout.write(parsed.text);
    process.exit(0);
  }
  process.stderr.write(parsed.text);
  process.exit(2);
}
