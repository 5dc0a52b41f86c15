import { processIo } from './io';
import { runCli } from './run';

// Entry of `npm run cli` (tsx) and of the bundled out/main/cli.js that bin/kim-fallakte.js loads.
void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
