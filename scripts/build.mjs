// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the production-prompt loader
// (dist/lock.js) with esbuild: deterministic builds, code loaded on demand split into content-hashed
// chunks. dist/ is committed; CI rebuilds it and fails when it differs (check-dist).
import { build } from 'esbuild';
import { chmod, copyFile, readFile, rm } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  sourcemap: false,
  logLevel: 'warning',
  define: { __PROMPTGATE_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS dependencies (nunjucks, @actions/*) still call require() for Node built-ins.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __pgCreateRequire } from 'node:module';",
      'const require = __pgCreateRequire(import.meta.url);',
    ].join('\n'),
  },
};

/**
 * The executables (action and CLI) are built without comments and indentation: every start reads,
 * hashes (V8's compile cache) and scans the source of each function it runs. Comments are also where
 * the SDKs keep non-ASCII characters (an emoji in the `openai` SDK's docs), and one such character
 * makes V8 hold a whole chunk as two-byte text. Names and statements are kept as written.
 */
const executable = { ...common, minifyWhitespace: true };

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
// The CLI is built on its own: chunks shared with the action would split its module graph into more,
// smaller files, and each file costs a resolution, a read and a compile-cache lookup at start-up.
await build({ ...executable, entryPoints: { cli: 'src/cli-entry.ts' } });
await build({ ...executable, entryPoints: { index: 'src/index.ts' } });
// promptgate/lock is imported by users' programs: readable, as a library should be.
await build({ ...common, entryPoints: { lock: 'src/lifecycle/loader.ts' } });
// The CLI is the package's bin: keep it executable in git so `npx promptgate` runs it from a checkout.
await chmod(new URL('../dist/cli.js', import.meta.url), 0o755);
// promptgate/lock's public types are written by hand (types/lock.d.ts) and shipped beside the bundle.
await copyFile(new URL('../types/lock.d.ts', import.meta.url), new URL('../dist/lock.d.ts', import.meta.url));
