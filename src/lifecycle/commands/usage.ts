/**
 * The release commands' usage lines, apart from their implementations: `promptgate --help` prints
 * them without loading the commands (and everything they import).
 */
import { LIFECYCLE_STATUSES } from '../states.js';

export const RELEASE_USAGE = {
  rollout: [
    'promptgate rollout <id> --version V --weight W [--env E] [--reason TEXT] [--report FILE] [--force REASON]',
    'promptgate rollout <id> --abort [--env E] [--reason TEXT]',
  ],
  export: ['promptgate export flagd [--env E] [--out FILE]   (default: production, to stdout)'],
  status: [
    'promptgate status [<id>]',
    `promptgate status <id> --set ${LIFECYCLE_STATUSES.join('|')} [--version V] [--env E] --reason TEXT`,
  ],
  experiment: [
    'promptgate experiment analyze [<id>] --data FILE [--env E] [--control V --canary V] [--apply] [--json FILE|-]',
  ],
  drill: ['promptgate drill <id> [--env E] [--apply] [--seed N]   (dry run unless --apply)'],
} as const satisfies Record<string, readonly string[]>;
