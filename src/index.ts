import * as core from '@actions/core';
import { getErrorMessage } from './errors.js';
import { run } from './main.js';
import { neutralizeWorkflowCommands } from './report/escape.js';

// run() reports its own failures; this catches anything thrown while reporting, Error or not. Once it
// settles every output is written: exit, so no timer left by a GitHub retry can hold the job.
run()
  .catch((error: unknown) =>
    core.setFailed(neutralizeWorkflowCommands(`promptgate: unexpected failure: ${getErrorMessage(error)}`)),
  )
  .finally(() => process.exit());
