#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  reportJson
} from "./chunk-MPPY5SIS.js";
import "./chunk-AQUIZFRD.js";
import "./chunk-ECO7HHYC.js";
import "./chunk-B3M2E42Y.js";
import "./chunk-NM3O7CPD.js";
export {
  reportJson
};
