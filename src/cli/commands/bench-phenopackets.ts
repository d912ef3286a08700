/** `ddx bench phenopackets`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerBenchPhenopackets(bench: Command): void {
  bench
    .command('phenopackets')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx bench phenopackets` is not implemented yet');
    });
}
