/** The release commands by name: the CLI hands argv to the matching one. */
import type { ReleaseCommand } from './command.js';
import { exportCommand } from './export.js';
import { rolloutCommand } from './rollout.js';
import { statusCommand } from './status.js';

export const RELEASE_COMMANDS: ReadonlyMap<string, ReleaseCommand> = new Map(
  [rolloutCommand, exportCommand, statusCommand].map((command) => [command.name, command]),
);
