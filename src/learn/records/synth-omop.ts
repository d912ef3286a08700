/**
 * Synthetic OMOP CDM patients generated inside PostgreSQL, for scale: the model's priors and
 * likelihoods go in as small tables and INSERT ... SELECT with a seeded random() writes person,
 * visit_occurrence, condition_occurrence (diagnoses and coded findings), measurement (lab values)
 * and concept. One million patients take seconds to a minute instead of the hours row-by-row
 * inserts from Node would. Deterministic for a seed (parallel query is switched off in the session).
 * The prior is sampled through a 10,000-bucket quantile table per age-sex cell (exact to 1e-4), and
 * leaks are not drawn.
 */
import pg from 'pg';
import type { KnowledgeModel } from '../../core/model.js';
import { defaultRange, type QuantityTest } from '../../intake/fhir/loinc-tests.js';
import { omopColumnType, OMOP_TABLES } from './omop-open.js';
import { sqlIdent } from './omop-sql.js';
import { synthPlan, type SynthPlan } from './synth.js';

const BUCKETS = 10_000;
const CONDITION_CONCEPT = 2_000_000_000;
const FINDING_CONCEPT = 2_100_000_000;
const LOINC_CONCEPT = 2_200_000_000;
const POSITIVE = 45884084;
const NEGATIVE = 45878583;

export interface SynthOmopOptions {
  readonly patients: number;
  readonly seed: number;
  readonly schema: string;
  /** Most episodes per patient (uniform 1..max, default 2). */
  readonly maxEpisodes?: number;
}

export interface SynthOmopSummary {
  readonly persons: number;
  readonly episodes: number;
  readonly facts: number;
}

interface Client {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/** Values normal for every age band and sex, and abnormal beyond every range. */
function labValues(test: QuantityTest, model: KnowledgeModel): { normal: number; high: number; low: number } | undefined {
  const lows: number[] = [];
  const highs: number[] = [];
  for (const b of model.ageBands) for (const sex of ['female', 'male'] as const) {
    const r = defaultRange(test, sex, Math.min(90, (b.minYears + b.maxYears) / 2));
    if (r?.low !== undefined) lows.push(r.low);
    if (r?.high !== undefined) highs.push(r.high);
  }
  if (lows.length === 0 && highs.length === 0) return undefined;
  const lo = lows.length ? Math.max(...lows) : 0;
  const hi = highs.length ? Math.min(...highs) : lo * 1.5;
  return { normal: (lo + hi) / 2, high: (highs.length ? Math.max(...highs) : hi) * 1.3, low: (lows.length ? Math.min(...lows) : 0) * 0.7 };
}

async function upload(db: Client, name: string, cols: string, rows: readonly object[]): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${name}`);
  await db.query(`CREATE TEMP TABLE ${name} (${cols})`);
  for (let i = 0; i < rows.length; i += 5000) {
    await db.query(`INSERT INTO ${name} SELECT * FROM json_to_recordset($1::json) AS x(${cols})`, [JSON.stringify(rows.slice(i, i + 5000))]);
  }
}

/** A likelihood entry as uploaded: a finding concept (or a lab test with its normal and abnormal values) for a condition. */
type LikRow = { cond: number; concept: number; p: number; lab: boolean; qual: boolean; normal: number; abnormal: number; unit: string };
/** A row of the CDM concept table. */
type ConceptRow = { concept_id: number; concept_name: string; vocabulary_id: string; concept_code: string };

/** Switch parallel query off (for determinism) and create `s` with empty CDM tables, replacing any. */
async function createCdmTables(db: Client, s: string): Promise<void> {
  await db.query('SET max_parallel_workers_per_gather = 0');
  await db.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
  for (const [table, cols] of Object.entries(OMOP_TABLES)) {
    await db.query(`DROP TABLE IF EXISTS ${s}.${table}`);
    await db.query(`CREATE UNLOGGED TABLE ${s}.${table} (${cols.map((c) => `${c} ${omopColumnType(c)}`).join(', ')})`);
  }
}

/** The prior as BUCKETS quantiles per age-sex cell: bucket b of a cell holds the condition at that quantile. */
function priorBuckets(plan: SynthPlan): { cell: number; b: number; cond: number }[] {
  const buckets: { cell: number; b: number; cond: number }[] = [];
  plan.cdf.forEach((cdf, cell) => {
    const total = cdf[cdf.length - 1]!;
    let c = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const target = ((b + 0.5) / BUCKETS) * total;
      while (c < cdf.length - 1 && cdf[c]! <= target) c++;
      buckets.push({ cell, b, cond: c });
    }
  });
  return buckets;
}

/** Concept rows for the conditions, the non-lab findings and each LOINC test once, with the concept id of each test. */
function conceptRows(model: KnowledgeModel, plan: SynthPlan): { concepts: ConceptRow[]; loincConcept: Map<string, number> } {
  const concepts: ConceptRow[] = [];
  model.conditions.forEach((c, i) => concepts.push({ concept_id: CONDITION_CONCEPT + i, concept_name: c.name, vocabulary_id: 'DDX condition', concept_code: c.id }));
  const loincConcept = new Map<string, number>();
  plan.findings.forEach((f, i) => {
    if (f.lab) {
      if (!loincConcept.has(f.lab.loinc)) {
        loincConcept.set(f.lab.loinc, LOINC_CONCEPT + loincConcept.size);
        concepts.push({ concept_id: loincConcept.get(f.lab.loinc)!, concept_name: f.lab.test.name, vocabulary_id: 'LOINC', concept_code: f.lab.loinc });
      }
    } else concepts.push({ concept_id: FINDING_CONCEPT + i, concept_name: f.def.name, vocabulary_id: 'DDX finding', concept_code: f.def.id });
  });
  return { concepts, loincConcept };
}

/** Likelihood rows per condition: coded findings, qualitative tests (positive/negative) and quantity tests with values for every range. */
function likelihoodRows(model: KnowledgeModel, plan: SynthPlan, loincConcept: Map<string, number>): LikRow[] {
  const lik: LikRow[] = [];
  plan.entries.forEach((e, cond) => {
    for (let k = 0; k < e.f.length; k++) {
      const f = plan.findings[e.f[k]!]!;
      const p = e.p[k]!;
      if (!f.lab) {
        lik.push({ cond, concept: FINDING_CONCEPT + e.f[k]!, p, lab: false, qual: false, normal: 0, abnormal: 0, unit: '' });
        continue;
      }
      const concept = loincConcept.get(f.lab.loinc)!;
      if (f.lab.test.kind === 'qualitative') {
        lik.push({ cond, concept, p, lab: true, qual: true, normal: NEGATIVE, abnormal: POSITIVE, unit: '' });
        continue;
      }
      const v = labValues(f.lab.test, model);
      if (!v) continue;
      lik.push({ cond, concept, p, lab: true, qual: false, normal: v.normal, abnormal: f.lab.dir === 'H' ? v.high : v.low, unit: f.lab.test.unit });
    }
  });
  return lik;
}

/** Seed the session and generate persons and their episodes (`syn_ep`), each with a condition drawn for its age band and sex. */
async function generateEpisodes(db: Client, s: string, o: SynthOmopOptions): Promise<void> {
  await db.query('SELECT setseed($1)', [((o.seed % 1_000_003) / 1_000_003) * 2 - 1]);
  const maxEp = Math.max(1, Math.floor(o.maxEpisodes ?? 2));
  await db.query(`INSERT INTO ${s}.person (person_id, gender_concept_id, year_of_birth, month_of_birth, day_of_birth)
    SELECT i, CASE WHEN random() < 0.5 THEN 8532 ELSE 8507 END, 1935 + floor(random() * 89)::int, 1 + floor(random() * 12)::int, 1 + floor(random() * 28)::int
    FROM generate_series(1, ${Math.floor(o.patients)}) i ORDER BY i`);
  await db.query('DROP TABLE IF EXISTS syn_ep');
  // Episodes 90-150 days apart before 2025, each with a condition drawn for its age band and sex.
  await db.query(`CREATE TEMP TABLE syn_ep AS
    WITH v AS (
      SELECT p.person_id, p.gender_concept_id, p.year_of_birth, p.month_of_birth, p.day_of_birth,
             DATE '2024-12-31' - (j * 150 - floor(random() * 60)::int) AS at
      FROM ${s}.person p, LATERAL generate_series(0, floor(random() * ${maxEp} + p.person_id * 0)::int) j
      ORDER BY p.person_id, j
    ), aged AS (
      SELECT v.*, date_part('year', age(v.at, make_date(v.year_of_birth, v.month_of_birth, v.day_of_birth)))::int AS age FROM v
    )
    SELECT row_number() OVER (ORDER BY a.person_id, a.at) AS visit_id, a.person_id, a.at,
           b.band * 2 + CASE WHEN a.gender_concept_id = 8532 THEN 0 ELSE 1 END AS cell, floor(random() * ${BUCKETS})::int AS u
    FROM aged a JOIN syn_band b ON a.age >= b.lo AND a.age < b.hi`);
  await db.query('ALTER TABLE syn_ep ADD COLUMN cond int');
  await db.query('UPDATE syn_ep e SET cond = k.cond FROM syn_bucket k WHERE k.cell = e.cell AND k.b = e.u');
}

/** Write the episodes as visits and diagnoses, and draw their coded findings and lab measurements from the likelihoods. */
async function generateFacts(db: Client, s: string): Promise<void> {
  await db.query(`INSERT INTO ${s}.visit_occurrence (visit_occurrence_id, person_id, visit_start_date) SELECT visit_id, person_id, at FROM syn_ep ORDER BY visit_id`);
  await db.query(`INSERT INTO ${s}.condition_occurrence (person_id, condition_concept_id, condition_start_date, visit_occurrence_id, condition_source_value)
    SELECT person_id, ${CONDITION_CONCEPT} + cond, at, visit_id, NULL FROM syn_ep ORDER BY visit_id`);
  await db.query(`INSERT INTO ${s}.condition_occurrence (person_id, condition_concept_id, condition_start_date, visit_occurrence_id, condition_source_value)
    SELECT e.person_id, l.concept, e.at, e.visit_id, NULL FROM syn_ep e JOIN syn_lik l ON l.cond = e.cond AND NOT l.lab
    WHERE random() < l.p ORDER BY e.visit_id, l.concept`);
  await db.query(`INSERT INTO ${s}.measurement (person_id, measurement_concept_id, measurement_date, value_as_number, value_as_concept_id, unit_source_value, visit_occurrence_id)
    SELECT e.person_id, l.concept, e.at,
           CASE WHEN l.qual THEN NULL WHEN random() < l.p THEN l.abnormal ELSE l.normal END,
           CASE WHEN NOT l.qual THEN NULL WHEN random() < l.p THEN l.abnormal ELSE l.normal END::bigint,
           l.unit, e.visit_id
    FROM syn_ep e JOIN syn_lik l ON l.cond = e.cond AND l.lab ORDER BY e.visit_id, l.concept`);
}

/** Analyse the CDM tables and count what was generated. */
async function summarise(db: Client, s: string): Promise<SynthOmopSummary> {
  for (const t of Object.keys(OMOP_TABLES)) await db.query(`ANALYZE ${s}.${t}`);
  const n = async (sql: string): Promise<number> => Number((await db.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
  return {
    persons: await n(`SELECT count(*) AS n FROM ${s}.person`),
    episodes: await n('SELECT count(*) AS n FROM syn_ep'),
    facts: (await n(`SELECT count(*) AS n FROM ${s}.condition_occurrence`)) + (await n(`SELECT count(*) AS n FROM ${s}.measurement`)),
  };
}

/** Generate into `schema` (created; its CDM tables replaced) over an open session. */
export async function synthOmopInto(db: Client, model: KnowledgeModel, o: SynthOmopOptions): Promise<SynthOmopSummary> {
  const s = sqlIdent(o.schema, '--schema');
  const plan = synthPlan(model);
  await createCdmTables(db, s);
  // Parameters: prior quantiles per cell, likelihood entries, concepts.
  const buckets = priorBuckets(plan);
  const { concepts, loincConcept } = conceptRows(model, plan);
  const lik = likelihoodRows(model, plan, loincConcept);
  await upload(db, 'syn_bucket', 'cell int, b int, cond int', buckets);
  await upload(db, 'syn_lik', 'cond int, concept bigint, p float8, lab boolean, qual boolean, normal float8, abnormal float8, unit text', lik);
  await upload(db, 'syn_band', 'band int, lo int, hi int', model.ageBands.map((b, band) => ({ band, lo: b.minYears, hi: b.maxYears })));
  await db.query(`INSERT INTO ${s}.concept SELECT * FROM json_to_recordset($1::json) AS x(concept_id bigint, concept_name text, vocabulary_id text, concept_code text)`, [JSON.stringify(concepts)]);

  await generateEpisodes(db, s, o);
  await generateFacts(db, s);
  return summarise(db, s);
}

/** Generate into a PostgreSQL database by URL. */
export async function synthOmopSql(model: KnowledgeModel, url: string, o: SynthOmopOptions): Promise<SynthOmopSummary> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await synthOmopInto({ query: async (q, p) => client.query(q, p) as never }, model, o);
  } finally {
    await client.end();
  }
}
