#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import{JOB_SUMMARY_MAX_BYTES,renderJobSummary,renderMarkdown,renderPendingComment}from"./chunk-RDTBB3YW.js";import"./chunk-LXKOS2CP.js";import"./chunk-SS3IOR5V.js";import"./chunk-D5SSZUMA.js";import"./chunk-XK2K2WV7.js";export{JOB_SUMMARY_MAX_BYTES,renderJobSummary,renderMarkdown,renderPendingComment};
