/**
 * A private, throw-away PostgreSQL cluster on loopback for integration tests and the API benchmark:
 * initdb into a temp directory, start on a free port, stop and delete when done. Uses Debian's
 * binaries (`apt-get install postgresql`); when running as root they run as user `postgres`.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgCluster {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

function findBin(name: string): string | undefined {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const p = join(root, v, 'bin', name);
      if (existsSync(p)) return p;
    }
  }
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    const p = join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

/** Whether the PostgreSQL server binaries (initdb, pg_ctl) are installed. */
export function postgresAvailable(): boolean {
  return findBin('initdb') !== undefined && findBin('pg_ctl') !== undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function run(bin: string, args: string[], asPostgres: boolean): void {
  if (asPostgres) execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' });
  else execFileSync(bin, args, { stdio: 'pipe' });
}

/** Starts a private PostgreSQL cluster in a temporary directory on a free port, for benchmarks and integration tests. */
export async function startPgCluster(): Promise<PgCluster> {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  if (!initdb || !pgCtl) throw new Error('PostgreSQL binaries not found (apt-get install postgresql)');
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'ddx-pg-'));
  chmodSync(dir, 0o777);
  if (asPostgres) execFileSync('chown', ['postgres:postgres', dir]);
  const data = join(dir, 'data');
  run(initdb, ['-A', 'trust', '-U', 'ddx', '-D', data, '--no-sync'], asPostgres);
  const port = await freePort();
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=on -c max_connections=100`;
  run(pgCtl, ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start'], asPostgres);
  let stopped = false;
  return {
    url: `postgres://ddx@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop'], asPostgres);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
