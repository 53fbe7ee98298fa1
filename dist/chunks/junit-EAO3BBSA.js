#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  caseProblems,
  runReasons
} from "./chunk-VF6S3Y37.js";
import "./chunk-ECO7HHYC.js";
import {
  verdictSeverity,
  worstVerdict
} from "./chunk-B3M2E42Y.js";
import "./chunk-NM3O7CPD.js";

// src/report/junit.ts
function renderJUnit(report) {
  const suites = report.prompts.map(promptSuite);
  const run = runSuite(report);
  if (run) suites.push(run);
  const totals = suites.reduce(
    (acc, s) => ({
      tests: acc.tests + s.tests,
      failures: acc.failures + s.failures,
      errors: acc.errors + s.errors
    }),
    { tests: 0, failures: 0, errors: 0 }
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="promptgate" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}">`,
    ...suites.map((s) => s.xml),
    "</testsuites>",
    ""
  ].join("\n");
}
function promptSuite(prompt) {
  const results = prompt.cases.map((c) => [c.id, caseResult(c)]);
  results.push(["(gate)", gateResult(prompt)]);
  const count = (kind) => results.filter(([, r]) => r.kind === kind).length;
  const cases = results.map(([name, result]) => testcase(prompt.id, name, result));
  const attributes = `name="${attr(prompt.id)}" tests="${results.length}" failures="${count("failure")}" errors="${count("error")}" skipped="${count("skipped")}"`;
  return {
    xml: [`  <testsuite ${attributes}>`, ...cases, "  </testsuite>"].join("\n"),
    tests: results.length,
    failures: count("failure"),
    errors: count("error")
  };
}
function runSuite(report) {
  const worstPrompt = worstVerdict(report.prompts.map((p) => p.verdict));
  if (verdictSeverity(report.verdict) <= verdictSeverity(worstPrompt)) return void 0;
  const reasons = runReasons(report);
  const result = verdictResult(
    report.verdict,
    reasons.map((r) => r.message)
  );
  return {
    xml: [
      `  <testsuite name="promptgate" tests="1" failures="${result.kind === "failure" ? 1 : 0}" errors="${result.kind === "error" ? 1 : 0}" skipped="${result.kind === "skipped" ? 1 : 0}">`,
      testcase("promptgate", "(run)", result),
      "  </testsuite>"
    ].join("\n"),
    tests: 1,
    failures: result.kind === "failure" ? 1 : 0,
    errors: result.kind === "error" ? 1 : 0
  };
}
function caseResult(c) {
  const side = c.candidate;
  if (!side) return { kind: "skipped", message: "not run on the candidate (prompt removed)" };
  if (side.outcome === "pass") return { kind: "pass" };
  const problems = caseProblems(side);
  const kind = side.outcome === "error" ? "error" : "failure";
  return { kind, message: problems[0] ?? side.outcome, detail: problems.join("\n") };
}
var VERDICT_KIND = {
  skipped: "skipped",
  inconclusive: "skipped",
  fail: "failure",
  error: "error"
};
function gateResult(prompt) {
  return verdictResult(
    prompt.verdict,
    prompt.reasons.map((r) => r.message)
  );
}
function verdictResult(verdict, reasons) {
  if (verdict === "pass") return { kind: "pass" };
  return { kind: VERDICT_KIND[verdict], message: reasons[0] ?? verdict, detail: reasons.join("\n") };
}
function testcase(classname, name, result) {
  const open = `    <testcase classname="${attr(classname)}" name="${attr(name)}"`;
  if (result.kind === "pass") return `${open}/>`;
  const body = result.detail ? text(result.detail) : "";
  return `${open}>
      <${result.kind} message="${attr(result.message)}">${body}</${result.kind}>
    </testcase>`;
}
var NOT_XML = (
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
);
function xmlSafe(value) {
  return value.replace(NOT_XML, "");
}
function text(value) {
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(value) {
  return text(value).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
export {
  renderJUnit
};
