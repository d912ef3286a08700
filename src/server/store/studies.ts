/**
 * Persistence for validation studies: the study (model, case set, cases) and each reviewer's
 * blinded differential and ratings per case. Works on the same Drizzle database as `DbStore`, so
 * PGlite and PostgreSQL behave alike; reviews are keyed by (study, case, reviewer), which makes a
 * reviewer's first, blinded differential impossible to overwrite.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import * as schema from './schema.js';
import { isUniqueViolation, type DbStore } from './store.js';

export interface StudyRow {
  readonly id: string;
  readonly orgId: string;
  readonly name: string;
  readonly modelHash: string;
  readonly caseSet: string;
  readonly cases: unknown;
  readonly createdBy: string;
  readonly createdAt: Date;
}

export interface Rating {
  readonly condition_id: string;
  readonly rating: 'correct' | 'plausible' | 'wrong' | 'dangerous-miss';
  readonly comment?: string;
}

export interface ReviewRow {
  readonly caseIndex: number;
  readonly reviewerId: string;
  readonly reviewerName: string;
  readonly keyId: string;
  readonly differential: readonly string[];
  readonly ratings: readonly Rating[] | null;
  readonly submittedAt: Date;
  readonly ratedAt: Date | null;
}

/** Validation studies and their reviews, in the same database as `DbStore`. */
export class StudyStore {
  constructor(private readonly store: DbStore) {}

  private get db() {
    return this.store.db;
  }

  /** Store a new study. */
  async create(s: Omit<StudyRow, 'createdAt'>): Promise<StudyRow> {
    const rows = await this.db.insert(schema.studies).values({ ...s, cases: s.cases as object }).returning();
    return rows[0]!;
  }

  /** A study of this org; undefined when absent or another org's (answered alike). */
  async get(id: string, orgId: string): Promise<StudyRow | undefined> {
    const rows = await this.db.select().from(schema.studies).where(and(eq(schema.studies.id, id), eq(schema.studies.orgId, orgId)));
    return rows[0];
  }

  /** An org's studies with their case counts (not the cases). */
  async list(orgId: string): Promise<(Omit<StudyRow, 'cases'> & { nCases: number })[]> {
    return this.db
      .select({ nCases: sql<number>`jsonb_array_length(${schema.studies.cases})`.mapWith(Number), id: schema.studies.id, orgId: schema.studies.orgId, name: schema.studies.name, modelHash: schema.studies.modelHash, caseSet: schema.studies.caseSet, createdBy: schema.studies.createdBy, createdAt: schema.studies.createdAt })
      .from(schema.studies)
      .where(eq(schema.studies.orgId, orgId))
      .orderBy(desc(schema.studies.createdAt), schema.studies.id);
  }

  /** Every review of a study, by case then reviewer. */
  async reviews(studyId: string): Promise<ReviewRow[]> {
    const rows = await this.db.select().from(schema.studyReviews).where(eq(schema.studyReviews.studyId, studyId)).orderBy(schema.studyReviews.caseIndex, schema.studyReviews.reviewerId);
    return rows.map((r) => ({ ...r, differential: r.differential as string[], ratings: r.ratings as Rating[] | null }));
  }

  /** Record a reviewer's own differential for a case; false when they already gave one. */
  async submitDifferential(r: { studyId: string; caseIndex: number; reviewerId: string; reviewerName: string; keyId: string; differential: readonly string[] }): Promise<boolean> {
    try {
      await this.db.insert(schema.studyReviews).values({ ...r, differential: [...r.differential] });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  /** Rate the model's suggestions once; false when there is no differential yet or it was already rated. */
  async rate(studyId: string, caseIndex: number, reviewerId: string, ratings: readonly Rating[]): Promise<boolean> {
    const rows = await this.db
      .update(schema.studyReviews)
      .set({ ratings: [...ratings], ratedAt: new Date() })
      .where(and(eq(schema.studyReviews.studyId, studyId), eq(schema.studyReviews.caseIndex, caseIndex), eq(schema.studyReviews.reviewerId, reviewerId), isNull(schema.studyReviews.ratings)))
      .returning({ id: schema.studyReviews.studyId });
    return rows.length > 0;
  }
}
