/**
 * The offline model: a deterministic stand-in that needs no key and no network, so the demo, CI
 * and first runs work anywhere. It is not a language model and does not pretend to be one; the
 * gateway labels it `(deterministic offline model, no network)` in every report. The model name
 * after `offline:` is ignored. What it answers, always the same for the same request:
 *
 * - Judge requests (response format `promptgate_judge`): a score on the scale stated in the prompt
 *   (`Scale: 1 to 5`), proportional to how many key words of the reference answer (else of the
 *   rubric text) appear in the graded output; the reasoning says it is the offline judge.
 * - Pairwise requests (`promptgate_pairwise`): the output with the larger overlap with the
 *   reference (else the prompt) wins; equal overlap is a tie. Swapping A and B swaps the answer.
 * - Rating prompts of the built-in `github/*` evaluators (tagged data and a `Scale:` line, no
 *   response format): the same overlap as a single digit.
 * - Anything else, from the last user message: the text after "Repeat exactly:" (or "Echo:"); the
 *   first option of "answer X or Y" style prompts; else its first two sentences (one sentence
 *   when the prompt asks for one sentence), as `{"answer": ...}` when JSON is asked for.
 *   A json_schema response format gets JSON built from the schema (offline-schema.ts).
 * Token usage is estimated at four characters per token.
 */
import {
  DATA_TAGS,
  JUDGE_FORMAT_NAME,
  PAIRWISE_FORMAT_NAME,
  dataBlocks,
  readDataBlock,
  readScale,
} from '../metrics/judge/protocol.js';
import { estimateTokens } from '../prompts/render.js';
import { valueFromSchema } from './offline-schema.js';
import {
  ProviderError,
  type ChatMessage,
  type ChatRequest,
  type ChatResponse,
  type Provider,
} from './types.js';

export function createOfflineProvider(name: string): Provider {
  return {
    name,
    type: 'offline',
    complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
      if (signal.aborted) return Promise.reject(new ProviderError('request aborted', false));
      const text = answer(request);
      const inputTokens = request.messages.reduce((sum, m) => sum + estimateTokens(m.content), 0);
      return Promise.resolve({ text, usage: { inputTokens, outputTokens: estimateTokens(text) } });
    },
  };
}

function answer(request: ChatRequest): string {
  const format = request.responseFormat;
  const userText = request.messages
    .filter((m) => m.role === 'user')
    .map((m) => m.content)
    .join('\n\n');
  const allText = request.messages.map((m) => m.content).join('\n\n');
  if (format?.type === 'json_schema' && format.name === JUDGE_FORMAT_NAME)
    return judgeAnswer(userText, allText);
  if (format?.type === 'json_schema' && format.name === PAIRWISE_FORMAT_NAME) return pairwiseAnswer(userText);
  const graded = readDataBlock(userText, DATA_TAGS.output);
  const scale = readScale(userText);
  if (graded !== undefined && scale)
    return String(scoreOnScale(overlap(referenceText(userText), graded), scale));

  const text = textAnswer(request.messages, allText);
  if (format?.type === 'json_schema')
    return JSON.stringify(valueFromSchema(format.schema, lastUser(request.messages)));
  if (format?.type === 'json_object') return JSON.stringify({ answer: text });
  return text;
}

// ---- judging by lexical overlap -------------------------------------------------------------

function judgeAnswer(userText: string, allText: string): string {
  const output = readDataBlock(userText, DATA_TAGS.output) ?? '';
  const reference = readDataBlock(userText, DATA_TAGS.reference) ?? withoutDataBlocks(userText);
  const scale = readScale(allText) ?? { min: 1, max: 5 };
  const share = overlap(reference, output);
  const score = scoreOnScale(share, scale);
  const source = readDataBlock(userText, DATA_TAGS.reference) !== undefined ? 'reference answer' : 'rubric';
  return JSON.stringify({
    reasoning: `Offline deterministic judge (no model was called): ${Math.round(share * 100)}% of the key words of the ${source} appear in the output, so ${score} on ${scale.min} to ${scale.max}.`,
    score,
  });
}

function pairwiseAnswer(userText: string): string {
  const reference =
    readDataBlock(userText, DATA_TAGS.reference) ??
    readDataBlock(userText, DATA_TAGS.prompt) ??
    withoutDataBlocks(userText);
  const a = overlap(reference, readDataBlock(userText, DATA_TAGS.outputA) ?? '');
  const b = overlap(reference, readDataBlock(userText, DATA_TAGS.outputB) ?? '');
  const winner = Math.abs(a - b) < 1e-9 ? 'tie' : a > b ? 'A' : 'B';
  return JSON.stringify({
    reasoning: `Offline deterministic judge (no model was called): key-word overlap with the reference is ${Math.round(a * 100)}% for A and ${Math.round(b * 100)}% for B.`,
    winner,
  });
}

/** What a rated output is compared with: the reference answer, the context, the question, else the prompt text. */
function referenceText(userText: string): string {
  return (
    readDataBlock(userText, DATA_TAGS.reference) ??
    readDataBlock(userText, DATA_TAGS.context) ??
    readDataBlock(userText, DATA_TAGS.prompt) ??
    withoutDataBlocks(userText)
  );
}

function withoutDataBlocks(text: string): string {
  return Object.values(DATA_TAGS).reduce((rest, tag) => {
    let kept = '';
    let from = 0;
    for (const block of dataBlocks(rest, tag)) {
      kept += `${rest.slice(from, block.start)} `;
      from = block.end;
    }
    return kept + rest.slice(from);
  }, text);
}

function scoreOnScale(share: number, scale: { min: number; max: number }): number {
  const raw = scale.min + share * (scale.max - scale.min);
  return Number.isInteger(scale.min) && Number.isInteger(scale.max)
    ? Math.round(raw)
    : Math.round(raw * 100) / 100;
}

const STOPWORDS = new Set(
  'the and for with that this from are was were will would should could have has had not but you your our their its can may must any all one two more most than then them they what when which who how why into onto over under about only also just very such each other does did done make made give output answer reply response'.split(
    ' ',
  ),
);

/** Distinct content words, lower-cased and crudely stemmed (charged/charges/charge -> charg). */
function keyWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(
    words
      .filter((w) => w.length >= 3 && !STOPWORDS.has(w))
      .map((w) => w.replace(/(?:ing|ed|es|s|e)$/, '') || w),
  );
}

/** Share of the reference's key words found in the text (0 when the reference has none). */
function overlap(reference: string, text: string): number {
  const wanted = keyWords(reference);
  if (wanted.size === 0) return 0;
  const present = keyWords(text);
  return [...wanted].filter((w) => present.has(w)).length / wanted.size;
}

// ---- plain answers ---------------------------------------------------------------------------

function lastUser(messages: ChatMessage[]): string {
  return [...messages].reverse().find((m) => m.role === 'user')?.content ?? messages.at(-1)?.content ?? '';
}

function textAnswer(messages: ChatMessage[], allText: string): string {
  const user = lastUser(messages);
  const repeat =
    /(?:^|\n)\s*(?:please\s+)?(?:repeat|echo)(?:\s+(?:exactly|verbatim|back|this|after me|the following))*\s*:\s*([\s\S]+)$/i.exec(
      user,
    );
  if (repeat?.[1]) return repeat[1].trim();
  const option = firstOption(allText);
  if (option) return option;
  // An instruction line ending in ":" introduces the material; answer from the material.
  const material = /:\s*\n+([\s\S]+)$/.exec(user)?.[1] ?? user;
  const count = /\b(?:one|a single|1)\s+sentence\b/i.test(allText) ? 1 : 2;
  const text = sentences(material).slice(0, count).join(' ');
  return /\b(?:in|as)\s+json\b|\bjson\s+(?:object|format)\b/i.test(allText)
    ? JSON.stringify({ answer: text })
    : text;
}

/** The first option of "answer yes or no" / "reply with one of: pass, fail" / "(yes/no)" prompts. */
function firstOption(text: string): string | undefined {
  const listed =
    /\b(?:answer|reply|respond|return|output|say)\b(?:\s+(?:only|exactly|just))?(?:\s+(?:with|using))?(?:\s+one\s+of)?\s*:?\s*["'`]?([\w-]+)["'`]?\s*(?:,|\/|\bor\b)\s*["'`]?[\w-]+/i.exec(
      text,
    );
  const slashed = /\(\s*([\w-]+)\s*\/\s*[\w-]+\s*\)/.exec(text);
  const option = listed?.[1] ?? slashed?.[1];
  return option && !/^(?:with|the|a|an|only|in|as)$/i.test(option) ? option : undefined;
}

function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
