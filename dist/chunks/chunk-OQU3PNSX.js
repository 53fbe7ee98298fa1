#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  LIFECYCLE_STATUSES
} from "./chunk-SYHBIXPY.js";

// src/version.ts
var TOOL_VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/report/formats/html.ts
var htmlFormat = {
  name: "html",
  flag: "html",
  help: "write a self-contained HTML report (case inputs, word-level diffs, filters)",
  extension: "html",
  actionOutput: "html-report-path",
  render: async (report) => (await import("./html-54QFIRUL.js")).renderHtml(report)
};

// src/report/formats/json.ts
var jsonFormat = {
  name: "json",
  flag: "json",
  help: "write the JSON report (always written, also on failure)",
  extension: "json",
  render: async (report) => (await import("./json-465ZOSLL.js")).reportJson(report)
};

// src/report/formats/junit.ts
var junitFormat = {
  name: "junit",
  flag: "junit",
  help: "write JUnit XML (one testcase per case)",
  extension: "xml",
  render: async (report) => (await import("./junit-EAO3BBSA.js")).renderJUnit(report)
};

// src/report/formats/markdown.ts
var markdownFormat = {
  name: "markdown",
  flag: "markdown",
  help: "write the report as GitHub-flavoured Markdown",
  extension: "md",
  render: async (report) => (await import("./markdown-FAJ5I3XJ.js")).renderMarkdown(report, {})
};

// src/report/formats/registry.ts
var formats = /* @__PURE__ */ new Map();
function registerReportFormat(format) {
  const clash = [...formats.values()].find((f) => f.name === format.name || f.flag === format.flag);
  if (clash) throw new Error(`report format \`${format.name}\` (--${format.flag}) is registered twice`);
  formats.set(format.name, format);
}
registerReportFormat(jsonFormat);
registerReportFormat(markdownFormat);
registerReportFormat(htmlFormat);
registerReportFormat(junitFormat);
function reportFormats() {
  return [...formats.values()];
}

// src/lifecycle/commands/usage.ts
var RELEASE_USAGE = {
  rollout: [
    "promptgate rollout <id> --version V --weight W [--env E] [--reason TEXT] [--report FILE] [--force REASON]",
    "promptgate rollout <id> --abort [--env E] [--reason TEXT]"
  ],
  export: ["promptgate export flagd [--env E] [--out FILE]   (default: production, to stdout)"],
  status: [
    "promptgate status [<id>]",
    `promptgate status <id> --set ${LIFECYCLE_STATUSES.join("|")} [--version V] [--env E] --reason TEXT`
  ],
  experiment: [
    "promptgate experiment analyze [<id>] --data FILE [--env E] [--control V --canary V] [--apply] [--json FILE|-]"
  ],
  drill: ["promptgate drill <id> [--env E] [--apply] [--seed N]   (dry run unless --apply)"]
};

export {
  TOOL_VERSION,
  reportFormats,
  RELEASE_USAGE
};
