#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  createHttpFetch,
  sharedHttpFetch
} from "./chunk-2SIHT2YD.js";
import "./chunk-SM7UROKO.js";
import "./chunk-WQAX2RUL.js";
import "./chunk-NM3O7CPD.js";
export {
  createHttpFetch,
  sharedHttpFetch
};
