#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import{openAICompatibleFor}from"./chunk-SKF65AQI.js";import"./chunk-5CSQXU3E.js";import"./chunk-6ERVJRQ2.js";import"./chunk-P2ENM6ME.js";import"./chunk-X7JJB333.js";import"./chunk-USAA67B5.js";import"./chunk-Y7GO6WBT.js";import"./chunk-XK2K2WV7.js";function createOpenAIProvider(config,env,connections){return openAICompatibleFor("openai",config,env,{organization:env.OPENAI_ORG_ID||void 0,project:env.OPENAI_PROJECT_ID||void 0,connections})}export{createOpenAIProvider};
