/**
 * Writes the OpenAPI document to `clients/openapi.json` and regenerates the typed client types
 * (`clients/ddx-api.d.ts`, openapi-typescript). Run after changing a route:
 *   node --import tsx src/testkit/openapi-export.ts
 * A test fails when the committed document differs from what the routes produce.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeHarness } from './server-harness.js';

export const CLIENT_DIR = fileURLToPath(new URL('../../clients/', import.meta.url));

/** The OpenAPI document as written to clients/openapi.json. */
export function specText(spec: unknown): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

const h = await makeHarness();
try {
  writeFileSync(`${CLIENT_DIR}openapi.json`, specText(h.app.swagger()));
} finally {
  await h.close();
}
execFileSync(fileURLToPath(new URL('../../node_modules/.bin/openapi-typescript', import.meta.url)), [`${CLIENT_DIR}openapi.json`, '-o', `${CLIENT_DIR}ddx-api.d.ts`], { stdio: 'inherit' });
