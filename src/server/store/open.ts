/**
 * Opening the store: embedded PGlite in a data directory by default, PostgreSQL when a URL is given.
 * Both run the same migrations from `drizzle/`. On PostgreSQL, replicas starting together serialise
 * their migrations on an advisory lock.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';
import { DbStore, type Db } from './store.js';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** Arbitrary constant: the advisory lock id under which replicas migrate one at a time. */
const MIGRATION_LOCK = 7_204_113;

export type StoreLocation = { readonly kind: 'pglite'; readonly dataDir: string } | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number };

/** Where the store lives: PostgreSQL when a database URL is given, else the embedded PGlite directory. */
export function storeLocation(opts: { dataDir: string; databaseUrl?: string | undefined }): StoreLocation {
  return opts.databaseUrl ? { kind: 'postgres', url: opts.databaseUrl } : { kind: 'pglite', dataDir: opts.dataDir };
}

/** Opens the store at `loc` and brings its schema up to date (replicas migrate one at a time). */
export async function openStore(loc: StoreLocation): Promise<DbStore> {
  if (loc.kind === 'pglite') {
    // `memory://` keeps everything in memory (tests); anything else is a directory.
    if (!loc.dataDir.startsWith('memory://')) mkdirSync(loc.dataDir, { recursive: true });
    const client = new PGlite(loc.dataDir);
    await client.waitReady;
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return new DbStore(db as unknown as Db, 'pglite', () => client.close());
  }
  const lockClient = new pg.Client({ connectionString: loc.url });
  await lockClient.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(lockClient, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } finally {
    await lockClient.end();
  }
  const pool = new pg.Pool({ connectionString: loc.url, max: loc.poolSize ?? 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema });
  return new DbStore(db as unknown as Db, 'postgres', () => pool.end());
}
