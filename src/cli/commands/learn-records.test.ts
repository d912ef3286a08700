import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../testkit/cli-capture.js';
import { tinyExport } from '../../testkit/records.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'ddx-lr-'));

test('learn records: usage errors exit 2', async () => {
  const out = join(tmp(), 'm.json');
  assert.equal((await runCli(['learn', 'records', '--out', out])).code, 2);
  assert.equal((await runCli(['learn', 'records', '--fhir', tinyExport(false), '--omop-csv', tmp(), '--out', out])).code, 2);
  assert.equal((await runCli(['learn', 'records', '--fhir', tinyExport(false), '--epsilon', '1', '--out', out])).code, 2);
  assert.equal((await runCli(['learn', 'records', '--fhir', tinyExport(false), '--until', 'soon', '--out', out])).code, 2);
  assert.equal(existsSync(out), false);
});

test('learn records writes an artifact; identifiable text is refused and nothing is written', async () => {
  const dir = tmp();
  const ok = await runCli(['learn', 'records', '--fhir', tinyExport(false), '--min-count', '1', '--out', join(dir, 'm.json'), '--report', join(dir, 'r.json')]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /m\.json\t\d+ bytes\tsha256:/);
  const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { episodes: number };
  assert.equal(report.episodes, 1);
  const bad = await runCli(['learn', 'records', '--fhir', tinyExport(true), '--out', join(dir, 'bad.json')]);
  assert.equal(bad.code, 2);
  assert.ok(!/John|Smith|555/.test(bad.stderr));
  assert.equal(existsSync(join(dir, 'bad.json')), false);
});

test('records synth, learn until a date, bench after it', async () => {
  const dir = tmp();
  const syn = await runCli(['records', 'synth', '--model', 'primary-care', '--patients', '300', '--seed', '3', '--out', join(dir, 'fhir')]);
  assert.equal(syn.code, 0, syn.stderr);
  const learn = await runCli(['learn', 'records', '--fhir', join(dir, 'fhir'), '--base', 'primary-care', '--until', '2024-01-01', '--out', join(dir, 'm.json')]);
  assert.equal(learn.code, 0, learn.stderr);
  const bench = await runCli(['bench', 'records', '--fhir', join(dir, 'fhir'), '--model', join(dir, 'm.json'), '--after', '2024-01-01', '--json']);
  assert.equal(bench.code, 0, bench.stderr);
  const r = JSON.parse(bench.stdout) as { scored: number; coverage: number; top5: number; ece: number };
  assert.ok(r.scored > 50);
  assert.equal(r.coverage, 1);
  assert.ok(r.top5 > 0.2, `top-5 ${r.top5}`);
  assert.ok(r.ece >= 0 && r.ece <= 1);
});
