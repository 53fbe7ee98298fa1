#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/version.ts
var TOOL_VERSION = true ? "0.1.0" : "0.0.0-dev";

export {
  TOOL_VERSION
};
