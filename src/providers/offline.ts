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
 *   A json_schema response format gets JSON built from the schema, filled with values found in
 *   the prompt: a labelled value (`total: 12`), a word matching the property's `pattern`, proper
 *   names for text, the first number for numbers.
 * Token usage is estimated at four characters per token.
 */
import { isRecord } from '../config/yaml.js';
import {
  DATA_TAGS,
  JUDGE_FORMAT_NAME,
  PAIRWISE_FORMAT_NAME,
  readDataBlock,
  readScale,
} from '../metrics/judge/protocol.js';
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

function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
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
    return JSON.stringify(fromSchema(format.schema, lastUser(request.messages), new Set()));
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
  return Object.values(DATA_TAGS).reduce(
    (rest, tag) => rest.replace(new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`, 'g'), ' '),
    text,
  );
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

// ---- JSON from a schema ----------------------------------------------------------------------

/** A value that fits `schema`, filled from `source` where it offers something plausible. */
function fromSchema(schema: unknown, source: string, used: Set<string>, key = ''): unknown {
  if (!isRecord(schema)) return null;
  if ('const' in schema) return schema.const;
  const options: unknown[] = Array.isArray(schema.enum) ? schema.enum : [];
  if (options.length > 0) return options[0];
  const branches: unknown[] = [schema.anyOf, schema.oneOf].find(Array.isArray) ?? [];
  const branch = branches[0];
  if (branch !== undefined) return fromSchema(branch, source, used, key);
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type =
    types.find((t) => typeof t === 'string' && t !== 'null') ??
    (isRecord(schema.properties) ? 'object' : 'null');
  switch (type) {
    case 'object': {
      const properties = isRecord(schema.properties) ? schema.properties : {};
      return Object.fromEntries(
        Object.entries(properties).map(([name, sub]) => [name, fromSchema(sub, source, used, name)]),
      );
    }
    case 'array': {
      const count = typeof schema.minItems === 'number' ? Math.max(1, schema.minItems) : 1;
      return Array.from({ length: count }, () => fromSchema(schema.items, source, used, key));
    }
    case 'string':
      return stringFor(key, schema, source, used);
    case 'number':
    case 'integer': {
      const value = numberFor(key, source);
      return type === 'integer' ? Math.round(value) : value;
    }
    case 'boolean':
      return new RegExp(`${label(key)}\\s*[:=]\\s*(?:yes|true)\\b`, 'i').test(source);
    default:
      return null;
  }
}

/** `totalAmount` / `total_amount` -> a pattern matching "total amount" in the text. */
function label(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length > 0 ? words.join('[\\s_-]*') : '(?!)';
}

function stringFor(key: string, schema: Record<string, unknown>, source: string, used: Set<string>): string {
  const labelled = new RegExp(`(?:^|[\\s,;(])${label(key)}\\s*[:=]\\s*([^\\n,;]+)`, 'i').exec(source)?.[1];
  const pattern = typeof schema.pattern === 'string' ? safeRegExp(schema.pattern) : undefined;
  const candidates = [
    labelled?.trim().replace(/\.$/, ''),
    ...(pattern
      ? (source.match(/[^\s,;:()]+/g) ?? []).map((w) => w.replace(/[.]$/, '')).filter((w) => pattern.test(w))
      : []),
    ...properNames(source),
  ];
  const pick =
    candidates.find((c): c is string => typeof c === 'string' && c !== '' && !used.has(c)) ??
    source.split(/\s+/).find(Boolean) ??
    '';
  used.add(pick);
  return pick;
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

/** Runs of capitalised words, except a lone capitalised word opening a sentence ("Invoice from"). */
function properNames(text: string): string[] {
  const names: string[] = [];
  let run: string[] = [];
  let runAtStart = false;
  let sentenceStart = true;
  const flush = () => {
    if (run.length > 1 || (run.length === 1 && !runAtStart)) names.push(run.join(' '));
    run = [];
  };
  for (const token of text.split(/\s+/).filter(Boolean)) {
    const word = token.replace(/^[("'`]+|[)"'`.,;:!?]+$/g, '');
    if (/^\p{Lu}[\p{L}\p{N}&'-]*$/u.test(word)) {
      if (run.length === 0) runAtStart = sentenceStart;
      run.push(word);
    } else {
      flush();
    }
    if (/[.,;:!?]$/.test(token)) flush();
    sentenceStart = /[.!?]$/.test(token);
  }
  flush();
  return names;
}

function numberFor(key: string, source: string): number {
  const labelled = new RegExp(`${label(key)}[^\\d\\n]{0,20}?(-?\\d[\\d,]*(?:\\.\\d+)?)`, 'i').exec(
    source,
  )?.[1];
  // Numbers after "#" are identifiers (invoice #4471), not quantities.
  const first = /(?<![#\d.,])-?\d[\d,]*(?:\.\d+)?/.exec(source)?.[0];
  const text = labelled ?? first;
  return text === undefined ? 0 : Number(text.replace(/,/g, ''));
}
