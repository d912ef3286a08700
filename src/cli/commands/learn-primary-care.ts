/** `ddx learn primary-care`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerLearnPrimaryCare(learn: Command): void {
  learn
    .command('primary-care')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx learn primary-care` is not implemented yet');
    });
}
