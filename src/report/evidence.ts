/**
 * The evidence a reviewer needs for one prompt: its notable cases, most informative first, with
 * cases that produced the same output grouped into one row. Shared by the comment, the job summary
 * and the HTML report, so they rank and group the same way. Plain text; each renderer escapes.
 */
import { truncate } from './escape.js';
import { caseProblems, firstOutput, hasBaseline } from './facts.js';
import type { CaseReport, CaseSideReport, PromptReport } from './types.js';

/** What happened to a case: a flip between versions, or (without a baseline) a failing or erroring case. */
export type EvidenceChange = 'pass->fail' | 'error' | 'fail->pass' | 'fail';

export interface EvidenceRow {
  change: EvidenceChange;
  /** The cases of this row; the first is the representative whose outputs are shown. */
  cases: CaseReport[];
  /** The representative's first baseline and candidate outputs (or call errors). */
  baseline?: string;
  candidate?: string;
  /** True when every case of the row also has the same baseline output. */
  sameBaseline: boolean;
  /** True when the candidate shown is a failed call's error (no sample produced output). */
  candidateErrored: boolean;
  /** Why the representative's candidate did not pass (each failing metric once, call errors). */
  problems: string[];
  /** Baseline score minus candidate score of the representative (0..1 scale). */
  scoreDrop: number;
}

/** Regressions before errors before improvements; failing before erroring without a baseline. */
const CHANGE_ORDER: Record<EvidenceChange, number> = { 'pass->fail': 0, error: 1, fail: 1, 'fail->pass': 2 };

/**
 * The prompt's notable cases as rows, most informative first: regressions, then errors, then
 * improvements; within each, steady cases before flaky ones (the baseline's samples disagreed, so
 * the flip may be chance), then the largest score change, then the largest group. Cases whose
 * candidate produced the same text (or the same error) share one row.
 */
export function evidenceRows(prompt: PromptReport): EvidenceRow[] {
  const compare = hasBaseline(prompt);
  const groups = new Map<string, { change: EvidenceChange; cases: CaseReport[] }>();
  for (const c of prompt.cases) {
    const change = changeOf(c, compare);
    if (!change) continue;
    const key = `${change}\u0000${sideText(c.candidate) ?? ''}`;
    const group = groups.get(key);
    if (group) group.cases.push(c);
    else groups.set(key, { change, cases: [c] });
  }
  const rows = [...groups.values()].map(({ change, cases }): EvidenceRow => {
    // The representative is the case that moved most, so the row shows its strongest instance.
    // A flaky case (its baseline samples disagreed) may have flipped by chance: steady ones first.
    const direction = change === 'fail->pass' ? -1 : 1;
    const ranked = [...cases].sort(
      (a, b) => flakiness(a) - flakiness(b) || direction * (scoreDrop(b) - scoreDrop(a)),
    );
    const first = ranked[0] as CaseReport;
    const baseline = sideText(first.baseline);
    const candidate = sideText(first.candidate);
    const callError = firstOutput(first.candidate) === undefined ? callErrorOf(first.candidate) : undefined;
    return {
      change,
      cases: ranked,
      ...(baseline !== undefined ? { baseline } : {}),
      ...(candidate !== undefined ? { candidate } : {}),
      sameBaseline: ranked.every((c) => sideText(c.baseline) === baseline),
      candidateErrored: callError !== undefined,
      // A call error shown in place of the output is not repeated as the reason.
      problems: caseProblems(first.candidate).filter(
        (p) => callError === undefined || p !== `error: ${callError}`,
      ),
      scoreDrop: scoreDrop(first),
    };
  });
  const order = (r: EvidenceRow) => CHANGE_ORDER[r.change];
  return rows.sort((a, b) => {
    if (order(a) !== order(b)) return order(a) - order(b);
    const flaky = flakiness(a.cases[0]) - flakiness(b.cases[0]);
    if (flaky !== 0) return flaky;
    // Improvements are informative by how much they gained.
    const magnitude = a.change === 'fail->pass' ? a.scoreDrop - b.scoreDrop : b.scoreDrop - a.scoreDrop;
    if (Math.abs(magnitude) > 1e-12) return magnitude;
    return b.cases.length - a.cases.length;
  });
}

/** Number of notable cases over all rows (each row may stand for several). */
export function evidenceCaseCount(rows: EvidenceRow[]): number {
  return rows.reduce((sum, r) => sum + r.cases.length, 0);
}

function changeOf(c: CaseReport, compare: boolean): EvidenceChange | undefined {
  if (c.flip) return c.flip;
  if (c.candidate?.outcome === 'error') return 'error';
  if (!compare && c.candidate?.outcome === 'fail') return 'fail';
  return undefined;
}

function flakiness(c: CaseReport | undefined): number {
  return c?.flaky ? 1 : 0;
}

function scoreDrop(c: CaseReport): number {
  return (c.baseline?.score ?? 1) - (c.candidate?.score ?? 0);
}

/** The output shown for a side: its first output, or the call's error when no sample produced one. */
function sideText(side: CaseSideReport | undefined): string | undefined {
  const output = firstOutput(side);
  if (output !== undefined) return output;
  const error = callErrorOf(side);
  return error !== undefined ? `[error] ${error}` : undefined;
}

function callErrorOf(side: CaseSideReport | undefined): string | undefined {
  return side?.samples.find((s) => s.error !== undefined)?.error;
}

/**
 * A case's inputs as one line, `name: value · name: value`, within `maxChars`: every variable gets
 * an equal share first, so a long document in one variable cannot hide the others.
 */
export function formatInputs(vars: Record<string, unknown>, maxChars: number): string {
  const entries = Object.entries(vars).map(([name, value]) => [name, valueText(value)] as const);
  if (entries.length === 0) return '(no variables)';
  const separator = ' · ';
  const overhead = entries.reduce((sum, [name]) => sum + name.length + 2, 0);
  const room = maxChars - overhead - separator.length * (entries.length - 1);
  // Short values keep their length; the space they leave is shared by the longer ones.
  const lengths = entries.map(([, v]) => v.length);
  let share = Math.max(8, Math.floor(room / entries.length));
  const short = lengths.filter((l) => l <= share);
  if (short.length < entries.length && short.length > 0) {
    const left = room - short.reduce((a, b) => a + b, 0);
    share = Math.max(share, Math.floor(left / (entries.length - short.length)));
  }
  const text = entries.map(([name, v]) => `${name}: ${truncate(v, share)}`).join(separator);
  return truncate(text, maxChars);
}

function valueText(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.replace(/\s+/g, ' ').trim();
}
