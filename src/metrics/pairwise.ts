import { isRecord } from '../core/is-record.js';
import { Type } from '@sinclair/typebox';
import { checkMetricConfig, metricConfig, metricSite, type MetricSite } from './config.js';
import { askJudge, replyShape } from './judge/reply.js';
import {
  pairwiseSystemPrompt,
  pairwiseUserPrompt,
  templateVariables,
  type JudgeCaseContext,
} from './judge/prompt.js';
import { escapeData, PAIRWISE_FORMAT_NAME } from './judge/protocol.js';
import { loadJudgeTemplate, renderJudgeTemplate, type JudgeTemplate } from './judge/template.js';
import { truncate } from './text.js';
import type { JudgeClient, PairResult, PairVerdict, PairwiseMetricDefinition } from './types.js';
import { substituteVars, variableScope } from './vars.js';

export interface PairwiseConfig {
  rubric: string;
  model?: string;
  template?: JudgeTemplate;
}

export const DEFAULT_PAIRWISE_RUBRIC =
  'Which output better does what the prompt asks: correct, complete and useful to its reader, without unrequested content?';

type Winner = 'A' | 'B' | 'tie';

interface PairwiseAnswer {
  reasoning: string;
  winner: Winner;
}

const answerShape = replyShape<PairwiseAnswer>(
  PAIRWISE_FORMAT_NAME,
  {
    type: 'object',
    additionalProperties: false,
    required: ['reasoning', 'winner'],
    properties: { reasoning: { type: 'string' }, winner: { type: 'string', enum: ['A', 'B', 'tie'] } },
  },
  // Judges write "a", "B " or "Tie" as often as the exact enum value.
  (value) => {
    if (!isRecord(value) || typeof value.winner !== 'string') return value;
    const winner = value.winner.trim().toLowerCase();
    return { ...value, winner: winner === 'a' ? 'A' : winner === 'b' ? 'B' : winner };
  },
);

const SCORES: Record<PairVerdict, number> = { win: 1, tie: 0.5, loss: 0 };

const PairwiseConfigSchema = metricConfig({
  rubric: Type.Optional(Type.String()),
  model: Type.Optional(Type.String()),
  template: Type.Optional(Type.String()),
});

/**
 * `pairwise`: a judge compares the baseline's and the candidate's output for the same case. It is
 * asked twice with the positions swapped, to cancel position bias: two consistent answers give a
 * win, loss or tie for the candidate; answers that contradict each other count as a tie.
 */
export const pairwiseMetric: PairwiseMetricDefinition<PairwiseConfig> = {
  type: 'pairwise',
  kind: 'pairwise',
  usesJudge: true,
  configSchema: PairwiseConfigSchema,
  parse(raw, context) {
    const site: MetricSite = metricSite('pairwise', context);
    const config = checkMetricConfig(site, PairwiseConfigSchema, raw);
    return {
      rubric: config.rubric || DEFAULT_PAIRWISE_RUBRIC,
      model: config.model,
      template:
        config.template === undefined
          ? undefined
          : loadJudgeTemplate(config.template, site, ['output_a', 'output_b']),
    };
  },
  async evaluatePair(config, input): Promise<PairResult> {
    const rubric = substituteVars(config.rubric, variableScope(input));
    const ask = (a: string, b: string) => askOnce(config, rubric, a, b, input, input.judge);
    const [baselineFirst, candidateFirst] = await Promise.all([
      ask(input.baseline, input.candidate),
      ask(input.candidate, input.baseline),
    ]);
    if (!baselineFirst.ok) return { outcome: 'error', score: 0, reason: baselineFirst.error };
    if (!candidateFirst.ok) return { outcome: 'error', score: 0, reason: candidateFirst.error };

    // From the candidate's side: it is B in the first order and A in the second.
    const first = toVerdict(baselineFirst.value.winner, 'B');
    const second = toVerdict(candidateFirst.value.winner, 'A');
    const verdict: PairVerdict = first === second ? first : 'tie';
    const why =
      first === second
        ? `(A = baseline, B = candidate) ${truncate(baselineFirst.value.reasoning, 300)}`
        : `the judge contradicted itself when the order was swapped (${first}, then ${second}), so it counts as a tie`;
    return {
      outcome: verdict === 'loss' ? 'fail' : 'pass',
      score: SCORES[verdict],
      verdict,
      reason: `candidate ${verdict === 'win' ? 'wins' : verdict === 'loss' ? 'loses' : 'ties'}: ${why}`,
    };
  },
};

function toVerdict(winner: Winner, candidatePosition: 'A' | 'B'): PairVerdict {
  if (winner === 'tie') return 'tie';
  return winner === candidatePosition ? 'win' : 'loss';
}

function askOnce(
  config: PairwiseConfig,
  rubric: string,
  outputA: string,
  outputB: string,
  context: JudgeCaseContext,
  judge: JudgeClient,
) {
  const user = config.template
    ? renderJudgeTemplate(
        config.template,
        templateVariables(context, { rubric, output_a: escapeData(outputA), output_b: escapeData(outputB) }),
      )
    : pairwiseUserPrompt(rubric, outputA, outputB, context);
  return askJudge(
    judge,
    {
      ...(config.model ? { model: config.model } : {}),
      messages: [
        { role: 'system', content: pairwiseSystemPrompt() },
        { role: 'user', content: user },
      ],
    },
    answerShape,
  );
}
