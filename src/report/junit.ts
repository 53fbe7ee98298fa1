/**
 * JUnit XML for CI test-report viewers: one <testsuite> per prompt, one <testcase> per case (the
 * candidate's outcome), plus a `(gate)` testcase carrying the prompt's verdict, because a prompt can
 * fail on a statistic (a score drop) while each case passes.
 */
import type { Reason } from '../core/reason.js';
import { verdictSeverity, worstVerdict, type Verdict } from '../core/verdict.js';
import { caseProblems, runReasons } from './facts.js';
import type { CaseReport, PromptReport, Report } from './types.js';

export function renderJUnit(report: Report): string {
  const suites = report.prompts.map(promptSuite);
  const run = runSuite(report);
  if (run) suites.push(run);
  const totals = suites.reduce(
    (acc, s) => ({
      tests: acc.tests + s.tests,
      failures: acc.failures + s.failures,
      errors: acc.errors + s.errors,
    }),
    { tests: 0, failures: 0, errors: 0 },
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="promptgate" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

interface SuiteXml {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

type Result = { kind: 'pass' } | { kind: 'skipped' | 'failure' | 'error'; message: string; detail?: string };

function promptSuite(prompt: PromptReport): SuiteXml {
  const results: [string, Result][] = prompt.cases.map((c) => [c.id, caseResult(c)]);
  results.push(['(gate)', gateResult(prompt)]);
  const count = (kind: Result['kind']) => results.filter(([, r]) => r.kind === kind).length;
  const cases = results.map(([name, result]) => testcase(prompt.id, name, result));
  const attributes = `name="${attr(prompt.id)}" tests="${results.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}"`;
  return {
    xml: [`  <testsuite ${attributes}>`, ...cases, '  </testsuite>'].join('\n'),
    tests: results.length,
    failures: count('failure'),
    errors: count('error'),
  };
}

/**
 * A run that failed outside any prompt (a crash, a missing shard) still shows up as a failing test,
 * so CI viewers never report success for it.
 */
function runSuite(report: Report): SuiteXml | undefined {
  const worstPrompt = worstVerdict(report.prompts.map((p) => p.verdict));
  if (verdictSeverity(report.verdict) <= verdictSeverity(worstPrompt)) return undefined;
  const reasons = runReasons(report);
  const result = verdictResult(report.verdict, reasons);
  return {
    xml: [
      `  <testsuite name="promptgate" tests="1" failures="${result.kind === 'failure' ? 1 : 0}" errors="${result.kind === 'error' ? 1 : 0}" skipped="${result.kind === 'skipped' ? 1 : 0}">`,
      testcase('promptgate', '(run)', result),
      '  </testsuite>',
    ].join('\n'),
    tests: 1,
    failures: result.kind === 'failure' ? 1 : 0,
    errors: result.kind === 'error' ? 1 : 0,
  };
}

function caseResult(c: CaseReport): Result {
  const side = c.candidate;
  if (!side) return { kind: 'skipped', message: 'not run on the candidate (prompt removed)' };
  if (side.outcome === 'pass') return { kind: 'pass' };
  const problems = caseProblems(side);
  const kind = side.outcome === 'error' ? 'error' : 'failure';
  return { kind, message: problems[0] ?? side.outcome, detail: problems.join('\n') };
}

/** JUnit has no "cannot tell": an inconclusive gate is reported as skipped, with its reasons. */
const VERDICT_KIND: Record<Exclude<Verdict, 'pass'>, Exclude<Result['kind'], 'pass'>> = {
  skipped: 'skipped',
  inconclusive: 'skipped',
  fail: 'failure',
  error: 'error',
};

function gateResult(prompt: PromptReport): Result {
  return verdictResult(prompt.verdict, prompt.reasons);
}

function verdictResult(verdict: Verdict, reasons: readonly Reason[]): Result {
  if (verdict === 'pass') return { kind: 'pass' };
  const messages = reasons.map((r) => r.message);
  return { kind: VERDICT_KIND[verdict], message: messages[0] ?? verdict, detail: messages.join('\n') };
}

function testcase(classname: string, name: string, result: Result): string {
  const open = `    <testcase classname="${attr(classname)}" name="${attr(name)}"`;
  if (result.kind === 'pass') return `${open}/>`;
  const body = result.detail ? text(result.detail) : '';
  return `${open}>\n      <${result.kind} message="${attr(result.message)}">${body}</${result.kind}>\n    </testcase>`;
}

/** Characters XML 1.0 does not allow at all (escaping cannot save them), and lone surrogates. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(value: string): string {
  return value.replace(NOT_XML, '');
}

function text(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
