/** `ddx learn phenopackets`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerLearnPhenopackets(learn: Command): void {
  learn
    .command('phenopackets')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx learn phenopackets` is not implemented yet');
    });
}
