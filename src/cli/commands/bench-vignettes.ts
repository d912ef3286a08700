/** `ddx bench vignettes`: not implemented yet (placeholder so the command list is stable while work lands). */
import type { Command } from 'commander';
import { CliUsageError } from '../exit.js';

export function registerBenchVignettes(bench: Command): void {
  bench
    .command('vignettes')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliUsageError('`ddx bench vignettes` is not implemented yet');
    });
}
