/**
 * `npm run bench:api`: load on `POST /v1/diagnose` with autocannon over loopback, against a real
 * `ddx serve` process with the embedded store and with PostgreSQL (a private cluster is started
 * when DATABASE_URL is not set and Debian's postgresql is installed). Prints one JSON line per
 * store: req/s, latency percentiles, errors, and every 10 s the server's RSS, heap, event-loop delay,
 * audit queue and /proc/loadavg ("flat memory" means no steady growth after the warm-up).
 *   npm run bench:api -- [--duration 10] [--connections 16] [--store embedded|postgres|both] [--model ddxplus] [--mode budgeted]
 * Targets (not asserted): >= 2,000 req/s with p99 <= 25 ms; 60 s sustained with zero errors; flat memory.
 */
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readModelArtifact } from '../learn/artifact.js';
import { MODELS_DIR } from '../learn/builtin-models.js';
import { postgresAvailable, startPgCluster, type PgCluster } from '../testkit/pg-cluster.js';
import { createKeyCli, startServerProcess, type ServerProcess } from '../testkit/server-process.js';

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

/** One scrape of the server's own metrics: memory, event-loop delay since the previous scrape, audit writer. */
interface Sample {
  readonly t_s: number;
  readonly rss_mb: number;
  readonly heap_used_mb: number;
  readonly external_mb: number;
  readonly eventloop_delay_ms: { readonly p99: number; readonly max: number };
  readonly audit_queue: number;
  readonly audit_written: number;
  readonly loadavg: string;
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const ms = (seconds: number) => Math.round(seconds * 10000) / 10;
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function sample(url: string, t0: number): Promise<Sample> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const metric = (name: string) => {
    const m = new RegExp(`^${name} (\\S+)`, 'm').exec(text);
    return m ? Number(m[1]) : NaN;
  };
  return {
    t_s: Math.round((performance.now() - t0) / 1000),
    rss_mb: mb(metric('process_resident_memory_bytes')),
    heap_used_mb: mb(metric('nodejs_heap_size_used_bytes')),
    external_mb: mb(metric('nodejs_external_memory_bytes')),
    eventloop_delay_ms: { p99: ms(metric('nodejs_eventloop_lag_p99_seconds')), max: ms(metric('nodejs_eventloop_lag_max_seconds')) },
    audit_queue: metric('ddx_audit_queue_depth'),
    audit_written: metric('ddx_audit_events_written_total'),
    loadavg: loadavg(),
  };
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
    server = await startServerProcess({ dataDir, modelsDir: MODELS_DIR, nodeArgs: (process.env['DDX_BENCH_SERVER_NODE_ARGS'] ?? '').split(' ').filter(Boolean), ...(databaseUrl ? { databaseUrl } : {}) });
    const target = { url: `${server.url}/v1/diagnose`, method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body, connections: Number(opts.connections) };
    await autocannon({ ...target, duration: Number(opts.warmup) });
    const t0 = performance.now();
    // The first scrape also resets the event-loop delay histogram, so later ones cover the run only.
    const samples: Sample[] = [await sample(server.url, t0)];
    const run = autocannon({ ...target, duration: Number(opts.duration) });
    const every = setInterval(() => void sample(server!.url, t0).then((s) => samples.push(s), () => undefined), 10_000);
    const r = await run;
    clearInterval(every);
    samples.push(await sample(server.url, t0));
    // Idle for a moment: what is left once the audit queue has drained and a GC has had a chance.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const idle = await sample(server.url, t0);
    const memStart = samples[0]!;
    const memEnd = samples[samples.length - 1]!;
    return {
      store,
      model: opts.model,
      mode: opts.mode,
      duration_s: Number(opts.duration),
      connections: Number(opts.connections),
      requests_total: r.requests.total,
      requests_per_s: Math.round(r.requests.average),
      latency_ms: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      eventloop_delay_ms_max: Math.max(...samples.slice(1).map((x) => x.eventloop_delay_ms.max)),
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      server_rss_mb: { start: memStart.rss_mb, end: memEnd.rss_mb },
      server_heap_used_mb: { start: memStart.heap_used_mb, end: memEnd.heap_used_mb },
      audit_events_written: idle.audit_written,
      memory_over_time: samples,
      after_idle_2s: idle,
      loadavg: { start: memStart.loadavg, end: memEnd.loadavg },
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
