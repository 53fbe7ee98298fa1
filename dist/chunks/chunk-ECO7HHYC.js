#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/core/reason.ts
var REASON_SCOPES = ["run", "prompt", "metric"];
var REASON_CODES = [
  // run
  "nothing-to-evaluate",
  "budget-exhausted",
  "interrupted",
  "run-failed",
  "missing-shards",
  // prompt
  "drift",
  "removed",
  "version-not-bumped",
  "no-case-scored",
  "below-threshold",
  "evaluation-errors",
  "setup-failed",
  "load-failed",
  "cases-removed",
  "not-gated",
  "no-rounds",
  // metric
  "pass-rate-drop",
  "score-drop",
  "drop-undetectable",
  "below-min-pass-rate",
  "below-min-score",
  "judged-worse",
  "below-prompt-threshold",
  "metric-errors",
  // a reason of a version 1 report, which recorded only the sentence
  "recorded"
];
function runReason(code, message) {
  return { scope: "run", code, message };
}
function promptReason(promptId, code, message) {
  return { scope: "prompt", code, promptId, message };
}
function metricReason(promptId, metric, code, message) {
  return { scope: "metric", code, promptId, metric, message };
}
function reasonLine(reason) {
  return reason.promptId !== void 0 ? `${reason.promptId}: ${reason.message}` : reason.message;
}

export {
  REASON_SCOPES,
  REASON_CODES,
  runReason,
  promptReason,
  metricReason,
  reasonLine
};
