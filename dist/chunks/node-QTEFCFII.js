#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
} from "./chunk-34PRJB2G.js";
import "./chunk-NM3O7CPD.js";
export {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
};
