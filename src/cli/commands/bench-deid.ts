/** `ddx bench deid`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerBenchDeid(bench: Command): void {
  bench
    .command('deid')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx bench deid` is not implemented yet');
    });
}
