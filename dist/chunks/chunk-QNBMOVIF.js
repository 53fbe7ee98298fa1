#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  isRecord,
  parseYaml,
  require_dist
} from "./chunk-FIYCFDO4.js";
import {
  LIFECYCLE_STATUSES
} from "./chunk-SYHBIXPY.js";
import {
  ConfigError,
  UsageError
} from "./chunk-WQAX2RUL.js";
import {
  __toESM
} from "./chunk-NM3O7CPD.js";

// src/core/verdict.ts
var VERDICTS = ["pass", "skipped", "inconclusive", "fail", "error"];
var SEVERITY = { pass: 0, skipped: 1, inconclusive: 2, fail: 3, error: 4 };
var VERDICT_LABEL = {
  pass: "PASS",
  skipped: "SKIPPED",
  inconclusive: "INCONCLUSIVE",
  fail: "FAIL",
  error: "ERROR"
};
function isVerdict(value) {
  return typeof value === "string" && VERDICTS.includes(value);
}
function verdictSeverity(verdict) {
  return SEVERITY[verdict];
}
function worstVerdict(verdicts) {
  return verdicts.reduce((worst, v) => SEVERITY[v] > SEVERITY[worst] ? v : worst, "pass");
}
var DEFAULT_FAIL_ON = ["fail", "error"];
var FAIL_ON_WORDS = { never: [], regression: DEFAULT_FAIL_ON };
function parseFailOn(text) {
  const words = text.split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0);
  const word = words.length === 1 && words[0] !== void 0 && Object.hasOwn(FAIL_ON_WORDS, words[0]) ? words[0] : void 0;
  if (word !== void 0) return { ok: true, failOn: FAIL_ON_WORDS[word] ?? DEFAULT_FAIL_ON };
  const unknown = words.filter((w) => !isVerdict(w));
  if (unknown.length > 0 || words.length === 0) return { ok: false, unknown };
  return { ok: true, failOn: VERDICTS.filter((v) => words.includes(v)) };
}
var FAIL_ON_HELP = `verdicts separated by commas (${VERDICTS.join(", ")}), \`never\` or \`regression\` (= fail,error)`;
function failsCheck(verdict, failOn) {
  return failOn.includes(verdict);
}

// src/lifecycle/lockfile.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/lifecycle/yaml-checker.ts
var YamlChecker = class {
  constructor(source, what, hint) {
    this.source = source;
    this.what = what;
    this.hint = hint;
  }
  source;
  what;
  hint;
  fail(at, message, hint) {
    throw new ConfigError(`invalid ${this.what}: ${message}`, this.source.locate(at), hint ?? this.hint);
  }
  mapping(value, at, keys) {
    if (!isRecord(value)) this.fail(at, `${describe(at)} must be a mapping`);
    if (keys) {
      const unknown = Object.keys(value).find((key) => !keys.includes(key));
      if (unknown !== void 0) this.fail([...at, unknown], `unknown key \`${unknown}\` in ${describe(at)}`);
    }
    return value;
  }
  list(value, at) {
    if (!Array.isArray(value)) this.fail(at, `${describe(at)} must be a list`);
    return value;
  }
  string(record, key, at) {
    const value = record[key];
    if (value === void 0) this.fail(at, `${describe(at)} is missing \`${key}\``);
    if (typeof value !== "string" || value === "") {
      this.fail([...at, key], `\`${describe([...at, key])}\` must be a non-empty string (quote it)`);
    }
    return value;
  }
  matching(record, key, at, pattern, what) {
    const value = this.string(record, key, at);
    if (!pattern.test(value))
      this.fail([...at, key], `\`${describe([...at, key])}\` must be ${what}, not \`${value}\``);
    return value;
  }
  timestamp(record, key, at) {
    const value = this.string(record, key, at);
    if (Number.isNaN(Date.parse(value)))
      this.fail([...at, key], `\`${describe([...at, key])}\` must be an ISO timestamp`);
    return value;
  }
  oneOf(record, key, at, allowed) {
    const value = this.string(record, key, at);
    if (!allowed.includes(value)) {
      this.fail(
        [...at, key],
        `\`${describe([...at, key])}\` must be one of ${allowed.join(", ")}, not \`${value}\``
      );
    }
    return value;
  }
  number(record, key, at, min, max) {
    const value = record[key];
    if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
      this.fail(
        value === void 0 ? at : [...at, key],
        `\`${describe([...at, key])}\` must be a number from ${min} to ${max}`
      );
    }
    return value;
  }
  integer(record, key, at) {
    const value = record[key];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      this.fail(
        value === void 0 ? at : [...at, key],
        `\`${describe([...at, key])}\` must be a whole number >= 0`
      );
    }
    return value;
  }
};
function describe(at) {
  return at.length === 0 ? "the file" : at.join(".");
}

// src/lifecycle/lockfile.ts
var LOCKFILE_VERSION = 1;
var REPAIR_HINT = "the lock file is written by `promptgate promote`; restore it from git history or repair this value";
function emptyLockFile() {
  return { prompts: {} };
}
function findLocked(lock, id) {
  return Object.hasOwn(lock.prompts, id) ? lock.prompts[id] : void 0;
}
function productionEntry(prompt) {
  const entry = { ...prompt };
  delete entry.history;
  delete entry.lastScheduledRun;
  delete entry.rollout;
  delete entry.status;
  return entry;
}
var HEADER = [
  " Generated by `promptgate promote` and `promptgate rollback`: the production version of each prompt,",
  " the evaluation that justified it, its last scheduled run and its history (append-only).",
  " Review changes like code; edit by hand only to repair it. Applications read it with `promptgate/lock`."
].join("\n");
var ENTRY_KEYS = [
  "version",
  "hash",
  "format",
  "path",
  "commit",
  "files",
  "promotedBy",
  "promotedAt",
  "forced",
  "evaluation"
];
var ROLLOUT_KEYS = ["version", "weight", ...ENTRY_KEYS.slice(1)];
var PROMPT_KEYS = [...ENTRY_KEYS, "status", "lastScheduledRun", "rollout", "history"];
var SUMMARY_KEYS = ["verdict", "model", "at", "commit", "metrics"];
var METRIC_KEYS = ["passRate", "meanScore", "n"];
var EVENT_KEYS = [
  "event",
  "version",
  "hash",
  "path",
  "partials",
  "commit",
  "actor",
  "at",
  "from",
  "weight",
  "status",
  "reason"
];
var EVENTS = [
  "promote",
  "forced-promote",
  "rollback",
  "rollout",
  "rollout-complete",
  "rollout-abort",
  "status"
];
var SHA256 = /^[0-9a-f]{64}$/;
var COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function isCommitSha(text) {
  return COMMIT.test(text);
}
function serializeLockFile(lock) {
  const environments = Object.entries(lock.environments ?? {}).filter(([, prompts]) => Object.keys(prompts).length > 0).sort(([a], [b]) => byCodeUnit(a, b));
  const doc = new import_yaml2.Document({
    lockfileVersion: LOCKFILE_VERSION,
    prompts: orderPrompts(lock.prompts),
    // Absent until a second environment is used, so production-only lock files stay as they were.
    ...environments.length > 0 ? { environments: Object.fromEntries(environments.map(([env, p]) => [env, orderPrompts(p)])) } : {}
  });
  doc.commentBefore = HEADER;
  const sections = [
    ["prompts"],
    ...environments.map(([env]) => ["environments", env])
  ];
  for (const section of sections) {
    for (const id of Object.keys(doc.getIn(section)?.toJSON() ?? {})) {
      for (const summary of [["evaluation"], ["lastScheduledRun"], ["rollout", "evaluation"]]) {
        const metrics = doc.getIn([...section, id, ...summary, "metrics"]);
        if (!(0, import_yaml2.isMap)(metrics)) continue;
        for (const item of metrics.items) if ((0, import_yaml2.isMap)(item.value)) item.value.flow = true;
      }
    }
  }
  return doc.toString({ lineWidth: 0, indent: 2 });
}
function orderPrompts(prompts) {
  const ids = Object.keys(prompts).sort(byCodeUnit);
  return Object.fromEntries(ids.map((id) => [id, orderPrompt(prompts[id])]));
}
function orderPrompt(prompt) {
  return pick(
    {
      ...prompt,
      files: sortKeys(prompt.files),
      evaluation: prompt.evaluation && orderSummary(prompt.evaluation),
      lastScheduledRun: prompt.lastScheduledRun && orderSummary(prompt.lastScheduledRun),
      rollout: prompt.rollout && orderRollout(prompt.rollout),
      history: prompt.history.map((event) => pick(event, EVENT_KEYS))
    },
    PROMPT_KEYS
  );
}
function orderRollout(rollout) {
  return pick(
    {
      ...rollout,
      files: sortKeys(rollout.files),
      evaluation: rollout.evaluation && orderSummary(rollout.evaluation)
    },
    ROLLOUT_KEYS
  );
}
function orderSummary(summary) {
  const metrics = Object.fromEntries(
    Object.keys(summary.metrics).sort(byCodeUnit).map((name) => [name, pick(summary.metrics[name], METRIC_KEYS)])
  );
  return pick({ ...summary, metrics }, SUMMARY_KEYS);
}
function pick(value, keys) {
  const record = value;
  return Object.fromEntries(keys.filter((k) => record[k] !== void 0).map((k) => [k, record[k]]));
}
function sortKeys(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCodeUnit(a, b)));
}
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function parseLockFile(text, path) {
  const source = parseYaml(text, path);
  if (source.data === null || source.data === void 0) return emptyLockFile();
  const check = new YamlChecker(source, "lock file", REPAIR_HINT);
  const root = check.mapping(source.data, [], ["lockfileVersion", "prompts", "environments"]);
  if (root.lockfileVersion !== LOCKFILE_VERSION) {
    check.fail(
      ["lockfileVersion"],
      `unsupported lockfileVersion ${JSON.stringify(root.lockfileVersion ?? null)} (this promptgate reads version ${LOCKFILE_VERSION})`,
      "upgrade promptgate if a newer version wrote this file"
    );
  }
  const environments = Object.entries(check.mapping(root.environments ?? {}, ["environments"], void 0));
  return {
    prompts: readPrompts(check, root.prompts ?? {}, ["prompts"]),
    ...environments.length > 0 ? {
      environments: Object.fromEntries(
        environments.map(([env, v]) => [env, readPrompts(check, v, ["environments", env])])
      )
    } : {}
  };
}
function readPrompts(check, value, at) {
  const raw = check.mapping(value, at, void 0);
  return Object.fromEntries(Object.entries(raw).map(([id, v]) => [id, readPrompt(check, v, [...at, id])]));
}
function readPrompt(check, value, at) {
  const m = check.mapping(value, at, PROMPT_KEYS);
  const history = check.list(m.history ?? [], [...at, "history"]).map((e, i) => readEvent(check, e, [...at, "history", i]));
  return {
    ...readEntry(check, m, at),
    ...optional(
      "status",
      m.status === void 0 ? void 0 : check.oneOf(m, "status", at, LIFECYCLE_STATUSES)
    ),
    ...optional(
      "lastScheduledRun",
      m.lastScheduledRun === void 0 ? void 0 : readSummary(check, m.lastScheduledRun, [...at, "lastScheduledRun"])
    ),
    ...optional(
      "rollout",
      m.rollout === void 0 ? void 0 : readRollout(check, m.rollout, [...at, "rollout"])
    ),
    history
  };
}
function readRollout(check, value, at) {
  const m = check.mapping(value, at, ROLLOUT_KEYS);
  const weight = check.integer(m, "weight", at);
  if (weight < 0 || weight > 100) check.fail([...at, "weight"], `weight must be 0-100, got ${weight}`);
  return { ...readEntry(check, m, at), weight };
}
function readEntry(check, m, at) {
  const format = check.oneOf(m, "format", at, ["github", "promptgate"]);
  const filesAt = [...at, "files"];
  const rawFiles = check.mapping(m.files, filesAt, void 0);
  const files = Object.fromEntries(
    Object.keys(rawFiles).map((file) => [
      file,
      check.matching(rawFiles, file, filesAt, SHA256, "a sha256 hex digest")
    ])
  );
  const path = check.string(m, "path", at);
  if (!Object.hasOwn(files, path)) check.fail(filesAt, `\`files\` must include the prompt file ${path}`);
  return {
    version: check.string(m, "version", at),
    hash: check.matching(m, "hash", at, SHA256, "a sha256 hex digest"),
    format,
    path,
    commit: check.matching(m, "commit", at, COMMIT, "a full commit sha"),
    files,
    promotedBy: check.string(m, "promotedBy", at),
    promotedAt: check.timestamp(m, "promotedAt", at),
    ...optional("forced", m.forced === void 0 ? void 0 : check.string(m, "forced", at)),
    ...optional(
      "evaluation",
      m.evaluation === void 0 ? void 0 : readSummary(check, m.evaluation, [...at, "evaluation"])
    )
  };
}
function readSummary(check, value, at) {
  const m = check.mapping(value, at, SUMMARY_KEYS);
  const metricsAt = [...at, "metrics"];
  const rawMetrics = check.mapping(m.metrics, metricsAt, void 0);
  const metrics = Object.fromEntries(
    Object.entries(rawMetrics).map(([name, value2]) => {
      const metricAt = [...metricsAt, name];
      const metric = check.mapping(value2, metricAt, METRIC_KEYS);
      return [
        name,
        {
          passRate: check.number(metric, "passRate", metricAt, 0, 1),
          meanScore: check.number(metric, "meanScore", metricAt, 0, 1),
          n: check.integer(metric, "n", metricAt)
        }
      ];
    })
  );
  return {
    verdict: check.oneOf(m, "verdict", at, VERDICTS),
    model: check.string(m, "model", at),
    at: check.timestamp(m, "at", at),
    ...optional(
      "commit",
      m.commit === void 0 ? void 0 : check.matching(m, "commit", at, COMMIT, "a full commit sha")
    ),
    metrics
  };
}
function readEvent(check, value, at) {
  const m = check.mapping(value, at, EVENT_KEYS);
  const event = check.oneOf(m, "event", at, EVENTS);
  const reason = m.reason === void 0 ? void 0 : check.string(m, "reason", at);
  if (event === "forced-promote" && !reason?.trim()) {
    check.fail(at, "a forced promotion must record its `reason`");
  }
  const partials = m.partials === void 0 ? void 0 : check.list(m.partials, [...at, "partials"]).map((_p, i) => check.string(m.partials, i, [...at, "partials"]));
  return {
    event,
    version: check.string(m, "version", at),
    hash: check.matching(m, "hash", at, SHA256, "a sha256 hex digest"),
    path: check.string(m, "path", at),
    ...optional("partials", partials),
    commit: check.matching(m, "commit", at, COMMIT, "a full commit sha"),
    actor: check.string(m, "actor", at),
    at: check.timestamp(m, "at", at),
    ...optional("from", m.from === void 0 ? void 0 : check.string(m, "from", at)),
    ...optional("weight", m.weight === void 0 ? void 0 : check.number(m, "weight", at, 0, 100)),
    ...optional(
      "status",
      m.status === void 0 ? void 0 : check.oneOf(m, "status", at, LIFECYCLE_STATUSES)
    ),
    ...optional("reason", reason)
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/repo/git.ts
import { execFile } from "node:child_process";
function git(args, cwd, input, env = {}) {
  return new Promise((resolve2, reject) => {
    const child = execFile(
      "git",
      args,
      {
        cwd,
        maxBuffer: 256 * 1024 * 1024,
        encoding: "utf8",
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", ...env }
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          reject(new Error(`could not run git ${args[0] ?? ""}: ${error.message}`));
          return;
        }
        resolve2({ stdout, stderr, exitCode: error ? Number(error.code) : 0 });
      }
    );
    if (input !== void 0) child.stdin?.end(input);
  });
}
async function gitOrThrow(args, cwd, input, env) {
  const result = await git(args, cwd, input, env);
  if (result.exitCode !== 0) {
    throw new Error(`git ${args.join(" ")} failed: ${result.stderr.trim() || `exit ${result.exitCode}`}`);
  }
  return result.stdout;
}
async function commitAsActionsBot(root, message) {
  await gitOrThrow(
    [
      "-c",
      "user.name=github-actions[bot]",
      "-c",
      "user.email=41898282+github-actions[bot]@users.noreply.github.com",
      "commit",
      "-m",
      message
    ],
    root
  );
}

// src/lifecycle/files.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
async function readFileAtCommit(root, commit, path) {
  try {
    const result = await git(["cat-file", "--filters", `${commit}:${path}`], root);
    return result.exitCode === 0 ? result.stdout : void 0;
  } catch {
    return void 0;
  }
}
async function readWorkingFile(root, path) {
  try {
    return await readFile(resolve(root, path), "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return void 0;
    throw error;
  }
}

// src/lifecycle/environments.ts
var PRODUCTION = "production";
var DEFAULT_ENVIRONMENTS = ["staging", PRODUCTION];
function resolveEnvironment(name, configured) {
  if (name === void 0) return PRODUCTION;
  if (!configured.includes(name)) {
    throw new UsageError(
      `unknown environment \`${name}\` (configured: ${configured.join(", ")}; add it to \`environments\` in promptgate.yaml)`
    );
  }
  return name;
}
function environmentPrompts(lock, env) {
  if (env === PRODUCTION) return lock.prompts;
  const envs = lock.environments ?? {};
  return Object.hasOwn(envs, env) ? envs[env] ?? {} : {};
}
function findInEnvironment(lock, env, id) {
  const prompts = environmentPrompts(lock, env);
  return Object.hasOwn(prompts, id) ? prompts[id] : void 0;
}
function withEnvironmentPrompt(lock, env, id, prompt) {
  return withEnvironmentPrompts(lock, env, { ...environmentPrompts(lock, env), [id]: prompt });
}
function withEnvironmentPrompts(lock, env, prompts) {
  if (env === PRODUCTION) return { ...lock, prompts };
  return { ...lock, environments: { ...lock.environments, [env]: prompts } };
}
function environmentsOf(lock, id) {
  const names = [PRODUCTION, ...Object.keys(lock.environments ?? {}).sort()];
  return names.flatMap((env) => {
    const prompt = findInEnvironment(lock, env, id);
    return prompt ? [{ env, prompt }] : [];
  });
}
function environmentStatus(env) {
  return env === PRODUCTION ? "production" : "staging";
}
function versionStatus(lock, id, hash) {
  const records = environmentsOf(lock, id);
  for (const { env, prompt } of records) {
    if (prompt.hash === hash) return prompt.status ?? environmentStatus(env);
  }
  for (const { env, prompt } of records) {
    if (prompt.rollout?.hash === hash) return environmentStatus(env);
  }
  const events = records.flatMap(({ prompt }) => prompt.history).filter((e) => e.hash === hash).sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
  const last = events.at(-1);
  if (!last) return void 0;
  return last.event === "status" && last.status ? last.status : "deprecated";
}

export {
  VERDICTS,
  VERDICT_LABEL,
  verdictSeverity,
  worstVerdict,
  DEFAULT_FAIL_ON,
  parseFailOn,
  FAIL_ON_HELP,
  failsCheck,
  PRODUCTION,
  DEFAULT_ENVIRONMENTS,
  resolveEnvironment,
  environmentPrompts,
  findInEnvironment,
  withEnvironmentPrompt,
  withEnvironmentPrompts,
  environmentsOf,
  environmentStatus,
  versionStatus,
  emptyLockFile,
  findLocked,
  productionEntry,
  isCommitSha,
  serializeLockFile,
  byCodeUnit,
  parseLockFile,
  git,
  gitOrThrow,
  commitAsActionsBot,
  sha256,
  readFileAtCommit,
  readWorkingFile
};
