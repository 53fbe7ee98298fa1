#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  entryFor
} from "./chunks/chunk-JCU7XLQ4.js";
import {
  PRODUCTION,
  findInEnvironment,
  findLocked,
  parseLockFile,
  readFileAtCommit,
  readWorkingFile,
  require_dist,
  sha256
} from "./chunks/chunk-CHIGXYZG.js";
import "./chunks/chunk-L7DL4HE5.js";
import "./chunks/chunk-AQUIZFRD.js";
import "./chunks/chunk-SYHBIXPY.js";
import "./chunks/chunk-B3M2E42Y.js";
import {
  ConfigError,
  getErrorMessage
} from "./chunks/chunk-WQAX2RUL.js";
import {
  __toESM
} from "./chunks/chunk-NM3O7CPD.js";

// src/lifecycle/entry-files.ts
async function loadEntry(id, entry, at) {
  const paths = Object.keys(entry.files);
  const fromGit = await readAll(paths, (path) => readFileAtCommit(at.root, entry.commit, path));
  if (fromGit && matches(fromGit, entry)) return production(id, entry, fromGit, "git");
  const fromTree = await readAll(paths, (path) => readWorkingFile(at.root, path));
  if (!fromTree) {
    throw new ConfigError(
      `cannot read ${at.label} ${entry.version} of \`${id}\`: commit ${entry.commit.slice(0, 7)} is not in this clone and ${paths.join(", ")} is not on disk`,
      { file: at.lockPath },
      "ship the prompt files with the application, or fetch the git history"
    );
  }
  if (!matches(fromTree, entry)) {
    const changed = paths.filter((path) => sha256(fromTree.get(path) ?? "") !== entry.files[path]);
    at.warn(
      `promptgate: ${changed.join(", ")} differ from ${at.label} ${entry.version} of \`${id}\` (commit ${entry.commit.slice(0, 7)}); using the files on disk`
    );
  }
  return production(id, entry, fromTree, "working tree");
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

// src/lifecycle/resolve.ts
var import_yaml = __toESM(require_dist(), 1);
import { resolve as resolvePath } from "node:path";
var DEFAULT_TTL_MS = 3e4;
var lockCache = /* @__PURE__ */ new Map();
var lastGood = /* @__PURE__ */ new Map();
var contentCache = /* @__PURE__ */ new Map();
function clearResolveCache() {
  lockCache.clear();
  lastGood.clear();
  contentCache.clear();
}
async function resolveFromLock(id, options, deps) {
  const root = resolvePath(options.root ?? process.cwd());
  const lockPath = options.lockFile ?? deps.defaultLockFile;
  const env = options.env ?? PRODUCTION;
  const lock = await currentLock(root, lockPath, options.cacheTtlMs ?? DEFAULT_TTL_MS, deps);
  const record = findInEnvironment(lock, env, id);
  if (!record) {
    throw new ConfigError(
      `\`${id}\` has no version in ${env}`,
      { file: lockPath },
      `promote it first: \`promptgate promote ${id}${env === PRODUCTION ? "" : ` --env ${env}`}\``
    );
  }
  const entry = entryFor(id, record, options.targetingKey);
  const key = `${root}\0${id}\0${entry.hash}\0${entry.commit}`;
  let prompt = contentCache.get(key);
  if (!prompt) {
    const warnings = [];
    const files = await deps.load(id, entry, {
      root,
      lockPath,
      label: `${entry === record ? env : `${env} canary`} version`,
      warn: (message) => {
        warnings.push(message);
        deps.warn(message);
      }
    });
    prompt = { ...files, ...promptFields(files) };
    if (warnings.length === 0) contentCache.set(key, prompt);
  }
  return { ...prompt, env, variant: entry === record ? "stable" : "canary" };
}
async function currentLock(root, lockPath, ttlMs, deps) {
  const full = resolvePath(root, lockPath);
  const now = (deps.now ?? Date.now)();
  const cached = lockCache.get(full);
  if (cached && now - cached.readAt < ttlMs) return cached.lock;
  try {
    const text = await readWorkingFile(root, lockPath);
    if (text === void 0)
      throw new ConfigError("lock file not found", { file: lockPath }, "promote a prompt first");
    const lock = parseLockFile(text, lockPath);
    lockCache.set(full, { lock, readAt: now });
    lastGood.set(full, lock);
    return lock;
  } catch (error) {
    const previous = lastGood.get(full);
    if (!previous) throw error;
    deps.warn(`promptgate: cannot read ${lockPath} (${getErrorMessage(error)}); using the last version read`);
    lockCache.set(full, { lock: previous, readAt: now });
    return previous;
  }
}
function promptFields(prompt) {
  const doc = (0, import_yaml.parseDocument)(prompt.content);
  const model = doc.get("model");
  const rawMessages = doc.get("messages");
  const messages = (0, import_yaml.isSeq)(rawMessages) ? rawMessages.items.flatMap((item) => {
    if (!(0, import_yaml.isMap)(item)) return [];
    const role = item.get("role");
    const content = item.get("content");
    return typeof role === "string" && typeof content === "string" ? [{ role: role.toLowerCase(), content }] : [];
  }) : [];
  const rawParameters = doc.get("modelParameters");
  const modelParameters = {};
  if ((0, import_yaml.isMap)(rawParameters)) {
    for (const name of ["maxTokens", "temperature", "topP"]) {
      const value = rawParameters.get(name);
      if (typeof value === "number") modelParameters[name] = value;
    }
  }
  return { ...typeof model === "string" ? { model } : {}, modelParameters, messages };
}

// src/lifecycle/loader.ts
var DEFAULT_LOCK_FILE = "promptgate.lock.yaml";
async function loadProductionPrompt(id, options = {}) {
  const root = options.root ?? process.cwd();
  const lockPath = options.lockFile ?? DEFAULT_LOCK_FILE;
  const entry = await readEntry(root, lockPath, id);
  return loadEntry(id, entry, { root, lockPath, warn: warner(options), label: "production version" });
}
async function resolvePrompt(id, options = {}) {
  return resolveFromLock(id, options, {
    defaultLockFile: DEFAULT_LOCK_FILE,
    warn: warner(options),
    load: loadEntry
  });
}
function warner(options) {
  return options.onWarning ?? ((message) => process.emitWarning(message, "PromptgateWarning"));
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
export {
  DEFAULT_LOCK_FILE,
  clearResolveCache,
  loadProductionPrompt,
  resolvePrompt
};
