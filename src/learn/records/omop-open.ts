/**
 * Opening an OMOP source for `learnOmopCounts`: a PostgreSQL database by URL (one session, so the
 * temp tables live in it), or a CSV extract (a folder, or a .zip read with zip.ts) loaded into an
 * in-memory PGlite with COPY, so that both run the same SQL. Only the tables the counts use are
 * loaded; a missing optional table is created empty.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { InputError, issue } from '../../core/issues.js';
import type { TrainingFile } from '../../core/model.js';
import { sha256Hex } from '../artifact.js';
import type { RecordsSource } from './learn.js';
import { sqlIdent, type SqlClient } from './omop-sql.js';
import { listZip, readZipEntry } from './zip.js';

/** The CDM tables read, with the columns used (for creating an absent optional table empty). */
export const OMOP_TABLES: Readonly<Record<string, readonly string[]>> = {
  person: ['person_id', 'gender_concept_id', 'year_of_birth', 'month_of_birth', 'day_of_birth'],
  visit_occurrence: ['visit_occurrence_id', 'person_id', 'visit_start_date'],
  condition_occurrence: ['person_id', 'condition_concept_id', 'condition_start_date', 'visit_occurrence_id', 'condition_source_value'],
  measurement: ['person_id', 'measurement_concept_id', 'measurement_date', 'value_as_number', 'value_as_concept_id', 'unit_source_value', 'range_low', 'range_high', 'visit_occurrence_id', 'measurement_source_value', 'value_source_value'],
  observation: ['person_id', 'observation_concept_id', 'observation_date', 'value_as_concept_id', 'visit_occurrence_id', 'observation_source_value'],
  drug_exposure: ['person_id', 'drug_concept_id', 'drug_exposure_start_date', 'drug_source_value'],
  procedure_occurrence: ['person_id', 'procedure_concept_id', 'procedure_date', 'procedure_source_value'],
  concept: ['concept_id', 'concept_name', 'vocabulary_id', 'concept_code'],
};
/** The type of a CDM column in a typed schema (ids bigint, dates date, values numeric). */
export function omopColumnType(col: string): string {
  if (/_id$/.test(col) && col !== 'vocabulary_id') return 'bigint';
  if (/_date$/.test(col)) return 'date';
  if (/^(year|month|day)_of_birth$/.test(col)) return 'integer';
  if (/^(value_as_number|range_low|range_high)$/.test(col)) return 'numeric';
  return 'text';
}

const REQUIRED = new Set(['person', 'condition_occurrence', 'concept']);

export interface OpenOmop {
  readonly source: RecordsSource;
  /** What the privacy ledger keys this dataset by (never a password). */
  readonly identity: string;
  close(): Promise<void>;
}

function csvHeader(text: string): string[] {
  const line = text.slice(0, text.search(/\r?\n|$/));
  return line.split(',').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
}

/** Load a CSV extract (folder or zip) into a fresh in-memory PGlite. */
export async function loadOmopCsv(path: string): Promise<{ db: PGlite; training: TrainingFile[] }> {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) throw new InputError([issue('missing-file', '--omop-csv', `no such file or folder: ${basename(path)}`)]);
  // Table name -> a reader of its CSV bytes: files in a folder tree, or entries of a zip (only the tables used are inflated).
  const files = new Map<string, { name: string; read: () => Buffer }>();
  if (st.isFile()) {
    for (const e of listZip(path)) {
      const name = e.name.split('/').pop() ?? '';
      if (e.name.startsWith('__MACOSX/') || name.startsWith('._') || !/\.csv$/i.test(name)) continue;
      files.set(name.replace(/\.csv$/i, '').toLowerCase(), { name, read: () => readZipEntry(path, e) });
    }
  } else {
    const walk = (d: string): void => {
      for (const f of readdirSync(d).sort()) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.csv$/i.test(f)) files.set(f.replace(/\.csv$/i, '').toLowerCase(), { name: f, read: () => readFileSync(p) });
      }
    };
    walk(path);
  }
  const db = new PGlite();
  await db.waitReady;
  const training: TrainingFile[] = [];
  try {
    for (const [table, cols] of Object.entries(OMOP_TABLES)) {
      const file = files.get(table);
      if (!file) {
        if (REQUIRED.has(table)) throw new InputError([issue('omop-table', `--omop-csv:${table}`, `the extract has no ${table} CSV file`)]);
        await db.exec(`CREATE TABLE ${table} (${cols.map((c) => `${c} text`).join(', ')})`);
        continue;
      }
      const buf = file.read();
      const header = csvHeader(buf.toString('utf8', 0, Math.min(buf.length, 65536)));
      const missing = cols.filter((c) => !header.includes(c));
      if (missing.length > 0 || header.some((h) => !/^[a-z_][a-z0-9_]*$/.test(h))) {
        throw new InputError([issue('omop-columns', `--omop-csv:${file.name}`, missing.length > 0 ? `missing columns: ${missing.join(', ')}` : 'header has a column name that is not a plain identifier')]);
      }
      await db.exec(`CREATE TABLE ${table} (${header.map((h) => `${h} text`).join(', ')})`);
      await db.query(`COPY ${table} FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], { blob: new Blob([buf]) });
      training.push({ name: file.name, sha256: sha256Hex(buf), rows: Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n ?? 0) });
    }
  } catch (err) {
    await db.close();
    throw err;
  }
  return { db, training };
}

/** Open the OMOP source named by the CLI flags. */
export async function openOmopSource(o: { csv: string } | { url: string; schema: string }): Promise<OpenOmop> {
  if ('csv' in o) {
    const { db, training } = await loadOmopCsv(o.csv);
    const client: SqlClient = { query: async (sql, params) => db.query(sql, params) as never };
    return {
      source: { kind: 'omop', client, schema: 'public', label: basename(o.csv), training },
      identity: `omop-csv|${training.map((t) => t.sha256).join('|')}`,
      close: () => db.close(),
    };
  }
  sqlIdent(o.schema, '--schema');
  const client = new pg.Client({ connectionString: o.url });
  try {
    await client.connect();
  } catch {
    throw new InputError([issue('connect', '--omop', 'cannot connect to the OMOP database (check the URL, host and credentials)')]);
  }
  let identity = `omop|${o.schema}`;
  try {
    const u = new URL(o.url);
    identity = `omop|${u.hostname}:${u.port}${u.pathname}|${o.schema}`;
  } catch { /* not a URL form; the schema alone names it */ }
  return {
    source: { kind: 'omop', client: { query: async (sql, params) => client.query(sql, params) as never }, schema: o.schema, label: `omop:${o.schema}` },
    identity,
    close: () => client.end(),
  };
}
