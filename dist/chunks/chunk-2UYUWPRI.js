#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import{UsageError}from"./chunk-Y7GO6WBT.js";var htmlFormat={name:"html",flag:"html",help:"write a self-contained HTML report (case inputs, word-level diffs, filters)",extension:"html",actionOutput:"html-report-path",render:async report=>(await import("./html-S6IPXF5N.js")).renderHtml(report)};var jsonFormat={name:"json",flag:"json",help:"write the JSON report (always written, also on failure)",extension:"json",render:async report=>(await import("./json-NLULZ7K7.js")).reportJson(report)};var junitFormat={name:"junit",flag:"junit",help:"write JUnit XML (one testcase per case)",extension:"xml",render:async report=>(await import("./junit-X52W4PTL.js")).renderJUnit(report)};var markdownFormat={name:"markdown",flag:"markdown",help:"write the report as GitHub-flavoured Markdown",extension:"md",render:async report=>(await import("./markdown-6MFCSBXQ.js")).renderMarkdown(report,{})};var formats=new Map;function registerReportFormat(format){const clash=[...formats.values()].find(f=>f.name===format.name||f.flag===format.flag);if(clash)throw new Error(`report format \`${format.name}\` (--${format.flag}) is registered twice`);formats.set(format.name,format)}registerReportFormat(jsonFormat);registerReportFormat(markdownFormat);registerReportFormat(htmlFormat);registerReportFormat(junitFormat);function reportFormats(){return[...formats.values()]}var TOOL_VERSION=true?"0.1.0":"0.0.0-dev";var LIFECYCLE_STATUSES=["draft","testing","staging","production","deprecated","archived"];var TRANSITIONS={draft:["testing","archived"],testing:["draft","staging","production","archived"],staging:["testing","production","deprecated"],production:["deprecated"],deprecated:["staging","production","archived"],archived:[]};function isLifecycleStatus(value){return LIFECYCLE_STATUSES.includes(value)}var TransitionError=class extends UsageError{constructor(subject,from,to){const allowed=TRANSITIONS[from];super(`${subject} is ${from}: ${from} -> ${to} is not allowed (allowed from ${from}: ${allowed.length>0?allowed.join(", "):"none, it is final"})`);this.subject=subject;this.from=from;this.to=to;this.name="TransitionError"}subject;from;to};function checkTransition(subject,from,to){if(from!==to&&!TRANSITIONS[from].includes(to))throw new TransitionError(subject,from,to)}var RELEASE_USAGE={rollout:["promptgate rollout <id> --version V --weight W [--env E] [--reason TEXT] [--report FILE] [--force REASON]","promptgate rollout <id> --abort [--env E] [--reason TEXT]"],export:["promptgate export flagd [--env E] [--out FILE]   (default: production, to stdout)"],status:["promptgate status [<id>]",`promptgate status <id> --set ${LIFECYCLE_STATUSES.join("|")} [--version V] [--env E] --reason TEXT`],experiment:["promptgate experiment analyze [<id>] --data FILE [--env E] [--control V --canary V] [--apply] [--json FILE|-]"],drill:["promptgate drill <id> [--env E] [--apply] [--seed N]   (dry run unless --apply)"]};function helpText(){const formats2=reportFormats().map(f=>`  ${`--${f.flag} FILE`.padEnd(20)}${f.help}`);return`promptgate ${TOOL_VERSION}: a prompt-regression gate

Usage:
  promptgate eval [PATH|GLOB...] [options]  evaluate every prompt of the working tree (or those at the paths)
  promptgate compare --base REF [--head REF] [PATH...]  evaluate changed prompts on base and head, gate on the difference
  promptgate merge REPORT.json... [options] combine sharded reports into one verdict
  promptgate promote <id...|--all> [--env E] [--report FILE] [--force REASON] [--no-tag]   (default report: the last eval/compare run)
  promptgate rollback <id> [--env E] [--to VERSION] [--no-restore]   (--no-restore: update the lock file only)
  promptgate history <id> [--env E] [--json [FILE|-]]
${Object.values(RELEASE_USAGE).flatMap(lines=>lines.map(u=>`  ${u}`)).join("\n")}

Options:
  --config FILE       config file (default: promptgate.yaml)
${formats2.join("\n")}
  --only ID           only this prompt (repeatable)
  --fail-on LIST      verdicts that fail (exit 1, or 2 for error): e.g. fail,error (default),
                      fail,error,inconclusive, or never; overrides gate.fail_on
  --shard I/N         run shard I of N (whole prompts per shard)
  --offline           use the deterministic offline model for every call (no keys, no network)
  --no-cache          neither read nor write the response cache
  --cache-read-only   read the cache but never write it
  --trust-head-config compare: use the head's providers, routing, cache.dir, gate and budget (default: the base's)
  --no-color          plain terminal output
  -q, --quiet         no progress output

Exit codes: 0 pass (or a verdict --fail-on does not include: by default inconclusive, skipped),
1 gate failed, 2 configuration/usage error or errored evaluation.
`}export{LIFECYCLE_STATUSES,isLifecycleStatus,TransitionError,checkTransition,RELEASE_USAGE,reportFormats,TOOL_VERSION,helpText};
