import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ISSUE_CODES } from '../core/issue-codes.js';
import { issue } from '../core/issues.js';
import { API_STATUS, apiError, conflict, forbidden, fromIssues, notFound, notImplemented, type ApiCode } from './errors.js';

test('every API code answers with its status from the one table', () => {
  for (const [code, status] of Object.entries(API_STATUS)) {
    assert.ok(status >= 400 && status < 600, code);
    assert.equal(apiError(code as ApiCode, 'm').status, status);
  }
  assert.equal(notFound('unknown-model', 'm').status, 404);
  assert.equal(forbidden('other-org', 'm').status, 403);
  assert.equal(conflict('stale-step', 'm').status, 409);
  assert.equal(notImplemented('x').status, 501);
  assert.equal(fromIssues([issue('unknown-finding', '$.x', 'm')]).status, 422);
});

test('API codes and issue codes do not overlap, so a client reads one code one way', () => {
  const issueCodes = new Set<string>(ISSUE_CODES);
  assert.deepEqual(Object.keys(API_STATUS).filter((c) => issueCodes.has(c)), []);
  assert.equal(issueCodes.size, ISSUE_CODES.length, 'issue codes are listed once');
});

test('errors are built in errors.ts only (no `new ApiError(` elsewhere in the server)', () => {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'errors.ts');
  const bad = files.filter((f) => readFileSync(join(root, f), 'utf8').includes('new ApiError('));
  assert.deepEqual(bad, []);
});
