import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileModel, diagnose } from '../../core/index.js';
import { InputError } from '../../core/issues.js';
import { validateModel } from '../../core/validate-model.js';
import { bundleToCase } from '../../intake/fhir/index.js';
import { modelContentHash, withContentHash } from '../artifact.js';
import { loadModel } from '../builtin-models.js';
import { createRng } from '../../core/random.js';
import { learnRecords } from './learn.js';
import { openOmopSource } from './omop-open.js';
import { synthFhir } from './synth.js';
import { collectionBundle, HAVE_RECORDS, SMART_BULK, SYNTHEA_BUNDLE, synthea27Dir, tinyExport } from '../../testkit/records.js';

const skip = !HAVE_RECORDS && 'no records data (set DDX_DATA)';

test('learns from the SMART bulk export (no Observation file) over the primary-care base, and diagnoses an unseen patient', { skip }, async () => {
  const base = loadModel('primary-care');
  const { model, report } = await learnRecords({ kind: 'fhir', paths: [SMART_BULK] }, { base });
  assert.ok(validateModel(withContentHash(model)).ok);
  assert.equal(report.patients, 13);
  assert.ok(report.episodes > 50, `episodes ${report.episodes}`);
  // Social findings are reported, never learned as clinical findings.
  assert.ok(report.unmapped.some((u) => u.role === 'condition (social)' && /employment/i.test(u.display)));
  assert.ok(!model.findings.some((f) => /employment|education/i.test(f.name)));
  // The manifest carries the input hashes and counts, and nothing row-level.
  assert.ok(model.manifest.training.some((t) => t.name === 'Condition.000.ndjson' && /^[0-9a-f]{64}$/.test(t.sha256)));
  assert.equal(model.manifest.parameters?.['episodes'], report.episodes);
  const text = JSON.stringify(model);
  assert.ok(!/Patient\/|urn:uuid|"birthDate"/.test(text));
  // The learned model reads a FHIR patient it never saw.
  const bundle = collectionBundle(JSON.parse(readFileSync(SYNTHEA_BUNDLE, 'utf8')) as Record<string, unknown>);
  const read = bundleToCase(bundle, model, { notes: false });
  assert.ok(read.ok);
  const result = diagnose(compileModel(model), read.value.case, { mode: 'instant' });
  assert.ok(result.differential.length > 0);
  // Same input, same artifact.
  const again = await learnRecords({ kind: 'fhir', paths: [SMART_BULK] }, { base });
  assert.equal(modelContentHash(again.model), modelContentHash(model));
});

test('the learning gate refuses identifiable free text and nothing is learned', async () => {
  const ok = await learnRecords({ kind: 'fhir', paths: [tinyExport(false)] }, { minCount: 1 });
  assert.equal(ok.report.episodes, 1);
  // Texts are gated as they are read, in this thread or in a worker's; either way the input is refused.
  for (const workers of [0, 2]) {
    await assert.rejects(learnRecords({ kind: 'fhir', paths: [tinyExport(true)] }, { minCount: 1, workers }), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.ok(e.issues.some((i) => i.code === 'phi' && i.path.includes('Condition.code.text')));
      assert.ok(e.issues.some((i) => i.code === 'not-deidentified'));
      assert.ok(!/John|Smith|555/.test(e.message), 'the refusal never repeats the text');
      return true;
    });
  }
});

test('without a base, a symptom coded as a Condition is a finding and the diagnosis a new condition', async () => {
  const { model } = await learnRecords({ kind: 'fhir', paths: [tinyExport(false)] }, { minCount: 1 });
  assert.deepEqual(model.conditions.map((c) => c.name), ['Acute bronchitis']);
  assert.deepEqual(model.findings.map((f) => f.name), ['Cough']);
  const p = model.likelihoods['snomed:49727002']?.['snomed:10509002']?.[0];
  assert.ok(p !== undefined && p > 0.5, `P(cough | bronchitis) = ${p}`);
});

test('learns the Synthea27Nj OMOP extract by SQL in PGlite over the base, with --until', { skip }, async () => {
  const base = loadModel('primary-care');
  const omop = await openOmopSource({ csv: synthea27Dir() });
  try {
    const all = await learnRecords(omop.source, { base });
    assert.ok(validateModel(withContentHash(all.model)).ok);
    assert.equal(all.report.patients, 28);
    assert.ok(all.report.episodes > 100);
    assert.ok(all.model.manifest.training.some((t) => t.name === 'CONDITION_OCCURRENCE.csv'));
    // Measurements were interpreted: some lab likelihood moved away from the base.
    const before = await learnRecords(omop.source, { base, until: Date.UTC(2010, 0, 1) });
    assert.ok(before.report.episodes < all.report.episodes);
    const bundle = collectionBundle(JSON.parse(readFileSync(SYNTHEA_BUNDLE, 'utf8')) as Record<string, unknown>);
    const read = bundleToCase(bundle, all.model, { notes: false });
    assert.ok(read.ok);
    assert.ok(diagnose(compileModel(all.model), read.value.case, { mode: 'instant' }).differential.length > 0);
  } finally {
    await omop.close();
  }
});

test('a private release noises every count of the base domain and adds no new concepts', { skip }, async () => {
  const base = loadModel('primary-care');
  const dp = { epsilon: 1, rng: createRng(7), maxEpisodes: 10, maxFindings: 20 };
  const { model } = await learnRecords({ kind: 'fhir', paths: [SMART_BULK] }, { base, dp });
  assert.ok(validateModel(withContentHash(model)).ok);
  assert.equal(model.conditions.length, base.conditions.length);
  assert.equal(model.findings.length, base.findings.length);
  assert.equal(model.manifest.parameters?.['epsilon'], 1);
  assert.equal(model.manifest.parameters?.['patients'], undefined);
});

test('worker threads give the same model and report as one thread (with and without a base)', { skip }, async () => {
  const base = loadModel('primary-care');
  const dir = mkdtempSync(join(tmpdir(), 'ddx-workers-'));
  try {
    synthFhir(base, dir, { patients: 400, seed: 3 });
    for (const b of [undefined, base]) {
      const one = await learnRecords({ kind: 'fhir', paths: [dir, SMART_BULK] }, { ...(b ? { base: b } : {}), workers: 0, minCount: 2 });
      const three = await learnRecords({ kind: 'fhir', paths: [dir, SMART_BULK] }, { ...(b ? { base: b } : {}), workers: 3, minCount: 2 });
      assert.ok(one.report.episodes > 500);
      const { workers, ...rest } = three.report;
      assert.equal(workers, 3);
      assert.deepEqual(rest, one.report);
      assert.equal(modelContentHash(three.model), modelContentHash(one.model));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad line read by a worker is named by its line in the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-badline-'));
  try {
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ resourceType: 'Patient', id: `p${i}`, gender: 'female', birthDate: '1980-01-01' }));
    lines[1500] = '{"resourceType": "Patient", "id": ';
    writeFileSync(join(dir, 'Patient.000.ndjson'), `${lines.join('\n')}\n`);
    // The run's spill folders go under a private temporary root, so the test can see that none is left behind.
    const root = mkdtempSync(join(tmpdir(), 'ddx-spillroot-'));
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = root;
    try {
      await assert.rejects(learnRecords({ kind: 'fhir', paths: [dir] }, { workers: 2 }), (e: unknown) => e instanceof InputError && e.issues[0]?.path === 'Patient.000.ndjson:1501');
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
    // (tsx, which runs the workers from source here, keeps its own cache folder there.)
    assert.deepEqual(readdirSync(root).filter((n) => n.startsWith('ddx-')), [], 'no spill folder is left behind');
    rmSync(root, { recursive: true, force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
