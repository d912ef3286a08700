/**
 * `ddx keys create|revoke|list`: API keys in the server's store (--data-dir, or DATABASE_URL).
 * `create` prints the new key alone on its last line; it is shown this once and stored only hashed.
 */
import type { Command } from 'commander';
import { createApiKey, isScope, type Scope } from '../../server/api-keys.js';
import { CliUsageError } from '../exit.js';
import { DATA_DIR_HELP, withStore as openWith } from '../store.js';
import type { DbStore } from '../../server/store/store.js';

interface StoreOpts { dataDir: string }

const withStore = <T>(o: StoreOpts, fn: (s: DbStore) => Promise<T>): Promise<T> => openWith(o.dataDir, 'manage keys through /v1/keys', fn);

/** The `--scopes` list (comma-separated diagnose, admin, review); a usage error when empty or unknown. */
export function parseScopes(s: string): Scope[] {
  const list = s.split(',').map((x) => x.trim()).filter(Boolean);
  if (list.length === 0) throw new CliUsageError('--scopes needs at least one of diagnose, admin, review');
  for (const x of list) if (!isScope(x)) throw new CliUsageError('--scopes takes a comma-separated list of diagnose, admin, review');
  return list as Scope[];
}

/** Registers `ddx keys` (create, revoke, list): manage API keys of the ddx service. */
export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('manage API keys of the ddx service');
  keys
    .command('create')
    .description('create an API key (and its organization if new); prints the key on the last line')
    .requiredOption('--org <id>', 'organization id')
    .requiredOption('--scopes <list>', 'comma-separated: diagnose, admin, review')
    .option('--owner', 'mark the organization as the one that runs this service and owns its models')
    .option('--label <text>', 'a note for administrators (not a secret)')
    .option('--expires-days <n>', 'expire the key after this many days')
    .option('--data-dir <dir>', DATA_DIR_HELP, './ddx-data')
    .action(async (o: StoreOpts & { org: string; scopes: string; owner?: boolean; label?: string; expiresDays?: string }) => {
      if (!/^[A-Za-z0-9._-]{1,100}$/.test(o.org)) throw new CliUsageError('--org must be 1-100 letters, digits, dots, dashes or underscores');
      const scopes = parseScopes(o.scopes);
      let expiresAt: Date | undefined;
      if (o.expiresDays !== undefined) {
        const d = Number(o.expiresDays);
        if (!Number.isFinite(d) || d <= 0) throw new CliUsageError('--expires-days must be a positive number');
        expiresAt = new Date(Date.now() + d * 86_400_000);
      }
      const { id, key } = await withStore(o, (s) => createApiKey(s, { orgId: o.org, scopes, ...(o.owner ? { owner: true } : {}), ...(o.label ? { label: o.label } : {}), ...(expiresAt ? { expiresAt } : {}) }));
      process.stdout.write(`created key ${id} for org ${o.org} with scopes ${scopes.join(',')}; it is shown once, store it now\n${key}\n`);
    });
  keys
    .command('revoke <id>')
    .description('revoke an API key by its id (the part after ddx_)')
    .option('--data-dir <dir>', DATA_DIR_HELP, './ddx-data')
    .action(async (id: string, o: StoreOpts) => {
      const ok = await withStore(o, (s) => s.revokeKey(id));
      if (!ok) throw new CliUsageError('no such key');
      process.stdout.write(`revoked ${id}\n`);
    });
  keys
    .command('list')
    .description('list API keys (ids, orgs, scopes; never the keys)')
    .option('--org <id>', 'only this organization')
    .option('--data-dir <dir>', DATA_DIR_HELP, './ddx-data')
    .action(async (o: StoreOpts & { org?: string }) => {
      const rows = await withStore(o, (s) => s.listKeys(o.org));
      for (const r of rows) process.stdout.write(`${r.id}\t${r.orgId}\t${r.scopes.join(',')}\t${r.revokedAt ? 'revoked' : r.expiresAt && r.expiresAt < new Date() ? 'expired' : 'active'}\n`);
    });
}
