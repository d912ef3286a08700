/**
 * Opening the service's store from a CLI command: the embedded database in --data-dir, or PostgreSQL
 * when DATABASE_URL is set. A directory held by a running `ddx serve` is refused (the embedded store is
 * single-process) with a hint at the HTTP route that does the same job.
 */
import { dataDirInUse } from '../server/start.js';
import { openStore, storeLocation } from '../server/store/open.js';
import type { DbStore } from '../server/store/store.js';
import { CliUsageError } from './exit.js';

export const DATA_DIR_HELP = 'embedded database directory (ignored when DATABASE_URL is set)';

/** Runs `fn` on the service's store (DATABASE_URL, else the embedded one in `dataDir`) and closes it; refuses an embedded directory a running `ddx serve` holds. */
export async function withStore<T>(dataDir: string, busyHint: string, fn: (s: DbStore) => Promise<T>): Promise<T> {
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  if (!databaseUrl && dataDirInUse(dataDir)) throw new CliUsageError(`a running ddx serve holds ${dataDir}; stop it first, or ${busyHint}`);
  const store = await openStore(storeLocation({ dataDir, databaseUrl }));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
