import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../core/issues.js';
import { validateModel } from '../../core/validate-model.js';
import { makeModel } from '../../testkit/model-fixture.js';
import { readAgePrevalence, withAgePrevalence } from './age-prevalence.js';

const model = makeModel();

function withFile(content: object, fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-agep-'));
  try {
    writeFileSync(join(dir, 'age-prevalence.json'), JSON.stringify(content));
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a row multiplies the prior only in the age bands wholly inside its range, and the model stays valid', () => {
  const bands = model.ageBands;
  const first = bands[0]!;
  withFile({ references: { r1: 'Source 2020' }, rows: [{ condition: 'flu', minYears: first.minYears, maxYears: first.maxYears, factor: 0.5, ref: 'r1' }] }, (dir) => {
    const m = withAgePrevalence(model, readAgePrevalence(dir, model));
    const before = model.conditions.find((c) => c.id === 'flu')!.prior;
    const after = m.conditions.find((c) => c.id === 'flu')!.prior;
    assert.deepEqual(after[0], before[0]!.map((p) => p * 0.5));
    for (let b = 1; b < bands.length; b++) assert.deepEqual(after[b], before[b]);
    assert.equal(validateModel(m).ok, true);
  });
});

test('no file leaves the model unchanged', () => {
  const empty = mkdtempSync(join(tmpdir(), 'ddx-agep-'));
  try {
    assert.equal(withAgePrevalence(model, readAgePrevalence(empty, model)), model);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('unknown conditions and references, bad factors and ranges are typed errors naming the field', () => {
  withFile({ references: { r1: 'Source' }, rows: [{ condition: 'nope', minYears: 5, maxYears: 2, factor: 0, ref: 'x' }] }, (dir) => {
    assert.throws(() => readAgePrevalence(dir, model), (e: unknown) => {
      assert.ok(e instanceof InputError);
      const paths = e.issues.map((i) => i.path);
      for (const k of ['condition', 'ref', 'factor', 'maxYears']) assert.ok(paths.includes(`age-prevalence.json:$.rows[0].${k}`), k);
      return true;
    });
  });
});

test('the shipped file reads against the built model: toddlers do not get adult occupational lung disease', async () => {
  const { readModelArtifact } = await import('../artifact.js');
  const pc = readModelArtifact(join(process.cwd(), 'models', 'primary-care.json'));
  const rows = readAgePrevalence(join(process.cwd(), 'knowledge', 'primary-care'), pc);
  const pneumo = rows.find((r) => r.condition === 'pneumoconiosis');
  assert.ok(pneumo);
  assert.ok(pneumo.factors[1]! < 0.1 && pneumo.factors[pneumo.factors.length - 1] === 1);
});
