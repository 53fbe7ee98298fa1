#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  count,
  plural,
  usd
} from "./chunk-VF6S3Y37.js";

// src/report/rounds.ts
function ending(stop, round, alpha) {
  if (stop === "decided") return `decided in round ${round} at one-sided alpha ${alpha}`;
  const last = `round ${round} at one-sided alpha ${alpha}`;
  return stop === "budget" ? `${last}; the next round would exceed max_cost_usd` : `still inconclusive at max_repeats (${last})`;
}
function roundsSummary(adaptive) {
  const { rounds } = adaptive;
  const steps = rounds.map(
    (r, i) => i === 0 ? `${plural(r.cases, "case")} at ${plural(r.samplesPerCase, "sample")} per side` : `${plural(r.cases, "uncertain case")} at ${r.samplesPerCase}`
  );
  const calls = rounds.reduce((sum, r) => sum + r.calls, 0);
  const cost = rounds.reduce((sum, r) => sum + r.costUsd, 0);
  const alpha = (rounds.at(-1)?.alpha ?? 0).toPrecision(2);
  return `repeat: auto, ${rounds.length} of ${plural(adaptive.planned, "round")} (${steps.join(", then ")}): ${count(calls)} calls, ${usd(cost)}; ${ending(adaptive.stop, rounds.length, alpha)}`;
}

// src/report/notices.ts
function reportNotices(report) {
  return {
    notEvaluated: (report.notEvaluated ?? []).map(
      (p) => p.path && p.path !== p.id ? `\`${p.id}\` (${p.path}): ${p.reason}` : `\`${p.id}\`: ${p.reason}`
    ),
    warnings: report.warnings ?? []
  };
}
function capped(items, max) {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), `\u2026and ${items.length - max} more (see the JSON report)`];
}

export {
  roundsSummary,
  reportNotices,
  capped
};
