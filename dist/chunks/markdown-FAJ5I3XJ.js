#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  JOB_SUMMARY_MAX_BYTES,
  renderJobSummary,
  renderMarkdown,
  renderPendingComment
} from "./chunk-5EYP3NTB.js";
import "./chunk-4TPEIFMN.js";
import "./chunk-VF6S3Y37.js";
import "./chunk-ECO7HHYC.js";
import "./chunk-2ZEMAEG7.js";
import "./chunk-B3M2E42Y.js";
import "./chunk-NM3O7CPD.js";
export {
  JOB_SUMMARY_MAX_BYTES,
  renderJobSummary,
  renderMarkdown,
  renderPendingComment
};
