#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import{child_process,crypto,fs,os,path,stream,util}from"./chunk-FMB2CK5Y.js";import"./chunk-XK2K2WV7.js";export{child_process,crypto,fs,os,path,stream,util};
