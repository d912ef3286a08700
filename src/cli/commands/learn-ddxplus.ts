/** `ddx learn ddxplus`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerLearnDdxplus(learn: Command): void {
  learn
    .command('ddxplus')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx learn ddxplus` is not implemented yet');
    });
}
