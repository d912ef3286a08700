/**
 * The OMOP SQL path on a real PostgreSQL with a typed CDM schema: the Synthea27Nj extract is loaded
 * into PGlite (text columns), copied into typed tables in a private cluster, and both databases must
 * give the same counts and the same model.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startPgCluster, postgresAvailable, type PgCluster } from '../../testkit/pg-cluster.js';
import { modelContentHash } from '../artifact.js';
import { loadModel } from '../builtin-models.js';
import { learnRecords } from './learn.js';
import { loadOmopCsv, OMOP_TABLES } from './omop-open.js';
import { HAVE_RECORDS, synthea27Dir } from '../../testkit/records.js';

const skip = (!HAVE_RECORDS && 'no records data') || (!postgresAvailable() && 'no PostgreSQL binaries');
let cluster: PgCluster | undefined;

before(async () => {
  if (!skip) cluster = await startPgCluster();
});
after(async () => {
  await cluster?.stop();
});

function sqlType(col: string): string {
  if (/_id$/.test(col) && col !== 'vocabulary_id') return 'bigint';
  if (/_date$/.test(col)) return 'date';
  if (/^(year|month|day)_of_birth$/.test(col)) return 'integer';
  if (/^(value_as_number|range_low|range_high)$/.test(col)) return 'numeric';
  return 'text';
}

test('PostgreSQL (typed CDM) and PGlite (CSV as text) give the same model', { skip }, async () => {
  const base = loadModel('primary-care');
  const { db: lite, training } = await loadOmopCsv(synthea27Dir());
  const client = new pg.Client({ connectionString: cluster!.url });
  await client.connect();
  try {
    await client.query('CREATE SCHEMA cdm');
    for (const [table, cols] of Object.entries(OMOP_TABLES)) {
      await client.query(`CREATE TABLE cdm.${table} (${cols.map((c) => `${c} ${sqlType(c)}`).join(', ')})`);
      const rows = (await lite.query<Record<string, unknown>>(`SELECT ${cols.join(', ')} FROM ${table}`)).rows;
      for (let i = 0; i < rows.length; i += 2000) {
        await client.query(`INSERT INTO cdm.${table} SELECT * FROM json_populate_recordset(NULL::cdm.${table}, $1::json)`, [JSON.stringify(rows.slice(i, i + 2000))]);
      }
    }
    const onPg = await learnRecords({ kind: 'omop', client: { query: async (q, p) => client.query(q, p) as never }, schema: 'cdm', label: 'pg' }, { base });
    const onLite = await learnRecords({ kind: 'omop', client: { query: async (q, p) => lite.query(q, p) as never }, schema: 'public', label: 'lite' }, { base });
    assert.equal(onPg.report.episodes, onLite.report.episodes);
    assert.ok(onPg.report.episodes > 100);
    assert.deepEqual(onPg.report.labelEpisodes, onLite.report.labelEpisodes);
    // The training entries name the schema, so compare the models without them.
    const strip = (m: typeof onPg.model) => ({ ...m, manifest: { ...m.manifest, training: [] } });
    assert.equal(modelContentHash(strip(onPg.model)), modelContentHash(strip(onLite.model)));
    assert.ok(training.length >= 7);
  } finally {
    await client.end();
    await lite.close();
  }
});
