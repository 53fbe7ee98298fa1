/**
 * The published JSON report (`--json`, the action's `report-path`): its schema, from which
 * schemas/report.schema.json is generated, and the type users' tooling can rely on. Internal types
 * map onto it in `toReportDocument`, so renaming an internal field is a compile error here rather
 * than a silent change of the contract. Keep it additive; a breaking change bumps REPORT_SCHEMA_VERSION.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { REASON_CODES, REASON_SCOPES } from '../core/reason.js';
import { VERDICTS } from '../core/verdict.js';
import type { Report } from '../report/types.js';
import { literals } from '../validation/types.js';

/**
 * 2: typed reasons ({scope, code, promptId?, metric?, message} instead of sentences); the paired
 * statistics gained the pass-rate interval, interval level, score test and p-value, and flaky
 * counts; pairwise statistics their p-value. 1: promptgate 0.1.0.
 */
export const REPORT_SCHEMA_VERSION = 2;
export const REPORT_SCHEMA_ID = 'https://promptgate.dev/schemas/report.schema.json';

const Fraction = Type.Number({ minimum: 0, maximum: 1 });
const Count = Type.Integer({ minimum: 0 });
const Optional = <T extends TSchema>(schema: T) => Type.Optional(schema);

const Verdict = literals(VERDICTS);
const Outcome = literals(['pass', 'fail', 'error'] as const);
const Interval = Type.Object({ low: Type.Number(), high: Type.Number() });
const Latency = Type.Object({ p50: Type.Number(), p95: Type.Number() });
const GitRef = Type.Object({ ref: Type.String(), sha: Type.String() });

const MetricResult = Type.Object({ outcome: Outcome, score: Fraction, reason: Type.String() });
const PairResult = Type.Composite([
  MetricResult,
  Type.Object({ verdict: Optional(literals(['win', 'tie', 'loss'] as const)) }),
]);

const Sample = Type.Object({
  sample: Count,
  output: Optional(Type.String()),
  error: Optional(Type.String()),
  metrics: Type.Record(Type.String(), MetricResult),
  usage: Type.Object({ inputTokens: Count, outputTokens: Count }),
  costUsd: Type.Number({ minimum: 0 }),
  latencyMs: Type.Number({ minimum: 0 }),
  cached: Type.Boolean(),
});

const CaseSide = Type.Object({ outcome: Outcome, score: Fraction, samples: Type.Array(Sample) });

const Case = Type.Object({
  id: Type.String(),
  vars: Type.Record(Type.String(), Type.Unknown()),
  expected: Optional(Type.Unknown()),
  baseline: Optional(CaseSide),
  candidate: Optional(CaseSide),
  pairwise: Optional(Type.Record(Type.String(), PairResult)),
  flip: Optional(literals(['pass->fail', 'fail->pass'] as const)),
  flaky: Optional(Type.Literal(true)),
});

const SideStats = Type.Object({
  n: Count,
  passRate: Fraction,
  passRateCi: Interval,
  meanScore: Fraction,
  scoreStdErr: Type.Number({ minimum: 0 }),
  errors: Count,
});

/** The paired statistics of version 1 reports (promptgate 0.1.0). */
const MetricDeltaV1Fields = {
  passRate: Type.Number(),
  meanScore: Type.Number(),
  ci: Interval,
  n: Count,
  flipPValue: Fraction,
  passToFail: Count,
  failToPass: Count,
  significant: Type.Boolean(),
  minDetectableEffect: Type.Number(),
};
/** Added in version 2: the tests and intervals of one-sided gating, and flaky baseline cases. */
const MetricDeltaV2Fields = {
  passRateCi: Interval,
  ciLevel: Fraction,
  scorePValue: Fraction,
  scoreTest: literals(['paired-t', 'sign-flip', 'pass-rate'] as const),
  flakyCases: Count,
};
const MetricDelta = Type.Object({ ...MetricDeltaV1Fields, ...MetricDeltaV2Fields });
const MetricDeltaV1 = Type.Composite([
  Type.Object(MetricDeltaV1Fields),
  Type.Partial(Type.Object(MetricDeltaV2Fields)),
]);

const PairwiseStatsV1Fields = {
  wins: Count,
  ties: Count,
  losses: Count,
  errors: Count,
  winRate: Fraction,
  tieRate: Fraction,
  lossRate: Fraction,
  netCi: Interval,
};
const PairwiseStats = Type.Object({ ...PairwiseStatsV1Fields, pValue: Fraction });
const PairwiseStatsV1 = Type.Object({ ...PairwiseStatsV1Fields, pValue: Optional(Fraction) });

/** Version 2: a reason is typed (version 1 recorded only the sentence). */
const Reason = Type.Object({
  scope: literals(REASON_SCOPES),
  code: literals(REASON_CODES),
  promptId: Optional(Type.String()),
  metric: Optional(Type.String()),
  message: Type.String(),
});

const UsageBucket = Type.Object({
  calls: Count,
  cachedCalls: Count,
  errors: Count,
  inputTokens: Count,
  outputTokens: Count,
  costUsd: Type.Number({ minimum: 0 }),
  latencyMs: Latency,
});

const SideUsage = Type.Omit(UsageBucket, ['errors']);

const AdaptiveRound = Type.Object({
  samplesPerCase: Type.Integer({ minimum: 1 }),
  cases: Count,
  calls: Count,
  costUsd: Type.Number({ minimum: 0 }),
  alpha: Fraction,
  verdict: Verdict,
});

/** The parts that differ between report versions; everything else is shared. */
interface VersionParts<V extends number, D extends TSchema, P extends TSchema, R extends TSchema> {
  version: V;
  delta: D;
  pairwise: P;
  reason: R;
  options: { $id?: string; title: string; description: string };
}

function reportSchema<V extends number, D extends TSchema, P extends TSchema, R extends TSchema>(
  parts: VersionParts<V, D, P, R>,
) {
  const Metric = Type.Object({
    name: Type.String(),
    type: Type.String(),
    passRate: Fraction,
    meanScore: Fraction,
    baseline: Optional(SideStats),
    candidate: Optional(SideStats),
    delta: Optional(parts.delta),
    pairwise: Optional(parts.pairwise),
    status: Verdict,
    reasons: Type.Array(parts.reason),
  });

  const Prompt = Type.Object({
    id: Type.String(),
    path: Type.String(),
    previousPath: Optional(Type.String()),
    status: literals(['modified', 'added', 'removed', 'renamed', 'unchanged'] as const),
    verdict: Verdict,
    reasons: Type.Array(parts.reason),
    model: Type.String(),
    /** The model was the deterministic offline stand-in (`--offline`, an `offline:` ref), not a real one. */
    offline: Optional(Type.Literal(true)),
    version: Type.Object({
      baseline: Optional(Type.String()),
      candidate: Optional(Type.String()),
      baselineHash: Optional(Type.String()),
      candidateHash: Optional(Type.String()),
      notBumped: Type.Boolean(),
      suggestedBump: Optional(literals(['major', 'minor', 'patch'] as const)),
    }),
    promptTokens: Type.Object({ baseline: Optional(Count), candidate: Optional(Count) }),
    threshold: Fraction,
    metrics: Type.Array(Metric),
    cases: Type.Array(Case),
    usage: Type.Object({ baseline: Optional(SideUsage), candidate: Optional(SideUsage) }),
    errors: Count,
    setupErrors: Optional(
      Type.Object({ baseline: Optional(Type.String()), candidate: Optional(Type.String()) }),
    ),
    /** The loader's message when the file could not be loaded (the entry has no cases then). */
    loadError: Optional(Type.String()),
    /** `repeat: auto` in compare: each round of re-sampling, its calls and cost, and why the rounds ended. */
    adaptive: Optional(
      Type.Object({
        planned: Type.Integer({ minimum: 1 }),
        rounds: Type.Array(AdaptiveRound),
        stop: literals(['decided', 'max-repeats', 'budget'] as const),
      }),
    ),
  });

  return Type.Object(
    {
      schemaVersion: Type.Literal(parts.version),
      tool: Type.Object({ name: Type.Literal('promptgate'), version: Type.String() }),
      mode: literals(['eval', 'compare', 'scheduled'] as const),
      verdict: Verdict,
      failOn: Optional(Type.Array(Verdict)),
      reasons: Type.Array(parts.reason),
      generatedAt: Type.String({ format: 'date-time' }),
      base: Optional(GitRef),
      head: Optional(GitRef),
      prompts: Type.Array(Prompt),
      usage: Type.Composite([
        UsageBucket,
        Type.Object({
          judge: UsageBucket,
          budgetExhausted: Type.Boolean(),
          unpricedModels: Optional(Type.Array(Type.String())),
        }),
      ]),
      errors: Count,
      shard: Optional(
        Type.Object({ index: Type.Integer({ minimum: 1 }), total: Type.Integer({ minimum: 1 }) }),
      ),
      headConfigNotApplied: Optional(Type.Array(Type.String())),
      warnings: Optional(Type.Array(Type.String())),
      notEvaluated: Optional(
        Type.Array(Type.Object({ id: Type.String(), path: Type.String(), reason: Type.String() })),
      ),
    },
    parts.options,
  );
}

export const ReportSchema = reportSchema({
  version: REPORT_SCHEMA_VERSION,
  delta: MetricDelta,
  pairwise: PairwiseStats,
  reason: Reason,
  options: {
    $id: REPORT_SCHEMA_ID,
    title: 'promptgate JSON report',
    description: 'Written by `promptgate eval|compare|merge --json FILE` and the action (`report-path`).',
  },
});

/**
 * Version 1, written by promptgate 0.1.0: read back by `merge` and `promote --report`, then upgraded
 * (src/contracts/report-upgrade.ts). Reports of later 0.x builds that already carry some version 2
 * fields under version 1 validate here too.
 */
export const ReportSchemaV1 = reportSchema({
  version: 1,
  delta: MetricDeltaV1,
  pairwise: PairwiseStatsV1,
  reason: Type.String(),
  options: { title: 'promptgate JSON report, version 1', description: 'Written by promptgate 0.1.0.' },
});

/** The published report, as users' tooling reads it. */
export type ReportDocument = Static<typeof ReportSchema>;
export type ReportDocumentV1 = Static<typeof ReportSchemaV1>;

/** The one place internal types meet the contract: a field renamed inside fails to compile here. */
export function toReportDocument(report: Report): ReportDocument {
  return report;
}

/** A validated document as the internal report (`merge`, `promote --report`). */
export function fromReportDocument(document: ReportDocument): Report {
  return document;
}
