import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../testkit/cli-capture.js';
import { makeModel } from '../../testkit/model-fixture.js';
import { writeModelArtifact } from '../../learn/artifact.js';
import { MAX_NOTE_CHARS } from '../../intake/notes/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ddx-extract-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const modelPath = join(dir, 'model.json');
writeModelArtifact(modelPath, makeModel());

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await runCli(argv);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

test('ddx extract --json prints mentions with spans and engine findings', async () => {
  const note = join(dir, 'note.txt');
  writeFileSync(note, 'HPI: SOB for two days. Denies fever.\n');
  const r = await run(['extract', note, '--model', modelPath, '--json']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out) as { findings: unknown[]; mentions: { findingId: string; span: { start: number; end: number }; rules: { ruleId: string }[] }[] };
  assert.deepEqual(j.findings, [{ id: 'fever', present: false }, { id: 'dyspnea', present: true }]);
  assert.deepEqual(j.mentions.map((m) => [m.findingId, m.span.start, m.span.end, m.rules.map((x) => x.ruleId)]), [['dyspnea', 5, 8], ['fever', 30, 35, ['neg.pre.denies']]].map((x) => (x.length === 3 ? [...x, []] : x)));
});

test('ddx extract prints a readable table by default', async () => {
  const note = join(dir, 'table.txt');
  writeFileSync(note, 'No fever.');
  const r = await run(['extract', note, '--model', modelPath]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /fever\s+none\s+negated\s+yes\s+neg\.pre\.no "No"@0/);
  assert.match(r.out, /fever: absent/);
});

test('a missing note file exits 2 with the path and the reason', async () => {
  const r = await run(['extract', join(dir, 'nope.txt'), '--model', modelPath]);
  assert.equal(r.code, 2);
  assert.match(r.err, /cannot read file: .*nope\.txt/);
});

test('a missing model file exits 2', async () => {
  const note = join(dir, 'n2.txt');
  writeFileSync(note, 'fever');
  const r = await run(['extract', note, '--model', join(dir, 'no-model.json')]);
  assert.equal(r.code, 2);
  assert.match(r.err, /cannot read model file/);
});

test('a note over the limit exits 2 without echoing it', async () => {
  const note = join(dir, 'big.txt');
  writeFileSync(note, `secret ${'a'.repeat(MAX_NOTE_CHARS)}`);
  const r = await run(['extract', note, '--model', modelPath]);
  assert.equal(r.code, 2);
  assert.match(r.err, /too-large/);
  assert.ok(!r.err.includes('secret'));
});

test('an empty note succeeds with a warning', async () => {
  const note = join(dir, 'empty.txt');
  writeFileSync(note, '');
  const r = await run(['extract', note, '--model', modelPath, '--json']);
  assert.equal(r.code, 0);
  assert.match(r.err, /empty/);
  assert.deepEqual((JSON.parse(r.out) as { findings: unknown[] }).findings, []);
});
