// Writes the published contracts (schemas/*.json) from their definitions in src/contracts/.
// A test fails when the committed files differ: run `npm run schemas` after changing a contract.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contractFiles } from '../src/contracts/files.js';

const root = join(import.meta.dirname, '..');
for (const [path, content] of Object.entries(contractFiles())) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
  console.log(`wrote ${path}`);
}
