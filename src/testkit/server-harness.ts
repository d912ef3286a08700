/**
 * Test factories for the server: an app over a real store (in-memory PGlite unless one is given)
 * with the synthetic fixture model as the built-in released model, an owner org and an external
 * org, and a key for each role. Share one harness per test file: a PGlite instance costs seconds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeModel } from './model-fixture.js';
import type { KnowledgeModel } from '../core/model.js';
import type { Logger } from 'pino';
import { withContentHash } from '../learn/artifact.js';
import { createApiKey } from '../server/api-keys.js';
import { buildApp, type DdxApp } from '../server/app.js';
import { withConfig, type ServerConfig } from '../server/config.js';
import type { IntakeModules } from '../server/intake.js';
import { ModelRegistry } from '../server/registry.js';
import { openStore } from '../server/store/open.js';
import type { DbStore } from '../server/store/store.js';

export interface Harness {
  readonly app: DdxApp;
  readonly store: DbStore;
  readonly model: KnowledgeModel;
  readonly keys: {
    readonly ownerAdmin: string;
    readonly ownerReview: string;
    readonly ownerReview2: string;
    readonly ownerDiagnose: string;
    readonly extDiagnose: string;
    readonly extAdmin: string;
    readonly otherDiagnose: string;
  };
  close(): Promise<void>;
}

/** The test model with its content hash, as the server registers models. */
export function fixtureModel(overrides: Partial<KnowledgeModel> = {}): KnowledgeModel {
  return withContentHash(makeModel(overrides));
}

/**
 * A one-page stand-in for the built workbench, so a harness answers `/` the same whether or not
 * `npm run build` has run (the real build is exercised by the browser tests). Without it, a test
 * run on a clean checkout depended on whether the browser suite had built `dist/web` first.
 */
function stubWebDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-web-stub-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ddx</title>');
  return dir;
}

/** An in-process server on an in-memory store with the fixture model and keys for the owner and two other orgs, for route tests. */
export async function makeHarness(opts: { config?: Partial<ServerConfig>; intake?: IntakeModules; store?: DbStore; models?: readonly KnowledgeModel[]; logger?: Logger; webDir?: string } = {}): Promise<Harness> {
  const config = withConfig({ auditFlushMs: 0, rateLimit: { perSecond: 1e6, burst: 1e6 }, ...opts.config });
  const store = opts.store ?? (await openStore({ kind: 'pglite', dataDir: 'memory://' }));
  const registry = new ModelRegistry(store, config.ownerOrg, config.catalogCacheMs);
  const model = fixtureModel();
  registry.addBuiltin(model);
  for (const m of opts.models ?? []) registry.addBuiltin(m);
  const app = await buildApp({ store, registry, config, webDir: opts.webDir ?? stubWebDir(), ...(opts.intake ? { intake: opts.intake } : {}), ...(opts.logger ? { logger: opts.logger } : {}) });
  await app.ready();
  const owner = config.ownerOrg;
  const mk = async (orgId: string, scopes: ('diagnose' | 'admin' | 'review')[], isOwner = false) => (await createApiKey(store, { orgId, scopes, owner: isOwner })).key;
  const keys = {
    ownerAdmin: await mk(owner, ['admin'], true),
    ownerReview: await mk(owner, ['review'], true),
    ownerReview2: await mk(owner, ['review'], true),
    ownerDiagnose: await mk(owner, ['diagnose'], true),
    extDiagnose: await mk('clinic-a', ['diagnose']),
    extAdmin: await mk('clinic-a', ['admin']),
    otherDiagnose: await mk('clinic-b', ['diagnose']),
  };
  return {
    app, store, model, keys,
    async close() {
      await app.close();
      if (!opts.store) await store.close();
    },
  };
}

/** The authorization header for a key. */
export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
