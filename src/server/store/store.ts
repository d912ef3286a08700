/**
 * The service's persistence: organizations and keys, the model registry, stepwise sessions with
 * their full trace, and audit events. One implementation over Drizzle serves both PGlite and
 * PostgreSQL; every multi-row write is one transaction, so an acknowledged write is a committed one.
 */
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type StoreKind = 'pglite' | 'postgres';

export type ModelStatus = 'internal' | 'validated' | 'released';
export const MODEL_STATUSES: readonly ModelStatus[] = ['internal', 'validated', 'released'];

export interface KeyRecord {
  readonly id: string;
  readonly orgId: string;
  readonly owner: boolean;
  readonly hash: string;
  readonly scopes: readonly string[];
  readonly expiresAt: Date | null;
  readonly revokedAt: Date | null;
}

export interface ModelRow {
  readonly contentHash: string;
  readonly modelId: string;
  readonly version: string;
  readonly name: string;
  readonly ownerOrg: string;
  readonly status: ModelStatus;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface ValidationReportRow {
  readonly caseSet: string;
  readonly nCases: number;
  readonly top1: number;
  readonly ece: number;
  readonly cantMissRecall: number;
  readonly submittedBy: string;
  readonly createdAt: Date;
}

export interface SignoffRow {
  readonly reviewerId: string;
  readonly reviewerName: string;
  readonly keyId: string;
  readonly orgId: string;
  readonly signedAt: Date;
}

export interface SessionEvent {
  readonly seq: number;
  readonly kind: string;
  readonly payload: unknown;
  readonly createdAt: Date;
}

export interface SessionRecord {
  readonly id: string;
  readonly orgId: string;
  readonly modelHash: string;
  readonly start: unknown;
  readonly steps: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly events: readonly SessionEvent[];
}

export interface AuditRecord {
  readonly recorded: Date;
  readonly orgId: string | null;
  readonly keyId: string | null;
  readonly action: string;
  readonly operation: string;
  readonly modelHash: string | null;
  readonly modelVersion: string | null;
  readonly outcome: string;
  readonly status: number;
  readonly requestId: string;
  readonly entity: string | null;
}

/** Whether a database error (or any error in its `cause` chain) is PostgreSQL's unique violation, 23505. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/** The service's store over one Drizzle database (PGlite or PostgreSQL). */
export class DbStore {
  constructor(readonly db: Db, readonly kind: StoreKind, private readonly closeFn: () => Promise<void>) {}

  /** A trivial query: throws when the database cannot be reached. */
  async ping(): Promise<void> {
    await this.db.execute(sql`select 1`);
  }

  /** Close the database connection (or the embedded database). */
  async close(): Promise<void> {
    await this.closeFn();
  }

  // ---- organizations and keys ----

  /** Create the organization if it is new; mark it as the owner when `owner` (never unmarks). */
  async ensureOrg(id: string, owner: boolean): Promise<void> {
    await this.db.insert(schema.organizations).values({ id, owner }).onConflictDoNothing();
    if (owner) await this.db.update(schema.organizations).set({ owner: true }).where(eq(schema.organizations.id, id));
  }

  /** Store a new API key (its hash only, never the key). */
  async createKey(k: { id: string; orgId: string; hash: string; scopes: readonly string[]; label?: string | undefined; expiresAt?: Date | undefined }): Promise<void> {
    await this.db.insert(schema.apiKeys).values({ id: k.id, orgId: k.orgId, hash: k.hash, scopes: [...k.scopes], label: k.label ?? null, expiresAt: k.expiresAt ?? null });
  }

  /** An API key by its public id, with whether its org is the owner. */
  async getKey(id: string): Promise<KeyRecord | undefined> {
    const rows = await this.db
      .select({ k: schema.apiKeys, owner: schema.organizations.owner })
      .from(schema.apiKeys)
      .innerJoin(schema.organizations, eq(schema.apiKeys.orgId, schema.organizations.id))
      .where(eq(schema.apiKeys.id, id));
    const r = rows[0];
    if (!r) return undefined;
    return { id: r.k.id, orgId: r.k.orgId, owner: r.owner, hash: r.k.hash, scopes: r.k.scopes, expiresAt: r.k.expiresAt, revokedAt: r.k.revokedAt };
  }

  /** Revoke a key; returns false when no such key exists (in that org, when one is given). */
  async revokeKey(id: string, orgId?: string): Promise<boolean> {
    const where = orgId ? and(eq(schema.apiKeys.id, id), eq(schema.apiKeys.orgId, orgId)) : eq(schema.apiKeys.id, id);
    const rows = await this.db.update(schema.apiKeys).set({ revokedAt: sql`coalesce(${schema.apiKeys.revokedAt}, now())` }).where(where).returning({ id: schema.apiKeys.id });
    return rows.length > 0;
  }

  /** API keys (no hashes), of one org or all, oldest first. */
  async listKeys(orgId?: string): Promise<{ id: string; orgId: string; scopes: string[]; label: string | null; createdAt: Date; expiresAt: Date | null; revokedAt: Date | null }[]> {
    const q = this.db
      .select({ id: schema.apiKeys.id, orgId: schema.apiKeys.orgId, scopes: schema.apiKeys.scopes, label: schema.apiKeys.label, createdAt: schema.apiKeys.createdAt, expiresAt: schema.apiKeys.expiresAt, revokedAt: schema.apiKeys.revokedAt })
      .from(schema.apiKeys);
    return orgId ? q.where(eq(schema.apiKeys.orgId, orgId)).orderBy(schema.apiKeys.createdAt) : q.orderBy(schema.apiKeys.createdAt);
  }

  // ---- model registry ----

  /** Store an uploaded artifact as `internal`; false when that content hash is already registered. */
  async insertModel(m: { contentHash: string; modelId: string; version: string; name: string; ownerOrg: string; artifact: string }): Promise<boolean> {
    const rows = await this.db.insert(schema.models).values({ ...m, status: 'internal' }).onConflictDoNothing().returning({ h: schema.models.contentHash });
    return rows.length > 0;
  }

  /** The stored (uploaded) models' rows, without their artifacts. */
  async listModels(): Promise<ModelRow[]> {
    const rows = await this.db
      .select({
        contentHash: schema.models.contentHash, modelId: schema.models.modelId, version: schema.models.version, name: schema.models.name,
        ownerOrg: schema.models.ownerOrg, status: schema.models.status, createdAt: schema.models.createdAt, updatedAt: schema.models.updatedAt,
      })
      .from(schema.models)
      .orderBy(schema.models.createdAt, schema.models.contentHash);
    return rows.map((r) => ({ ...r, status: r.status as ModelStatus }));
  }

  /** An uploaded model's artifact JSON text. */
  async getModelArtifact(contentHash: string): Promise<string | undefined> {
    const rows = await this.db.select({ a: schema.models.artifact }).from(schema.models).where(eq(schema.models.contentHash, contentHash));
    return rows[0]?.a;
  }

  /** Compare-and-set the status, so two admins promoting at once cannot skip a gate. */
  async setModelStatus(contentHash: string, from: ModelStatus, to: ModelStatus): Promise<boolean> {
    const rows = await this.db
      .update(schema.models)
      .set({ status: to, updatedAt: sql`now()` })
      .where(and(eq(schema.models.contentHash, contentHash), eq(schema.models.status, from)))
      .returning({ h: schema.models.contentHash });
    return rows.length > 0;
  }

  /** Record a validation report for a model version. */
  async addValidationReport(contentHash: string, r: Omit<ValidationReportRow, 'createdAt'>): Promise<ValidationReportRow> {
    const rows = await this.db.insert(schema.validationReports).values({ contentHash, ...r }).returning();
    const row = rows[0]!;
    return { caseSet: row.caseSet, nCases: row.nCases, top1: row.top1, ece: row.ece, cantMissRecall: row.cantMissRecall, submittedBy: row.submittedBy, createdAt: row.createdAt };
  }

  /** A model version's validation reports. */
  async listValidationReports(contentHash: string): Promise<ValidationReportRow[]> {
    return this.db
      .select({ caseSet: schema.validationReports.caseSet, nCases: schema.validationReports.nCases, top1: schema.validationReports.top1, ece: schema.validationReports.ece, cantMissRecall: schema.validationReports.cantMissRecall, submittedBy: schema.validationReports.submittedBy, createdAt: schema.validationReports.createdAt })
      .from(schema.validationReports)
      .where(eq(schema.validationReports.contentHash, contentHash))
      .orderBy(schema.validationReports.id);
  }

  /** Record a clinician sign-off; false when this reviewer already signed this model. */
  async addSignoff(contentHash: string, s: Omit<SignoffRow, 'signedAt'>): Promise<SignoffRow | undefined> {
    try {
      const rows = await this.db.insert(schema.signoffs).values({ contentHash, ...s }).returning();
      const r = rows[0]!;
      return { reviewerId: r.reviewerId, reviewerName: r.reviewerName, keyId: r.keyId, orgId: r.orgId, signedAt: r.signedAt };
    } catch (err) {
      if (isUniqueViolation(err)) return undefined;
      throw err;
    }
  }

  /** A model version's sign-offs. */
  async listSignoffs(contentHash: string): Promise<SignoffRow[]> {
    return this.db
      .select({ reviewerId: schema.signoffs.reviewerId, reviewerName: schema.signoffs.reviewerName, keyId: schema.signoffs.keyId, orgId: schema.signoffs.orgId, signedAt: schema.signoffs.signedAt })
      .from(schema.signoffs)
      .where(eq(schema.signoffs.contentHash, contentHash))
      .orderBy(schema.signoffs.id);
  }

  // ---- sessions ----

  /** Create a stepwise session with its first trace event, in one transaction. */
  async createSession(s: { id: string; orgId: string; keyId: string; modelHash: string; start: unknown }, first: { kind: string; payload: unknown }): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.insert(schema.sessions).values({ ...s, steps: 0 });
      await tx.insert(schema.sessionEvents).values({ sessionId: s.id, seq: 0, kind: first.kind, payload: first.payload });
    });
  }

  /** A session of this org, with its trace; undefined when absent or owned by another org. */
  async getSession(id: string, orgId: string): Promise<SessionRecord | undefined> {
    const rows = await this.db.select().from(schema.sessions).where(and(eq(schema.sessions.id, id), eq(schema.sessions.orgId, orgId)));
    const s = rows[0];
    if (!s) return undefined;
    const events = await this.db
      .select({ seq: schema.sessionEvents.seq, kind: schema.sessionEvents.kind, payload: schema.sessionEvents.payload, createdAt: schema.sessionEvents.createdAt })
      .from(schema.sessionEvents)
      .where(eq(schema.sessionEvents.sessionId, id))
      .orderBy(schema.sessionEvents.seq);
    return { id: s.id, orgId: s.orgId, modelHash: s.modelHash, start: s.start, steps: s.steps, createdAt: s.createdAt, updatedAt: s.updatedAt, events };
  }

  /**
   * Append one step if the session is still at `expectedSteps` (optimistic concurrency: two replicas
   * adding evidence to one session at once cannot interleave). Returns false on a lost race.
   */
  async appendSessionEvent(id: string, orgId: string, expectedSteps: number, ev: { kind: string; payload: unknown }): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const up = await tx
        .update(schema.sessions)
        .set({ steps: expectedSteps + 1, updatedAt: sql`now()` })
        .where(and(eq(schema.sessions.id, id), eq(schema.sessions.orgId, orgId), eq(schema.sessions.steps, expectedSteps)))
        .returning({ id: schema.sessions.id });
      if (up.length === 0) return false;
      await tx.insert(schema.sessionEvents).values({ sessionId: id, seq: expectedSteps + 1, kind: ev.kind, payload: ev.payload });
      return true;
    });
  }

  // ---- audit ----

  /**
   * One statement with one JSON parameter, whatever the number of rows: a Drizzle multi-row insert
   * binds 11 parameters per row and cost ~6x more here, which on PGlite is time the event loop stands still.
   */
  async insertAudit(rows: readonly AuditRecord[]): Promise<void> {
    if (rows.length === 0) return;
    const json = JSON.stringify(rows.map((r) => ({
      recorded: r.recorded.toISOString(), org_id: r.orgId, key_id: r.keyId, action: r.action, operation: r.operation, model_hash: r.modelHash,
      model_version: r.modelVersion, outcome: r.outcome, status: r.status, request_id: r.requestId, entity: r.entity,
    })));
    await this.db.execute(sql`insert into audit_events (recorded, org_id, key_id, action, operation, model_hash, model_version, outcome, status, request_id, entity)
      select recorded, org_id, key_id, action, operation, model_hash, model_version, outcome, status, request_id, entity
      from json_populate_recordset(null::audit_events, ${json}::json)`);
  }

  /** Newest first; `orgId` undefined lists every org (the owning org's admins). */
  async listAudit(opts: { orgId?: string | undefined; limit: number; beforeId?: number | undefined }): Promise<(AuditRecord & { id: number })[]> {
    const conds = [];
    if (opts.orgId !== undefined) conds.push(eq(schema.auditEvents.orgId, opts.orgId));
    if (opts.beforeId !== undefined) conds.push(lt(schema.auditEvents.id, opts.beforeId));
    return this.db
      .select()
      .from(schema.auditEvents)
      .where(conds.length ? and(...conds) : undefined)
      .orderBy(desc(schema.auditEvents.id))
      .limit(opts.limit);
  }

  /** Delete audit events recorded before `cutoff` (the retention setting); returns how many. */
  async pruneAudit(cutoff: Date): Promise<number> {
    const rows = await this.db.delete(schema.auditEvents).where(lt(schema.auditEvents.recorded, cutoff)).returning({ id: schema.auditEvents.id });
    return rows.length;
  }
}
