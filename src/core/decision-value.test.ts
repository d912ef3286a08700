import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from './compile.js';
import { actionTopValue, findingTopValue, geneSetCoverage, geneSetValue, leaderGenes, leaderGenesByMass, leadersOf, topValues, valueOf } from './decision-value.js';
import { initialBelief, observe, posterior } from './posterior.js';
import { makeModel } from '../testkit/model-fixture.js';

/** Three single-gene diseases (genes A, B, C) and one with no known gene; exome and single-gene tests. */
function geneModel() {
  const flat: [[number, number], [number, number]] = [[1, 1], [1, 1]];
  return compileModel(makeModel({
    conditions: ['a', 'b', 'c', 'x'].map((id) => ({ id, name: `Disease ${id}`, icd10: [], severity: 3, cantMiss: false, prior: flat })),
    findings: ['A', 'B', 'C'].map((g) => ({ id: `gene:${g}`, name: `variant in ${g}`, kind: 'genetic' as const, valueType: 'binary' as const, leak: 1e-4 })),
    actions: [
      { id: 'genetic:exome', kind: 'test' as const, name: 'Exome', code: { system: 'CPT' as const, code: '81415' }, priceUsd: 4780, reveals: ['gene:A', 'gene:B', 'gene:C'] },
      ...['A', 'B', 'C'].map((g) => ({ id: `genetic:gene:${g}`, kind: 'test' as const, name: `Gene ${g}`, code: { system: 'CPT' as const, code: '81406' }, priceUsd: 283, reveals: [`gene:${g}`] })),
    ],
    likelihoods: { 'gene:A': { a: [0.95] }, 'gene:B': { b: [0.95] }, 'gene:C': { c: [0.95] } },
  }));
}

/** The exact expectation by enumerating outcomes, for a single binary finding. */
function bruteBinary(p: Float64Array, p1: (c: number) => number): number {
  let present = 0;
  let absent = 0;
  for (let c = 0; c < p.length; c++) {
    present = Math.max(present, p[c]! * p1(c));
    absent = Math.max(absent, p[c]! * (1 - p1(c)));
  }
  return present + absent;
}

test('a single-gene test: expected top probability equals the enumeration over its two answers', () => {
  const cm = geneModel();
  const p = Float64Array.from([0.4, 0.3, 0.2, 0.1]);
  const leaders = leadersOf(p, 64);
  assert.deepEqual([...leaders], [0, 1, 2, 3]);
  const f = cm.findings[cm.findingIndex.get('gene:A')!]!;
  const expected = bruteBinary(p, (c) => (c === 0 ? 0.95 : 1e-4));
  assert.ok(Math.abs(findingTopValue(f, p, leaders) - expected) < 1e-12);
  // Testing the leader's gene is worth something: either answer can change who leads.
  assert.ok(expected > 0.4 + 0.1);
});

test('exome: one causal gene or none, so its value is the sum over genes plus the no-gene outcome', () => {
  const cm = geneModel();
  const p = Float64Array.from([0.4, 0.3, 0.2, 0.1]);
  const status = new Uint8Array(cm.findings.length);
  const exome = cm.actionIndex.get('genetic:exome')!;
  const v = actionTopValue(cm, exome, status, p, leadersOf(p, 64));
  // gene A -> a (0.4 x 0.95), B -> b, C -> c, none -> max(0.4 x 0.05, 0.1 x 1) = 0.1.
  assert.ok(Math.abs(v - (0.95 * 0.9 + 0.1)) < 1e-9, String(v));
  // Worth more than any single-gene test, which leaves the other genes open.
  for (const g of ['A', 'B', 'C']) assert.ok(v > actionTopValue(cm, cm.actionIndex.get(`genetic:gene:${g}`)!, status, p, leadersOf(p, 64)));
});

test('an action with nothing left to reveal is worth no rise; a settled posterior gains nothing', () => {
  const cm = geneModel();
  const start = initialBelief(cm, 40, 'female');
  const after = observe(start, [{ id: 'gene:A', present: true }]);
  const p = posterior(after);
  const single = cm.actionIndex.get('genetic:gene:A')!;
  const leaders = leadersOf(p, 64);
  assert.equal(actionTopValue(cm, single, after.status, p, leaders), p[leaders[0]!]);
  const sure = Float64Array.from([1, 0, 0, 0]);
  assert.ok(Math.abs(actionTopValue(cm, cm.actionIndex.get('genetic:exome')!, new Uint8Array(cm.findings.length), sure, leadersOf(sure, 64)) - 1) < 1e-9);
});

/** The direct definition over the leaders: for each outcome row, the best leader's p(c) P(row | c). */
function directFindingValue(cm: ReturnType<typeof compileModel>, fi: number, p: Float64Array, leaders: Int32Array): number {
  const cf = cm.findings[fi]!;
  let total = 0;
  for (let r = 0; r < cf.rows.length; r++) {
    let best = 0;
    for (const c of leaders) best = Math.max(best, p[c]! * cf.rows[r]!.p[c]!);
    total += best;
  }
  return total;
}

test('values read from one pass over the leaders equal the direct definition, whichever leaders list a finding', () => {
  // A question revealing binary and categorical findings that different conditions list (dysuria only
  // uti, risk is multi-choice); leaders of 1, 2 and 3 conditions, so some findings no leader lists.
  const cm = compileModel(makeModel({
    actions: [{ id: 'ask:all', kind: 'question', name: 'Everything', reveals: ['fever', 'dyspnea', 'dysuria', 'pain-site', 'ddimer-high'] },
      { id: 'ask:risk', kind: 'question', name: 'Risk', reveals: ['risk'] }],
  }));
  const status = new Uint8Array(cm.findings.length);
  for (const p of [[0.5, 0.3, 0.2], [0.2, 0.7, 0.1], [0.05, 0.15, 0.8], [1 / 3, 1 / 3, 1 / 3]].map((x) => Float64Array.from(x))) {
    for (const m of [1, 2, 3]) {
      const leaders = leadersOf(p, m);
      const tv = topValues(cm, status, p, leaders);
      let expected = p[leaders[0]!]!;
      for (const id of ['fever', 'dyspnea', 'dysuria', 'pain-site', 'ddimer-high']) expected = Math.max(expected, directFindingValue(cm, cm.findingIndex.get(id)!, p, leaders));
      assert.ok(Math.abs(valueOf(tv, cm.actionIndex.get('ask:all')!) - expected) < 1e-15, `p=${[...p]} m=${m}`);
      assert.ok(Math.abs(valueOf(tv, cm.actionIndex.get('ask:risk')!) - findingTopValue(cm.findings[cm.findingIndex.get('risk')!]!, p, leaders)) < 1e-15);
    }
  }
  // An answered finding is left out: with all but dysuria answered, the action is worth dysuria alone.
  const p = Float64Array.from([0.2, 0.3, 0.5]);
  const answered = new Uint8Array(cm.findings.length).fill(1);
  answered[cm.findingIndex.get('dysuria')!] = 0;
  const leaders = leadersOf(p, 3);
  assert.ok(Math.abs(valueOf(topValues(cm, answered, p, leaders), cm.actionIndex.get('ask:all')!) - directFindingValue(cm, cm.findingIndex.get('dysuria')!, p, leaders)) < 1e-15);
});

test('a gene set holding all the exome genes is valued as the exome; a smaller set less', () => {
  const cm = geneModel();
  const p = Float64Array.from([0.4, 0.3, 0.2, 0.1]);
  const status = new Uint8Array(cm.findings.length);
  const tv = topValues(cm, status, p, leadersOf(p, 64));
  const all = ['A', 'B', 'C'].map((g) => cm.findingIndex.get(`gene:${g}`)!);
  assert.equal(geneSetValue(tv, all), valueOf(tv, cm.actionIndex.get('genetic:exome')!));
  assert.ok(geneSetValue(tv, all.slice(0, 2)) < geneSetValue(tv, all));
  // The panel of the two leaders' genes: gene A -> a, gene B -> b, none -> max(0.4 x 0.05, 0.3 x 0.05, 0.2) = 0.2.
  assert.deepEqual(leaderGenes(tv, 2, 10), all.slice(0, 2));
  assert.ok(Math.abs(geneSetValue(tv, all.slice(0, 2)) - (0.95 * 0.7 + 0.2)) < 1e-9);
});

test('a gene yield below 1 scales the "gene g is the cause" outcomes and leaves the rest to "none"', () => {
  const cm = geneModel();
  const p = Float64Array.from([0.4, 0.3, 0.2, 0.1]);
  const tv = topValues(cm, new Uint8Array(cm.findings.length), p, leadersOf(p, 64));
  const ab = ['A', 'B'].map((g) => cm.findingIndex.get(`gene:${g}`)!);
  assert.equal(geneSetValue(tv, ab, 1), geneSetValue(tv, ab));
  // y = 0.5: gene A -> 0.5 x 0.95 x 0.4, gene B -> 0.5 x 0.95 x 0.3; none -> max(0.4 x (1 - 0.475), 0.2) = 0.21.
  assert.ok(Math.abs(geneSetValue(tv, ab, 0.5) - (0.5 * 0.95 * 0.7 + 0.21)) < 1e-12);
  const exome = cm.actionIndex.get('genetic:exome')!;
  assert.equal(valueOf(tv, exome, 1), valueOf(tv, exome));
  assert.ok(valueOf(tv, exome, 0.5) < valueOf(tv, exome));
});

test('a gene set covers the probability that one of its open genes is the cause', () => {
  const cm = geneModel();
  const p = Float64Array.from([0.4, 0.3, 0.2, 0.1]);
  const status = new Uint8Array(cm.findings.length);
  const g = (id: string) => cm.findingIndex.get(`gene:${id}`)!;
  // P(gene A | a) = 0.95, B likewise: 0.95 x (0.4 + 0.3); x (no gene) is never covered.
  assert.ok(Math.abs(geneSetCoverage(cm, status, p, [g('A'), g('B')]) - 0.95 * 0.7) < 1e-12);
  assert.ok(Math.abs(geneSetCoverage(cm, status, p, [g('A'), g('B'), g('C')]) - 0.95 * 0.9) < 1e-12);
  assert.equal(geneSetCoverage(cm, status, p, []), 0);
  // A gene already answered covers nothing more.
  const answered = observe(initialBelief(cm, 40, 'female'), [{ id: 'gene:A', present: false }]);
  assert.ok(Math.abs(geneSetCoverage(cm, answered.status, p, [g('A'), g('B')]) - 0.95 * 0.3) < 1e-12);
});

test('a panel of fixed size by gene mass: a heterogeneous leader does not crowd out a likelier gene', () => {
  // Disease a has three genes, each the cause in 30% of its patients; disease b one gene, 95%.
  const flat: [[number, number], [number, number]] = [[1, 1], [1, 1]];
  const genes = ['A1', 'A2', 'A3', 'B'];
  const cm = compileModel(makeModel({
    conditions: ['a', 'b'].map((id) => ({ id, name: `Disease ${id}`, icd10: [], severity: 3, cantMiss: false, prior: flat })),
    findings: genes.map((g) => ({ id: `gene:${g}`, name: `variant in ${g}`, kind: 'genetic' as const, valueType: 'binary' as const, leak: 1e-4 })),
    actions: genes.map((g) => ({ id: `genetic:gene:${g}`, kind: 'test' as const, name: `Gene ${g}`, code: { system: 'CPT' as const, code: '81406' }, priceUsd: 283, reveals: [`gene:${g}`] })),
    likelihoods: { 'gene:A1': { a: [0.3] }, 'gene:A2': { a: [0.3] }, 'gene:A3': { a: [0.3] }, 'gene:B': { b: [0.95] } },
  }));
  const g = (id: string) => cm.findingIndex.get(`gene:${id}`)!;
  const p = Float64Array.from([0.5, 0.4]);
  const status = new Uint8Array(cm.findings.length);
  const tv = topValues(cm, status, p, leadersOf(p, 64));
  // Best leader first: a's genes fill a two-gene panel.
  assert.deepEqual(leaderGenes(tv, 2, 2), [g('A1'), g('A2')]);
  // By mass: B (0.4 x 0.95) first, then A1 (0.5 x 0.3; ties keep the leader order); the panel finds the cause more often.
  const byMass = leaderGenesByMass(tv, 2, 2);
  assert.deepEqual(byMass, [g('B'), g('A1')]);
  assert.ok(geneSetCoverage(cm, status, p, byMass) > geneSetCoverage(cm, status, p, leaderGenes(tv, 2, 2)));
  // Answered genes are left out; only the leaders asked for are read.
  const answered = status.slice();
  answered[g('B')] = 1;
  assert.deepEqual(leaderGenesByMass(topValues(cm, answered, p, leadersOf(p, 64)), 2, 2), [g('A1'), g('A2')]);
  assert.deepEqual(leaderGenesByMass(tv, 1, 5), [g('A1'), g('A2'), g('A3')]);
});

test('a panel by value: a gene that names one disease outranks a gene shared by two', () => {
  // S is the cause in 30% of both a and b; X in half of b's patients. Mass: S 0.27, X 0.2; value term: S 0.15, X 0.2.
  const flat: [[number, number], [number, number]] = [[1, 1], [1, 1]];
  const genes = ['S', 'X'];
  const cm = compileModel(makeModel({
    conditions: ['a', 'b'].map((id) => ({ id, name: `Disease ${id}`, icd10: [], severity: 3, cantMiss: false, prior: flat })),
    findings: genes.map((g) => ({ id: `gene:${g}`, name: `variant in ${g}`, kind: 'genetic' as const, valueType: 'binary' as const, leak: 1e-4 })),
    actions: genes.map((g) => ({ id: `genetic:gene:${g}`, kind: 'test' as const, name: `Gene ${g}`, code: { system: 'CPT' as const, code: '81406' }, priceUsd: 283, reveals: [`gene:${g}`] })),
    likelihoods: { 'gene:S': { a: [0.3], b: [0.3] }, 'gene:X': { b: [0.5] } },
  }));
  const g = (id: string) => cm.findingIndex.get(`gene:${id}`)!;
  const p = Float64Array.from([0.5, 0.4]);
  const tv = topValues(cm, new Uint8Array(cm.findings.length), p, leadersOf(p, 64));
  assert.deepEqual(leaderGenesByMass(tv, 2, 1), [g('S')]);
  assert.deepEqual(leaderGenesByMass(tv, 2, 1, true), [g('X')]);
  // The one-gene "panel" by value has the larger expected top posterior.
  assert.ok(geneSetValue(tv, [g('X')]) > geneSetValue(tv, [g('S')]));
});
