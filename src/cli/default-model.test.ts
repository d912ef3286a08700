/** The broad model is where a clinician starts; a case in another model's vocabulary still works. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../testkit/cli-capture.js';
import { dataPath } from './paths.js';

const dir = mkdtempSync(join(tmpdir(), 'ddx-default-'));

test('a note without --model is read by the broad primary-care model', async () => {
  const note = join(dir, 'note.txt');
  writeFileSync(note, 'Cough and fever for three days. Denies chest pain.');
  const r = await runCli(['diagnose', '--note', note, '--age', '60', '--sex', 'male', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { model: { id: string }; differential: { for: { findingId: string }[] }[] };
  assert.equal(result.model.id, 'primary-care');
  assert.ok(result.differential[0]!.for.some((c) => c.findingId === 'cough' || c.findingId === 'fever'));
});

test('a FHIR Bundle without --model is read by the primary-care model; --model primary-care still works', async () => {
  for (const extra of [[], ['--model', 'primary-care']]) {
    const r = await runCli(['diagnose', '--fhir', 'examples/fhir-transaction-bundle.json', ...extra, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { model: { id: string } }).model.id, 'primary-care');
  }
});

test('a case written with DDXPlus evidence ids is read by the DDXPlus model, and the CLI says so', async () => {
  const r = await runCli(['diagnose', 'examples/chest-pain.json', '--json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as { model: { id: string } }).model.id, 'ddxplus');
  assert.match(r.stderr, /\(all\) belong to the "ddxplus" model, not the default "primary-care"/);
});

test('a case whose ids no model holds all of is refused, saying which are not in the model', async () => {
  const bad = join(dir, 'mixed.json');
  writeFileSync(bad, JSON.stringify({ age: 40, sex: 'female', findings: [{ id: 'E_53', present: true }, { id: 'cough', present: true }] }));
  const r = await runCli(['diagnose', bad]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /1 of the case's 2 finding ids are not in the default "primary-care" model/);
  assert.match(r.stderr, /\$\.findings\[0\]\.id/);
});

const SYNTHEA = dataPath('records', 'synthea', 'sample_complete_patient.json');
test("diagnose --fhir reads Synthea's sample patient as Synthea writes it (an 823 KB transaction Bundle)", { skip: existsSync(SYNTHEA) ? false : `${SYNTHEA} is absent (set DDX_DATA to the shared data folder); examples/fhir-transaction-bundle.json still runs` }, async () => {
  const r = await runCli(['diagnose', '--fhir', SYNTHEA, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { model: { id: string }; differential: unknown[] };
  assert.equal(result.model.id, 'primary-care');
  assert.ok(result.differential.length > 0);
});
