#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  createHttpFetch,
  sharedHttpFetch
} from "./chunk-BZ7KCGNV.js";
import "./chunk-KMKCEEAS.js";
import "./chunk-WQAX2RUL.js";
import "./chunk-NM3O7CPD.js";
export {
  createHttpFetch,
  sharedHttpFetch
};
