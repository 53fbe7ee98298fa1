#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  Type,
  literals
} from "./chunk-AQUIZFRD.js";
import {
  REASON_CODES,
  REASON_SCOPES
} from "./chunk-ECO7HHYC.js";
import {
  VERDICTS
} from "./chunk-B3M2E42Y.js";

// src/contracts/report.ts
var REPORT_SCHEMA_VERSION = 2;
var REPORT_SCHEMA_ID = "https://promptgate.dev/schemas/report.schema.json";
var Fraction = Type.Number({ minimum: 0, maximum: 1 });
var Count = Type.Integer({ minimum: 0 });
var Optional = (schema) => Type.Optional(schema);
var Verdict = literals(VERDICTS);
var Outcome = literals(["pass", "fail", "error"]);
var Interval = Type.Object({ low: Type.Number(), high: Type.Number() });
var Latency = Type.Object({ p50: Type.Number(), p95: Type.Number() });
var GitRef = Type.Object({ ref: Type.String(), sha: Type.String() });
var MetricResult = Type.Object({ outcome: Outcome, score: Fraction, reason: Type.String() });
var PairResult = Type.Composite([
  MetricResult,
  Type.Object({ verdict: Optional(literals(["win", "tie", "loss"])) })
]);
var Sample = Type.Object({
  sample: Count,
  output: Optional(Type.String()),
  error: Optional(Type.String()),
  metrics: Type.Record(Type.String(), MetricResult),
  usage: Type.Object({ inputTokens: Count, outputTokens: Count }),
  costUsd: Type.Number({ minimum: 0 }),
  latencyMs: Type.Number({ minimum: 0 }),
  cached: Type.Boolean()
});
var CaseSide = Type.Object({ outcome: Outcome, score: Fraction, samples: Type.Array(Sample) });
var Case = Type.Object({
  id: Type.String(),
  vars: Type.Record(Type.String(), Type.Unknown()),
  expected: Optional(Type.Unknown()),
  baseline: Optional(CaseSide),
  candidate: Optional(CaseSide),
  pairwise: Optional(Type.Record(Type.String(), PairResult)),
  flip: Optional(literals(["pass->fail", "fail->pass"])),
  flaky: Optional(Type.Literal(true))
});
var SideStats = Type.Object({
  n: Count,
  passRate: Fraction,
  passRateCi: Interval,
  meanScore: Fraction,
  scoreStdErr: Type.Number({ minimum: 0 }),
  errors: Count
});
var MetricDeltaV1Fields = {
  passRate: Type.Number(),
  meanScore: Type.Number(),
  ci: Interval,
  n: Count,
  flipPValue: Fraction,
  passToFail: Count,
  failToPass: Count,
  significant: Type.Boolean(),
  minDetectableEffect: Type.Number()
};
var MetricDeltaV2Fields = {
  passRateCi: Interval,
  ciLevel: Fraction,
  scorePValue: Fraction,
  scoreTest: literals(["paired-t", "sign-flip", "pass-rate"]),
  flakyCases: Count
};
var MetricDelta = Type.Object({ ...MetricDeltaV1Fields, ...MetricDeltaV2Fields });
var MetricDeltaV1 = Type.Composite([
  Type.Object(MetricDeltaV1Fields),
  Type.Partial(Type.Object(MetricDeltaV2Fields))
]);
var PairwiseStatsV1Fields = {
  wins: Count,
  ties: Count,
  losses: Count,
  errors: Count,
  winRate: Fraction,
  tieRate: Fraction,
  lossRate: Fraction,
  netCi: Interval
};
var PairwiseStats = Type.Object({ ...PairwiseStatsV1Fields, pValue: Fraction });
var PairwiseStatsV1 = Type.Object({ ...PairwiseStatsV1Fields, pValue: Optional(Fraction) });
var Reason = Type.Object({
  scope: literals(REASON_SCOPES),
  code: literals(REASON_CODES),
  promptId: Optional(Type.String()),
  metric: Optional(Type.String()),
  message: Type.String()
});
var UsageBucket = Type.Object({
  calls: Count,
  cachedCalls: Count,
  errors: Count,
  inputTokens: Count,
  outputTokens: Count,
  costUsd: Type.Number({ minimum: 0 }),
  latencyMs: Latency
});
var SideUsage = Type.Omit(UsageBucket, ["errors"]);
var AdaptiveRound = Type.Object({
  samplesPerCase: Type.Integer({ minimum: 1 }),
  cases: Count,
  calls: Count,
  costUsd: Type.Number({ minimum: 0 }),
  alpha: Fraction,
  verdict: Verdict
});
function reportSchema(parts) {
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
    reasons: Type.Array(parts.reason)
  });
  const Prompt = Type.Object({
    id: Type.String(),
    path: Type.String(),
    previousPath: Optional(Type.String()),
    status: literals(["modified", "added", "removed", "renamed", "unchanged"]),
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
      suggestedBump: Optional(literals(["major", "minor", "patch"]))
    }),
    promptTokens: Type.Object({ baseline: Optional(Count), candidate: Optional(Count) }),
    threshold: Fraction,
    metrics: Type.Array(Metric),
    cases: Type.Array(Case),
    usage: Type.Object({ baseline: Optional(SideUsage), candidate: Optional(SideUsage) }),
    errors: Count,
    setupErrors: Optional(
      Type.Object({ baseline: Optional(Type.String()), candidate: Optional(Type.String()) })
    ),
    /** The loader's message when the file could not be loaded (the entry has no cases then). */
    loadError: Optional(Type.String()),
    /** `repeat: auto` in compare: each round of re-sampling, its calls and cost, and why the rounds ended. */
    adaptive: Optional(
      Type.Object({
        planned: Type.Integer({ minimum: 1 }),
        rounds: Type.Array(AdaptiveRound),
        stop: literals(["decided", "max-repeats", "budget"])
      })
    )
  });
  return Type.Object(
    {
      schemaVersion: Type.Literal(parts.version),
      tool: Type.Object({ name: Type.Literal("promptgate"), version: Type.String() }),
      mode: literals(["eval", "compare", "scheduled"]),
      verdict: Verdict,
      failOn: Optional(Type.Array(Verdict)),
      reasons: Type.Array(parts.reason),
      generatedAt: Type.String({ format: "date-time" }),
      base: Optional(GitRef),
      head: Optional(GitRef),
      prompts: Type.Array(Prompt),
      usage: Type.Composite([
        UsageBucket,
        Type.Object({
          judge: UsageBucket,
          budgetExhausted: Type.Boolean(),
          unpricedModels: Optional(Type.Array(Type.String()))
        })
      ]),
      errors: Count,
      shard: Optional(
        Type.Object({ index: Type.Integer({ minimum: 1 }), total: Type.Integer({ minimum: 1 }) })
      ),
      headConfigNotApplied: Optional(Type.Array(Type.String())),
      warnings: Optional(Type.Array(Type.String())),
      notEvaluated: Optional(
        Type.Array(Type.Object({ id: Type.String(), path: Type.String(), reason: Type.String() }))
      )
    },
    parts.options
  );
}
var ReportSchema = reportSchema({
  version: REPORT_SCHEMA_VERSION,
  delta: MetricDelta,
  pairwise: PairwiseStats,
  reason: Reason,
  options: {
    $id: REPORT_SCHEMA_ID,
    title: "promptgate JSON report",
    description: "Written by `promptgate eval|compare|merge --json FILE` and the action (`report-path`)."
  }
});
var ReportSchemaV1 = reportSchema({
  version: 1,
  delta: MetricDeltaV1,
  pairwise: PairwiseStatsV1,
  reason: Type.String(),
  options: { title: "promptgate JSON report, version 1", description: "Written by promptgate 0.1.0." }
});
function toReportDocument(report) {
  return report;
}
function fromReportDocument(document) {
  return document;
}

// src/report/json.ts
function reportJson(report) {
  return JSON.stringify(toReportDocument(report), null, 2);
}

export {
  REPORT_SCHEMA_VERSION,
  ReportSchema,
  ReportSchemaV1,
  fromReportDocument,
  reportJson
};
