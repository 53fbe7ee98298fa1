/** `promptgate export flagd [--env E] [--out FILE]`: the lock file's versions and rollouts as flagd flags. */
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { writeOutput } from '../../output.js';
import { resolveEnvironment } from '../environments.js';
import { renderFlagd } from '../flagd.js';
import { readLockFile } from '../store.js';
import { stringOption, type ReleaseCommand } from './command.js';
import { RELEASE_USAGE } from './usage.js';

const FORMATS = ['flagd'] as const;

export const exportCommand: ReleaseCommand = {
  name: 'export',
  usage: [...RELEASE_USAGE.export],
  options: { env: { type: 'string' }, out: { type: 'string' } },
  async run(context) {
    const [format, ...extra] = context.args;
    if (!format || extra.length > 0 || !(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(
        `export takes one format: ${FORMATS.join(', ')} (e.g. \`promptgate export flagd\`)`,
      );
    }
    const env = resolveEnvironment(stringOption(context.values, 'env'), context.config.release.environments);
    const text = renderFlagd(await readLockFile(context.root, context.config.lockFile), env);
    const out = stringOption(context.values, 'out');
    if (out === undefined || out === '-') context.print(text);
    else await writeOutput(resolve(context.cwd, out), text);
    return 0;
  },
};
