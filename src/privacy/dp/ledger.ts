/**
 * Privacy budget accounting per dataset. Accounting method: basic sequential composition — the ε of
 * every release on the same dataset adds up (pure ε-DP, δ = 0). This is simple and conservative;
 * tighter accountants (advanced composition, RDP) would allow more releases for the same guarantee.
 * A ledger is keyed by the dataset id (a SHA-256 of its content, `datasetId`), so a renamed copy
 * shares the same budget.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError, issue } from '../../core/issues.js';

export interface Release {
  readonly epsilon: number;
  /** What was released, e.g. "learn ddxplus counts"; never data values. */
  readonly purpose: string;
  /** Monotone sequence number within the dataset (no timestamps, for deterministic artifacts). */
  readonly seq: number;
}

export interface DatasetBudget {
  readonly datasetId: string;
  readonly totalEpsilon: number;
  readonly releases: readonly Release[];
}

/** Storage for budgets. Implementations must make `spend` atomic per dataset (check and record together). */
export interface PrivacyLedger {
  get(datasetId: string): Promise<DatasetBudget | undefined>;
  /** Record a release of `epsilon`; refuses (throws InputError code `budget-exceeded`) when spent + ε > total. */
  spend(datasetId: string, epsilon: number, purpose: string, totalEpsilon: number): Promise<DatasetBudget>;
}

/** A dataset's id: the SHA-256 of its content. */
export function datasetId(content: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/** The epsilon a dataset has spent so far (0 for one never released from). */
export function spentEpsilon(b: DatasetBudget | undefined): number {
  // Sum in integer micro-epsilon so 0.1 + 0.2 does not creep past a budget of 0.3.
  if (!b) return 0;
  return b.releases.reduce((s, r) => s + Math.round(r.epsilon * 1e6), 0) / 1e6;
}

/** The budget after one more release of `epsilon`; throws `budget-exceeded` when it would pass the total. */
export function checkSpend(current: DatasetBudget | undefined, datasetIdValue: string, epsilon: number, purpose: string, totalEpsilon: number): DatasetBudget {
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new InputError([issue('range', '$.epsilon', 'epsilon must be a positive finite number')]);
  const total = current?.totalEpsilon ?? totalEpsilon;
  const spent = spentEpsilon(current);
  if (Math.round(spent * 1e6) + Math.round(epsilon * 1e6) > Math.round(total * 1e6)) {
    throw new InputError([issue('budget-exceeded', '$.epsilon', `privacy budget exceeded for this dataset: spent ${spent}, requested ${epsilon}, total ${total}`)]);
  }
  const releases = [...(current?.releases ?? []), { epsilon, purpose, seq: (current?.releases.length ?? 0) + 1 }];
  return { datasetId: datasetIdValue, totalEpsilon: total, releases };
}

interface LedgerFile {
  readonly version: 1;
  readonly datasets: Record<string, DatasetBudget>;
}

/** A JSON file holding every dataset's budget; writes go to a temp file and are renamed into place. */
export class FileLedger implements PrivacyLedger {
  constructor(private readonly path: string) {}

  private read(): LedgerFile {
    try {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as LedgerFile;
      if (parsed && parsed.version === 1 && parsed.datasets && typeof parsed.datasets === 'object') return parsed;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, datasets: {} };
    }
    // A corrupt ledger must not silently reset the budget.
    throw new InputError([issue('ledger', '$', 'privacy ledger file is unreadable; refusing to release')]);
  }

  async get(id: string): Promise<DatasetBudget | undefined> {
    return this.read().datasets[id];
  }

  async spend(id: string, epsilon: number, purpose: string, totalEpsilon: number): Promise<DatasetBudget> {
    const file = this.read();
    const next = checkSpend(file.datasets[id], id, epsilon, purpose, totalEpsilon);
    const datasets = { ...file.datasets, [id]: next };
    const sorted = Object.fromEntries(Object.keys(datasets).sort().map((k) => [k, datasets[k]]));
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ version: 1, datasets: sorted }, null, 2)}\n`);
    renameSync(tmp, this.path);
    return next;
  }
}

/** In-memory ledger for tests and one-shot runs. */
export class MemoryLedger implements PrivacyLedger {
  private readonly budgets = new Map<string, DatasetBudget>();
  async get(id: string): Promise<DatasetBudget | undefined> {
    return this.budgets.get(id);
  }
  async spend(id: string, epsilon: number, purpose: string, totalEpsilon: number): Promise<DatasetBudget> {
    const next = checkSpend(this.budgets.get(id), id, epsilon, purpose, totalEpsilon);
    this.budgets.set(id, next);
    return next;
  }
}
