/**
 * `npm run bench:api`: load on `POST /v1/diagnose` with autocannon over loopback, against a real
 * `ddx serve` process with the embedded store and with PostgreSQL (a private cluster is started
 * when DATABASE_URL is not set and Debian's postgresql is installed). Prints one JSON line per
 * store: req/s, latency percentiles, errors and the server's memory before and after.
 *   npm run bench:api -- [--duration 10] [--connections 16] [--store embedded|postgres|both] [--model ddxplus] [--mode budgeted]
 * Targets (not asserted): >= 2,000 req/s with p99 <= 25 ms; 60 s sustained with zero errors; flat memory.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readModelArtifact } from '../learn/artifact.js';
import { MODELS_DIR } from '../learn/builtin-models.js';
import { postgresAvailable, startPgCluster, type PgCluster } from './testing/pg-cluster.js';
import { createKeyCli, startServerProcess, type ServerProcess } from './testing/processes.js';

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: process.env['DDX_BENCH_DURATION'] ?? '10' },
    connections: { type: 'string', default: '16' },
    store: { type: 'string', default: 'both' },
    model: { type: 'string', default: 'ddxplus' },
    warmup: { type: 'string', default: '3' },
    mode: { type: 'string', default: 'budgeted' },
  },
});

/** A realistic request: the first few binary findings of the model, some present, some absent. */
function requestBody(modelId: string, mode: string): string {
  const m = readModelArtifact(join(MODELS_DIR, `${modelId}.json`));
  const binary = m.findings.filter((f) => f.valueType === 'binary').slice(0, 6);
  return JSON.stringify({ model: modelId, age: 45, sex: 'female', findings: binary.map((f, i) => ({ id: f.id, present: i % 2 === 0 })), mode, budget_usd: 200 });
}

async function rssMb(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const m = /^process_resident_memory_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)/m.exec(text);
  return m ? Math.round((Number(m[1]) / 1048576) * 10) / 10 : NaN;
}

async function run(store: 'embedded' | 'postgres', body: string): Promise<Record<string, unknown>> {
  const root = mkdtempSync(join(tmpdir(), 'ddx-bench-'));
  let pg: PgCluster | undefined;
  let server: ServerProcess | undefined;
  try {
    let databaseUrl = store === 'postgres' ? process.env['DATABASE_URL'] : undefined;
    if (store === 'postgres' && !databaseUrl) {
      pg = await startPgCluster();
      databaseUrl = pg.url;
    }
    const dataDir = join(root, 'data');
    const key = createKeyCli({ org: 'bench', scopes: 'diagnose', dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
    server = await startServerProcess({ dataDir, modelsDir: MODELS_DIR, ...(databaseUrl ? { databaseUrl } : {}) });
    const target = { url: `${server.url}/v1/diagnose`, method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body, connections: Number(opts.connections) };
    await autocannon({ ...target, duration: Number(opts.warmup) });
    const memStart = await rssMb(server.url);
    const r = await autocannon({ ...target, duration: Number(opts.duration) });
    const memEnd = await rssMb(server.url);
    return {
      store,
      model: opts.model,
      mode: opts.mode,
      duration_s: Number(opts.duration),
      connections: Number(opts.connections),
      requests_total: r.requests.total,
      requests_per_s: Math.round(r.requests.average),
      latency_ms: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      server_rss_mb: { start: memStart, end: memEnd },
      targets_met: { req_per_s_2000: r.requests.average >= 2000, p99_le_25ms: r.latency.p99 <= 25, zero_errors: r.errors === 0 && r.non2xx === 0 && r.timeouts === 0 },
    };
  } finally {
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await pg?.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

const body = requestBody(opts.model, opts.mode);
const stores: ('embedded' | 'postgres')[] = opts.store === 'both' ? ['embedded', 'postgres'] : [opts.store as 'embedded' | 'postgres'];
for (const s of stores) {
  if (s === 'postgres' && !process.env['DATABASE_URL'] && !postgresAvailable()) {
    process.stdout.write(`${JSON.stringify({ store: s, skipped: 'no DATABASE_URL and no PostgreSQL binaries' })}\n`);
    continue;
  }
  process.stdout.write(`${JSON.stringify(await run(s, body))}\n`);
}
