import module from 'node:module';
import { HELP } from './cli-help.js';
import { TOOL_VERSION } from './version.js';

// V8 keeps the bundle's compiled code on disk (under the OS temp dir), so later starts skip most
// parsing and compiling; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Enabled before the engine loads.
module.enableCompileCache?.();

const argv = process.argv.slice(2);
const quick = quickAnswer(argv);
if (quick) {
  process.stdout.write(quick.text);
  process.exitCode = quick.exitCode;
} else {
  const { main } = await import('./cli.js');
  await main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `promptgate: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}

/**
 * `--version` and `--help` alone are answered without loading the engine (SDKs, YAML, templating);
 * the answers are the ones `main` gives for the same arguments.
 */
function quickAnswer(args: string[]): { text: string; exitCode: number } | undefined {
  if (args.length === 0) return { text: HELP, exitCode: 2 };
  if (args.length !== 1) return undefined;
  const [arg] = args;
  if (arg === '--version' || arg === '-v') return { text: `${TOOL_VERSION}\n`, exitCode: 0 };
  if (arg === '--help' || arg === '-h' || arg === 'help') return { text: HELP, exitCode: 0 };
  return undefined;
}
