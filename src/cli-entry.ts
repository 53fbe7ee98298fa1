import module from 'node:module';
import { startCli } from './cli-start.js';

// V8 keeps the bundle's compiled code on disk (under the OS temp dir), so later starts skip most
// parsing and compiling; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Enabled before the engine loads
// (startCli imports it only when the arguments need it).
module.enableCompileCache?.();

process.exitCode = await startCli(process.argv.slice(2));
