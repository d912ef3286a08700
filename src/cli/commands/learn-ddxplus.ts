/**
 * `ddx learn ddxplus --data <dir> --out <file> [--epsilon E]`: train the DDXPlus model from the release
 * files and training patients. The same input gives a byte-identical artifact. With --epsilon the model
 * is learned from differentially private counts and ε is charged to the dataset's privacy ledger first;
 * a release over budget is refused and nothing is written. The ledger lives in the service's store
 * (--data-dir, or DATABASE_URL), or in a file with --ledger; without --epsilon no ledger is opened.
 */
import type { Command } from 'commander';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, issue } from '../../core/issues.js';
import { modelContentHash, writeModelArtifact } from '../../learn/artifact.js';
import { dpRng } from '../../learn/dp-counts.js';
import { DEFAULT_DP_MAX_ITEMS, learnDdxplus, type LearnDdxplusOptions } from '../../learn/ddxplus/index.js';
import { splitCsvLine } from '../../learn/ddxplus/records.js';
import { assertDeidentified, csvRecords } from '../../learn/gate.js';
import { checkSpend, datasetId, FileLedger, spentEpsilon, type DatasetBudget } from '../../privacy/dp/index.js';
import type { StoreLedger } from '../../server/store/ledger.js';
import { CliUsageError } from '../exit.js';
import { readTextFile } from '../io.js';
import { dataPath } from '../paths.js';

/** Total ε per dataset when the ledger has no budget for it yet. */
export const DEFAULT_EPSILON_BUDGET = 10;
/** Where the file ledger was kept by default before the ledger moved into the store (imported once). */
export const DEFAULT_LEDGER = './ddx-data/privacy-ledger.json';
export const DEFAULT_DATA_DIR = './ddx-data';
/** The file by which a process holds an embedded data directory; `ddx serve` writes and checks it too. */
const HOLDER_FILE = 'ddx-serve.pid';

interface Flags {
  data: string;
  out: string;
  epsilon?: string;
  epsilonBudget: string;
  ledger?: string;
  dataDir: string;
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

export interface OpenLedger {
  get(id: string): Promise<DatasetBudget | undefined>;
  spend(id: string, epsilon: number, purpose: string, total: number, details: { mechanism: string; modelHash: string }): Promise<unknown>;
  /** For the closing message; never a database URL (it may carry a password). */
  readonly where: string;
  close(): Promise<void>;
}

/**
 * Carry the budgets of a file ledger left at the old default path into the store, so that moving the
 * ledger does not reset anyone's budget; the file is then renamed. A dataset both hold with different
 * spends is refused rather than guessed at.
 */
async function importLegacyFile(ledger: StoreLedger, path: string): Promise<void> {
  let datasets: Record<string, DatasetBudget>;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown; datasets?: unknown };
    if (parsed?.version !== 1 || !parsed.datasets || typeof parsed.datasets !== 'object') throw new Error('shape');
    datasets = parsed.datasets as Record<string, DatasetBudget>;
  } catch {
    throw new InputError([issue('ledger', '$', `the privacy ledger file ${path} is unreadable; refusing to release`)]);
  }
  let imported = 0;
  for (const b of Object.values(datasets)) {
    if (await ledger.importBudget(b, 'imported from file ledger')) imported++;
    else if (spentEpsilon(await ledger.get(b.datasetId)) !== spentEpsilon(b)) {
      throw new CliUsageError(`the store and the file ledger ${path} both hold a different budget for one dataset; reconcile them, then move the file away (or pass --ledger ${path} to keep using the file)`);
    }
  }
  renameSync(path, `${path}.imported`);
  process.stderr.write(`imported ${imported} dataset budget(s) from ${path} into the store; the file is now ${path}.imported\n`);
}

/** The privacy ledger: a JSON file with --ledger, else the service's store (shared with `ddx learn records`). */
export async function openLedger(flags: Pick<Flags, 'ledger' | 'dataDir'>): Promise<OpenLedger> {
  if (flags.ledger !== undefined) {
    const file = new FileLedger(flags.ledger);
    return { get: (id) => file.get(id), spend: (id, e, p, t) => file.spend(id, e, p, t), where: flags.ledger, close: async () => undefined };
  }
  // Loaded only here: ordinary learning never pays for the store.
  const [{ dataDirInUse }, { openStore, storeLocation }, { StoreLedger }] = await Promise.all([
    import('../../server/start.js'), import('../../server/store/open.js'), import('../../server/store/ledger.js'),
  ]);
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  const loc = storeLocation({ dataDir: flags.dataDir, databaseUrl });
  let release = (): void => undefined;
  if (loc.kind === 'pglite') {
    if (dataDirInUse(flags.dataDir)) throw new CliUsageError(`a running ddx serve (or another ddx learn) holds ${flags.dataDir}; the embedded store is single-process: stop it first, set DATABASE_URL, or pass --ledger <file>`);
  }
  const store = await openStore(loc);
  if (loc.kind === 'pglite') {
    // Hold the directory as `ddx serve` does, so neither it nor another learner opens it meanwhile.
    const holder = join(flags.dataDir, HOLDER_FILE);
    writeFileSync(holder, String(process.pid));
    release = () => {
      try {
        if (readFileSync(holder, 'utf8').trim() === String(process.pid)) rmSync(holder, { force: true });
      } catch { /* already gone */ }
    };
  }
  const close = async (): Promise<void> => {
    try {
      await store.close();
    } finally {
      release();
    }
  };
  try {
    const ledger = new StoreLedger(store);
    const legacy = join(flags.dataDir, 'privacy-ledger.json');
    if (loc.kind === 'pglite' && existsSync(legacy)) await importLegacyFile(ledger, legacy);
    return { get: (id) => ledger.get(id), spend: (id, e, p, t, d) => ledger.spend(id, e, p, t, d), where: loc.kind === 'pglite' ? `the store in ${flags.dataDir}` : 'the PostgreSQL store (DATABASE_URL)', close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Registers `ddx learn ddxplus`: train a model from DDXPlus (release_*.json + patients-train.csv). */
export function registerLearnDdxplus(learn: Command): void {
  learn
    .command('ddxplus')
    .description('train a model from DDXPlus (release_*.json + patients-train.csv)')
    .option('--data <dir>', 'DDXPlus data folder', dataPath('ddxplus'))
    .requiredOption('--out <file>', 'where to write the model artifact')
    .option('--epsilon <e>', 'learn from differentially private counts with this ε (charged to the privacy ledger)')
    .option('--epsilon-budget <e>', 'total ε for this dataset, set by its first release', String(DEFAULT_EPSILON_BUDGET))
    .option('--data-dir <dir>', 'the store holding the privacy ledger: embedded database directory, as for ddx serve (ignored when DATABASE_URL is set)', DEFAULT_DATA_DIR)
    .option('--ledger <file>', 'keep the privacy ledger in this JSON file instead of the store')
    .option('--dp-seed <n>', 'seed the noise (evaluation only: a seeded release is reproducible, hence not private)')
    .option('--dp-max-items <k>', 'clip each record to at most k evidence items (the L1 sensitivity of the item counts)', String(DEFAULT_DP_MAX_ITEMS))
    .action(async (flags: Flags) => {
      const started = performance.now();
      // Refuse identifiable input before anything is learned from it.
      assertDeidentified('patients-train.csv', csvRecords(readTextFile(join(flags.data, 'patients-train.csv')), splitCsvLine));
      if (flags.epsilon === undefined && flags.dpSeed !== undefined) throw new CliUsageError('--dp-seed needs --epsilon');
      let options: LearnDdxplusOptions = {};
      let dp: { ledger: OpenLedger; id: string; epsilon: number; budget: number; purpose: string; mechanism: string } | undefined;
      if (flags.epsilon !== undefined) {
        const epsilon = positive('--epsilon', flags.epsilon);
        const budget = positive('--epsilon-budget', flags.epsilonBudget);
        const maxItemsPerRecord = positiveInteger('--dp-max-items', flags.dpMaxItems);
        const seed = flags.dpSeed === undefined ? undefined : positiveInteger('--dp-seed', flags.dpSeed);
        // The budget belongs to the bytes learned from, whatever the file is called.
        const id = datasetId(readFileSync(join(flags.data, 'patients-train.csv')));
        const ledger = await openLedger(flags);
        try {
          checkSpend(await ledger.get(id), id, epsilon, 'check', budget); // fail fast, before the work
        } catch (err) {
          await ledger.close();
          throw err;
        }
        options = { dp: { epsilon, rng: dpRng(seed), maxItemsPerRecord } };
        const purpose = `ddx learn ddxplus: noisy counts (discrete Laplace, L1 sensitivity ${maxItemsPerRecord + 4})${seed === undefined ? '' : ', seeded for evaluation'}`;
        const mechanism = `discrete Laplace (exact sampler), pure epsilon-DP, sequential composition; L1 sensitivity ${maxItemsPerRecord + 4}`;
        dp = { ledger, id, epsilon, budget, purpose, mechanism };
      }
      let written: Awaited<ReturnType<typeof writeModelArtifact>>['model'];
      let bytes: number;
      try {
        const { model } = learnDdxplus(flags.data, options);
        // Check and record in one step right before the release; a refusal leaves nothing written.
        if (dp) await dp.ledger.spend(dp.id, dp.epsilon, dp.purpose, dp.budget, { mechanism: dp.mechanism, modelHash: modelContentHash(model) });
        ({ model: written, bytes } = writeModelArtifact(flags.out, model));
      } finally {
        await dp?.ledger.close();
      }
      process.stderr.write(`trained ${written.conditions.length} conditions, ${written.findings.length} findings from ${written.manifest.training.map((t) => `${t.name} (${t.rows})`).join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s${dp ? `, epsilon ${dp.epsilon} charged to ${dp.ledger.where}` : ''}\n`);
      process.stdout.write(`${join(flags.out)}\t${bytes} bytes\t${written.manifest.contentHash}\n`);
    });
}
