/**
 * `ddx bench negex --annotations <tsv> --json`: negation detection on the NegEx test-set format
 * (report, concept, sentence, Affirmed/Negated). The concept is given, so this measures context, not
 * recognition. Prints one JSON object; timing is reported, never asserted.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { InputError } from '../../core/issues.js';
import { parseNegexTsv, predictNegex, scoreNegex } from '../../intake/notes/index.js';
import { CliUsageError } from '../exit.js';
import { readTextFile } from '../io.js';

const REPO_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

interface BenchNegexFlags {
  annotations?: string;
  data: string;
  json?: boolean;
  repeat: string;
}

/** Registers `ddx bench negex`: negation detection (ConText-style) on NegEx-format annotations: accuracy, negated precision/recall/F1, speed. */
export function registerBenchNegex(bench: Command): void {
  bench
    .command('negex')
    .description('negation detection (ConText-style) on NegEx-format annotations: accuracy, negated precision/recall/F1, speed')
    .option('--annotations <tsv>', 'annotations TSV (default <data>/negex/annotations-dev.tsv)')
    .option('--data <dir>', 'data folder, relative to the repo root', '../shared/data')
    .option('--repeat <n>', 'timed passes over the file (speed only; scores come from one pass)', '5')
    .option('--json', 'print JSON (the default output is JSON as well)')
    .action((flags: BenchNegexFlags) => {
      const path = flags.annotations ?? resolve(REPO_ROOT, flags.data, 'negex/annotations-dev.tsv');
      if (!existsSync(path)) throw new CliUsageError(`annotations file not found: ${path} (give --annotations <tsv>)`);
      const repeat = Number(flags.repeat);
      if (!Number.isInteger(repeat) || repeat < 1 || repeat > 1000) throw new CliUsageError('--repeat must be an integer from 1 to 1000');
      const parsed = parseNegexTsv(readTextFile(path));
      if (!parsed.ok) throw new InputError(parsed.issues);
      const rows = parsed.value;
      const score = scoreNegex(predictNegex(rows)); // also warms up
      const t0 = performance.now();
      for (let i = 0; i < repeat; i++) predictNegex(rows);
      const seconds = (performance.now() - t0) / 1000;
      const out = { ...score, sentences_per_s: Math.round((rows.length * repeat) / seconds) };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    });
}
