import { Type } from '@sinclair/typebox';
import {
  checkMetricConfig,
  metricConfig,
  metricSite,
  textList,
  TextList,
  type MetricSite,
} from './config.js';
import { askJudge, replyShape } from './judge/reply.js';
import { rubricSystemPrompt, rubricUserPrompt, templateVariables } from './judge/prompt.js';
import { escapeData, JUDGE_FORMAT_NAME } from './judge/protocol.js';
import { loadJudgeTemplate, renderJudgeTemplate, type JudgeTemplate } from './judge/template.js';
import { truncate } from './text.js';
import type { SingleMetricDefinition } from './types.js';
import { substituteVars, variableScope } from './vars.js';

export interface JudgeConfig {
  rubric: string;
  criteria: string[];
  scale: { min: number; max: number };
  /** Minimum normalised score (0..1) to pass. */
  threshold: number;
  /** Judge model ref; undefined means the suite's or the global judge model. */
  model?: string;
  template?: JudgeTemplate;
}

/**
 * Default threshold: 0.5 on the normalised score, i.e. at least the middle of the scale (3 on
 * 1..5). A judge's absolute score is noisy; the gate compares scores between versions, so the
 * pass/fail line only needs to separate clearly bad outputs.
 */
export const DEFAULT_JUDGE_THRESHOLD = 0.5;

interface JudgeVerdict {
  reasoning: string;
  score: number;
}

const verdictShape = replyShape<JudgeVerdict>(JUDGE_FORMAT_NAME, {
  type: 'object',
  additionalProperties: false,
  required: ['reasoning', 'score'],
  properties: { reasoning: { type: 'string' }, score: { type: 'number' } },
});

const JudgeConfigSchema = metricConfig({
  rubric: Type.String({ minLength: 1 }),
  criteria: Type.Optional(TextList),
  scale: Type.Optional(metricConfig({ min: Type.Number(), max: Type.Number() })),
  threshold: Type.Optional(Type.Number()),
  model: Type.Optional(Type.String()),
  template: Type.Optional(Type.String()),
});

/**
 * `judge`: an LLM grades the output against a rubric (and the case's `expected` as a reference
 * answer when present) on a numeric scale, with structured output. An unusable reply or a score
 * outside the scale is an `error`, never a pass.
 */
export const judgeMetric: SingleMetricDefinition<JudgeConfig> = {
  type: 'judge',
  kind: 'single',
  usesJudge: true,
  configSchema: JudgeConfigSchema,
  parse(raw, context) {
    const site: MetricSite = metricSite('judge', context);
    const config = checkMetricConfig(site, JudgeConfigSchema, raw, {
      rubric: 'describe what a good output does, e.g. "answers the question and offers a next step"',
      scale: 'e.g. `scale: { min: 1, max: 5 }`',
    });
    const { rubric, scale = { min: 1, max: 5 }, threshold = DEFAULT_JUDGE_THRESHOLD } = config;
    if (scale.min >= scale.max)
      site.fail(`\`scale.min\` (${scale.min}) must be below \`scale.max\` (${scale.max})`);
    if (threshold < 0 || threshold > 1) {
      site.fail(
        `\`threshold\` is on the normalised 0..1 score, got ${threshold}`,
        'e.g. 0.75 = at least 4 on a 1..5 scale',
      );
    }
    return {
      rubric,
      criteria: config.criteria ? textList(config.criteria) : [],
      scale: { min: scale.min, max: scale.max },
      threshold,
      model: config.model,
      template:
        config.template === undefined ? undefined : loadJudgeTemplate(config.template, site, ['output']),
    };
  },
  async evaluate(config, input) {
    const scope = variableScope(input);
    const rubric = substituteVars(config.rubric, scope);
    const criteria = config.criteria.map((c) => substituteVars(c, scope));
    const user = config.template
      ? renderJudgeTemplate(
          config.template,
          templateVariables(input, {
            rubric,
            criteria,
            scale: config.scale,
            output: escapeData(input.output),
          }),
        )
      : rubricUserPrompt(rubric, criteria, input.output, input);
    const reply = await askJudge(
      input.judge,
      {
        ...(config.model ? { model: config.model } : {}),
        messages: [
          { role: 'system', content: rubricSystemPrompt(config.scale) },
          { role: 'user', content: user },
        ],
      },
      verdictShape,
    );
    if (!reply.ok) return { outcome: 'error', score: 0, reason: reply.error };
    const { score, reasoning } = reply.value;
    const { min, max } = config.scale;
    if (score < min || score > max) {
      return {
        outcome: 'error',
        score: 0,
        reason: `judge score ${score} is outside the scale ${min}..${max}: ${truncate(reasoning, 200)}`,
      };
    }
    const normalised = (score - min) / (max - min);
    return {
      outcome: normalised >= config.threshold ? 'pass' : 'fail',
      score: normalised,
      reason: `${score} on ${min}..${max}: ${truncate(reasoning, 400)}`,
    };
  },
};
