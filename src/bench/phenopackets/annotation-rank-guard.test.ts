/**
 * The dev diagnosis `scripts/phenopackets-annotation-rank.ts` reads the grouped split's read folds 0-2 only: it must
 * refuse folds 3-4 (scored once, at a gate) and anything else (the untouched third is never a dev tool's), before it
 * reads any data. Run as a child process, as it is used; DDX_DATA points nowhere, so a guard that let a fold through
 * would fail on the data instead, with another message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function run(args: readonly string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/phenopackets-annotation-rank.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, DDX_DATA: join(ROOT, 'no-such-data-dir') },
  });
  return { status: r.status, stderr: r.stderr };
}

test('phenopackets-annotation-rank refuses folds 3-4, the untouched third and a missing --folds value', () => {
  for (const args of [['--folds', '3'], ['--folds', '0,4'], ['--folds', 'final'], ['--folds']]) {
    const r = run(args);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.match(r.stderr, /--folds takes read dev folds 0-2 only/, args.join(' '));
  }
  // A read fold passes the guard and then fails on the missing data (so the guard is what refused above).
  const ok = run(['--folds', '0']);
  assert.notEqual(ok.status, 0);
  assert.doesNotMatch(ok.stderr, /--folds takes read dev folds 0-2 only/);
  assert.match(ok.stderr, /no-such-data-dir/);
});
