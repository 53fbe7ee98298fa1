import type { ParseContext } from '../metrics/types.js';
import { githubEvaluatorToMetricSpec } from '../metrics/registry.js';
import type { PromptDraft } from '../prompts/parse.js';
import { uniqueMetricNames } from './names.js';
import type { EvalCase, Suite } from './types.js';

/**
 * The suite a GitHub Models prompt file carries in itself: `testData` rows become cases and
 * `evaluators` become metrics with `gh models eval` semantics. A test passes only when every
 * evaluator passes, so the threshold is 1 (gh exits non-zero on any failing test).
 */
export function buildGitHubSuite(draft: PromptDraft): Suite | undefined {
  if (draft.testData.length === 0 && draft.evaluators.length === 0) return undefined;
  const context: ParseContext = {
    location: { file: draft.path },
    readFile: () => undefined,
    addDependency: () => undefined,
  };
  const metrics = uniqueMetricNames(
    draft.evaluators.map((raw, i) =>
      githubEvaluatorToMetricSpec(raw, { ...context, location: draft.source.locate(['evaluators', i]) }, i),
    ),
  );
  const cases: EvalCase[] = draft.testData.map((row, i) => ({
    id: `test-${i + 1}`,
    vars: row,
    expected: row.expected,
    metrics: [],
    location: draft.source.locate(['testData', i]),
  }));
  return {
    path: draft.path,
    name: draft.name ?? draft.id,
    prompt: draft.id,
    cases,
    metrics,
    threshold: 1,
    dependencies: [],
  };
}
