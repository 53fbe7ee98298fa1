#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/report/escape.ts
var ZERO_WIDTH_JOINER = "\u200D";
function escapeMarkdown(text) {
  return neutralizeReferences(
    escapeHtml(text.replace(/\r\n?|\n|\t/g, " ")).replace(/[\\`*_[\]#|~]/g, (ch) => `\\${ch}`)
  );
}
function escapeHtmlText(text) {
  return neutralizeReferences(escapeHtml(text.replace(/\r\n?|\n|\t/g, " ")).replace(/"/g, "&quot;"));
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function neutralizeReferences(text) {
  return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`).replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`).replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}`);
}
function inlineCode(text) {
  const flat = text.replace(/\r\n?|\n/g, " ").replace(/\|/g, "\\|");
  const fence = "`".repeat(longestBacktickRun(flat) + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function escapeWithCode(text) {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(/`([^`\n]+)`/g)) {
    out += escapeMarkdown(text.slice(last, match.index)) + inlineCode(match[1] ?? "");
    last = match.index + match[0].length;
  }
  return out + escapeMarkdown(text.slice(last));
}
function truncate(text, max) {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 55296 && last <= 56319) cut--;
  return `${text.slice(0, cut)}\u2026`;
}
function longestBacktickRun(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
var COMMAND_AT_LINE_START = /^([\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2060\ufeff]*):(?=:)/gm;
function neutralizeWorkflowCommands(text) {
  return text.replace(COMMAND_AT_LINE_START, "$1:\u200B").replace(/##\[/g, "##\u200B[");
}

export {
  escapeMarkdown,
  escapeHtmlText,
  inlineCode,
  escapeWithCode,
  truncate,
  neutralizeWorkflowCommands
};
