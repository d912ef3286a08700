/**
 * `ddx privacy ledger`: the privacy budget of every dataset in the store's ledger — total ε, what each
 * differentially private release spent and on what — so an informatics team can see what is left before
 * the next `ddx learn --epsilon`. Dataset ids are content hashes; nothing here holds data values.
 */
import type { Command } from 'commander';
import { StoreLedger, type LedgerDataset } from '../../server/store/ledger.js';
import { DATA_DIR_HELP, withStore } from '../store.js';
import { DEFAULT_DATA_DIR } from './learn-ddxplus.js';

/** ε with the float noise of sums trimmed (0.1 + 0.2 is shown as 0.3). */
const eps = (x: number): string => String(Number(x.toPrecision(12)));

type LedgerSummary = LedgerDataset & { readonly spentEpsilon: number; readonly remainingEpsilon: number };

/** Each dataset with what its releases spent and what is left, float noise trimmed. */
function summarise(datasets: readonly LedgerDataset[]): LedgerSummary[] {
  return datasets.map((d) => {
    const spent = d.releases.reduce((a, r) => a + r.epsilon, 0);
    return { ...d, spentEpsilon: Number(spent.toPrecision(12)), remainingEpsilon: Number(Math.max(0, d.totalEpsilon - spent).toPrecision(12)) };
  });
}

/** The privacy ledger as text: each dataset's epsilon budget and the releases that spent it. */
export function formatLedger(datasets: readonly LedgerSummary[]): string {
  if (datasets.length === 0) return 'no differentially private releases recorded\n';
  const lines: string[] = [];
  for (const d of datasets) {
    lines.push(`dataset ${d.datasetId}  budget ε ${eps(d.totalEpsilon)}  spent ε ${eps(d.spentEpsilon)}  left ε ${eps(d.remainingEpsilon)}`);
    for (const r of d.releases) {
      lines.push(`  #${r.seq}  ${r.createdAt.toISOString()}  ε ${eps(r.epsilon)}  ${r.purpose}${r.modelHash ? `  model ${r.modelHash}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Registers `ddx privacy` (ledger): privacy governance: the differential-privacy budget ledger. */
export function registerPrivacy(program: Command): void {
  const privacy = program.command('privacy').description('privacy governance: the differential-privacy budget ledger');
  privacy
    .command('ledger')
    .description('list each dataset\'s ε budget and the releases that spent it (from the store: --data-dir or DATABASE_URL)')
    .option('--data-dir <dir>', DATA_DIR_HELP, DEFAULT_DATA_DIR)
    .option('--json', 'print JSON')
    .action(async (o: { dataDir: string; json?: boolean }) => {
      const datasets = summarise(await withStore(o.dataDir, 'read it through GET /v1/privacy/ledger', (s) => new StoreLedger(s).list()));
      process.stdout.write(o.json ? `${JSON.stringify(datasets, null, 2)}\n` : formatLedger(datasets));
    });
}
