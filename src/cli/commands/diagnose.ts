/** `ddx diagnose`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerDiagnose(program: Command): void {
  program
    .command('diagnose')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx diagnose` is not implemented yet');
    });
}
