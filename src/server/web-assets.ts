/**
 * The clinician workbench's built files (`dist/web`, made by `vite build` in `npm run build`),
 * served at `/` on the API's origin. Files are read once at start and kept in memory: the bundle is
 * small, and serving never touches the disk or the network. Only names found in the build are
 * answered, so no request path reaches the file system.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from './routes/types.js';

/** `dist/web/` at the package root (two levels above both src/server and dist/server). */
export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

// Same-origin only: the workbench loads nothing from elsewhere and cannot be framed.
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

interface Asset { readonly body: Buffer; readonly type: string; readonly immutable: boolean }

function readTree(dir: string): Map<string, Asset> {
  const out = new Map<string, Asset>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const rel = relative(dir, p).split(sep).join('/');
        out.set(`/${rel}`, { body: readFileSync(p), type: TYPES[extname(name)] ?? 'application/octet-stream', immutable: rel.startsWith('assets/') });
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * Serve the workbench from `dir`. Without a build, `/` answers 503 with how to make one (the API
 * itself is unaffected).
 */
export function registerWebAssets(app: Server, dir: string = WEB_DIST): void {
  const files = existsSync(join(dir, 'index.html')) ? readTree(dir) : new Map<string, Asset>();
  const index = files.get('/index.html');
  app.get('/', { config: { auth: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    if (!index) return reply.code(503).type('text/plain; charset=utf-8').send('The workbench is not built: run `npm run build`.\n');
    return reply.header('content-security-policy', CSP).header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff').type(index.type).send(index.body);
  });
  for (const [path, a] of files) {
    if (path === '/index.html') continue;
    app.get(path, { config: { auth: 'public' }, schema: { hide: true } }, async (_req, reply) =>
      reply.header('cache-control', a.immutable ? 'public, max-age=31536000, immutable' : 'no-cache').header('x-content-type-options', 'nosniff').type(a.type).send(a.body));
  }
}
