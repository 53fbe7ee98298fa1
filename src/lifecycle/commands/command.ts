/**
 * The release commands (`rollout`, `export`, `status`, `experiment`, `drill`): each file under
 * commands/ is one command with its own options; this module parses argv for them and turns errors
 * into exit codes, so the CLI only has to hand them the arguments.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { relative, resolve, sep } from 'node:path';
import { loadConfig } from '../../discover/project.js';
import { ConfigError, getErrorMessage, UsageError } from '../../errors.js';
import { git } from '../../repo/git.js';
import { WorkingTreeSnapshot } from '../../repo/worktree.js';
import type { Config } from '../../config/types.js';

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  /** The repository root (paths in the config and lock file are relative to it). */
  root: string;
  config: Config;
  env: NodeJS.ProcessEnv;
  args: string[];
  values: OptionValues;
  print: (text: string) => void;
  now: () => Date;
}

export interface ReleaseCommand {
  name: string;
  /** One usage line per form, for the help. */
  usage: string[];
  options: ParseArgsOptionsConfig;
  run(context: CommandContext): Promise<number>;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Default: the repository containing the current directory. */
  root?: string;
  print?: (text: string) => void;
  printError?: (text: string) => void;
  now?: () => Date;
}

const COMMON: ParseArgsOptionsConfig = { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

/** Runs `argv` (the command name first) with `command`; usage and config errors exit 2, never a stack trace. */
export async function runReleaseCommand(
  command: ReleaseCommand,
  argv: string[],
  options: RunOptions = {},
): Promise<number> {
  const print = options.print ?? ((text: string) => void process.stdout.write(text));
  const printError = options.printError ?? ((text: string) => void process.stderr.write(text));
  try {
    const { values, positionals } = parseArgs({
      args: argv.slice(1),
      options: { ...COMMON, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      print(`Usage:\n${command.usage.map((u) => `  ${u}`).join('\n')}\n`);
      return 0;
    }
    const root = options.root ?? (await repoRoot());
    const configPath = typeof values.config === 'string' ? repoRelative(root, values.config) : undefined;
    const config = await loadConfig(new WorkingTreeSnapshot(root), configPath);
    return await command.run({
      root,
      config,
      env: options.env ?? process.env,
      args: positionals,
      values,
      print,
      now: options.now ?? (() => new Date()),
    });
  } catch (error) {
    const known = error instanceof ConfigError || error instanceof UsageError;
    const usage = known
      ? ''
      : isParseError(error)
        ? `\nUsage:\n${command.usage.map((u) => `  ${u}`).join('\n')}`
        : '';
    printError(`promptgate: ${known || usage ? '' : 'error: '}${getErrorMessage(error)}${usage}\n`);
    return 2;
  }
}

/** node:util parseArgs errors carry ERR_PARSE_ARGS_* codes. */
function isParseError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function singleId(args: string[], command: string): string {
  const [id, ...extra] = args;
  if (!id || extra.length > 0) throw new UsageError(`${command} takes exactly one prompt id`);
  return id;
}

async function repoRoot(): Promise<string> {
  const top = await git(['rev-parse', '--show-toplevel'], process.cwd()).catch(() => undefined);
  return top?.exitCode === 0 && top.stdout.trim() ? top.stdout.trim() : process.cwd();
}

/** A path the user typed (relative to where they stand) as the loaders read it (relative to the root). */
export function repoRelative(root: string, path: string): string {
  return relative(root, resolve(process.cwd(), path)).split(sep).join('/');
}
