#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import{openAICompatibleFor}from"./chunk-BDJKASWD.js";import"./chunk-5CSQXU3E.js";import"./chunk-6ERVJRQ2.js";import"./chunk-3PJLBHWZ.js";import"./chunk-USAA67B5.js";import"./chunk-P2ENM6ME.js";import"./chunk-Y7GO6WBT.js";import"./chunk-XK2K2WV7.js";function createGitHubModelsProvider(config,env,connections){return openAICompatibleFor("github",config,env,{connections})}export{createGitHubModelsProvider};
