#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import{TOOL_VERSION,helpText}from"./chunks/chunk-2UYUWPRI.js";import{getErrorMessage}from"./chunks/chunk-Y7GO6WBT.js";import{neutralizeWorkflowCommands}from"./chunks/chunk-LLHS65GG.js";import"./chunks/chunk-XK2K2WV7.js";import module from"node:module";async function startCli(argv,deps){const quick=quickAnswer(argv);if(quick){(deps?.stdout??process.stdout).write(quick.text);return quick.exitCode}try{const{main}=await import("./chunks/cli-43KC22LB.js");return await main(argv,deps)}catch(error){const message=neutralizeWorkflowCommands(`promptgate: unexpected failure: ${getErrorMessage(error)}`);(deps?.stderr??process.stderr).write(`${message}
`);return 2}}function quickAnswer(args){if(args.length===0)return{text:helpText(),exitCode:2};if(args.length!==1)return void 0;const[arg]=args;if(arg==="--version"||arg==="-v")return{text:`${TOOL_VERSION}
`,exitCode:0};if(arg==="--help"||arg==="-h"||arg==="help")return{text:helpText(),exitCode:0};return void 0}module.enableCompileCache?.();process.exitCode=await startCli(process.argv.slice(2));
