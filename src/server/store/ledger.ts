/**
 * The privacy ledger kept in the service's store (PGlite or PostgreSQL), so that every release on a
 * dataset adds up wherever `ddx learn` runs against that store. Accounting and refusal are the
 * FileLedger's (`checkSpend`: basic sequential composition, `budget-exceeded`); what this adds is
 * atomicity across processes: a spend locks the dataset's budget row (SELECT ... FOR UPDATE) and
 * checks and records in one transaction, so two learners racing for the last of a budget cannot
 * both win.
 */
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { checkSpend, type DatasetBudget, type PrivacyLedger } from '../../privacy/dp/index.js';
import * as schema from './schema.js';
import type { Db, DbStore } from './store.js';

/** What a spend may record besides ε and purpose. */
export interface ReleaseDetails {
  /** e.g. "discrete Laplace"; never data values. */
  readonly mechanism?: string | undefined;
  /** The released model's content hash, when known. */
  readonly modelHash?: string | undefined;
}

export interface LedgerRelease {
  readonly seq: number;
  readonly releaseId: string;
  readonly epsilon: number;
  readonly mechanism: string;
  readonly purpose: string;
  readonly modelHash: string | null;
  readonly createdAt: Date;
}

export interface LedgerDataset {
  readonly datasetId: string;
  readonly totalEpsilon: number;
  readonly createdAt: Date;
  readonly releases: readonly LedgerRelease[];
}

const UNSPECIFIED_MECHANISM = 'unspecified';

function toBudget(datasetId: string, totalEpsilon: number, releases: readonly { seq: number; epsilon: number; purpose: string }[]): DatasetBudget {
  return { datasetId, totalEpsilon, releases: releases.map((r) => ({ epsilon: r.epsilon, purpose: r.purpose, seq: r.seq })) };
}

/** The privacy ledger over the service's store; a spend is checked and recorded in one locking transaction. */
export class StoreLedger implements PrivacyLedger {
  private readonly db: Db;
  constructor(store: DbStore) {
    this.db = store.db;
  }

  private releasesOf(db: Db, datasetId: string): Promise<LedgerRelease[]> {
    const l = schema.privacyLedger;
    return db
      .select({ seq: l.seq, releaseId: l.releaseId, epsilon: l.epsilon, mechanism: l.mechanism, purpose: l.purpose, modelHash: l.modelHash, createdAt: l.createdAt })
      .from(l)
      .where(eq(l.datasetId, datasetId))
      .orderBy(asc(l.seq));
  }

  async get(datasetId: string): Promise<DatasetBudget | undefined> {
    const rows = await this.db.select().from(schema.privacyBudgets).where(eq(schema.privacyBudgets.datasetId, datasetId));
    const b = rows[0];
    if (!b) return undefined;
    return toBudget(b.datasetId, b.totalEpsilon, await this.releasesOf(this.db, datasetId));
  }

  /**
   * Check and record a release in one transaction holding the dataset's budget row lock. The budget
   * row is created (with `totalEpsilon`) by the first release; a refused release rolls back, so it
   * records nothing, not even the budget.
   */
  async spend(datasetId: string, epsilon: number, purpose: string, totalEpsilon: number, details: ReleaseDetails = {}): Promise<DatasetBudget> {
    return this.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      // A concurrent first insert blocks here until the other transaction ends, then does nothing.
      await db.insert(schema.privacyBudgets).values({ datasetId, totalEpsilon }).onConflictDoNothing();
      const locked = await db.select().from(schema.privacyBudgets).where(eq(schema.privacyBudgets.datasetId, datasetId)).for('update');
      const b = locked[0];
      if (!b) throw new Error('privacy budget row vanished inside its transaction');
      const releases = await this.releasesOf(db, datasetId);
      const next = checkSpend(toBudget(datasetId, b.totalEpsilon, releases), datasetId, epsilon, purpose, b.totalEpsilon);
      const seq = next.releases[next.releases.length - 1]!.seq;
      await db.insert(schema.privacyLedger).values({
        datasetId, seq, releaseId: randomUUID(), epsilon, purpose,
        mechanism: details.mechanism ?? UNSPECIFIED_MECHANISM, modelHash: details.modelHash ?? null,
      });
      return next;
    });
  }

  /** Every dataset with its releases, ordered by dataset id; for administrators (no data values). */
  async list(): Promise<LedgerDataset[]> {
    const budgets = await this.db.select().from(schema.privacyBudgets).orderBy(asc(schema.privacyBudgets.datasetId));
    const l = schema.privacyLedger;
    const rows = await this.db
      .select({ datasetId: l.datasetId, seq: l.seq, releaseId: l.releaseId, epsilon: l.epsilon, mechanism: l.mechanism, purpose: l.purpose, modelHash: l.modelHash, createdAt: l.createdAt })
      .from(l)
      .orderBy(asc(l.datasetId), asc(l.seq));
    const by = new Map<string, LedgerRelease[]>();
    for (const { datasetId, ...r } of rows) {
      const list = by.get(datasetId) ?? [];
      list.push(r);
      by.set(datasetId, list);
    }
    return budgets.map((b) => ({ datasetId: b.datasetId, totalEpsilon: b.totalEpsilon, createdAt: b.createdAt, releases: by.get(b.datasetId) ?? [] }));
  }

  /**
   * Carry a dataset's budget over from another ledger (a FileLedger) unless the store already has
   * one: false when it does. The releases keep their ε and purpose; mechanism notes the import.
   */
  async importBudget(budget: DatasetBudget, mechanism: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const ins = await db.insert(schema.privacyBudgets).values({ datasetId: budget.datasetId, totalEpsilon: budget.totalEpsilon }).onConflictDoNothing().returning({ id: schema.privacyBudgets.datasetId });
      if (ins.length === 0) return false;
      const sorted = [...budget.releases].sort((a, b) => a.seq - b.seq);
      if (sorted.length) {
        await db.insert(schema.privacyLedger).values(sorted.map((r, i) => ({ datasetId: budget.datasetId, seq: i + 1, releaseId: randomUUID(), epsilon: r.epsilon, purpose: r.purpose, mechanism, modelHash: null })));
      }
      return true;
    });
  }
}
