#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import{reportJson}from"./chunk-XXSHJONH.js";import"./chunk-D5SSZUMA.js";import"./chunk-XK2K2WV7.js";export{reportJson};
