import { runAction } from './main.js';

// Once the action settles every output is written: exit, so no timer left by a GitHub retry can hold
// the job.
await runAction();
process.exit();
