import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeModel } from '../../testkit/model-fixture.js';
import type { FindingDef } from '../../core/model.js';
import { compileModel } from '../../core/compile.js';
import { explain } from '../../core/explain.js';
import { initialBelief, observe, scores } from '../../core/posterior.js';
import type { Observation } from '../../core/evidence.js';
import { buildLexicon, extractFindings } from './index.js';
import { generalReadings, namesGeneral } from './general-terms.js';
import { phraseForms } from './tokenize.js';

const extra: FindingDef[] = [
  { id: 'sem', name: 'systolic ejection murmur', kind: 'sign', valueType: 'binary', leak: 0.01 },
  { id: 'sm', name: 'systolic murmur', kind: 'sign', valueType: 'binary', leak: 0.02 },
  { id: 'hm', name: 'heart murmur', synonyms: ['ejection murmur'], kind: 'sign', valueType: 'binary', leak: 0.05 },
  { id: 'llw', name: 'lower limb weakness', kind: 'symptom', valueType: 'binary', leak: 0.02 },
  { id: 'ulw', name: 'upper limb weakness', kind: 'symptom', valueType: 'binary', leak: 0.02 },
  { id: 'akr', name: 'absent knee reflexes', kind: 'sign', valueType: 'binary', leak: 0.02 },
  { id: 'kr', name: 'knee reflexes', kind: 'sign', valueType: 'binary', leak: 0.5 },
];
const base = makeModel();
const model = makeModel({
  findings: [...base.findings, ...extra],
  likelihoods: { ...base.likelihoods, sem: { pe: [0.6] }, sm: { pe: [0.5], flu: [0.3] }, hm: { uti: [0.2], flu: [0.2] } },
});
const lexicon = buildLexicon(model);

function findings(text: string, lex = lexicon): Observation[] {
  const r = extractFindings(text, lex);
  assert.equal(r.ok, true);
  if (!r.ok) throw new Error('unreachable');
  return [...r.value.findings];
}

test('namesGeneral: same head, words in order, no sense-changing word added', () => {
  const f = (a: string, b: string): boolean => namesGeneral(phraseForms(a), phraseForms(b));
  assert.equal(f('systolic ejection murmur', 'systolic murmur'), true);
  assert.equal(f('systolic ejection murmur', 'ejection systolic'), false); // not the head
  assert.equal(f('systolic ejection murmur', 'murmur systolic'), false); // order
  assert.equal(f('lower limb weakness', 'upper limb weakness'), false); // another body part
  assert.equal(f('absent knee reflexes', 'knee reflexes'), false); // the added word negates
  assert.equal(f('systolic murmur', 'murmur'), false); // a lone head word is too broad
});

test('generalReadings: the specific finding first, then general findings by longer term, then id', () => {
  const terms = extra.flatMap((f) => [f.name, ...(f.synonyms ?? [])].map((t) => ({ findingId: f.id, term: t, forms: phraseForms(t) })));
  const got = generalReadings(terms).filter((g) => g.term === 'systolic ejection murmur');
  assert.deepEqual(got.map((g) => [g.findingId, g.impliedBy]), [['hm', ['sem']], ['sm', ['sem', 'hm']]]);
});

test('a specific term is read for its general findings too, marked with the findings it skips', () => {
  assert.deepEqual(findings('Examination: a systolic ejection murmur at the left sternal edge.'), [
    { id: 'sem', present: true },
    { id: 'sm', present: true, unlessListed: ['sem', 'hm'] },
    { id: 'hm', present: true, unlessListed: ['sem'] },
  ].sort((a, b) => model.findings.findIndex((f) => f.id === a.id) - model.findings.findIndex((f) => f.id === b.id)));
});

test('what it must not read: negation, another person, another body part, a negating modifier', () => {
  assert.deepEqual(findings('No systolic ejection murmur.'), [{ id: 'sem', present: false }]);
  assert.deepEqual(findings('Her mother has a systolic ejection murmur.'), []);
  assert.deepEqual(findings('He reports lower limb weakness.'), [{ id: 'llw', present: true }]);
  assert.deepEqual(findings('Absent knee reflexes bilaterally.'), [{ id: 'akr', present: true }]);
});

test('a general finding written in its own words is read plainly', () => {
  const got = findings('Systolic murmur; later a systolic ejection murmur.');
  assert.deepEqual(got.find((o) => o.id === 'sm'), { id: 'sm', present: true });
});

test('off: the model build reads the exact terms only', () => {
  const lex = buildLexicon(model, { generalTerms: false });
  assert.deepEqual(findings('A systolic ejection murmur.', lex), [{ id: 'sem', present: true }]);
});

test('the engine counts the general finding only for conditions that list none of the skipped findings', () => {
  const cm = compileModel(model);
  const s0 = initialBelief(cm, 40, 'female');
  const specific = observe(s0, [{ id: 'sem', present: true }]);
  const both = observe(s0, [{ id: 'sem', present: true }, { id: 'sm', present: true, unlessListed: ['sem'] }]);
  const ci = (id: string): number => model.conditions.findIndex((c) => c.id === id);
  const a = scores(specific);
  const b = scores(both);
  assert.equal(b[ci('pe')], a[ci('pe')]); // pe lists sem: the phrase counts once, through sem
  assert.ok(Math.abs(b[ci('flu')]! - a[ci('flu')]! - Math.log(0.3 / 0.02)) < 1e-9); // flu lists sm only
  assert.equal(b[ci('uti')], a[ci('uti')]); // uti lists neither
  const flu = explain(both, ci('flu')).contributions.find((x) => x.findingId === 'sm')!;
  const pe = explain(both, ci('pe')).contributions.find((x) => x.findingId === 'sm')!;
  assert.ok(Math.abs(flu.llr - Math.log(0.3 / 0.02)) < 1e-9);
  assert.equal(pe.llr, 0);
});
