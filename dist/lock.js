#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  ConfigError,
  findLocked,
  parseLockFile,
  readFileAtCommit,
  readWorkingFile,
  sha256
} from "./chunks/chunk-Z2RTJZHC.js";
import "./chunks/chunk-NM3O7CPD.js";

// src/lifecycle/loader.ts
var DEFAULT_LOCK_FILE = "promptgate.lock.yaml";
async function loadProductionPrompt(id, options = {}) {
  const root = options.root ?? process.cwd();
  const lockPath = options.lockFile ?? DEFAULT_LOCK_FILE;
  const warn = options.onWarning ?? ((message) => process.emitWarning(message, "PromptgateWarning"));
  const entry = await readEntry(root, lockPath, id);
  const paths = Object.keys(entry.files);
  const fromGit = await readAll(paths, (path) => readFileAtCommit(root, entry.commit, path));
  if (fromGit && matches(fromGit, entry)) return production(id, entry, fromGit, "git");
  const fromTree = await readAll(paths, (path) => readWorkingFile(root, path));
  if (!fromTree) {
    throw new ConfigError(
      `cannot read production version ${entry.version} of \`${id}\`: commit ${entry.commit.slice(0, 7)} is not in this clone and ${paths.join(", ")} is not on disk`,
      { file: lockPath },
      "ship the prompt files with the application, or fetch the git history"
    );
  }
  if (!matches(fromTree, entry)) {
    const changed = paths.filter((path) => sha256(fromTree.get(path) ?? "") !== entry.files[path]);
    warn(
      `promptgate: ${changed.join(", ")} differ from production version ${entry.version} of \`${id}\` (commit ${entry.commit.slice(0, 7)}); using the files on disk`
    );
  }
  return production(id, entry, fromTree, "working tree");
}
async function readEntry(root, lockPath, id) {
  const text = await readWorkingFile(root, lockPath);
  if (text === void 0) {
    throw new ConfigError(
      "lock file not found",
      { file: lockPath },
      "promote a prompt first: `promptgate promote <id>`"
    );
  }
  const entry = findLocked(parseLockFile(text, lockPath), id);
  if (!entry) {
    throw new ConfigError(
      `\`${id}\` has no production version`,
      { file: lockPath },
      `promote it first: \`promptgate promote ${id}\``
    );
  }
  return entry;
}
async function readAll(paths, read) {
  const texts = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const text = await read(path);
    if (text === void 0) return void 0;
    texts.set(path, text);
  }
  return texts;
}
function matches(texts, entry) {
  return [...texts].every(([path, text]) => entry.files[path] === sha256(text));
}
function production(id, entry, texts, source) {
  return {
    id,
    version: entry.version,
    path: entry.path,
    contentHash: entry.hash,
    content: texts.get(entry.path) ?? "",
    partials: Object.fromEntries([...texts].filter(([path]) => path !== entry.path)),
    commit: entry.commit,
    source
  };
}
export {
  DEFAULT_LOCK_FILE,
  loadProductionPrompt
};
