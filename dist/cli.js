#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  HELP
} from "./chunks/chunk-Z5JRBNYP.js";
import {
  TOOL_VERSION
} from "./chunks/chunk-6UOSPD5F.js";
import "./chunks/chunk-SYHBIXPY.js";
import "./chunks/chunk-WQAX2RUL.js";
import "./chunks/chunk-NM3O7CPD.js";

// src/cli-entry.ts
import module from "node:module";
module.enableCompileCache?.();
var argv = process.argv.slice(2);
var quick = quickAnswer(argv);
if (quick) {
  process.stdout.write(quick.text);
  process.exitCode = quick.exitCode;
} else {
  const { main } = await import("./chunks/cli-27GJG32I.js");
  await main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `promptgate: unexpected failure: ${error instanceof Error ? error.message : String(error)}
`
      );
      process.exitCode = 2;
    }
  );
}
function quickAnswer(args) {
  if (args.length === 0) return { text: HELP, exitCode: 2 };
  if (args.length !== 1) return void 0;
  const [arg] = args;
  if (arg === "--version" || arg === "-v") return { text: `${TOOL_VERSION}
`, exitCode: 0 };
  if (arg === "--help" || arg === "-h" || arg === "help") return { text: HELP, exitCode: 0 };
  return void 0;
}
