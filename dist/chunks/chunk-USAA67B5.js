#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
var ProviderError=class extends Error{constructor(message,retryable,retryAfterMs,status){super(message);this.retryable=retryable;this.retryAfterMs=retryAfterMs;this.status=status;this.name="ProviderError"}retryable;retryAfterMs;status};function isRecord(value){return typeof value==="object"&&value!==null&&!Array.isArray(value)}export{ProviderError,isRecord};
