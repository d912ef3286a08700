import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel, rowP } from './compile.js';
import { explain } from './explain.js';
import { ancestorsOf, isAGraph } from './hierarchy.js';
import type { KnowledgeModel } from './model.js';
import { initialBelief, observe, scores } from './posterior.js';
import { validateModel } from './validate-model.js';

/** A tiny phenotype tree: seizure > focal seizure > focal aware seizure; seizure > generalized seizure; plus ataxia. */
function tree(overrides: Partial<KnowledgeModel> = {}): KnowledgeModel {
  const f = (id: string, leak: number) => ({ id, name: id, kind: 'sign' as const, valueType: 'binary' as const, leak });
  return {
    format: 'ddx-model', formatVersion: 1, id: 't', version: '1', name: 'tree', description: 'hierarchy test',
    ageBands: [{ id: 'all', minYears: 0, maxYears: 131 }],
    conditions: ['a', 'b', 'c'].map((id) => ({ id, name: id, icd10: [], severity: 3 as const, cantMiss: false, prior: [[1, 1]] })),
    findings: [f('seizure', 0.2), f('focal', 0.05), f('focal-aware', 0.01), f('generalized', 0.1), f('ataxia', 0.1)],
    actions: [],
    likelihoods: { focal: { a: [0.5] }, seizure: { b: [0.8] }, generalized: { c: [0.005] }, ataxia: { c: [0.6] } },
    hierarchy: { parents: { focal: ['seizure'], 'focal-aware': ['focal'], generalized: ['seizure'] }, descendantCredit: 0.5, maxDescendants: 10 },
    manifest: { contentHash: `sha256:${'0'.repeat(64)}`, createdBy: { tool: 'test', codeVersion: '0' }, training: [] },
    ...overrides,
  };
}

test('a listed term reaches its ancestors (noisy-OR) and its descendants (credit by likelihood ratio)', () => {
  const cm = compileModel(tree());
  const p = (f: string, c: string): number => rowP(cm.findings[cm.findingIndex.get(f)!]!, 1, cm.conditionIndex.get(c)!);
  // a lists focal seizure 0.5: it has seizure with 0.5; focal aware seizure gets 0.5 x (0.5 / 0.05) of its leak.
  assert.equal(p('seizure', 'a'), 0.5);
  assert.ok(Math.abs(p('focal-aware', 'a') - 0.01 * 0.5 * 10) < 1e-12);
  // b lists seizure 0.8 as its most specific term: its descendants get credit 0.5 x 4 = 2 x their leak.
  assert.ok(Math.abs(p('focal', 'b') - 0.1) < 1e-12);
  assert.ok(Math.abs(p('generalized', 'b') - 0.2) < 1e-12);
  // Explicit entries are never changed; a negative entry does not go up.
  assert.equal(p('generalized', 'c'), 0.005);
  assert.equal(p('seizure', 'c'), 0.2);
  // a does not list generalized seizure (a sibling of its annotation): leak.
  assert.equal(p('generalized', 'a'), 0.1);
});

test('explanations stay exact over expanded rows: base + contributions = score', () => {
  const cm = compileModel(tree());
  const st = observe(initialBelief(cm, 30, 'female'), [{ id: 'focal-aware', present: true }, { id: 'ataxia', present: false }]);
  for (let c = 0; c < cm.nConditions; c++) {
    const e = explain(st, c);
    const sum = e.base + e.contributions.reduce((s, x) => s + x.llr, 0);
    assert.ok(Math.abs(sum - scores(st)[c]!) < 1e-9);
  }
});

test('the validator checks the hierarchy: ids, credit and cap', () => {
  assert.ok(validateModel(tree()).ok);
  const bad = tree({ hierarchy: { parents: { focal: ['nope'], ghost: ['seizure'] }, descendantCredit: 2, maxDescendants: -1 } });
  const r = validateModel(bad);
  assert.equal(r.ok, false);
  const paths = r.issues.map((i) => i.path).sort();
  assert.deepEqual(paths, ['$.hierarchy.descendantCredit', '$.hierarchy.maxDescendants', '$.hierarchy.parents.focal[0]', '$.hierarchy.parents.ghost']);
});

test('absentPower tempers an excluded finding against its background; present rows and explanations unchanged', () => {
  const plain = compileModel(tree());
  const half = compileModel(tree({ hierarchy: { ...tree().hierarchy!, absentPower: 0.5 } }));
  const p = (cm: ReturnType<typeof compileModel>, f: string, r: number, c: string): number => rowP(cm.findings[cm.findingIndex.get(f)!]!, r, cm.conditionIndex.get(c)!);
  // b lists seizure 0.8 (leak 0.2): absent 0.2 plainly, 0.8 x (0.2 / 0.8)^0.5 tempered; present 0.8 either way.
  assert.ok(Math.abs(p(plain, 'seizure', 0, 'b') - 0.2) < 1e-12);
  assert.ok(Math.abs(p(half, 'seizure', 0, 'b') - 0.8 * Math.sqrt(0.2 / 0.8)) < 1e-12);
  assert.equal(p(half, 'seizure', 1, 'b'), 0.8);
  // A condition that does not list it keeps the background.
  assert.ok(Math.abs(p(half, 'seizure', 0, 'c') - 0.8) < 1e-12);
  // Ataxia is outside the hierarchy (no parent, no child), like a gene test: its absent row is plain 1 - P.
  assert.ok(Math.abs(p(half, 'ataxia', 0, 'c') - 0.4) < 1e-12);
  const st = observe(initialBelief(half, 30, 'female'), [{ id: 'seizure', present: false }, { id: 'ataxia', present: false }, { id: 'focal', present: true }]);
  for (let c = 0; c < half.nConditions; c++) {
    const e = explain(st, c);
    assert.ok(Math.abs(e.base + e.contributions.reduce((s, x) => s + x.llr, 0) - scores(st)[c]!) < 1e-9);
  }
  assert.equal(validateModel(tree({ hierarchy: { ...tree().hierarchy!, absentPower: 1.5 } })).issues[0]?.path, '$.hierarchy.absentPower');
});

test('ancestors: the union over every path, ascending; outside ids and self-loops left out; a cycle does not loop', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const index = new Map(ids.map((id, i) => [id, i]));
  // a -> b, c; b -> d; c -> d, x (unknown); d -> d (self-loop); e alone.
  const g = isAGraph({ a: ['b', 'c'], b: ['d'], c: ['d', 'x'], d: ['d'] }, ids, index);
  assert.deepEqual([...ancestorsOf(g, 0)], [1, 2, 3]);
  assert.deepEqual([...ancestorsOf(g, 2)], [3]);
  assert.deepEqual([...ancestorsOf(g, 3)], []);
  assert.deepEqual([...ancestorsOf(g, 4)], []);
  // a -> b -> c -> a: each member reaches the whole cycle, itself included, whichever is asked first.
  for (const first of [0, 1, 2]) {
    const cyc = isAGraph({ a: ['b'], b: ['c'], c: ['a'] }, ['a', 'b', 'c'], new Map([['a', 0], ['b', 1], ['c', 2]]));
    const order = [first, (first + 1) % 3, (first + 2) % 3];
    for (const t of order) assert.deepEqual([...ancestorsOf(cyc, t)], [0, 1, 2]);
  }
});
