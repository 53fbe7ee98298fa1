#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  helpText
} from "./chunks/chunk-S6ZIHPZY.js";
import {
  TOOL_VERSION
} from "./chunks/chunk-OQU3PNSX.js";
import "./chunks/chunk-SYHBIXPY.js";
import {
  neutralizeWorkflowCommands
} from "./chunks/chunk-2ZEMAEG7.js";
import {
  getErrorMessage
} from "./chunks/chunk-WQAX2RUL.js";
import "./chunks/chunk-NM3O7CPD.js";

// src/cli-entry.ts
import module from "node:module";

// src/cli-start.ts
async function startCli(argv, deps) {
  const quick = quickAnswer(argv);
  if (quick) {
    (deps?.stdout ?? process.stdout).write(quick.text);
    return quick.exitCode;
  }
  try {
    const { main } = await import("./chunks/cli-UDOFREFO.js");
    return await main(argv, deps);
  } catch (error) {
    const message = neutralizeWorkflowCommands(`promptgate: unexpected failure: ${getErrorMessage(error)}`);
    (deps?.stderr ?? process.stderr).write(`${message}
`);
    return 2;
  }
}
function quickAnswer(args) {
  if (args.length === 0) return { text: helpText(), exitCode: 2 };
  if (args.length !== 1) return void 0;
  const [arg] = args;
  if (arg === "--version" || arg === "-v") return { text: `${TOOL_VERSION}
`, exitCode: 0 };
  if (arg === "--help" || arg === "-h" || arg === "help") return { text: helpText(), exitCode: 0 };
  return void 0;
}

// src/cli-entry.ts
module.enableCompileCache?.();
process.exitCode = await startCli(process.argv.slice(2));
