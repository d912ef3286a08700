import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AuditLog } from './audit.js';
import type { AuditRecord, DbStore } from './store/store.js';

const rec = (i: number): AuditRecord => ({
  recorded: new Date(0), orgId: 'o', keyId: 'k', action: 'operation', operation: 'diagnose', modelHash: null, modelVersion: null, outcome: '0', status: 200, requestId: `r${i}`, entity: null,
});

/** A store double that records chunk sizes and fails while `failing` is set. */
function fakeStore() {
  const written: string[] = [];
  const chunks: number[] = [];
  const s = {
    kind: 'pglite' as const,
    failing: false,
    written,
    chunks,
    async insertAudit(rows: readonly AuditRecord[]) {
      if (s.failing) throw new Error('down');
      chunks.push(rows.length);
      written.push(...rows.map((r) => r.requestId));
    },
  };
  return s;
}

describe('AuditLog', () => {
  it('writes in bounded chunks, in order, and close() flushes everything', async () => {
    const s = fakeStore();
    const log = new AuditLog(s as unknown as DbStore, 50, () => undefined, { chunkRows: 10 });
    for (let i = 0; i < 35; i++) await log.record(rec(i));
    assert.equal(await log.close(), 0);
    assert.deepEqual(s.written, Array.from({ length: 35 }, (_, i) => `r${i}`));
    assert.ok(s.chunks.every((n) => n <= 10));
  });

  it('keeps events through a failing store and writes them once it recovers', async () => {
    const s = fakeStore();
    const errors: unknown[] = [];
    const log = new AuditLog(s as unknown as DbStore, 5, (e) => errors.push(e), { chunkRows: 4 });
    s.failing = true;
    for (let i = 0; i < 6; i++) await log.record(rec(i));
    await log.flush();
    assert.ok(errors.length > 0);
    assert.equal(log.depth, 6);
    s.failing = false;
    await log.flush();
    assert.equal(log.depth, 0);
    assert.deepEqual(s.written, ['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
    await log.close();
  });

  it('a full queue makes callers wait for room, and says so after the timeout', async () => {
    const s = fakeStore();
    s.failing = true;
    const log = new AuditLog(s as unknown as DbStore, 60_000, () => undefined, { chunkRows: 2, maxQueue: 4 });
    for (let i = 0; i < 4; i++) await log.record(rec(i));
    assert.equal(log.full, true);
    assert.equal(await log.waitForRoom(20), false);
    const waiting = log.waitForRoom(5_000);
    s.failing = false;
    await log.flush();
    assert.equal(await waiting, true);
    await log.close();
  });
});
