import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../testkit/cli-capture.js';
import { readModelArtifact } from '../artifact.js';
import { writeTinyRelease } from '../../testkit/ddxplus-release.js';

test('learn ddxplus is byte-reproducible and records its inputs in the manifest', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-learn-'));
  writeTinyRelease(dir);
  const a = await runCli(['learn', 'ddxplus', '--data', dir, '--out', join(dir, 'a.json')]);
  const b = await runCli(['learn', 'ddxplus', '--data', dir, '--out', join(dir, 'b.json')]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  assert.equal(readFileSync(join(dir, 'a.json'), 'utf8'), readFileSync(join(dir, 'b.json'), 'utf8'));
  const model = readModelArtifact(join(dir, 'a.json'));
  assert.equal(model.conditions.length, 2);
  const train = model.manifest.training.find((t) => t.name === 'patients-train.csv');
  assert.equal(train?.rows, 40);
  assert.match(train?.sha256 ?? '', /^[0-9a-f]{64}$/);
  assert.equal(model.conditions.find((c) => c.id === 'alpha')?.cantMiss, true);
  // Alpha always has E_1; Beta never lists it, so its probability comes from the leak.
  assert.ok((model.likelihoods['E_1']?.['alpha']?.[0] ?? 0) > 0.9);
  assert.equal(model.likelihoods['E_1']?.['beta'], undefined);
  // The membership head for the differential list is trained by default: every patient's differential has both conditions.
  assert.equal(model.membership?.kind, 'logistic');
  assert.equal(model.membership?.bias.length, 2);
  assert.ok(model.membership!.bias.every((b) => b > 0));
});

test('a malformed training row is reported with its line number and nothing is written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-learn-bad-'));
  writeTinyRelease(dir, '41,"[]",X,Alpha,"[\'E_1\']",E_1\n');
  const r = await runCli(['learn', 'ddxplus', '--data', dir, '--out', join(dir, 'out.json')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /patients-train\.csv:42/);
  assert.throws(() => readFileSync(join(dir, 'out.json')));
});

test('the learning gate refuses identifiable records, naming fields and counts but never the values', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-learn-phi-'));
  writeTinyRelease(dir);
  const csv = readFileSync(join(dir, 'patients-train.csv'), 'utf8').split('\n');
  const withPhi = [`${csv[0]},PATIENT_NAME,NOTE`, ...csv.slice(1).filter(Boolean).map((l, i) => `${l},Zebulon Quarrington${i},"Seen by Dr. Zebulon Quarrington, call 617-555-0199"`)];
  writeFileSync(join(dir, 'patients-train.csv'), `${withPhi.join('\n')}\n`);
  const r = await runCli(['learn', 'ddxplus', '--data', dir, '--out', join(dir, 'out.json')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /PATIENT_NAME/);
  assert.match(r.stderr, /NOTE/);
  assert.match(r.stderr, /nothing was learned/);
  assert.doesNotMatch(r.stderr + r.stdout, /Quarrington|617-555-0199/);
  assert.throws(() => readFileSync(join(dir, 'out.json')));
});
