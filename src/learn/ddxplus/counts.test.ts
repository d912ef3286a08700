import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../core/random.js';
import { l1Distance } from '../dp-counts.js';
import type { RawCondition, RawEvidence } from './build-model.js';
import { countsFromReleased, ddxplusSchema, dpCounts, exactCounts, recordItems, releasedVector, itemLayout, DEFAULT_DP_SHARES } from './counts.js';
import type { DdxplusPatient } from './records.js';

const ev = (name: string, data_type: 'B' | 'C' | 'M', values: (string | number)[] = [], def: string | number = 0): RawEvidence => ({
  name, code_question: name, question_en: `${name}?`, is_antecedent: false, default_value: def, value_meaning: {}, 'possible-values': values, data_type,
});
const evidences: Record<string, RawEvidence> = {
  E_1: ev('E_1', 'B'), E_2: ev('E_2', 'B'), E_3: ev('E_3', 'B'), E_4: ev('E_4', 'B'),
  E_5: ev('E_5', 'C', [0, 1, 2, 3], 0),
  E_6: ev('E_6', 'M', ['V_0', 'V_1', 'V_2', 'V_3', 'V_4'], 'V_0'),
};
const cond = (name: string, symptoms: string[]): RawCondition => ({ condition_name: name, 'cond-name-eng': name, 'icd10-id': 'X00', symptoms: Object.fromEntries(symptoms.map((s) => [s, {}])), antecedents: {}, severity: 3 });
const conditions = { A: cond('A', ['E_1', 'E_2', 'E_5']), B: cond('B', ['E_3', 'E_6']), C: cond('C', ['E_1', 'E_4', 'E_6']) };
const schema = ddxplusSchema(evidences, conditions);

/** Random synthetic records, some of them long enough to be clipped. */
function records(n: number, seed: number): DdxplusPatient[] {
  const rng = createRng(seed);
  const out: DdxplusPatient[] = [];
  for (let i = 0; i < n; i++) {
    const e = new Map<string, string[]>();
    for (const b of ['E_1', 'E_2', 'E_3', 'E_4']) if (rng.next() < 0.5) e.set(b, []);
    if (rng.next() < 0.6) e.set('E_5', [String(rng.int(4))]);
    const multi = ['V_0', 'V_1', 'V_2', 'V_3', 'V_4', 'V_9'].filter(() => rng.next() < 0.4);
    if (multi.length > 0) e.set('E_6', multi);
    out.push({ age: rng.int(90), sex: rng.next() < 0.5 ? 'female' : 'male', pathology: ['A', 'B', 'C', 'Z'][rng.int(4)]!, initialEvidence: 'E_1', evidences: e, differential: [] });
  }
  return out;
}

const flat = (v: ReturnType<typeof releasedVector>): number[] => v.groups.flatMap((g) => [...g.counts]);
const bound = (v: ReturnType<typeof releasedVector>): number => v.groups.reduce((s, g) => s + g.sensitivity, 0);

test('adding or removing any one record changes the released count vector by at most the stated L1 sensitivity', () => {
  const data = records(60, 7);
  const priorRows = 20;
  for (const k of [1, 3, 6]) {
    const full = releasedVector(schema, data, priorRows, k);
    assert.equal(bound(full), k + 4);
    let worst = 0;
    for (let i = 0; i < data.length; i++) {
      const without = releasedVector(schema, data.filter((_, j) => j !== i), priorRows, k);
      worst = Math.max(worst, l1Distance(flat(full), flat(without)));
    }
    // Adding a record anywhere (here: at the front, which shifts the prior window) is the same relation read backwards.
    const extra = records(5, 99);
    for (const r of extra) worst = Math.max(worst, l1Distance(flat(full), flat(releasedVector(schema, [r, ...data], priorRows, k))));
    assert.ok(worst <= k + 4, `K=${k}: L1 change ${worst} > ${k + 4}`);
    assert.ok(worst >= k, `K=${k}: the bound should be nearly attained (worst ${worst})`);
  }
});

test('a record touches each item cell at most once; clipping keeps its first K items', () => {
  const layout = itemLayout(schema);
  for (const p of records(200, 3)) {
    const cells = recordItems(schema, layout, p);
    assert.equal(new Set(cells).size, cells.length);
  }
  const long = records(200, 3).find((p) => recordItems(schema, layout, p).length >= 6)!;
  const one = releasedVector(schema, [long], 0, 2);
  const items = one.groups.find((g) => g.name === 'items')!;
  assert.equal(items.counts.reduce((a, b) => a + b, 0), 2);
});

test('with no noise the released vector rebuilds the exact counts (up to records without a known condition)', () => {
  const data = records(80, 11).filter((p) => p.pathology !== 'Z');
  const v = releasedVector(schema, data, 30, 100);
  const fromVector = countsFromReleased(schema, v.layout, v.groups, 30);
  const exact = exactCounts(schema, data, 30);
  assert.deepEqual(fromVector.nCond, exact.nCond);
  assert.deepEqual(fromVector.demo, exact.demo);
  assert.deepEqual(fromVector.prior, exact.prior);
  assert.equal(fromVector.priorTotal, exact.priorTotal);
  // Multi-choice values are counted once per record in the released vector (a repeated value twice in the exact one).
  assert.deepEqual(fromVector.evidence.map((e) => e.leak.n), exact.evidence.map((e) => e.leak.n));
  schema.evidences.forEach((es, i) => {
    if (es.kind !== 'M') assert.deepEqual(fromVector.evidence[i], exact.evidence[i], es.name);
  });
});

test('noisy counts differ from the exact ones, stay in range, and repeat under a seed', () => {
  const data = records(300, 5);
  const dp = { epsilon: 1, rng: createRng(42), maxItemsPerRecord: 6, shares: DEFAULT_DP_SHARES, shrinkage: 0 };
  const a = dpCounts(schema, data, 100, dp);
  const b = dpCounts(schema, data, 100, { ...dp, rng: createRng(42) });
  assert.deepEqual(a.counts, b.counts);
  const exact = exactCounts(schema, data, 100);
  assert.notDeepEqual(a.counts.nCond, exact.nCond);
  assert.notDeepEqual(a.counts.evidence, exact.evidence);
  assert.ok(a.groups.reduce((s, g) => s + g.epsilon, 0) <= 1);
  a.counts.nCond.forEach((n, c) => {
    assert.ok(n >= 0);
    for (const d of a.counts.demo[c]!) assert.ok(d >= 0 && d <= n);
    assert.ok(a.counts.prior[c]! >= 0 && a.counts.prior[c]! <= 100);
  });
  for (const ec of a.counts.evidence) {
    for (const o of [...ec.listed, ec.leak]) for (const k of o.k) assert.ok(k >= 0 && k <= o.n, `${k} not in [0, ${o.n}]`);
  }
});
