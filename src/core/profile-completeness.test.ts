import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeModel } from '../testkit/model-fixture.js';
import { compileModel } from './compile.js';
import { diagnose } from './diagnose.js';
import { beliefFromCase } from './posterior.js';
import { validateModel } from './validate-model.js';

// The fixture: flu and pe list 3 binary findings each (fever, dyspnea, ddimer-high), uti 2 (fever, dysuria);
// dysuria (leak 0.01) is listed by uti alone at 0.9, so its model-wide mean is 0.9 / 3 = 0.3.
const base = makeModel();
const withPc = makeModel({ profileCompleteness: { n0: 1, source: 'test' } });
const dysuria = (present: boolean) => ({ age: 40, sex: 'female' as const, findings: [{ id: 'dysuria', present }] });
const delta = (m: ReturnType<typeof makeModel>, id: string, present: boolean): number => {
  const cm = compileModel(m); const c = cm.conditionIndex.get(id)!;
  return beliefFromCase(cm, dysuria(present)).nb[c]! - beliefFromCase(compileModel(base), dysuria(present)).nb[c]!;
};

test('an unlisted binary finding gets leak + n0 / (n0 + n_c) x its model-wide mean; listed conditions do not move', () => {
  assert.ok(Math.abs(delta(withPc, 'flu', true) - Math.log1p((1 / 4) * 0.3 / 0.01)) < 1e-9, 'present: log(1 + m_c marg / leak)');
  assert.ok(Math.abs(delta(withPc, 'flu', false) - (Math.log(1 - 0.01 - 0.3 / 4) - Math.log(0.99))) < 1e-9, 'absent');
  assert.equal(delta(withPc, 'uti', true), 0, 'uti lists dysuria');
  assert.equal(compileModel(base).completeness, undefined, 'off without the field');
});

test('inferred entries are not the condition own description: they do not count towards n_c', () => {
  const inferred = makeModel({ profileCompleteness: { n0: 1, source: 'test' }, inferredLikelihoods: { fever: ['pe'] } });
  // pe's own findings are now 2 (dyspnea, ddimer-high): m = 1 / 3; flu keeps 3 own findings.
  assert.ok(Math.abs(delta(inferred, 'pe', true) - Math.log1p((1 / 3) * 0.3 / 0.01)) < 1e-9);
  assert.ok(Math.abs(delta(inferred, 'flu', true) - Math.log1p((1 / 4) * 0.3 / 0.01)) < 1e-9);
});

test('explanations carry the completeness term, so base + contributions = score', () => {
  const d = diagnose(compileModel(withPc), dysuria(true), { mode: 'instant' });
  for (const e of d.differential) {
    const sum = e.base + e.for.reduce((s, c) => s + c.llr, 0) + e.against.reduce((s, c) => s + c.llr, 0);
    assert.ok(Math.abs(sum - e.score) < 1e-9, e.conditionId);
  }
});

test('profileCompleteness is validated: n0 > 0 and a source', () => {
  const r = validateModel(makeModel({ profileCompleteness: { n0: 0, source: 1 } as never }));
  assert.equal(r.ok, false);
  const paths = r.ok ? [] : r.issues.map((i) => i.path);
  for (const k of ['n0', 'source']) assert.ok(paths.some((p) => p.endsWith(`profileCompleteness.${k}`)), k);
});
