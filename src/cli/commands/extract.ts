/** `ddx extract`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx extract` is not implemented yet');
    });
}
