/** Runs the CLI from source (used by tests and development: `node --import tsx src/cli/run.ts <args>`). */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
