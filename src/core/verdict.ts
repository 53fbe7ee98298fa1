/**
 * The shared verdict vocabulary: what a metric, a prompt and a run can conclude, how verdicts rank,
 * how they are named, and which of them fail the check (`fail-on`). Every renderer, the gate, the
 * lock file and the GitHub adapters take their tables from here.
 */

/**
 * In increasing severity:
 * - `pass`: no regression shown (compare), or the thresholds are met (eval);
 * - `skipped`: nothing was evaluated on purpose (e.g. a fork pull request the gate must not run);
 * - `inconclusive`: the data cannot tell (a drop beyond the tolerance that is not significant, or a
 *   suite too small to detect a drop of the tolerance);
 * - `fail`: a regression, shown with its evidence;
 * - `error`: the evaluation could not finish (failed calls, metrics that could not judge).
 */
export const VERDICTS = ['pass', 'skipped', 'inconclusive', 'fail', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];

const SEVERITY: Record<Verdict, number> = { pass: 0, skipped: 1, inconclusive: 2, fail: 3, error: 4 };

export const VERDICT_LABEL: Record<Verdict, string> = {
  pass: 'PASS',
  skipped: 'SKIPPED',
  inconclusive: 'INCONCLUSIVE',
  fail: 'FAIL',
  error: 'ERROR',
};

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

/** An evaluation that could not finish outranks a failed gate, which outranks "cannot tell". */
export function verdictSeverity(verdict: Verdict): number {
  return SEVERITY[verdict];
}

/** The most severe verdict; `pass` for none. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, v) => (SEVERITY[v] > SEVERITY[worst] ? v : worst), 'pass');
}

/** The verdicts that fail the check (exit status 1 or 2, a failing check run). */
export type FailOn = readonly Verdict[];

/** Regressions and evaluations that could not finish block; "cannot tell" and skips do not. */
export const DEFAULT_FAIL_ON: FailOn = ['fail', 'error'];

/**
 * Words accepted for `fail-on` besides verdict names: `never` (report only) and `regression`, the
 * name the default had before `inconclusive` existed (a failed gate or an errored evaluation).
 */
const FAIL_ON_WORDS: Record<string, FailOn> = { never: [], regression: DEFAULT_FAIL_ON };

export type FailOnParse = { ok: true; failOn: FailOn } | { ok: false; unknown: string[] };

/**
 * Parses `fail-on` text: verdict names separated by commas or spaces (`fail,error,inconclusive`),
 * or one of `never` / `regression`. Unknown words are returned so the caller can say where they came from.
 */
export function parseFailOn(text: string): FailOnParse {
  const words = text
    .split(/[\s,]+/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0);
  const word =
    words.length === 1 && words[0] !== undefined && Object.hasOwn(FAIL_ON_WORDS, words[0])
      ? words[0]
      : undefined;
  if (word !== undefined) return { ok: true, failOn: FAIL_ON_WORDS[word] ?? DEFAULT_FAIL_ON };
  const unknown = words.filter((w) => !isVerdict(w));
  if (unknown.length > 0 || words.length === 0) return { ok: false, unknown };
  return { ok: true, failOn: VERDICTS.filter((v) => words.includes(v)) };
}

/** What `fail-on` accepts, for error messages and help. */
export const FAIL_ON_HELP = `verdicts separated by commas (${VERDICTS.join(', ')}), \`never\` or \`regression\` (= fail,error)`;

export function failsCheck(verdict: Verdict, failOn: FailOn): boolean {
  return failOn.includes(verdict);
}
