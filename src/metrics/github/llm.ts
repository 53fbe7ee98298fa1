import { Type, type Static } from '@sinclair/typebox';
import type { ChatMessage } from '../../providers/types.js';
import { checkMetricConfig, metricConfig, metricSite, type MetricSite } from '../config.js';
import { escapeData } from '../judge/protocol.js';
import { quote } from '../text.js';
import type { SingleMetricDefinition } from '../types.js';
import { goLowerCase } from './go-lower.js';
import { ignoredKeysHint, splitKeys } from './keys.js';
import { substituteGitHub } from './substitute.js';

const LLM_KEYS = ['modelId', 'prompt', 'systemPrompt', 'choices'];

/** Go decodes a scalar into a string field as its text: `choice: 1` is the choice "1". */
const GoText = Type.Union([Type.String({ minLength: 1 }), Type.Number(), Type.Boolean()]);

/** The `llm:` mapping as written; the keys gh does not read are set aside before the check. */
const GitHubLlmInputSchema = metricConfig({
  modelId: Type.String({ minLength: 1 }),
  prompt: Type.String({ minLength: 1 }),
  systemPrompt: Type.Optional(Type.String()),
  // Other keys of a choice are ignored, as gh does; a missing (or empty) score decodes as 0.
  choices: Type.Array(
    Type.Object({ choice: GoText, score: Type.Optional(Type.Union([Type.Number(), Type.Null()])) }),
    { minItems: 1 },
  ),
});

const GitHubChoiceSchema = Type.Object({ choice: Type.String(), score: Type.Number() });
export type GitHubChoice = Static<typeof GitHubChoiceSchema>;

/** The parsed config; a schema so code outside the metric can narrow a spec's config without a cast. */
export const GitHubLlmConfigSchema = Type.Object({
  /** The judge model (`modelId`). */
  model: Type.String(),
  prompt: Type.String(),
  systemPrompt: Type.Optional(Type.String()),
  choices: Type.Array(GitHubChoiceSchema),
  /**
   * Set for our own built-in prompts, which put the data inside tags: inserted values are then
   * delimiter-escaped. User-written `llm` prompts are sent exactly as `gh models eval` sends them.
   */
  delimitData: Type.Boolean(),
});
export type GitHubLlmConfig = Static<typeof GitHubLlmConfigSchema>;

/**
 * An `llm` evaluator of a `.prompt.yml` (and the built-in `github/*` ones), with `gh models eval`
 * semantics: the test data plus `{{completion}}` (the trimmed output) are substituted literally
 * into the prompt; the judge's reply is lower-cased and trimmed, and the first choice (in the order
 * listed) found in it as a substring gives the score; passed = score > 0. No choice found is a
 * failure with score 0. A failed judge call is an `error` (gh would stop the run).
 */
export const githubLlmMetric: SingleMetricDefinition<GitHubLlmConfig> = {
  type: 'github-llm',
  kind: 'single',
  usesJudge: true,
  configSchema: GitHubLlmInputSchema,
  /** `raw` is the evaluator's `llm:` mapping. */
  parse(raw, context) {
    const { known, ignored } = splitKeys(raw, LLM_KEYS);
    const hint = (fallback: string) => ignoredKeysHint(ignored, LLM_KEYS, fallback);
    const site: MetricSite = metricSite('llm', context, 'GitHub `llm` evaluator');
    const config = checkMetricConfig(site, GitHubLlmInputSchema, known, {
      modelId: hint('the judge model, e.g. `openai/gpt-4o-mini`'),
      prompt: hint('the judge prompt, with `{{completion}}` where the output goes'),
      choices: hint('e.g. `- { choice: "good", score: 1 }`'),
    });
    const choices = config.choices.map((item): GitHubChoice => ({
      choice: String(item.choice),
      score: item.score ?? 0,
    }));
    return {
      model: config.modelId,
      prompt: config.prompt,
      systemPrompt: config.systemPrompt || undefined,
      choices,
      delimitData: false,
    };
  },
  async evaluate(config, input) {
    const completion = input.output.trim();
    const encode = config.delimitData ? escapeData : (value: string) => value;
    const prompt = substituteGitHub(config.prompt, { ...input.vars, completion }, encode);
    const messages: ChatMessage[] = [
      ...(config.systemPrompt ? [{ role: 'system' as const, content: config.systemPrompt }] : []),
      { role: 'user', content: prompt },
    ];
    // gh sends the judge its messages and model only: no temperature, no response format.
    const reply = await input.judge.complete({ model: config.model, messages, temperature: null });
    if (!reply.ok) return { outcome: 'error', score: 0, reason: `judge call failed: ${reply.error}` };
    const text = goLowerCase(reply.text).trim();
    const match = config.choices.find((c) => text.includes(goLowerCase(c.choice)));
    if (!match) {
      return {
        outcome: 'fail',
        score: 0,
        reason: `judge reply ${quote(text, 120)} matched none of the choices ${config.choices.map((c) => quote(c.choice)).join(', ')}`,
      };
    }
    return {
      outcome: match.score > 0 ? 'pass' : 'fail',
      // gh allows any score; ours are 0..1, so out-of-range scores are clamped (the verdict is unchanged).
      score: Math.min(1, Math.max(0, match.score)),
      reason: `judge chose ${quote(match.choice)} (score ${match.score})`,
    };
  },
};
