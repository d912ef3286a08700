import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeModel } from '../testkit/model-fixture.js';
import { compileModel } from './compile.js';
import { diagnose } from './diagnose.js';
import { beliefFromCase, posterior } from './posterior.js';
import { validateModel } from './validate-model.js';

// The fixture's binary profiles: flu lists fever, dyspnea, ddimer-high (3); pe the same (3); uti fever, dysuria (2).
// Dysuria is listed by uti alone at 0.9, so its model-wide marginal is 0.9 / 3 = 0.3, its leak 0.01.
const base = makeModel();
const withN0 = (n0: number) => makeModel({ profileCompleteness: { n0, source: 'test' } });
const dysuria = (present: boolean) => ({ age: 40, sex: 'female' as const, findings: [{ id: 'dysuria', present }] });

test('an unlisted binary finding lends n0 / (n0 + n_c) of its marginal to the condition; listed conditions unchanged', () => {
  const plain = compileModel(base);
  const cm = compileModel(withN0(2));
  const [flu, uti] = [cm.conditionIndex.get('flu')!, cm.conditionIndex.get('uti')!];
  const gain = (present: boolean, c: number) => beliefFromCase(cm, dysuria(present)).nb[c]! - beliefFromCase(plain, dysuria(present)).nb[c]!;
  const extra = (2 / (2 + 3)) * 0.3;
  assert.ok(Math.abs(gain(true, flu) - Math.log1p(extra / 0.01)) < 1e-9, 'present: log(1 + m_c marg / leak)');
  assert.ok(Math.abs(gain(false, flu) - (Math.log(1 - 0.01 - extra) - Math.log(1 - 0.01))) < 1e-9, 'absent: log((1 - leak - m_c marg) / (1 - leak))');
  assert.equal(gain(true, uti), 0, 'uti lists dysuria: its term is the listed likelihood alone');
  assert.ok(gain(true, flu) < Math.log1p((2 / (2 + 2)) * 0.3 / 0.01), 'a thicker profile (3 findings) gets less than a 2-finding one would');
});

test('without the field the posterior is the model\'s own; explanations carry the term (base + contributions = score)', () => {
  assert.deepEqual(posterior(beliefFromCase(compileModel(base), dysuria(true))), posterior(beliefFromCase(compileModel(makeModel()), dysuria(true))));
  assert.equal(compileModel(base).completeness, undefined);
  const d = diagnose(compileModel(withN0(5)), dysuria(true), { mode: 'instant' });
  for (const e of d.differential) {
    const sum = e.base + e.for.reduce((s, c) => s + c.llr, 0) + e.against.reduce((s, c) => s + c.llr, 0);
    assert.ok(Math.abs(sum - e.score) < 1e-9, e.conditionId);
  }
});

test('profileCompleteness is validated: n0 a number > 0 and a source, with the field named', () => {
  const r = validateModel({ ...withN0(0), profileCompleteness: { n0: 0 } });
  assert.equal(r.ok, false);
  if (!r.ok) {
    const paths = r.issues.map((i) => i.path);
    assert.ok(paths.includes('$.profileCompleteness.n0'), JSON.stringify(paths));
    assert.ok(paths.includes('$.profileCompleteness.source'), JSON.stringify(paths));
  }
  assert.equal(validateModel(withN0(5)).ok, true);
});
