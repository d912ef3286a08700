/**
 * The `ddx` command: a thin layer that parses arguments, calls the library and formats output.
 * Each command lives in its own module under commands/ and registers itself here.
 */
import { Command, CommanderError } from 'commander';
import { exitCodeFor, EXIT_BAD_INPUT } from './exit.js';
import { registerDiagnose } from './commands/diagnose.js';
import { registerInterview } from './commands/interview.js';
import { registerDemo } from './commands/demo.js';
import { registerModels } from './commands/models.js';
import { registerLearn } from './commands/learn.js';
import { registerBench } from './commands/bench.js';
import { registerExtract } from './commands/extract.js';
import { registerDeid } from './commands/deid.js';
import { registerRisk } from './commands/risk.js';
import { registerServe } from './commands/serve.js';
import { registerKeys } from './commands/keys.js';
import { registerPrivacy } from './commands/privacy.js';
import { registerRecords } from './commands/records.js';
import { CODE_VERSION } from '../core/version.js';

/** The `ddx` command tree with every command registered. */
export function buildProgram(): Command {
  const program = new Command('ddx')
    .description('ddx: an open clinical reasoning engine (decision support for clinicians)')
    .version(CODE_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  for (const register of [registerDiagnose, registerInterview, registerDemo, registerModels, registerLearn, registerBench, registerExtract, registerDeid, registerRisk, registerServe, registerKeys, registerPrivacy, registerRecords]) {
    register(program);
  }
  return program;
}

/** Runs `ddx` with `argv` and resolves with its exit code (errors mapped in exit.ts). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  // A command reports a non-zero outcome by setting process.exitCode; start from a clean slate so a
  // code left by earlier work in the same process (a test runner, an embedding program) is not taken
  // for this command's, and put it back afterwards.
  const inherited = process.exitCode;
  process.exitCode = undefined;
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander already printed its message; help and version exit 0.
      return err.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    return exitCodeFor(err, (s) => process.stderr.write(s));
  } finally {
    process.exitCode = inherited;
  }
}
