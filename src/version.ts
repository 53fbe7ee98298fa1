/** Replaced at bundle time by scripts/build.mjs; the fallback serves tests run from source. */
declare const __PROMPTGATE_VERSION__: string | undefined;

export const TOOL_VERSION: string =
  typeof __PROMPTGATE_VERSION__ === 'string' ? __PROMPTGATE_VERSION__ : '0.0.0-dev';
