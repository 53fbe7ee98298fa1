import { describe, expect, it } from 'vitest';
import { helpText } from '../../src/cli-help.js';
import { RELEASE_COMMANDS } from '../../src/lifecycle/commands/index.js';

describe('promptgate --help', () => {
  // The help is printed without loading the commands; it must still list every one of them.
  it('lists the usage of every registered release command', () => {
    for (const command of RELEASE_COMMANDS.values()) {
      for (const line of command.usage) expect(helpText()).toContain(`  ${line}\n`);
    }
  });
});
