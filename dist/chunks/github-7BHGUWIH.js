#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  openAICompatibleFor
} from "./chunk-AOZ3HPM5.js";
import "./chunk-UY6ZCEKN.js";
import "./chunk-NDRPIACG.js";
import "./chunk-53TPHBIN.js";
import "./chunk-L7DL4HE5.js";
import "./chunk-BZ7KCGNV.js";
import "./chunk-KMKCEEAS.js";
import "./chunk-WQAX2RUL.js";
import "./chunk-NM3O7CPD.js";

// src/providers/github.ts
function createGitHubModelsProvider(config, env, connections) {
  return openAICompatibleFor("github", config, env, { connections });
}
export {
  createGitHubModelsProvider
};
