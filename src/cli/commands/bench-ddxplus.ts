/** `ddx bench ddxplus`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerBenchDdxplus(bench: Command): void {
  bench
    .command('ddxplus')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx bench ddxplus` is not implemented yet');
    });
}
