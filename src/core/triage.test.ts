import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileModel } from './compile.js';
import { makeModel } from '../testkit/model-fixture.js';
import type { ConditionDef, KnowledgeModel } from './model.js';
import { beliefFromCase } from './posterior.js';
import { firedRedFlags, triage, triageFromPosterior } from './triage.js';

const RULES = [
  { id: 'fever-dyspnea', description: 'fever with breathlessness', all: ['fever', 'dyspnea'], level: 'emergency' as const, source: 'test' },
  { id: 'any-with', description: 'one of each group', all: [], any: ['dysuria'], with: ['fever', 'ddimer-high'], level: 'urgent' as const, source: 'test' },
];

test('red-flag rules fire only on the full combination', () => {
  assert.deepEqual(firedRedFlags(RULES, new Set(['fever'])).map((r) => r.id), []);
  assert.deepEqual(firedRedFlags(RULES, new Set(['fever', 'dyspnea'])).map((r) => r.id), ['fever-dyspnea']);
  assert.deepEqual(firedRedFlags(RULES, new Set(['dysuria'])).map((r) => r.id), []);
  assert.deepEqual(firedRedFlags(RULES, new Set(['dysuria', 'ddimer-high'])).map((r) => r.id), ['any-with']);
});

test('a fired red flag raises the triage level over a benign leading condition', () => {
  const model = makeModel({ redFlags: RULES, conditions: makeModel().conditions.map((c) => ({ ...c, careLevel: c.id === 'pe' ? 'emergency' : 'self-care' })) });
  const cm = compileModel(model);
  const calm = triage(beliefFromCase(cm, { age: 30, sex: 'female', findings: [{ id: 'dysuria', present: true }] }), { cantMissThreshold: 0.99 });
  assert.equal(calm.level, 'self-care');
  const flagged = triage(beliefFromCase(cm, { age: 30, sex: 'female', findings: [{ id: 'fever', present: true }, { id: 'dyspnea', present: true }] }), { cantMissThreshold: 0.99 });
  assert.equal(flagged.level, 'emergency');
  assert.ok(flagged.reasons.includes('red-flag:fever-dyspnea'));
});

test('triage lists a can\'t-miss condition that is outside the top 5', () => {
  const base = makeModel();
  const filler: ConditionDef[] = Array.from({ length: 8 }, (_, i) => ({ id: `benign-${i}`, name: `Benign ${i}`, icd10: [], severity: 5, cantMiss: false, careLevel: 'self-care', prior: [[1, 1], [1, 1]] }));
  const model: KnowledgeModel = { ...base, conditions: [...filler, ...base.conditions.map((c) => ({ ...c, careLevel: c.cantMiss ? 'emergency' as const : 'self-care' as const }))] };
  const p = new Float64Array(model.conditions.length);
  filler.forEach((_, i) => { p[i] = 0.11; });
  const pe = model.conditions.findIndex((c) => c.id === 'pe');
  p[pe] = 0.03;
  const rest = 1 - 0.11 * 8 - 0.03;
  model.conditions.forEach((c, i) => { if (c.id !== 'pe' && !c.id.startsWith('benign')) p[i] = rest / 2; });
  const t = triageFromPosterior(model, p, new Set(), { cantMissThreshold: 0.02 });
  const alert = t.cantMiss.find((a) => a.conditionId === 'pe');
  assert.ok(alert, 'PE listed');
  assert.ok(alert.rank > 5);
  assert.equal(t.level, 'urgent');
  assert.ok(t.reasons.includes('cant-miss:pe'));
});

test('a can\'t-miss condition below the threshold is not listed', () => {
  const model = makeModel();
  const p = Float64Array.from([0.995, 0.001, 0.004]);
  assert.deepEqual(triageFromPosterior(model, p, new Set()).cantMiss, []);
});
