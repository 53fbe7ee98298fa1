#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import{createHttpFetch,sharedHttpFetch}from"./chunk-5CSQXU3E.js";import"./chunk-P2ENM6ME.js";import"./chunk-Y7GO6WBT.js";import"./chunk-XK2K2WV7.js";export{createHttpFetch,sharedHttpFetch};
