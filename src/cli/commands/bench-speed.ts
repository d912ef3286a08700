/**
 * `ddx bench speed [--model <id|file>] [--mb N] [--cases N]`: notes throughput (MB/s) and the engine
 * step (p50/p99 ms) on a model, in wall and CPU time, as one JSON object. The targets (issue 13):
 * notes >= 5 MB/s and a step <= 5 ms at p99 on the broad model.
 */
import type { Command } from 'commander';
import { runSpeed } from '../../bench/notes-numbers/speed.js';
import { loadModel } from '../../learn/builtin-models.js';
import { CliUsageError } from '../exit.js';

/** Registers `ddx bench speed`: notes throughput and engine step time (wall and CPU) on a model. */
export function registerBenchSpeed(bench: Command): void {
  bench
    .command('speed')
    .description('notes throughput and engine step time (wall and CPU) on a model')
    .option('--model <id|file>', 'model id or file', 'primary-care')
    .option('--mb <n>', 'megabytes of notes to read', '10')
    .option('--cases <n>', 'random cases of five steps each', '1100')
    .option('--json', 'print JSON (the default output is JSON as well)')
    .action((flags: { model: string; mb: string; cases: string }) => {
      const mb = Number(flags.mb);
      const cases = Number(flags.cases);
      if (!(mb > 0 && mb <= 1000)) throw new CliUsageError('--mb must be a number in (0, 1000]');
      if (!(Number.isInteger(cases) && cases > 0 && cases <= 100000)) throw new CliUsageError('--cases must be an integer in [1, 100000]');
      process.stdout.write(`${JSON.stringify(runSpeed(loadModel(flags.model), { mb, cases }))}\n`);
    });
}
