/** The release commands by name: the CLI hands argv to the matching one. */
import type { ReleaseCommand } from './command.js';
import { drillCommand } from './drill.js';
import { experimentCommand } from './experiment.js';
import { exportCommand } from './export.js';
import { rolloutCommand } from './rollout.js';
import { statusCommand } from './status.js';

export const RELEASE_COMMANDS: ReadonlyMap<string, ReleaseCommand> = new Map(
  [rolloutCommand, exportCommand, statusCommand, experimentCommand, drillCommand].map((command) => [
    command.name,
    command,
  ]),
);
