/**
 * Assembling a running server from settings: open the store, load the built-in models once
 * (verified, compiled, cached by content hash), wire the optional intake modules, listen, and shut
 * down gracefully on SIGTERM/SIGINT (stop accepting, finish in-flight requests, flush the audit).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import type { KnowledgeModel } from '../core/model.js';
import { DEFAULT_MODEL_ID, MODELS_DIR } from '../learn/builtin-models.js';
import { ModelNotFoundError } from '../learn/model-error.js';
import { buildApp, type DdxApp } from './app.js';
import { withConfig, type ServerConfig } from './config.js';
import { defaultIntake } from './intake.js';
import { prepareDetector } from '../privacy/deid/index.js';
import { ModelRegistry, readBuiltinModels } from './registry.js';
import { openStore, storeLocation } from './store/open.js';
import type { DbStore } from './store/store.js';

export interface StartOptions {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  readonly modelsDir?: string;
  readonly logLevel?: string;
  readonly config?: Partial<ServerConfig>;
}

export interface RunningServer {
  readonly app: DdxApp;
  readonly store: DbStore;
  readonly url: string;
  stop(): Promise<void>;
}

/** The service's pino logger at `level`. */
export function makeLogger(level = 'info'): Logger {
  // Request logs carry method, route, status and timing; never bodies or the Authorization header.
  return pino({ level, redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.body', 'res.body'], remove: true } });
}

const PID_FILE = 'ddx-serve.pid';

/** True when a live `ddx serve` holds this embedded data directory (PGlite is single-process). */
export function dataDirInUse(dataDir: string): boolean {
  const f = join(dataDir, PID_FILE);
  if (!existsSync(f)) return false;
  const pid = Number(readFileSync(f, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The models this server answers with, default first. Refuses (ModelNotFoundError, a usage error)
 * when the folder holds no valid model: a clinical service never falls back to a test model.
 */
export function servedModels(dir: string, log?: Logger): KnowledgeModel[] {
  const { models, refused } = readBuiltinModels(dir);
  for (const r of refused) log?.warn({ file: r.file, reason: r.reason }, 'model file refused');
  if (models.length === 0) {
    const why = refused.length ? ` (refused: ${refused.map((r) => `${r.file}: ${r.reason}`).join('; ')})` : existsSync(dir) ? ' (it holds no *.json file)' : ' (it does not exist)';
    throw new ModelNotFoundError(`no valid model in ${dir}${why}; expected one or more ddx-model artifacts (*.json with manifest.contentHash), e.g. the repository's models/ or one written by \`ddx learn\``);
  }
  // The default model is listed first: it answers requests that name no model.
  return models.sort((a, b) => Number(b.id === DEFAULT_MODEL_ID) - Number(a.id === DEFAULT_MODEL_ID));
}

/** Starts `ddx serve`: loads the models, opens the store, builds the app and listens; refuses an embedded data directory another server uses. */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const config = withConfig(opts.config);
  const log = makeLogger(opts.logLevel);
  // Models first: a server without one must not start (nor touch its data directory).
  const models = servedModels(opts.modelsDir ?? MODELS_DIR, log);
  const loc = storeLocation({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });
  if (loc.kind === 'pglite' && dataDirInUse(opts.dataDir)) throw new Error(`another ddx serve is using ${opts.dataDir}; the embedded store is single-process (set DATABASE_URL for replicas)`);
  const store = await openStore(loc);
  if (loc.kind === 'pglite') writeFileSync(join(opts.dataDir, PID_FILE), String(process.pid));
  await store.ensureOrg(config.ownerOrg, true);
  const registry = new ModelRegistry(store, config.ownerOrg, config.catalogCacheMs);
  for (const m of models) registry.addBuiltin(m);
  // The de-identifier's lexicon and name-shape tables (about 1 s) are built before listening, not on the first note.
  prepareDetector();
  const app = await buildApp({ store, registry, config, intake: defaultIntake(), logger: log });
  const url = await app.listen({ port: opts.port, host: opts.host });
  log.info({ store: store.kind, models: models.map((m) => `${m.id}@${m.version}`) }, 'ddx serve ready');
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      app.ddx.ready = false;
      await app.close();
      await store.close();
      if (loc.kind === 'pglite') rmSync(join(opts.dataDir, PID_FILE), { force: true });
      log.info('ddx serve stopped');
    })();
    return stopping;
  };
  return { app, store, url, stop };
}
