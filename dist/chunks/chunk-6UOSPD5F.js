#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  LIFECYCLE_STATUSES
} from "./chunk-SYHBIXPY.js";

// src/version.ts
var TOOL_VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/lifecycle/commands/usage.ts
var RELEASE_USAGE = {
  rollout: [
    "promptgate rollout <id> --version V --weight W [--env E] [--reason TEXT] [--report FILE] [--force REASON]",
    "promptgate rollout <id> --abort [--env E] [--reason TEXT]"
  ],
  export: ["promptgate export flagd [--env E] [--out FILE]   (default: production, to stdout)"],
  status: [
    "promptgate status [<id>]",
    `promptgate status <id> --set ${LIFECYCLE_STATUSES.join("|")} [--version V] [--env E] --reason TEXT`
  ],
  experiment: [
    "promptgate experiment analyze [<id>] --data FILE [--env E] [--control V --canary V] [--apply] [--json FILE|-]"
  ],
  drill: ["promptgate drill <id> [--env E] [--apply] [--seed N]   (dry run unless --apply)"]
};

export {
  TOOL_VERSION,
  RELEASE_USAGE
};
