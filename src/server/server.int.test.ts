/**
 * Real `ddx serve` processes: the CLI creates keys; two replicas share one PostgreSQL; SIGTERM
 * finishes an in-flight request before exit; SIGKILL during writes loses no acknowledged write
 * (PostgreSQL and the embedded PGlite store).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startPgCluster, type PgCluster } from '../testkit/pg-cluster.js';
import { call, createKeyCli, fixtureModelsDir, startServerProcess, type ServerProcess } from '../testkit/server-process.js';

let root: string;
let modelsDir: string;
let pg: PgCluster;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'ddx-int-'));
  modelsDir = fixtureModelsDir(root);
  pg = await startPgCluster();
});
after(async () => {
  await pg?.stop();
  rmSync(root, { recursive: true, force: true });
});

const CASE = { age: 50, sex: 'male', findings: [{ id: 'dyspnea', present: true }] };

async function kill(p: ServerProcess, signal: NodeJS.Signals): Promise<number | null> {
  p.child.kill(signal);
  return p.exited;
}

describe('two replicas on one PostgreSQL', () => {
  it('share keys, sessions and audit; a session of another org is 404 on both', async () => {
    const dataDir = join(root, 'unused');
    const [a, b] = await Promise.all([startServerProcess({ dataDir, modelsDir, databaseUrl: pg.url }), startServerProcess({ dataDir, modelsDir, databaseUrl: pg.url })]);
    try {
      const key = createKeyCli({ org: 'clinic-a', scopes: 'diagnose,review', dataDir, databaseUrl: pg.url });
      assert.match(key, /^ddx_[0-9a-f]{24}_[A-Za-z0-9_-]{43}$/);
      const other = createKeyCli({ org: 'clinic-b', scopes: 'diagnose', dataDir, databaseUrl: pg.url });
      const admin = createKeyCli({ org: 'clinic-a', scopes: 'admin', dataDir, databaseUrl: pg.url });
      const s = await call(a.url, key, 'POST', '/v1/sessions', CASE);
      assert.equal(s.status, 201);
      const step = await call(b.url, key, 'POST', `/v1/sessions/${s.json.id}/evidence`, { findings: [{ id: 'ddimer-high', present: true }], action_id: 'test:ddimer', expected_step: 0 });
      assert.equal(step.status, 200, JSON.stringify(step.json));
      const stale = await call(a.url, key, 'POST', `/v1/sessions/${s.json.id}/evidence`, { findings: [{ id: 'fever', present: true }], expected_step: 0 });
      assert.equal(stale.status, 409);
      const got = await call(a.url, key, 'GET', `/v1/sessions/${s.json.id}`);
      assert.equal(got.json.steps, 1);
      assert.equal(got.json.trace.length, 2);
      assert.equal((await call(b.url, other, 'GET', `/v1/sessions/${s.json.id}`)).status, 404);
      const audit = await call(b.url, admin, 'GET', '/v1/audit?limit=100');
      assert.equal(audit.status, 200);
      const ops = audit.json.events.map((e: { subtype: { code: string }[] }) => e.subtype[1]!.code);
      assert.ok(ops.includes('session-create') && ops.includes('session-evidence'), ops.join(','));
    } finally {
      await Promise.all([kill(a, 'SIGTERM'), kill(b, 'SIGTERM')]);
    }
  });
});

describe('graceful shutdown', () => {
  it('SIGTERM lets an in-flight request finish, then exits 0', async () => {
    const dataDir = join(root, 'graceful');
    const key = createKeyCli({ org: 'clinic-a', scopes: 'diagnose', dataDir });
    const p = await startServerProcess({ dataDir, modelsDir });
    const { port, hostname } = new URL(p.url);
    const body = JSON.stringify(CASE);
    const sock = connect(Number(port), hostname);
    await new Promise<void>((r) => sock.once('connect', () => r()));
    let response = '';
    sock.on('data', (d) => (response += d.toString()));
    const closed = new Promise<void>((r) => sock.once('close', () => r()));
    // Headers and half the body, then SIGTERM, then the rest.
    sock.write(`POST /v1/diagnose HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((r) => setTimeout(r, 200));
    p.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    sock.write(body.slice(10));
    await closed;
    assert.match(response, /^HTTP\/1\.1 200/);
    assert.match(response, /"differential"/);
    assert.equal(await p.exited, 0);
  });
});

async function crashRun(name: string, opts: { dataDir: string; databaseUrl?: string }): Promise<void> {
  const key = createKeyCli({ org: 'clinic-a', scopes: 'diagnose', ...opts });
  const p = await startServerProcess({ ...opts, modelsDir });
  const acked: string[] = [];
  let stop = false;
  const writer = async () => {
    while (!stop) {
      try {
        const r = await call(p.url, key, 'POST', '/v1/sessions', CASE);
        if (r.status === 201) acked.push(r.json.id as string);
      } catch {
        return; // connection refused or reset: the process is gone
      }
    }
  };
  const writers = Array.from({ length: 8 }, writer);
  // Kill once enough writes are acknowledged (not after a fixed time: on a loaded machine 1.5 s
  // saw none), while the writers are still sending, so some writes are in flight at the kill.
  const deadline = Date.now() + 60_000;
  while (acked.length <= 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  p.child.kill('SIGKILL');
  await p.exited;
  stop = true;
  await Promise.all(writers);
  assert.ok(acked.length > 20, `${name}: only ${acked.length} writes acknowledged before the kill`);
  const q = await startServerProcess({ ...opts, modelsDir });
  try {
    const missing: string[] = [];
    for (const id of acked) if ((await call(q.url, key, 'GET', `/v1/sessions/${id}`)).status !== 200) missing.push(id);
    assert.deepEqual(missing, [], `${name}: ${missing.length} of ${acked.length} acknowledged sessions lost`);
  } finally {
    await kill(q, 'SIGTERM');
  }
}

describe('crash safety', () => {
  it('PostgreSQL: every acknowledged write survives SIGKILL', async () => {
    await crashRun('postgres', { dataDir: join(root, 'unused'), databaseUrl: pg.url });
  });
  it('PGlite: every acknowledged write survives SIGKILL', async () => {
    await crashRun('pglite', { dataDir: join(root, 'crash-pglite') });
  });
});
