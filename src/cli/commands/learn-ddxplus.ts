/**
 * `ddx learn ddxplus --data <dir> --out <file> [--epsilon E]`: train the DDXPlus model from the release
 * files and training patients. The same input gives a byte-identical artifact. With --epsilon the model
 * is learned from differentially private counts and ε is charged to the dataset's privacy ledger first;
 * a release over budget is refused and nothing is written.
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeModelArtifact } from '../../learn/artifact.js';
import { dpRng } from '../../learn/dp-counts.js';
import { DEFAULT_DP_MAX_ITEMS, learnDdxplus, type LearnDdxplusOptions } from '../../learn/ddxplus/index.js';
import { splitCsvLine } from '../../learn/ddxplus/records.js';
import { assertDeidentified, csvRecords } from '../../learn/gate.js';
import { checkSpend, datasetId, FileLedger } from '../../privacy/dp/index.js';
import { CliUsageError } from '../exit.js';
import { readTextFile } from '../io.js';
import { dataPath } from '../paths.js';

/** Total ε per dataset when the ledger has no budget for it yet. */
export const DEFAULT_EPSILON_BUDGET = 10;
export const DEFAULT_LEDGER = './ddx-data/privacy-ledger.json';

interface Flags {
  data: string;
  out: string;
  epsilon?: string;
  epsilonBudget: string;
  ledger: string;
  dpSeed?: string;
  dpMaxItems: string;
}

function positive(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CliUsageError(`${flag} must be a number > 0`);
  return n;
}

function positiveInteger(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliUsageError(`${flag} must be an integer >= 1`);
  return n;
}

export function registerLearnDdxplus(learn: Command): void {
  learn
    .command('ddxplus')
    .description('train a model from DDXPlus (release_*.json + patients-train.csv)')
    .option('--data <dir>', 'DDXPlus data folder', dataPath('ddxplus'))
    .requiredOption('--out <file>', 'where to write the model artifact')
    .option('--epsilon <e>', 'learn from differentially private counts with this ε (charged to the privacy ledger)')
    .option('--epsilon-budget <e>', 'total ε for this dataset, set by its first release', String(DEFAULT_EPSILON_BUDGET))
    .option('--ledger <file>', 'privacy ledger file', DEFAULT_LEDGER)
    .option('--dp-seed <n>', 'seed the noise (evaluation only: a seeded release is reproducible, hence not private)')
    .option('--dp-max-items <k>', 'clip each record to at most k evidence items (the L1 sensitivity of the item counts)', String(DEFAULT_DP_MAX_ITEMS))
    .action(async (flags: Flags) => {
      const started = performance.now();
      // Refuse identifiable input before anything is learned from it.
      assertDeidentified('patients-train.csv', csvRecords(readTextFile(join(flags.data, 'patients-train.csv')), splitCsvLine));
      if (flags.epsilon === undefined && flags.dpSeed !== undefined) throw new CliUsageError('--dp-seed needs --epsilon');
      let options: LearnDdxplusOptions = {};
      let charge: (() => Promise<void>) | undefined;
      if (flags.epsilon !== undefined) {
        const epsilon = positive('--epsilon', flags.epsilon);
        const budget = positive('--epsilon-budget', flags.epsilonBudget);
        const maxItemsPerRecord = positiveInteger('--dp-max-items', flags.dpMaxItems);
        const seed = flags.dpSeed === undefined ? undefined : positiveInteger('--dp-seed', flags.dpSeed);
        // The budget belongs to the bytes learned from, whatever the file is called.
        const id = datasetId(readFileSync(join(flags.data, 'patients-train.csv')));
        const ledger = new FileLedger(flags.ledger);
        checkSpend(await ledger.get(id), id, epsilon, 'check', budget); // fail fast, before the work
        options = { dp: { epsilon, rng: dpRng(seed), maxItemsPerRecord } };
        const purpose = `ddx learn ddxplus: noisy counts (discrete Laplace, L1 sensitivity ${maxItemsPerRecord + 4})${seed === undefined ? '' : ', seeded for evaluation'}`;
        charge = async () => { await ledger.spend(id, epsilon, purpose, budget); };
      }
      const { model } = learnDdxplus(flags.data, options);
      // Check and record in one step right before the release; a refusal leaves nothing written.
      if (charge) await charge();
      const { model: written, bytes } = writeModelArtifact(flags.out, model);
      process.stderr.write(`trained ${written.conditions.length} conditions, ${written.findings.length} findings from ${written.manifest.training.map((t) => `${t.name} (${t.rows})`).join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s${flags.epsilon !== undefined ? `, epsilon ${flags.epsilon} charged to ${flags.ledger}` : ''}\n`);
      process.stdout.write(`${join(flags.out)}\t${bytes} bytes\t${written.manifest.contentHash}\n`);
    });
}
