/**
 * The release commands (`rollout`, `export`, `status`, `experiment`, `drill`): each file under
 * commands/ is one command with its own options; this module parses argv for them and turns errors
 * into exit codes, so the CLI only has to hand them the arguments.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { relative, resolve, sep } from 'node:path';
import { loadConfig } from '../../discover/project.js';
import { ConfigError, getErrorMessage, UsageError } from '../../errors.js';
import { WorkingTreeSnapshot } from '../../repo/worktree.js';
import type { Config } from '../../config/types.js';

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  /** The repository root (paths in the config and lock file are relative to it). */
  root: string;
  /** Where the user stands: paths typed on the command line are relative to it. */
  cwd: string;
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

/** The CLI's edges, handed down: release commands read no process globals. */
export interface RunOptions {
  env: NodeJS.ProcessEnv;
  /** The repository containing `cwd` (or `cwd` outside a repository). */
  root: string;
  cwd: string;
  print: (text: string) => void;
  printError: (text: string) => void;
  now: () => Date;
}

const COMMON: ParseArgsOptionsConfig = { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

/** Runs `argv` (the command name first) with `command`; usage and config errors exit 2, never a stack trace. */
export async function runReleaseCommand(
  command: ReleaseCommand,
  argv: string[],
  options: RunOptions,
): Promise<number> {
  const { root, cwd, print, printError } = options;
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
    const configPath = typeof values.config === 'string' ? repoRelative(root, cwd, values.config) : undefined;
    const config = await loadConfig(new WorkingTreeSnapshot(root), configPath);
    return await command.run({
      root,
      cwd,
      config,
      env: options.env,
      args: positionals,
      values,
      print,
      now: options.now,
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

/** A path the user typed (relative to `cwd`, where they stand) as the loaders read it (relative to the root). */
export function repoRelative(root: string, cwd: string, path: string): string {
  return relative(root, resolve(cwd, path)).split(sep).join('/');
}
