/** `ddx interview`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerInterview(program: Command): void {
  program
    .command('interview')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx interview` is not implemented yet');
    });
}
