#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/core/verdict.ts
var VERDICTS = ["pass", "skipped", "inconclusive", "fail", "error"];
var SEVERITY = { pass: 0, skipped: 1, inconclusive: 2, fail: 3, error: 4 };
var VERDICT_LABEL = {
  pass: "PASS",
  skipped: "SKIPPED",
  inconclusive: "INCONCLUSIVE",
  fail: "FAIL",
  error: "ERROR"
};
function isVerdict(value) {
  return typeof value === "string" && VERDICTS.includes(value);
}
function verdictSeverity(verdict) {
  return SEVERITY[verdict];
}
function worstVerdict(verdicts) {
  return verdicts.reduce((worst, v) => SEVERITY[v] > SEVERITY[worst] ? v : worst, "pass");
}
var DEFAULT_FAIL_ON = ["fail", "error"];
var FAIL_ON_WORDS = { never: [], regression: DEFAULT_FAIL_ON };
function parseFailOn(text) {
  const words = text.split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0);
  const word = words.length === 1 && words[0] !== void 0 && Object.hasOwn(FAIL_ON_WORDS, words[0]) ? words[0] : void 0;
  if (word !== void 0) return { ok: true, failOn: FAIL_ON_WORDS[word] ?? DEFAULT_FAIL_ON };
  const unknown = words.filter((w) => !isVerdict(w));
  if (unknown.length > 0 || words.length === 0) return { ok: false, unknown };
  return { ok: true, failOn: VERDICTS.filter((v) => words.includes(v)) };
}
var FAIL_ON_HELP = `verdicts separated by commas (${VERDICTS.join(", ")}), \`never\` or \`regression\` (= fail,error)`;
function failsCheck(verdict, failOn) {
  return failOn.includes(verdict);
}

export {
  VERDICTS,
  VERDICT_LABEL,
  verdictSeverity,
  worstVerdict,
  DEFAULT_FAIL_ON,
  parseFailOn,
  FAIL_ON_HELP,
  failsCheck
};
