/**
 * Test helpers for the workbench in a real browser: Debian's Chromium driven by playwright-core
 * (never a downloaded browser), and a real `ddx serve` (startServer) over an embedded store in a
 * temporary directory, serving the built workbench from dist/web (built here when missing).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { MODELS_DIR } from '../learn/builtin-models.js';
import { createApiKey, type Scope } from '../server/api-keys.js';
import type { ServerConfig } from '../server/config.js';
import { startServer, type RunningServer } from '../server/start.js';
import { WEB_DIST } from '../server/web-assets.js';

export const CHROMIUM = process.env['DDX_CHROMIUM'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Why browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (CI does) or set DDX_CHROMIUM`;
}

/** Launch the installed Chromium headless. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

const APP_DIR = fileURLToPath(new URL('../web/app/', import.meta.url));

/** Newest modification time of the workbench's sources (ms). */
function newestSource(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newestSource(p) : s.mtimeMs);
  }
  return t;
}

/** Build the workbench into dist/web unless an up-to-date build is already there. */
export async function ensureWebBuild(): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSource(APP_DIR)) return;
  const { build } = await import('vite');
  await build({ configFile: join(APP_DIR, 'vite.config.ts'), logLevel: 'error' });
}

export interface WorkbenchServer {
  readonly server: RunningServer;
  readonly url: string;
  key(scopes: readonly Scope[], org?: string): Promise<string>;
  close(): Promise<void>;
}

/** A real server on a free loopback port with the given built-in models (ids from models/). */
export async function startWorkbenchServer(opts: { models: readonly string[]; config?: Partial<ServerConfig> }): Promise<WorkbenchServer> {
  await ensureWebBuild();
  const dir = mkdtempSync(join(tmpdir(), 'ddx-web-'));
  const modelsDir = join(dir, 'models');
  mkdirSync(modelsDir);
  for (const id of opts.models) symlinkSync(join(MODELS_DIR, `${id}.json`), join(modelsDir, `${id}.json`));
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'data'), modelsDir, logLevel: 'silent', config: { auditFlushMs: 0, rateLimit: { perSecond: 1e6, burst: 1e6 }, ...opts.config } });
  return {
    server,
    url: server.url,
    key: async (scopes, org = 'owner') => (await createApiKey(server.store, { orgId: org, scopes, owner: org === 'owner' })).key,
    async close() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
