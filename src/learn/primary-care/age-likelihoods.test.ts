import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../core/issues.js';
import { validateModel } from '../../core/validate-model.js';
import { makeModel } from '../../testkit/model-fixture.js';
import { readAgeLikelihoods, withAgeLikelihoods } from './age-likelihoods.js';

const model = makeModel();
const row = { condition: 'flu', finding: 'fever', minYears: 0, maxYears: 18, p: 0.5, ref: 'r1' };

function withFile(content: object, fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-age-'));
  try {
    writeFileSync(join(dir, 'age-likelihoods.json'), JSON.stringify(content));
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('age rows are attached to their condition with the cited source, and the model stays valid', () => {
  withFile({ references: { r1: 'Source 2020' }, rows: [row] }, (dir) => {
    const m = withAgeLikelihoods(model, readAgeLikelihoods(dir, model));
    assert.deepEqual(m.conditions.find((c) => c.id === 'flu')?.ageLikelihoods, [{ finding: 'fever', minYears: 0, maxYears: 18, p: 0.5, source: 'Source 2020' }]);
    assert.equal(validateModel(m).ok, true);
  });
});

test('apply: false, or no file, leaves the model unchanged', () => {
  withFile({ apply: false, references: { r1: 'Source' }, rows: [row] }, (dir) => assert.equal(readAgeLikelihoods(dir, model).size, 0));
  const empty = mkdtempSync(join(tmpdir(), 'ddx-age-'));
  try {
    assert.equal(withAgeLikelihoods(model, readAgeLikelihoods(empty, model)), model);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('unknown conditions, findings and references, and bad ranges are typed errors naming the field', () => {
  withFile({ references: { r1: 'Source' }, rows: [{ ...row, condition: 'nope', finding: 'nope', ref: 'x', minYears: 5, maxYears: 2, p: 1 }] }, (dir) => {
    assert.throws(() => readAgeLikelihoods(dir, model), (e: unknown) => {
      assert.ok(e instanceof InputError);
      const paths = e.issues.map((i) => i.path);
      for (const k of ['condition', 'finding', 'ref', 'maxYears', 'p']) assert.ok(paths.includes(`age-likelihoods.json:$.rows[0].${k}`), k);
      return true;
    });
  });
});
