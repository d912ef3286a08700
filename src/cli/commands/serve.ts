/** `ddx serve`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx serve` is not implemented yet');
    });
}
