// Runs every *.test.ts under src/ with node's test runner (Node 20 does not expand globs itself).
// The tests' temporary files go under one folder for the run, removed at the end: many tests make
// a temporary folder and not all remove it, which left thousands of folders in /tmp over time.
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const only = process.argv.slice(2);
const files = collect('src', []).filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const runTmp = mkdtempSync(join(tmpdir(), 'ddx-test-run-'));
// Open to traverse: the PostgreSQL tests run their cluster as the postgres user when started as root.
chmodSync(runTmp, 0o755);
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env: { ...process.env, TMPDIR: runTmp } });
rmSync(runTmp, { recursive: true, force: true });
process.exit(r.status ?? 1);
