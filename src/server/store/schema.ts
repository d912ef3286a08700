/**
 * The service's tables, one Drizzle schema for both stores (embedded PGlite and PostgreSQL). The
 * migrations in `drizzle/` are generated from this file with `npx drizzle-kit generate`.
 * Patient data lives only in `sessions` and `session_events`; `audit_events` never holds any, nor do
 * the privacy ledger's tables (ε spent per dataset, never data values).
 */
import { bigserial, boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const organizations = pgTable('organizations', {
  id: text('id').primaryKey(),
  /** The organization that runs this ddx and owns its models; it also sees internal and validated models. */
  owner: boolean('owner').notNull().default(false),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const apiKeys = pgTable('api_keys', {
  /** Public lookup id, the middle part of the key; the secret itself is only stored as a hash. */
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull().references(() => organizations.id),
  /** sha256 hex of the whole key string. */
  hash: text('hash').notNull(),
  scopes: text('scopes').array().notNull(),
  label: text('label'),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at'),
  revokedAt: ts('revoked_at'),
});

export const models = pgTable('models', {
  contentHash: text('content_hash').primaryKey(),
  modelId: text('model_id').notNull(),
  version: text('version').notNull(),
  name: text('name').notNull(),
  ownerOrg: text('owner_org').notNull(),
  status: text('status').notNull(),
  /** The artifact as uploaded (canonical JSON), so every replica can load and compile it. */
  artifact: text('artifact').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const validationReports = pgTable('validation_reports', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  contentHash: text('content_hash').notNull().references(() => models.contentHash),
  caseSet: text('case_set').notNull(),
  nCases: integer('n_cases').notNull(),
  top1: doublePrecision('top1').notNull(),
  ece: doublePrecision('ece').notNull(),
  cantMissRecall: doublePrecision('cant_miss_recall').notNull(),
  submittedBy: text('submitted_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
}, (t) => [index('validation_reports_hash_idx').on(t.contentHash)]);

export const signoffs = pgTable('signoffs', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  contentHash: text('content_hash').notNull().references(() => models.contentHash),
  reviewerId: text('reviewer_id').notNull(),
  reviewerName: text('reviewer_name').notNull(),
  keyId: text('key_id').notNull(),
  orgId: text('org_id').notNull(),
  signedAt: ts('signed_at').notNull().defaultNow(),
}, (t) => [uniqueIndex('signoffs_hash_reviewer_idx').on(t.contentHash, t.reviewerId)]);

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull(),
  keyId: text('key_id').notNull(),
  modelHash: text('model_hash').notNull(),
  /** The case as first given plus plan options: patient data, kept for the trace. */
  start: jsonb('start').notNull(),
  steps: integer('steps').notNull().default(0),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [index('sessions_org_idx').on(t.orgId)]);

export const sessionEvents = pgTable('session_events', {
  sessionId: text('session_id').notNull().references(() => sessions.id, { onDelete: 'cascade' }),
  seq: integer('seq').notNull(),
  kind: text('kind').notNull(),
  payload: jsonb('payload').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.sessionId, t.seq] })]);

export const auditEvents = pgTable('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  recorded: ts('recorded').notNull(),
  orgId: text('org_id'),
  keyId: text('key_id'),
  /** FHIR restful-interaction style subtype, e.g. `operation`, `create`, `read`. */
  action: text('action').notNull(),
  operation: text('operation').notNull(),
  modelHash: text('model_hash'),
  modelVersion: text('model_version'),
  /** AuditEvent.outcome: '0' success, '4' minor failure, '8' serious failure. */
  outcome: text('outcome').notNull(),
  status: integer('status').notNull(),
  requestId: text('request_id').notNull(),
  entity: text('entity'),
}, (t) => [index('audit_events_recorded_idx').on(t.recorded), index('audit_events_org_idx').on(t.orgId, t.id)]);

/** One row per dataset with a differential-privacy budget; spends lock this row (SELECT ... FOR UPDATE). */
export const privacyBudgets = pgTable('privacy_budgets', {
  /** `sha256:` + SHA-256 of the dataset's bytes (`datasetId` in src/privacy/dp/ledger.ts). */
  datasetId: text('dataset_id').primaryKey(),
  /** Total ε, set by the dataset's first release. */
  totalEpsilon: doublePrecision('total_epsilon').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** Every ε-DP release charged to a dataset; under sequential composition their ε add up. */
export const privacyLedger = pgTable('privacy_ledger', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  datasetId: text('dataset_id').notNull().references(() => privacyBudgets.datasetId),
  /** 1, 2, ... within the dataset. */
  seq: integer('seq').notNull(),
  /** A release id, unique across datasets (random, not derived from the data). */
  releaseId: text('release_id').notNull(),
  epsilon: doublePrecision('epsilon').notNull(),
  mechanism: text('mechanism').notNull(),
  /** What was released, e.g. "ddx learn ddxplus: noisy counts ..."; never data values. */
  purpose: text('purpose').notNull(),
  /** The released model's content hash, when the release is a model. */
  modelHash: text('model_hash'),
  createdAt: ts('created_at').notNull().defaultNow(),
}, (t) => [uniqueIndex('privacy_ledger_dataset_seq_idx').on(t.datasetId, t.seq), uniqueIndex('privacy_ledger_release_idx').on(t.releaseId)]);

/**
 * Clinician validation studies: a model version plus a case set. `cases` holds patient data (the
 * case findings, a note when the case came as one, and the reference diagnosis), like `sessions`.
 */
export const studies = pgTable('studies', {
  id: text('id').primaryKey(),
  orgId: text('org_id').notNull(),
  name: text('name').notNull(),
  modelHash: text('model_hash').notNull(),
  /** The case set's name; a study's validation report counts for the release gate on this name. */
  caseSet: text('case_set').notNull(),
  cases: jsonb('cases').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
}, (t) => [index('studies_org_idx').on(t.orgId)]);

/** One reviewer's work on one case: their own differential first (blinded), then ratings of the model's. */
export const studyReviews = pgTable('study_reviews', {
  studyId: text('study_id').notNull().references(() => studies.id, { onDelete: 'cascade' }),
  caseIndex: integer('case_index').notNull(),
  reviewerId: text('reviewer_id').notNull(),
  reviewerName: text('reviewer_name').notNull(),
  keyId: text('key_id').notNull(),
  /** Condition ids, most likely first, entered before the model's differential was shown. */
  differential: jsonb('differential').notNull(),
  /** `{ condition_id, rating, comment }[]`, or null until rated. */
  ratings: jsonb('ratings'),
  submittedAt: ts('submitted_at').notNull().defaultNow(),
  ratedAt: ts('rated_at'),
}, (t) => [primaryKey({ columns: [t.studyId, t.caseIndex, t.reviewerId] })]);
