#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  reasonLine
} from "./chunk-ECO7HHYC.js";
import {
  VERDICT_LABEL
} from "./chunk-B3M2E42Y.js";

// src/report/format.ts
function percent(fraction) {
  return `${(fraction * 100).toFixed(1)}%`;
}
function points(fraction, signed = false) {
  const value = (fraction * 100).toFixed(1);
  return `${signed ? sign(fraction, value) : value.replace(/^-/, "")} pts`;
}
function score(value, signed = false) {
  const text = value.toFixed(2);
  return signed ? sign(value, text) : text;
}
function interval(ci) {
  return `${score(ci.low)} to ${score(ci.high)}`;
}
function usd(value) {
  return `$${value.toFixed(value >= 1 ? 2 : 4)}`;
}
function count(value) {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function duration(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
function verdictLabel(verdict) {
  return VERDICT_LABEL[verdict];
}
function sign(value, text) {
  if (/^-?0(\.0+)?$/.test(text)) return text.replace(/^-/, "");
  return value > 0 ? `+${text}` : text;
}
function stdErrText(stdErr, n) {
  return n < 2 ? "n/a" : score(stdErr);
}
function changeEvidence(d, arrow = "->") {
  if (d.n < 2) return "n/a";
  return `${Math.round(d.ciLevel * 100)}% CI ${interval(d.ci)}; ${d.passToFail} pass${arrow}fail, ${d.failToPass} fail${arrow}pass; p = ${d.flipPValue < 1e-3 ? d.flipPValue.toExponential(1) : d.flipPValue.toFixed(3)}`;
}

// src/compare/cases.ts
var CASE_PASS_FRACTION = 0.5;
function allSamplesErrored(side) {
  return side.samples.length > 0 && side.samples.every((s) => s.error !== void 0);
}
function caseMetricValue(c, side, metric) {
  const report = c[side];
  if (!report) return void 0;
  if (allSamplesErrored(report)) {
    return metricApplies(c, metric) ? "error" : void 0;
  }
  const results = report.samples.flatMap(
    (s) => s.error === void 0 && s.metrics[metric] ? [s.metrics[metric]] : []
  );
  if (results.length === 0) return void 0;
  const scored = results.filter((r) => r.outcome !== "error");
  if (scored.length === 0) return "error";
  const sampleScores = scored.map((r) => r.score);
  return {
    passFraction: scored.filter((r) => r.outcome === "pass").length / scored.length,
    score: sampleScores.reduce((a, b) => a + b, 0) / sampleScores.length,
    sampleScores
  };
}
function metricApplies(c, metric) {
  const ran = [...c.baseline?.samples ?? [], ...c.candidate?.samples ?? []].filter(
    (s) => s.error === void 0
  );
  return ran.length === 0 || ran.some((s) => s.metrics[metric] !== void 0);
}
function caseOutcome(c, side, singleMetrics) {
  const report = c[side];
  if (!report || allSamplesErrored(report)) return "error";
  const values = singleMetrics.map((m) => caseMetricValue(c, side, m));
  if (values.some((v) => v !== void 0 && v !== "error" && v.passFraction < CASE_PASS_FRACTION))
    return "fail";
  if (values.includes("error")) return "error";
  return "pass";
}
function caseScore(c, side, singleMetrics) {
  const scores = singleMetrics.flatMap((m) => {
    const v = caseMetricValue(c, side, m);
    return v === void 0 || v === "error" ? [] : [v.score];
  });
  return scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
}
function isFlaky(c, singleMetrics) {
  return singleMetrics.some((m) => {
    const v = caseMetricValue(c, "baseline", m);
    return v !== void 0 && v !== "error" && v.passFraction > 0 && v.passFraction < 1;
  });
}
function scoreCases(cases, singleMetrics) {
  return cases.map((c) => {
    const scored = { ...c };
    delete scored.flip;
    for (const side of ["baseline", "candidate"]) {
      const report = c[side];
      if (report) {
        scored[side] = {
          outcome: caseOutcome(c, side, singleMetrics),
          score: caseScore(c, side, singleMetrics),
          samples: report.samples
        };
      }
    }
    delete scored.flaky;
    const before = scored.baseline?.outcome;
    const after = scored.candidate?.outcome;
    if (before === "pass" && after === "fail") scored.flip = "pass->fail";
    if (before === "fail" && after === "pass") scored.flip = "fail->pass";
    if (isFlaky(c, singleMetrics)) scored.flaky = true;
    return scored;
  });
}
function collectCases(baseline, candidate, pairwise, singleMetrics) {
  const byId = /* @__PURE__ */ new Map();
  const add = (run, side) => {
    const existing = byId.get(run.caseId);
    const report = existing ?? {
      id: run.caseId,
      vars: run.vars,
      ...run.expected !== void 0 ? { expected: run.expected } : {}
    };
    report[side] = unscoredSide(run.samples);
    byId.set(run.caseId, report);
  };
  for (const run of candidate?.cases ?? []) add(run, "candidate");
  for (const run of baseline?.cases ?? []) add(run, "baseline");
  for (const [caseId, results] of Object.entries(pairwise)) {
    const report = byId.get(caseId);
    if (report && Object.keys(results).length > 0) report.pairwise = results;
  }
  return scoreCases([...byId.values()], singleMetrics);
}
function unscoredSide(samples) {
  return { outcome: "error", score: 0, samples };
}
function pairedCasePassFractions(cases, singleMetrics) {
  return cases.flatMap((c) => {
    const before = samplePassFraction(c.baseline, singleMetrics);
    const after = samplePassFraction(c.candidate, singleMetrics);
    return before === void 0 || after === void 0 ? [] : [after - before];
  });
}
function samplePassFraction(side, singleMetrics) {
  if (!side || side.outcome === "error") return void 0;
  const scored = side.samples.filter(
    (s) => s.error === void 0 && singleMetrics.every((m) => s.metrics[m]?.outcome !== "error")
  );
  if (scored.length === 0) return void 0;
  const passing = scored.filter((s) => singleMetrics.every((m) => s.metrics[m]?.outcome !== "fail"));
  return passing.length / scored.length;
}
function sidePassRate(cases, side) {
  const outcomes = cases.flatMap((c) => c[side] && c[side].outcome !== "error" ? [c[side].outcome] : []);
  if (outcomes.length === 0) return void 0;
  const passed = outcomes.filter((o) => o === "pass").length;
  return { rate: passed / outcomes.length, passed, scored: outcomes.length };
}

// src/report/facts.ts
function headline(report) {
  const n = report.prompts.length;
  if (report.verdict === "pass") {
    if (n === 0) return report.reasons[0]?.message ?? "nothing to evaluate";
    return report.mode === "eval" ? `${plural(n, "prompt")} ${n === 1 ? "meets its threshold" : "meet their thresholds"}` : `${plural(n, "prompt")} evaluated, no regression`;
  }
  const failed = report.prompts.filter((p) => p.verdict === "fail");
  const errored = report.prompts.filter((p) => p.verdict === "error");
  const regressions = failed.flatMap((p) => {
    const r = regressionOf(p);
    return r ? [{ prompt: p, regression: r }] : [];
  });
  const worst = regressions.reduce(
    (a, b) => a === void 0 || b.regression.size > a.regression.size ? b : a,
    void 0
  );
  if (failed.length === 1 && errored.length === 0 && worst) {
    return `\`${worst.prompt.id}\` regressed: ${worst.regression.text}`;
  }
  const allRegressed = regressions.length === failed.length;
  const inconclusive = report.prompts.filter((p) => p.verdict === "inconclusive");
  const counts = [
    ...failed.length > 0 ? [`${failed.length} of ${plural(n, "prompt")} ${allRegressed ? "regressed" : "failed the gate"}`] : [],
    ...errored.length > 0 ? [`${errored.length} of ${plural(n, "prompt")} had errors`] : [],
    ...inconclusive.length > 0 ? [`${inconclusive.length} of ${plural(n, "prompt")} inconclusive`] : []
  ].join(", ");
  const shown = failed[0] ?? inconclusive[0];
  const why = worst ? `${failed.length > 1 ? "worst " : ""}\`${worst.prompt.id}\`: ${worst.regression.text}` : errored[0] ? errorWhy(errored[0]) : shown ? `\`${shown.id}\`: ${shown.reasons[0]?.message ?? shown.verdict}` : report.reasons[0] && reasonLine(report.reasons[0]);
  if (!counts) return why ?? report.verdict;
  return why ? `${counts}; ${why}` : counts;
}
function regressionOf(prompt) {
  if (!hasBaseline(prompt) || prompt.status === "removed") return void 0;
  const dropped = prompt.metrics.filter(
    (m) => m.status !== "pass" && (m.delta !== void 0 && m.delta.n > 0 && (m.delta.passRate < 0 || m.delta.meanScore < 0) || m.pairwise !== void 0 && m.pairwise.lossRate > m.pairwise.winRate)
  );
  const metrics = dropped.map((m) => m.name);
  const on = metrics.length > 0 ? ` on ${metrics.map((m) => `\`${m}\``).join(", ")}` : "";
  const before = sidePassRate(prompt.cases, "baseline");
  const after = sidePassRate(prompt.cases, "candidate");
  if (before && after && after.rate < before.rate) {
    const flips = prompt.cases.filter((c2) => c2.flip === "pass->fail").length;
    return {
      text: `pass rate ${percent(before.rate)} \u2192 ${percent(after.rate)} (${points(after.rate - before.rate, true)}; ${flips} of ${plural(prompt.cases.length, "case")} pass \u2192 fail${on})`,
      size: before.rate - after.rate,
      passRateFell: true,
      metrics
    };
  }
  const worst = dropped.reduce(
    (a, b2) => a === void 0 || metricDrop(b2) > metricDrop(a) ? b2 : a,
    void 0
  );
  if (!worst) return void 0;
  if (worst.pairwise) {
    const p = worst.pairwise;
    return {
      text: `\`${worst.name}\` judged worse: ${p.wins} wins, ${p.ties} ties, ${p.losses} losses`,
      size: p.lossRate - p.winRate,
      passRateFell: false,
      metrics
    };
  }
  const b = worst.baseline?.meanScore ?? 0;
  const c = worst.candidate?.meanScore ?? 0;
  return {
    text: `\`${worst.name}\` mean score ${score(b)} \u2192 ${score(c)} (${score(c - b, true)})`,
    size: b - c,
    passRateFell: false,
    metrics
  };
}
function metricDrop(m) {
  if (m.pairwise) return m.pairwise.lossRate - m.pairwise.winRate;
  return -(m.delta?.meanScore ?? 0);
}
function rootCauses(prompt) {
  const messages = (reasons) => reasons.map((r) => r.message);
  const regression = regressionOf(prompt);
  if (!regression) return { causes: messages(prompt.reasons), folded: [] };
  const isFolded = (r) => r.metric !== void 0 && regression.metrics.includes(r.metric) || regression.passRateFell && r.scope === "prompt" && r.code === "below-threshold";
  const folded = prompt.reasons.filter(isFolded);
  const belowMinimum = folded.some((r) => r.code === "below-threshold");
  const rest = prompt.reasons.filter((r) => !isFolded(r));
  const cause = `${regression.text}${belowMinimum ? ", below the minimum pass rate" : ""}`;
  return { causes: [cause, ...messages(rest)], folded: messages(folded) };
}
function errorWhy(prompt) {
  const first = errorMessages(prompt)[0];
  return `${prompt.id}: ${plural(prompt.errors, "error")}${first ? ` (e.g. ${first.message})` : ""}`;
}
function runReasons(report) {
  return report.reasons.filter((r) => r.scope === "run");
}
function notAppliedNote(report) {
  const settings = report.headConfigNotApplied ?? [];
  if (settings.length === 0) return void 0;
  return `not applied from the pull request's promptgate.yaml: ${settings.join("; ")} (routing, secrets, the gate and the budget come from the base commit unless the head config is trusted: --trust-head-config, action input \`trust-head-config: true\`)`;
}
function hasBaseline(prompt) {
  return prompt.usage.baseline !== void 0;
}
function passRateChange(prompt, arrow = "->") {
  const before = sidePassRate(prompt.cases, "baseline");
  const after = sidePassRate(prompt.cases, "candidate");
  const text = (r) => r ? percent(r.rate) : "n/a";
  if (prompt.status === "removed") return text(before);
  return hasBaseline(prompt) ? `${text(before)} ${arrow} ${text(after)}` : text(after);
}
function firstOutput(side) {
  return side?.samples.find((s) => s.output !== void 0)?.output;
}
function caseProblems(side) {
  const problems = /* @__PURE__ */ new Map();
  for (const s of side?.samples ?? []) {
    if (s.error !== void 0 && !problems.has("\0error"))
      problems.set("\0error", `error: ${s.error}`);
    for (const [name, result] of Object.entries(s.metrics)) {
      if (result.outcome !== "pass" && !problems.has(name)) {
        problems.set(name, `${name}${result.outcome === "error" ? " (error)" : ""}: ${result.reason}`);
      }
    }
  }
  return [...problems.values()];
}
var FLAKY_CASE = "the baseline samples of this case disagree, so its flip may be noise";
function notableCases(prompt) {
  if (!hasBaseline(prompt)) return prompt.cases.filter((c) => c.candidate && c.candidate.outcome !== "pass");
  const steadyFirst = (cases) => [
    ...cases.filter((c) => !c.flaky),
    ...cases.filter((c) => c.flaky)
  ];
  return [
    ...steadyFirst(prompt.cases.filter((c) => c.flip === "pass->fail")),
    ...steadyFirst(prompt.cases.filter((c) => c.candidate?.outcome === "error")),
    ...steadyFirst(prompt.cases.filter((c) => c.flip === "fail->pass"))
  ];
}
function errorMessages(prompt) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of prompt.cases) {
    for (const side of [c.baseline, c.candidate]) {
      for (const s of side?.samples ?? []) {
        const messages = [
          ...s.error !== void 0 ? [s.error] : [],
          ...Object.entries(s.metrics).flatMap(
            ([name, r]) => r.outcome === "error" ? [`${name}: ${r.reason}`] : []
          )
        ];
        for (const m of messages) counts.set(m, (counts.get(m) ?? 0) + 1);
      }
    }
    for (const [name, r] of Object.entries(c.pairwise ?? {})) {
      if (r.outcome === "error")
        counts.set(`${name}: ${r.reason}`, (counts.get(`${name}: ${r.reason}`) ?? 0) + 1);
    }
  }
  return [...counts.entries()].map(([message, count2]) => ({ message, count: count2 }));
}

export {
  CASE_PASS_FRACTION,
  caseMetricValue,
  isFlaky,
  collectCases,
  pairedCasePassFractions,
  sidePassRate,
  percent,
  points,
  score,
  interval,
  usd,
  count,
  duration,
  plural,
  shortSha,
  verdictLabel,
  stdErrText,
  changeEvidence,
  headline,
  regressionOf,
  rootCauses,
  runReasons,
  notAppliedNote,
  hasBaseline,
  passRateChange,
  firstOutput,
  caseProblems,
  FLAKY_CASE,
  notableCases,
  errorMessages
};
