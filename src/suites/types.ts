import type { SampleRepeat } from '../config/types.js';
import type { SourceLocation } from '../errors.js';

/** One metric as configured in a suite (already validated by its metric definition's `parse`). */
export interface MetricSpec {
  /** Display and aggregation name; defaults to the type (made unique within a suite). */
  name: string;
  type: string;
  /** Parsed, metric-specific configuration (the output of `MetricDefinition.parse`). */
  config: unknown;
  location: SourceLocation;
}

export interface EvalCase {
  /** Stable id: the case's `id`, else `case-<n>` (1-based). */
  id: string;
  vars: Record<string, unknown>;
  expected?: unknown;
  /** Metrics only for this case, in addition to the suite's. */
  metrics: MetricSpec[];
  location: SourceLocation;
}

export interface Suite {
  /** Repo-relative path of the suite file (or of the prompt file for embedded GitHub suites). */
  path: string;
  name: string;
  /** The prompt it tests: an id or a repo-relative path. */
  prompt: string;
  cases: EvalCase[];
  metrics: MetricSpec[];
  /** Minimum candidate pass rate (fraction of cases passing every metric); default 1. */
  threshold: number;
  /** `repeat: n` or `repeat: auto`; unset: promptgate.yaml's `repeat` (default 1). */
  repeat?: SampleRepeat;
  /** Model reference of the judge for LLM metrics of this suite (overrides the global one). */
  judgeModel?: string;
  /** Repo-relative paths of other files it depends on (schema `$ref`s, judge templates). */
  dependencies: string[];
}
