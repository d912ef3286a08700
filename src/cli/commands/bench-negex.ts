/** `ddx bench negex`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerBenchNegex(bench: Command): void {
  bench
    .command('negex')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx bench negex` is not implemented yet');
    });
}
