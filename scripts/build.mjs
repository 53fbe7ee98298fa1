// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the production-prompt loader
// (dist/lock.js) with esbuild: one deterministic build, shared code split into content-hashed chunks.
// dist/ is committed; CI rebuilds it and fails when it differs (check-dist).
import { build } from 'esbuild';
import { chmod, copyFile, readFile, rm } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli-entry.ts', lock: 'src/lifecycle/loader.ts' },
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
});
// The CLI is the package's bin: keep it executable in git so `npx promptgate` runs it from a checkout.
await chmod(new URL('../dist/cli.js', import.meta.url), 0o755);
// promptgate/lock's public types are written by hand (types/lock.d.ts) and shipped beside the bundle.
await copyFile(new URL('../types/lock.d.ts', import.meta.url), new URL('../dist/lock.d.ts', import.meta.url));
