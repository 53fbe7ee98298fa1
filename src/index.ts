import * as core from '@actions/core';
import { getErrorMessage } from './errors.js';
import { run } from './main.js';

// run() reports its own failures; this catches anything thrown while reporting, Error or not.
run().catch((error: unknown) => core.setFailed(`promptgate: unexpected failure: ${getErrorMessage(error)}`));
