/**
 * Counting an OMOP CDM database where it lives: every step is SQL run inside the database, and only
 * aggregates come back (distinct concepts with their counts, then counts by label, band, sex and
 * finding). The concepts are mapped to the base model in this process and sent back as small temp
 * tables; episodes, windows, range interpretation and history are joins and GROUP BYs. The same
 * queries run on PostgreSQL and on PGlite (where a CSV extract is loaded as text columns, hence the
 * casts, which are no-ops on a typed CDM).
 */
import { InputError, issue } from '../../core/issues.js';
import { SEXES, type TrainingFile } from '../../core/model.js';
import { sha256Hex } from '../artifact.js';
import { defaultRange, TEST_BY_LOINC, type LabTest } from '../../intake/fhir/loinc-tests.js';
import { SYSTEMS } from '../../intake/fhir/shape.js';
import { convert, resolveUnit } from '../../intake/fhir/ucum.js';
import { RecordCounts } from './counts.js';
import type { DatedEpisode, EpisodeOptions } from './episodes.js';
import { DDX_CONDITION_SYSTEM, DDX_FINDING_SYSTEM, type FindingInfo, type Vocabulary } from './vocabulary.js';

/** The one method both `pg.Client` and PGlite offer. A single session: temp tables live in it. */
export interface SqlClient {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

const VOCAB_SYSTEM: Readonly<Record<string, string>> = {
  SNOMED: SYSTEMS.snomed,
  ICD10CM: SYSTEMS.icd10cm,
  ICD10: SYSTEMS.icd10,
  LOINC: SYSTEMS.loinc,
  RxNorm: SYSTEMS.rxnorm,
  'RxNorm Extension': SYSTEMS.rxnorm,
  // ddx's own concepts, as the synthetic generator writes them.
  'DDX condition': DDX_CONDITION_SYSTEM,
  'DDX finding': DDX_FINDING_SYSTEM,
};

/** OMOP gender concepts. */
const FEMALE = 8532;
const MALE = 8507;
/** Value concepts meaning a qualitative result was positive / negative (OMOP Meas Value). */
const POSITIVE_VALUES = [45884084, 9191, 4181412, 45877985, 4126681];
const NEGATIVE_VALUES = [45878583, 9189, 45880296, 4132135];

/** A plain SQL identifier, quoted; an InputError for anything else (no injection through schema names). */
export function sqlIdent(s: string, what: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) throw new InputError([issue('identifier', what, 'must be a plain SQL identifier (letters, digits, underscore)')]);
  return `"${s}"`;
}

interface ConceptRow {
  role: string;
  concept_id: string | number;
  vocabulary_id: string | null;
  concept_code: string | null;
  concept_name: string | null;
  unit: string | null;
  n: string | number;
}

/** Phase A: the distinct concepts each table uses, with counts (aggregates only). */
function conceptsSql(s: string): string {
  // Count by concept id first (a hash aggregate on an integer), then name the few distinct concepts.
  const part = (role: string, table: string, col: string, src: string, unit = '') => `
    SELECT '${role}' AS role, x.id AS concept_id, c.vocabulary_id, COALESCE(c.concept_code, x.src) AS concept_code, c.concept_name, ${unit ? 'x.unit' : 'NULL'} AS unit, x.n
    FROM (SELECT t.${col}::bigint AS id, min(t.${src}) AS src${unit ? `, ${unit} AS unit` : ''}, count(*) AS n FROM ${s}.${table} t GROUP BY t.${col}::bigint${unit ? `, ${unit}` : ''}) x
    LEFT JOIN ${s}.concept c ON c.concept_id::bigint = x.id`;
  return [
    part('condition', 'condition_occurrence', 'condition_concept_id', 'condition_source_value'),
    part('finding', 'observation', 'observation_concept_id', 'observation_source_value'),
    part('measurement', 'measurement', 'measurement_concept_id', 'measurement_source_value', 'COALESCE(t.unit_source_value, \'\')'),
    part('history', 'drug_exposure', 'drug_concept_id', 'drug_source_value'),
    part('history', 'procedure_occurrence', 'procedure_concept_id', 'procedure_source_value'),
  ].join('\nUNION ALL') + '\nORDER BY 1, 2, 6';
}

interface Maps {
  dx: { concept_id: number; label: number }[];
  cf: { concept_id: number; src: string; finding: number; hist: boolean }[];
  lab: { concept_id: number; unit: string; factor: number; shift: number; kind: string; test: string }[];
  labf: { test: string; dir: string; finding: number }[];
  range: { test: string; band: number; sex: number; low: number | null; high: number | null }[];
  hist: { label: number; finding: number }[];
  labels: string[];
  findings: FindingInfo[];
}

function unitShift(test: LabTest, unit: string): { factor: number; shift: number } | undefined {
  if (test.kind !== 'quantity') return { factor: 1, shift: 0 };
  const parsed = unit === '' ? resolveUnit(test.unit) : resolveUnit(unit);
  if (!parsed) return undefined;
  const affine = test.affine?.[parsed.code];
  if (affine) return { factor: affine.factor, shift: affine.offset };
  const a = convert(0, parsed.code, test.unit, test.analyte);
  const b = convert(1, parsed.code, test.unit, test.analyte);
  return a === undefined || b === undefined ? undefined : { factor: b - a, shift: a };
}

function buildMaps(rows: readonly ConceptRow[], vocab: Vocabulary): Maps {
  const labelIx = new Map<string, number>();
  const findingIx = new Map<string, number>();
  const m: Maps = { dx: [], cf: [], lab: [], labf: [], range: [], hist: [], labels: [], findings: [] };
  const fIndex = (f: FindingInfo): number => {
    let i = findingIx.get(f.key);
    if (i === undefined) {
      i = m.findings.length;
      findingIx.set(f.key, i);
      m.findings.push(f);
    }
    return i;
  };
  const tests = new Set<string>();
  for (const r of rows) {
    const id = Number(r.concept_id);
    const n = Number(r.n);
    const system = r.vocabulary_id ? (VOCAB_SYSTEM[r.vocabulary_id] ?? `https://ohdsi.org/vocabulary/${r.vocabulary_id}`) : 'https://ohdsi.org/source-value';
    const coding = { system, ...(r.concept_code ? { code: r.concept_code } : {}), ...(r.concept_name ? { display: r.concept_name } : {}) };
    if (r.role === 'measurement') {
      const test = r.vocabulary_id === 'LOINC' && r.concept_code ? TEST_BY_LOINC.get(r.concept_code) : undefined;
      const shift = test ? unitShift(test, r.unit ?? '') : undefined;
      if (!test || !shift) {
        vocab.tally(test ? 'measurement (unit not convertible)' : 'measurement', coding, n);
        continue;
      }
      m.lab.push({ concept_id: id, unit: r.unit ?? '', factor: shift.factor, shift: shift.shift, kind: test.kind, test: test.id });
      tests.add(test.id);
      continue;
    }
    const mapped = vocab.map([coding], r.concept_name ?? undefined, r.role === 'history' ? 'history' : r.role === 'finding' ? 'finding' : 'condition');
    // map() tallied one record; the rest of this concept's rows are tallied here.
    if ((mapped.role === 'unmapped' || mapped.role === 'social') && n > 1) vocab.tally(`${r.role === 'history' ? 'history' : r.role}${mapped.role === 'social' ? ' (social)' : ''}`, coding, n - 1);
    if (mapped.role === 'condition') {
      let li = labelIx.get(mapped.label.key);
      if (li === undefined) {
        li = m.labels.length;
        labelIx.set(mapped.label.key, li);
        m.labels.push(mapped.label.key);
        for (const h of vocab.historyFindings(mapped.label)) m.hist.push({ label: li, finding: fIndex(h) });
      }
      m.dx.push({ concept_id: id, label: li });
    } else if (mapped.role === 'finding') {
      for (const f of mapped.findings) m.cf.push({ concept_id: id, src: r.role, finding: fIndex(f), hist: r.role === 'history' });
    }
  }
  for (const tid of [...tests].sort()) {
    const test = [...TEST_BY_LOINC.values()].find((t) => t.id === tid)!;
    const dirs: [string, string | undefined][] = test.kind === 'qualitative' ? [['P', test.positive]] : [['H', test.high], ['L', test.low]];
    for (const [dir, concept] of dirs) if (concept) for (const f of vocab.conceptFindings(concept)) m.labf.push({ test: tid, dir, finding: fIndex(f) });
    if (test.kind !== 'quantity') continue;
    vocab.bands.forEach((b, band) => {
      SEXES.forEach((sex, si) => {
        const r = defaultRange(test, sex, Math.min(b.minYears + (b.maxYears - b.minYears) / 2, 90));
        m.range.push({ test: tid, band, sex: si, low: r?.low ?? null, high: r?.high ?? null });
      });
    });
  }
  return m;
}

async function tempTable(db: SqlClient, name: string, cols: string, rows: readonly object[]): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${name}`);
  await db.query(`CREATE TEMP TABLE ${name} (${cols})`);
  const names = cols.split(',').map((c) => c.trim().split(/\s+/)[0]).join(', ');
  for (let i = 0; i < rows.length; i += 5000) {
    await db.query(`INSERT INTO ${name} (${names}) SELECT * FROM json_to_recordset($1::json) AS x(${cols})`, [JSON.stringify(rows.slice(i, i + 5000))]);
  }
  // Statistics, so the planner joins the big tables to these small maps first (filtering early).
  await db.query(`ANALYZE ${name}`);
}

function dateLiteral(ms: number): string {
  return `DATE '${new Date(ms).toISOString().slice(0, 10)}'`;
}

/**
 * The age band index of an integer age expression (-1 outside the bands): a lookup in a constant
 * array indexed by age, one array access per row instead of a CASE of comparisons.
 */
function bandSql(age: string, bands: readonly { minYears: number; maxYears: number }[]): string {
  const top = Math.min(200, Math.ceil(Math.max(0, ...bands.map((b) => b.maxYears))));
  const byAge = Array.from({ length: top }, (_, a) => bands.findIndex((b) => a >= b.minYears && a < b.maxYears));
  return `COALESCE(('{${byAge.join(',')}}'::int[])[(${age}) + 1], -1)`;
}

/** Birth as yyyymmdd of a person row `p` (missing month or day: July / the 1st). */
const BIRTH_KEY = 'p.year_of_birth::int * 10000 + COALESCE(NULLIF(p.month_of_birth::int, 0), 7) * 100 + COALESCE(NULLIF(p.day_of_birth::int, 0), 1)';

/** Completed years between a birth key (yyyymmdd) and a date, by integer arithmetic (cheaper than age()). */
function ageFromKey(at: string, birthKey: string): string {
  return `((date_part('year', ${at})::int * 10000 + date_part('month', ${at})::int * 100 + date_part('day', ${at})::int - (${birthKey})) / 10000)`;
}

interface EpisodeSql {
  /** Statements that build ddx_ep. */
  readonly setup: string[];
  /** One row per (episode, finding) in its window: ep, label, finding, present, measured. */
  readonly epf: string;
}

/**
 * Phase B: the episode and window joins, all inside the database. Only the episodes are a temp
 * table (they are joined twice: to the facts, and to earlier episodes for history); the facts are a
 * subquery of the one window join. `ordered` numbers the episodes in a stable order (for paging
 * through them); counting does not need it and skips the sort.
 */
function episodeSql(s: string, o: EpisodeOptions, bands: readonly { minYears: number; maxYears: number }[], ordered: boolean): EpisodeSql {
  const until = o.until !== undefined ? `AND COALESCE(v.visit_start_date::date, co.condition_start_date::date) < ${dateLiteral(o.until)}` : '';
  const after = o.after !== undefined ? `WHERE at >= ${dateLiteral(o.after)}` : '';
  const clip = o.maxEpisodes !== undefined;
  const w = Math.floor(o.windowDays);
  const setup = [
    `DROP TABLE IF EXISTS ddx_ep`,
    `CREATE TEMP TABLE ddx_ep AS
     WITH dx AS (
       SELECT DISTINCT co.person_id::bigint AS person_id, d.label, co.visit_occurrence_id::bigint AS visit,
              COALESCE(v.visit_start_date::date, co.condition_start_date::date) AS at
       FROM ${s}.condition_occurrence co
       JOIN ddx_dx d ON d.concept_id = co.condition_concept_id::bigint
       LEFT JOIN ${s}.visit_occurrence v ON v.visit_occurrence_id::bigint = co.visit_occurrence_id::bigint
       WHERE co.condition_start_date IS NOT NULL ${until}
     ), dated AS (
       SELECT * FROM dx ${after}
     ), aged AS (
       SELECT x.*, CASE p.gender_concept_id::int WHEN ${FEMALE} THEN 0 WHEN ${MALE} THEN 1 END AS sex,
              ${ageFromKey('x.at', BIRTH_KEY)} AS age
              ${clip ? ', row_number() OVER (PARTITION BY x.person_id ORDER BY x.at, x.label, x.visit) AS rn' : ''}
       FROM dated x JOIN ${s}.person p ON p.person_id::bigint = x.person_id
       WHERE p.year_of_birth IS NOT NULL AND p.gender_concept_id::int IN (${FEMALE}, ${MALE})
     )
     SELECT row_number() OVER (${ordered ? 'ORDER BY person_id, at, label, visit' : ''}) AS ep, person_id, label, visit, at, sex, age, band
     FROM (SELECT a.*, ${bandSql('a.age', bands)} AS band FROM aged a ${clip ? `WHERE rn <= ${Math.floor(o.maxEpisodes!)}` : ''}) z WHERE band >= 0`,
    'ANALYZE ddx_ep',
  ];
  // Facts: coded findings (conditions, observations), history (drugs, procedures), test results.
  // A test result is interpreted against its own range, else the default range of the person's
  // band and sex at the date (age computed once per row, the band by array lookup).
  const facts = `
     SELECT co.person_id::bigint AS person_id, co.condition_start_date::date AS at, co.visit_occurrence_id::bigint AS visit, f.finding, 1 AS present, false AS measured, false AS hist
       FROM ${s}.condition_occurrence co JOIN ddx_cf f ON f.concept_id = co.condition_concept_id::bigint AND f.src = 'condition'
     UNION ALL
     SELECT o.person_id::bigint, o.observation_date::date, o.visit_occurrence_id::bigint, f.finding,
            CASE WHEN o.value_as_concept_id::bigint IN (${NEGATIVE_VALUES.join(', ')}) THEN 0 ELSE 1 END, false, false
       FROM ${s}.observation o JOIN ddx_cf f ON f.concept_id = o.observation_concept_id::bigint AND f.src = 'finding'
     UNION ALL
     SELECT d.person_id::bigint, d.drug_exposure_start_date::date, NULL::bigint, f.finding, 1, false, true
       FROM ${s}.drug_exposure d JOIN ddx_cf f ON f.concept_id = d.drug_concept_id::bigint AND f.src = 'history'
     UNION ALL
     SELECT pr.person_id::bigint, pr.procedure_date::date, NULL::bigint, f.finding, 1, false, true
       FROM ${s}.procedure_occurrence pr JOIN ddx_cf f ON f.concept_id = pr.procedure_concept_id::bigint AND f.src = 'history'
     UNION ALL
     SELECT r.person_id, r.at, r.visit, lf.finding,
            CASE WHEN lf.dir = 'P' THEN r.pos WHEN lf.dir = 'H' THEN r.hi ELSE r.lo END, true, false
       FROM (
         SELECT m.person_id, m.at, m.visit, m.test, m.pos, m.v,
                CASE WHEN m.v * m.factor + m.shift > COALESCE(m.rh * m.factor + m.shift, g.high) THEN 1 ELSE 0 END AS hi,
                CASE WHEN m.v * m.factor + m.shift < COALESCE(m.rl * m.factor + m.shift, g.low) THEN 1 ELSE 0 END AS lo
         FROM (
           SELECT m.person_id::bigint AS person_id, m.measurement_date::date AS at, m.visit_occurrence_id::bigint AS visit, l.test, l.factor, l.shift,
                  CASE WHEN m.value_as_concept_id::bigint IN (${POSITIVE_VALUES.join(', ')}) OR lower(m.value_source_value) IN ('positive', 'detected', 'present', 'reactive') THEN 1
                       WHEN m.value_as_concept_id::bigint IN (${NEGATIVE_VALUES.join(', ')}) OR lower(m.value_source_value) IN ('negative', 'not detected', 'absent', 'nonreactive') THEN 0 END AS pos,
                  m.value_as_number::float8 AS v, m.range_low::float8 AS rl, m.range_high::float8 AS rh,
                  CASE p.gender_concept_id::int WHEN ${FEMALE} THEN 0 ELSE 1 END AS sex,
                  ${bandSql(ageFromKey('m.measurement_date::date', BIRTH_KEY), bands)} AS band
           FROM ${s}.measurement m
           JOIN ddx_lab l ON l.concept_id = m.measurement_concept_id::bigint AND l.unit = COALESCE(m.unit_source_value, '')
           JOIN ${s}.person p ON p.person_id::bigint = m.person_id::bigint
         ) m LEFT JOIN ddx_range g ON g.test = m.test AND g.sex = m.sex AND g.band = m.band
       ) r JOIN ddx_labf lf ON lf.test = r.test
       WHERE (lf.dir = 'P' AND r.pos IS NOT NULL) OR (lf.dir <> 'P' AND r.v IS NOT NULL)`;
  const epf = `
     SELECT ep, label, finding, max(present) AS present, bool_or(measured) AS measured FROM (
       SELECT e.ep, e.label, f.finding, f.present, f.measured
       FROM ddx_ep e JOIN (${facts}) f ON f.person_id = e.person_id
        AND ((f.hist AND f.at <= e.at) OR (f.visit IS NOT NULL AND f.visit = e.visit) OR (f.at > e.at - ${w + 1} AND f.at <= e.at))
       UNION ALL
       SELECT e.ep, e.label, h.finding, 1, false
       FROM ddx_ep e JOIN ddx_ep x ON x.person_id = e.person_id AND x.at < e.at - ${w} AND x.label <> e.label
       JOIN ddx_hist h ON h.label = x.label
     ) u GROUP BY ep, label, finding`;
  return { setup, epf };
}

function clipped(o: EpisodeOptions, where: string): string {
  // ddx_epf has one row per (episode, finding), so count(*) counts episodes.
  if (o.maxFindings === undefined) return `SELECT label, finding, count(*) AS n FROM ddx_epf WHERE ${where} GROUP BY label, finding`;
  return `SELECT label, finding, count(*) AS n FROM (
    SELECT label, finding, row_number() OVER (PARTITION BY ep ORDER BY finding) AS r FROM ddx_epf WHERE ${where}
  ) z WHERE r <= ${Math.floor(o.maxFindings)} GROUP BY label, finding`;
}

export interface OmopCountsResult {
  readonly counts: RecordCounts;
  readonly training: TrainingFile[];
  readonly tables: Map<string, number>;
}

interface Prepared {
  readonly maps: Maps;
  readonly tables: Map<string, number>;
  /** The (episode, finding) rows as a query. */
  readonly epf: string;
}

/**
 * Map the concepts, upload the maps and build the episode table (ddx_ep) in the session; with
 * `materialize`, also the (episode, finding) table ddx_epf (paging through episodes, or clipping
 * findings per episode, reads it more than once).
 */
async function prepare(db: SqlClient, schema: string, vocab: Vocabulary, o: EpisodeOptions, materialize: boolean): Promise<Prepared> {
  const s = sqlIdent(schema, '--schema');
  const tables = new Map<string, number>();
  for (const t of ['person', 'visit_occurrence', 'condition_occurrence', 'measurement', 'observation', 'drug_exposure', 'procedure_occurrence', 'concept']) {
    try {
      const r = await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${s}.${t}`);
      tables.set(t, Number(r.rows[0]?.n ?? 0));
    } catch {
      throw new InputError([issue('omop-table', `${schema}.${t}`, 'OMOP CDM table missing or unreadable')]);
    }
  }
  const concepts = (await db.query<ConceptRow>(conceptsSql(s))).rows;
  const maps = buildMaps(concepts, vocab);
  await tempTable(db, 'ddx_dx', 'concept_id bigint, label int', maps.dx);
  await tempTable(db, 'ddx_cf', 'concept_id bigint, src text, finding int, hist boolean', maps.cf);
  await tempTable(db, 'ddx_lab', 'concept_id bigint, unit text, factor float8, shift float8, kind text, test text', maps.lab);
  await tempTable(db, 'ddx_labf', 'test text, dir text, finding int', maps.labf);
  await tempTable(db, 'ddx_range', 'test text, band int, sex int, low float8, high float8', maps.range);
  await tempTable(db, 'ddx_hist', 'label int, finding int', maps.hist);
  // Analytic joins and sorts: give this session room to do them in memory (a session setting only).
  await db.query("SET work_mem = '256MB'");
  // The maps are tiny; a merge join against them sorts the big side first. Hash joins do not.
  await db.query('SET enable_mergejoin = off');
  const sql = episodeSql(s, o, vocab.bands, materialize);
  for (const q of sql.setup) await db.query(q);
  if (materialize) {
    await db.query('DROP TABLE IF EXISTS ddx_epf');
    await db.query(`CREATE TEMP TABLE ddx_epf AS ${sql.epf}`);
  }
  return { maps, tables, epf: sql.epf };
}

/**
 * Episodes one by one, for scoring a model (`ddx bench records --omop`): unlike learning, this
 * reads episode-level rows out of the database, into this process only; nothing is written.
 */
export async function scanOmopEpisodes(db: SqlClient, schema: string, vocab: Vocabulary, o: EpisodeOptions, onEpisode: (e: DatedEpisode) => void): Promise<void> {
  const { maps } = await prepare(db, schema, vocab, o, true);
  const page = 5000;
  for (let from = 0; ; from += page) {
    const eps = (await db.query<{ ep: string | number; label: number; band: number; sex: number; age: number; at: unknown }>(
      `SELECT ep, label, band, sex, age, at FROM ddx_ep WHERE ep > ${from} AND ep <= ${from + page} ORDER BY ep`)).rows;
    if (eps.length === 0) {
      const more = await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ddx_ep WHERE ep > ${from}`);
      if (Number(more.rows[0]?.n ?? 0) === 0) break;
      continue;
    }
    const facts = (await db.query<{ ep: string | number; finding: number; present: number; measured: boolean }>(
      `SELECT ep, finding, max(present) AS present, bool_or(measured) AS measured FROM ddx_epf WHERE ep > ${from} AND ep <= ${from + page} GROUP BY ep, finding ORDER BY ep, finding`)).rows;
    const byEp = new Map<number, typeof facts>();
    for (const f of facts) {
      const k = Number(f.ep);
      const list = byEp.get(k);
      if (list) list.push(f);
      else byEp.set(k, [f]);
    }
    for (const e of eps) {
      const label = vocab.labels.get(maps.labels[e.label]!);
      if (!label) continue;
      const present = new Set<FindingInfo>();
      const tested = new Set<FindingInfo>();
      for (const f of byEp.get(Number(e.ep)) ?? []) {
        const info = maps.findings[f.finding]!;
        if (Number(f.present) === 1) present.add(info);
        if (f.measured) tested.add(info);
      }
      onEpisode({ label, band: e.band, sex: e.sex, age: e.age, at: new Date(String(e.at)).getTime(), present, tested });
    }
  }
}

/** Count episodes in an OMOP CDM schema. The client must be one session (temp tables). */
export async function learnOmopCounts(db: SqlClient, schema: string, vocab: Vocabulary, o: EpisodeOptions): Promise<OmopCountsResult> {
  // Clipping findings per episode (ε) numbers the rows of an episode twice (present, tested): materialise then.
  const clip = o.maxFindings !== undefined;
  const { maps, tables, epf } = await prepare(db, schema, vocab, o, clip);
  const counts = new RecordCounts(vocab.bands);
  type Row = { label: number; finding: number; n: string | number };
  const prior = (await db.query<{ label: number; band: number; sex: number; n: string | number }>('SELECT label, band, sex, count(*) AS n FROM ddx_ep GROUP BY label, band, sex ORDER BY 1, 2, 3')).rows;
  for (const r of prior) counts.addPrior(maps.labels[r.label]!, r.band, r.sex, Number(r.n));
  let present: Row[];
  let tested: Row[];
  if (clip) {
    present = (await db.query<Row>(`${clipped(o, 'present = 1')} ORDER BY 1, 2`)).rows;
    tested = (await db.query<Row>(`${clipped(o, 'measured')} ORDER BY 1, 2`)).rows;
  } else {
    // One pass over the window join: both counts per (label, finding), nothing written.
    const rows = (await db.query<{ label: number; finding: number; np: string | number; nt: string | number }>(
      `SELECT label, finding, count(*) FILTER (WHERE present = 1) AS np, count(*) FILTER (WHERE measured) AS nt FROM (${epf}) z GROUP BY label, finding ORDER BY 1, 2`)).rows;
    present = rows.filter((r) => Number(r.np) > 0).map((r) => ({ label: r.label, finding: r.finding, n: r.np }));
    tested = rows.filter((r) => Number(r.nt) > 0).map((r) => ({ label: r.label, finding: r.finding, n: r.nt }));
  }
  for (const r of present) counts.addPresent(maps.labels[r.label]!, maps.findings[r.finding]!.key, Number(r.n));
  for (const r of tested) counts.addTested(maps.labels[r.label]!, maps.findings[r.finding]!.key, Number(r.n));
  const totals = (await db.query<{ ep: string | number }>('SELECT count(*) AS ep FROM ddx_ep')).rows[0];
  counts.episodes = Number(totals?.ep ?? 0);
  counts.patients = tables.get('person') ?? 0;
  // The training "file" of a database is the aggregate it returned: hash of the counts, rows = persons.
  const digest = sha256Hex(JSON.stringify([prior, present, tested].map((rows) => rows.map((r) => Object.values(r).map(String)))));
  return { counts, training: [{ name: `omop:${schema}`, sha256: digest, rows: counts.patients }], tables };
}
