import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from './compile.js';
import { makeModel } from '../testkit/model-fixture.js';
import { beliefFromCase, initialBelief, posterior } from './posterior.js';
import { rankActions } from './next-action.js';
import { runWorkup } from './workup.js';
import { diagnose } from './diagnose.js';
import type { Observation } from './evidence.js';

const cm = compileModel(makeModel());

test('instant mode proposes nothing; questions-only never proposes a test', () => {
  const b = initialBelief(cm, 50, 'male');
  assert.deepEqual(rankActions(b, { mode: 'instant' }), []);
  const q = rankActions(b, { mode: 'questions-only' });
  assert.ok(q.length > 0);
  assert.ok(q.every((a) => a.kind === 'question'));
});

test('a budget excludes tests that do not fit', () => {
  const b = beliefFromCase(cm, { age: 50, sex: 'male', findings: [{ id: 'dyspnea', present: true }] });
  const rich = rankActions(b, { mode: 'budgeted', budgetUsd: 100 });
  assert.ok(rich.some((a) => a.actionId === 'test:ddimer'));
  const poor = rankActions(b, { mode: 'budgeted', budgetUsd: 10 });
  assert.ok(!poor.some((a) => a.actionId === 'test:ddimer'));
});

test('expected gain is zero for a finding no plausible condition lists, and observed findings are not re-asked', () => {
  const b = beliefFromCase(cm, { age: 50, sex: 'male', findings: [{ id: 'fever', present: true }] });
  const ranked = rankActions(b, { mode: 'no-budget' });
  assert.ok(!ranked.some((a) => a.actionId === 'ask:fever'));
  for (const a of ranked) assert.ok(a.expectedGain >= 0 && a.expectedGain <= 2);
});

test('cost matters: without cost awareness the expensive test can win, with it a free question wins', () => {
  const b = beliefFromCase(cm, { age: 60, sex: 'male', findings: [{ id: 'dyspnea', present: true }, { id: 'fever', present: true }] });
  const free = rankActions(b, { mode: 'no-budget', costAware: false });
  const aware = rankActions(b, { mode: 'no-budget' });
  assert.equal(aware[0]!.kind, 'question');
  assert.ok(free.find((a) => a.actionId === 'test:ddimer')!.expectedGain > 0);
});

test('a work-up reaches the right answer, stops, and traces every step', () => {
  const truth: Record<string, Observation> = {
    fever: { id: 'fever', present: false }, dyspnea: { id: 'dyspnea', present: true }, dysuria: { id: 'dysuria', present: false },
    'pain-site': { id: 'pain-site', value: 'chest' }, risk: { id: 'risk', values: ['surgery'] }, 'ddimer-high': { id: 'ddimer-high', present: true },
  };
  const res = runWorkup(initialBelief(cm, 60, 'male'), (a) => a.findings.map((f) => truth[cm.findings[f]!.def.id]!), { mode: 'no-budget', rules: { confidence: 0.97 } });
  const p = res.posterior;
  assert.equal(cm.model.conditions[p.indexOf(Math.max(...p))]!.id, 'pe');
  assert.ok(res.stepCount >= 1 && res.stepCount <= 6);
  assert.equal(res.steps.length, res.stepCount);
  for (const s of res.steps) {
    assert.ok(s.before.length > 0 && s.after.length > 0);
    assert.ok(s.expectedGain >= 0);
  }
  assert.ok(['confident', 'no-worthwhile-action'].includes(res.stopReason));
  assert.equal(res.spentUsd, res.actionsTaken.includes('test:ddimer') ? 13.2 : 0);
});

test('budgeted work-up never overspends', () => {
  const res = runWorkup(initialBelief(cm, 60, 'male'), (a) => a.findings.map((f) => ({ id: cm.findings[f]!.def.id, present: true }) as Observation).filter((o) => cm.findings[cm.findingIndex.get(o.id)!]!.def.valueType === 'binary'), { mode: 'budgeted', budgetUsd: 5, rules: { confidence: 0.999 } });
  assert.ok(res.spentUsd <= 5);
  assert.ok(!res.actionsTaken.includes('test:ddimer'));
});

test('diagnose lists a plausible differential and a can\'t-miss condition outside it', () => {
  const r = diagnose(cm, { age: 30, sex: 'female', findings: [{ id: 'dysuria', present: true }, { id: 'fever', present: true }] }, { mode: 'no-budget', maxDifferential: 1 });
  assert.equal(r.differential.length, 1);
  assert.equal(r.differential[0]!.conditionId, 'uti');
  const p = posterior(beliefFromCase(cm, { age: 30, sex: 'female', findings: [{ id: 'dysuria', present: true }, { id: 'fever', present: true }] }));
  const pe = p[cm.conditionIndex.get('pe')!]!;
  if (pe >= 0.02) assert.ok(r.cantMiss.some((c) => c.conditionId === 'pe'));
  else assert.equal(r.cantMiss.length, 0);
  assert.ok(r.nextActions.length > 0);
  assert.equal(typeof r.shouldStop, 'boolean');
  // The triage level is always shown; a can't-miss condition above the threshold raises it.
  assert.ok(['emergency', 'urgent', 'routine', 'self-care'].includes(r.triage.level));
  if (pe >= 0.02) assert.ok(r.triage.cantMiss.some((c) => c.conditionId === 'pe') && r.triage.level !== 'self-care');
});
