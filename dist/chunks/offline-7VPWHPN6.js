#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  DATA_TAGS,
  JUDGE_FORMAT_NAME,
  PAIRWISE_FORMAT_NAME,
  compileLinear,
  dataBlocks,
  estimateTokens,
  readDataBlock,
  readScale
} from "./chunk-QWIFDZSH.js";
import {
  ProviderError
} from "./chunk-53TPHBIN.js";
import {
  isRecord
} from "./chunk-L7DL4HE5.js";
import "./chunk-WQAX2RUL.js";
import "./chunk-NM3O7CPD.js";

// src/providers/offline-schema.ts
function valueFromSchema(schema, source) {
  return fromSchema(schema, source, /* @__PURE__ */ new Set());
}
function fromSchema(schema, source, used, key = "") {
  if (!isRecord(schema)) return null;
  if ("const" in schema) return schema.const;
  const options = Array.isArray(schema.enum) ? schema.enum : [];
  if (options.length > 0) return options[0];
  const branches = [schema.anyOf, schema.oneOf].find(Array.isArray) ?? [];
  const branch = branches[0];
  if (branch !== void 0) return fromSchema(branch, source, used, key);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => typeof t === "string" && t !== "null") ?? (isRecord(schema.properties) ? "object" : "null");
  switch (type) {
    case "object": {
      const properties = isRecord(schema.properties) ? schema.properties : {};
      return Object.fromEntries(
        Object.entries(properties).map(([name, sub]) => [name, fromSchema(sub, source, used, name)])
      );
    }
    case "array": {
      const count = typeof schema.minItems === "number" ? Math.max(1, schema.minItems) : 1;
      return Array.from({ length: count }, () => fromSchema(schema.items, source, used, key));
    }
    case "string":
      return stringFor(key, schema, source, used);
    case "number":
    case "integer": {
      const value = numberFor(key, source);
      return type === "integer" ? Math.round(value) : value;
    }
    case "boolean":
      return new RegExp(`${label(key)}\\s*[:=]\\s*(?:yes|true)\\b`, "i").test(source);
    default:
      return null;
  }
}
function label(key) {
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[\s_-]+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return words.length > 0 ? words.join("[\\s_-]*") : "(?!)";
}
function stringFor(key, schema, source, used) {
  const labelled = new RegExp(`(?:^|[\\s,;(])${label(key)}\\s*[:=]\\s*([^\\n,;]+)`, "i").exec(source)?.[1];
  const pattern = typeof schema.pattern === "string" ? safeRegExp(schema.pattern) : void 0;
  const candidates = [
    labelled?.trim().replace(/\.$/, ""),
    ...pattern ? (source.match(/[^\s,;:()]+/g) ?? []).map((w) => w.replace(/[.]$/, "")).filter((w) => pattern.test(w)) : [],
    ...properNames(source)
  ];
  const pick = candidates.find((c) => typeof c === "string" && c !== "" && !used.has(c)) ?? source.split(/\s+/).find(Boolean) ?? "";
  used.add(pick);
  return pick;
}
function safeRegExp(pattern) {
  try {
    return compileLinear(pattern);
  } catch {
    return void 0;
  }
}
function properNames(text) {
  const names = [];
  let run = [];
  let runAtStart = false;
  let sentenceStart = true;
  const flush = () => {
    if (run.length > 1 || run.length === 1 && !runAtStart) names.push(run.join(" "));
    run = [];
  };
  for (const token of text.split(/\s+/).filter(Boolean)) {
    const word = token.replace(/^[("'`]+|[)"'`.,;:!?]+$/g, "");
    if (new RegExp("^\\p{Lu}[\\p{L}\\p{N}&'-]*$", "u").test(word)) {
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
function numberFor(key, source) {
  const labelled = new RegExp(`${label(key)}[^\\d\\n]{0,20}?(-?\\d[\\d,]*(?:\\.\\d+)?)`, "i").exec(
    source
  )?.[1];
  const first = /(?<![#\d.,])-?\d[\d,]*(?:\.\d+)?/.exec(source)?.[0];
  const text = labelled ?? first;
  return text === void 0 ? 0 : Number(text.replace(/,/g, ""));
}

// src/providers/offline.ts
function createOfflineProvider(name) {
  return {
    name,
    type: "offline",
    complete(request, signal) {
      if (signal.aborted) return Promise.reject(new ProviderError("request aborted", false));
      const text = answer(request);
      const inputTokens = request.messages.reduce((sum, m) => sum + estimateTokens(m.content), 0);
      return Promise.resolve({ text, usage: { inputTokens, outputTokens: estimateTokens(text) } });
    }
  };
}
function answer(request) {
  const format = request.responseFormat;
  const userText = request.messages.filter((m) => m.role === "user").map((m) => m.content).join("\n\n");
  const allText = request.messages.map((m) => m.content).join("\n\n");
  if (format?.type === "json_schema" && format.name === JUDGE_FORMAT_NAME)
    return judgeAnswer(userText, allText);
  if (format?.type === "json_schema" && format.name === PAIRWISE_FORMAT_NAME) return pairwiseAnswer(userText);
  const graded = readDataBlock(userText, DATA_TAGS.output);
  const scale = readScale(userText);
  if (graded !== void 0 && scale)
    return String(scoreOnScale(overlap(referenceText(userText), graded), scale));
  const text = textAnswer(request.messages, allText);
  if (format?.type === "json_schema")
    return JSON.stringify(valueFromSchema(format.schema, lastUser(request.messages)));
  if (format?.type === "json_object") return JSON.stringify({ answer: text });
  return text;
}
function judgeAnswer(userText, allText) {
  const output = readDataBlock(userText, DATA_TAGS.output) ?? "";
  const reference = readDataBlock(userText, DATA_TAGS.reference) ?? withoutDataBlocks(userText);
  const scale = readScale(allText) ?? { min: 1, max: 5 };
  const share = overlap(reference, output);
  const score = scoreOnScale(share, scale);
  const source = readDataBlock(userText, DATA_TAGS.reference) !== void 0 ? "reference answer" : "rubric";
  return JSON.stringify({
    reasoning: `Offline deterministic judge (no model was called): ${Math.round(share * 100)}% of the key words of the ${source} appear in the output, so ${score} on ${scale.min} to ${scale.max}.`,
    score
  });
}
function pairwiseAnswer(userText) {
  const reference = readDataBlock(userText, DATA_TAGS.reference) ?? readDataBlock(userText, DATA_TAGS.prompt) ?? withoutDataBlocks(userText);
  const a = overlap(reference, readDataBlock(userText, DATA_TAGS.outputA) ?? "");
  const b = overlap(reference, readDataBlock(userText, DATA_TAGS.outputB) ?? "");
  const winner = Math.abs(a - b) < 1e-9 ? "tie" : a > b ? "A" : "B";
  return JSON.stringify({
    reasoning: `Offline deterministic judge (no model was called): key-word overlap with the reference is ${Math.round(a * 100)}% for A and ${Math.round(b * 100)}% for B.`,
    winner
  });
}
function referenceText(userText) {
  return readDataBlock(userText, DATA_TAGS.reference) ?? readDataBlock(userText, DATA_TAGS.context) ?? readDataBlock(userText, DATA_TAGS.prompt) ?? withoutDataBlocks(userText);
}
function withoutDataBlocks(text) {
  return Object.values(DATA_TAGS).reduce((rest, tag) => {
    let kept = "";
    let from = 0;
    for (const block of dataBlocks(rest, tag)) {
      kept += `${rest.slice(from, block.start)} `;
      from = block.end;
    }
    return kept + rest.slice(from);
  }, text);
}
function scoreOnScale(share, scale) {
  const raw = scale.min + share * (scale.max - scale.min);
  return Number.isInteger(scale.min) && Number.isInteger(scale.max) ? Math.round(raw) : Math.round(raw * 100) / 100;
}
var STOPWORDS = new Set(
  "the and for with that this from are was were will would should could have has had not but you your our their its can may must any all one two more most than then them they what when which who how why into onto over under about only also just very such each other does did done make made give output answer reply response".split(
    " "
  )
);
function keyWords(text) {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(
    words.filter((w) => w.length >= 3 && !STOPWORDS.has(w)).map((w) => w.replace(/(?:ing|ed|es|s|e)$/, "") || w)
  );
}
function overlap(reference, text) {
  const wanted = keyWords(reference);
  if (wanted.size === 0) return 0;
  const present = keyWords(text);
  return [...wanted].filter((w) => present.has(w)).length / wanted.size;
}
function lastUser(messages) {
  return [...messages].reverse().find((m) => m.role === "user")?.content ?? messages.at(-1)?.content ?? "";
}
function textAnswer(messages, allText) {
  const user = lastUser(messages);
  const repeat = /(?:^|\n)\s*(?:please\s+)?(?:repeat|echo)(?:\s+(?:exactly|verbatim|back|this|after me|the following))*\s*:\s*([\s\S]+)$/i.exec(
    user
  );
  if (repeat?.[1]) return repeat[1].trim();
  const option = firstOption(allText);
  if (option) return option;
  const material = /:\s*\n+([\s\S]+)$/.exec(user)?.[1] ?? user;
  const count = /\b(?:one|a single|1)\s+sentence\b/i.test(allText) ? 1 : 2;
  const text = sentences(material).slice(0, count).join(" ");
  return /\b(?:in|as)\s+json\b|\bjson\s+(?:object|format)\b/i.test(allText) ? JSON.stringify({ answer: text }) : text;
}
function firstOption(text) {
  const listed = /\b(?:answer|reply|respond|return|output|say)\b(?:\s+(?:only|exactly|just))?(?:\s+(?:with|using))?(?:\s+one\s+of)?\s*:?\s*["'`]?([\w-]+)["'`]?\s*(?:,|\/|\bor\b)\s*["'`]?[\w-]+/i.exec(
    text
  );
  const slashed = /\(\s*([\w-]+)\s*\/\s*[\w-]+\s*\)/.exec(text);
  const option = listed?.[1] ?? slashed?.[1];
  return option && !/^(?:with|the|a|an|only|in|as)$/i.test(option) ? option : void 0;
}
function sentences(text) {
  return text.trim().split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
}
export {
  createOfflineProvider
};
