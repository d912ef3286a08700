import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from './compile.js';
import { diagnose } from './diagnose.js';
import { exemplarsOf, explainFusion, fuseRanking, fusionEnabled, rankConditions } from './exemplar-rank.js';
import type { ExemplarRerank, KnowledgeModel } from './model.js';
import { initialBelief, observe, posterior, topK } from './posterior.js';
import { backHalf, forwardHalf, matchDetail, matchScore, prepareQuery } from './similarity.js';
import { validateModel } from './validate-model.js';
import { treeModel } from '../testkit/model-fixture.js';

/**
 * seizure > {focal > focal-aware, generalized}; movement > {ataxia, tremor}. x and y list the same terms; x has the
 * higher prior, y has a training case with exactly the patient's terms (generalized seizure and ataxia).
 */
function model(prior: { x: number; y: number }, exemplars?: Partial<ExemplarRerank>): KnowledgeModel {
  return treeModel({
    description: 'exemplar re-rank test',
    priors: { x: prior.x, y: prior.y, z: 1, w: 1 },
    leaks: { seizure: 0.2, focal: 0.05, 'focal-aware': 0.01, generalized: 0.1, ataxia: 0.1, tremor: 0.1, movement: 0.2 },
    likelihoods: { seizure: { x: [0.5], y: [0.5] }, ataxia: { x: [0.5], y: [0.5] }, 'focal-aware': { z: [0.5] }, tremor: { w: [0.5] }, focal: { w: [0.3] } },
    parents: { focal: ['seizure'], 'focal-aware': ['focal'], generalized: ['seizure'], ataxia: ['movement'], tremor: ['movement'] },
    ...(exemplars ? { exemplars: { version: 1, enabled: true, weight: 1, top: 4, source: 'test', cases: { y: [['ataxia', 'generalized']] }, ...exemplars } } : {}),
  });
}

const PATIENT = [{ id: 'generalized', present: true }, { id: 'seizure', present: true }, { id: 'ataxia', present: true }, { id: 'tremor', present: false }];

function ranked(m: KnowledgeModel, opts?: { weight?: number; top?: number }): string[] {
  const cm = compileModel(m);
  const st = observe(initialBelief(cm, 30, 'female'), PATIENT);
  return rankConditions(st, posterior(st), 4, opts).map((c) => m.conditions[c]!.id);
}

test('the re-rank lifts the condition with a training case like the patient over a slightly likelier one', () => {
  const bayes = ranked(model({ x: 1.05, y: 1 }));
  assert.deepEqual(bayes.slice(0, 2), ['x', 'y']);
  assert.deepEqual(ranked(model({ x: 1.05, y: 1 }, {})).slice(0, 2), ['y', 'x']);
  // Weight 0, or a re-rank of the leader alone, keeps the model's order.
  assert.deepEqual(ranked(model({ x: 1.05, y: 1 }, { weight: 0 })), bayes);
  assert.deepEqual(ranked(model({ x: 1.05, y: 1 }, { top: 1 })), bayes);
  // A much likelier rival is not overtaken by the similarity alone.
  assert.deepEqual(ranked(model({ x: 20, y: 1 }, {})).slice(0, 2), ['x', 'y']);
});

test('absent or disabled field: the model ranking; a caller may still ask for the re-rank', () => {
  const plain = model({ x: 1.05, y: 1 });
  const cm = compileModel(plain);
  assert.equal(exemplarsOf(cm), undefined);
  const st = observe(initialBelief(cm, 30, 'female'), PATIENT);
  assert.deepEqual(rankConditions(st, posterior(st), 3), topK(posterior(st), 3));
  const off = model({ x: 1.05, y: 1 }, { enabled: false });
  assert.equal(fusionEnabled(compileModel(off)), false);
  assert.deepEqual(ranked(off), ranked(plain));
  assert.deepEqual(ranked(off, {}).slice(0, 2), ['y', 'x']);
});

test('ties keep the model order, whatever the condition order of equal scores', () => {
  // x and y identical (same prior, same profile, no case): equal fused scores, the model's tie order (by index) stays.
  const same = model({ x: 1, y: 1 }, { cases: {} });
  assert.deepEqual(ranked(same).slice(0, 2), ['x', 'y']);
  assert.deepEqual(ranked(same, { weight: 5 }).slice(0, 2), ['x', 'y']);
});

test('the explanation names the training case, the matched term and its IC, and its shares add up to the similarity', () => {
  const m = model({ x: 1.05, y: 1 }, {});
  const cm = compileModel(m);
  const ex = exemplarsOf(cm)!;
  const st = observe(initialBelief(cm, 30, 'female'), PATIENT);
  const r = fuseRanking(ex, st, posterior(st));
  // The query drops seizure (an ancestor of generalized seizure) and the excluded tremor.
  assert.deepEqual(r.query, ['generalized', 'ataxia']);
  const e = explainFusion(ex, r, 0, (id) => m.findings.find((f) => f.id === id)?.name ?? id);
  assert.equal(m.conditions[r.order[0]!]!.id, 'y');
  assert.deepEqual(e.source, { kind: 'training-case', case: 1, of: 1 });
  assert.equal(e.modelRank, 2);
  assert.equal(e.fusedRank, 1);
  const gen = e.matches.find((x) => x.finding === 'generalized')!;
  assert.equal(gen.matched, 'generalized');
  assert.equal(gen.via, 'generalized');
  assert.ok(Math.abs(gen.ic - ex.index.ic[ex.index.termIndex.get('generalized')!]!) < 1e-15);
  assert.match(e.line, /^similarity \d+\.\d\d nats \(x 1 = \+\d+\.\d\d\), best with training case 1 of 1: generalized name ~ generalized name via generalized name \(IC \d+\.\d\d\)$/);
  assert.ok(Math.abs(e.matches.reduce((s, x) => s + x.share, 0) - e.similarity) < 1e-12);
  // x matched through its profile: generalized seizure only reaches its ancestor seizure.
  const ex2 = explainFusion(ex, r, 1);
  assert.deepEqual(ex2.source, { kind: 'profile' });
  assert.equal(ex2.matches.find((x) => x.finding === 'generalized')!.via, 'seizure');
  assert.ok(Math.abs(ex2.fusedScore - (r.fused[1]!)) === 0);
});

test('the fast score equals the reference form on every profile and query', () => {
  const cm = compileModel(model({ x: 1, y: 1 }, {}));
  const ex = exemplarsOf(cm)!;
  const queries = [['generalized', 'ataxia'], ['focal-aware'], ['tremor', 'focal', 'nope'], [], ['seizure', 'ataxia', 'tremor']];
  for (const q of queries) {
    const pq = prepareQuery(ex.index, q);
    for (let c = 0; c < cm.nConditions; c++) {
      const fast = matchScore(ex.index, pq, ex.index.profiles, c);
      const ref = matchDetail(ex.index, q, ex.index.profiles, c).score;
      assert.ok(Math.abs(fast - ref) < 1e-12, `${q.join(',')} vs ${c}: ${fast} ${ref}`);
    }
  }
});

test('the validator checks the exemplar field', () => {
  assert.ok(validateModel(model({ x: 1, y: 1 }, {})).ok);
  assert.ok(validateModel(model({ x: 1, y: 1 }, { forwardShare: 0.75 })).ok);
  const bad = model({ x: 1, y: 1 }, { weight: -1, top: 0, forwardShare: 1.5, cases: { nope: [['ataxia']], y: [['ghost']] } });
  const r = validateModel(bad);
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => i.path).sort(), ['$.exemplars.cases.nope', '$.exemplars.cases.y[0][0]', '$.exemplars.forwardShare', '$.exemplars.top', '$.exemplars.weight']);
});

test('diagnose lists the fused order with a re-rank line per head entry; the probabilities stay the model\'s; off = absent', () => {
  const on = model({ x: 1.05, y: 1 }, {});
  const d = diagnose(compileModel(on), { age: 30, sex: 'female', findings: PATIENT }, { mode: 'instant' });
  assert.deepEqual(d.differential.slice(0, 2).map((e) => e.conditionId), ['y', 'x']);
  const [y, x] = d.differential;
  assert.ok(y!.probability < x!.probability);
  assert.deepEqual(y!.listedBecause?.includes('leader'), true);
  assert.equal(y!.rerank?.source.kind, 'training-case');
  assert.match(y!.rerank!.line, /training case 1 of 1: generalized name ~ generalized name/);
  const strip = (m: KnowledgeModel): unknown => diagnose(compileModel(m), { age: 30, sex: 'female', findings: PATIENT }, { mode: 'instant' }).differential;
  assert.deepEqual(strip(model({ x: 1.05, y: 1 }, { enabled: false })), strip(model({ x: 1.05, y: 1 })));
});

/** The best similarity of condition c over its profile and every training case, at the given forward share, without the re-rank's skip bound. */
function bruteForceBest(ex: NonNullable<ReturnType<typeof exemplarsOf>>, query: readonly string[], c: number, share: number): number {
  const q = prepareQuery(ex.index, query);
  const sim = (t: typeof ex.cases, j: number): number => 2 * (share * forwardHalf(ex.index, q, t, j) + (1 - share) * backHalf(ex.index, q, t, j));
  let best = sim(ex.index.profiles, c);
  for (let j = ex.caseStart[c]!; j < ex.caseStart[c + 1]!; j++) best = Math.max(best, sim(ex.cases, j));
  return best;
}

test('forwardShare weighs the two halves: 0.5 is the symmetric score, any share equals the brute-force best over profile and cases', () => {
  const m = model({ x: 1, y: 1 }, { cases: { y: [['ataxia', 'generalized']], x: [['ataxia', 'focal-aware', 'generalized', 'tremor']] } });
  const cm = compileModel(m);
  const ex = exemplarsOf(cm)!;
  const st = observe(initialBelief(cm, 30, 'female'), PATIENT);
  const p = posterior(st);
  const sym = fuseRanking(ex, st, p);
  assert.deepEqual(fuseRanking(ex, st, p, { forwardShare: 0.5 }), sym);
  for (const share of [0, 0.3, 0.75, 1]) {
    const r = fuseRanking(ex, st, p, { forwardShare: share });
    r.order.forEach((c, i) => {
      const best = bruteForceBest(ex, r.query, c, share);
      assert.ok(Math.abs(r.similarity[i]! - best) < 1e-12, `share ${share}, ${m.conditions[c]!.id}: ${r.similarity[i]} vs ${best}`);
    });
  }
  // x's training case holds the patient's terms and two more it lacks: its back half is low, so a larger forward share lifts it, not y's exact match.
  const gain = (share: number, id: string): number => {
    const r = fuseRanking(ex, st, p, { forwardShare: share });
    return r.similarity[r.order.findIndex((c) => m.conditions[c]!.id === id)]!;
  };
  assert.ok(gain(1, 'x') - gain(0.5, 'x') > gain(1, 'y') - gain(0.5, 'y'));
  // The explanation's shares still add up to the similarity at any share.
  for (const share of [0, 0.75, 1]) {
    const r = fuseRanking(ex, st, p, { forwardShare: share });
    for (let i = 0; i < r.order.length; i++) {
      const e = explainFusion(ex, r, i);
      assert.ok(Math.abs(e.matches.reduce((t, x) => t + x.share, 0) - e.similarity) < 1e-12, `share ${share}, entry ${i}`);
    }
  }
  // The model's field sets the default share.
  const cm2 = compileModel(model({ x: 1, y: 1 }, { cases: { y: [['ataxia', 'generalized']], x: [['ataxia', 'focal-aware', 'generalized', 'tremor']] }, forwardShare: 1 }));
  const st2 = observe(initialBelief(cm2, 30, 'female'), PATIENT);
  assert.deepEqual(fuseRanking(exemplarsOf(cm2)!, st2, posterior(st2)).similarity, fuseRanking(ex, st, p, { forwardShare: 1 }).similarity);
});

test('forwardShare at any share equals the brute-force best over profile and cases for many patients and cases (the bound skips no winner)', () => {
  // Several cases per condition and patients whose two halves differ against the profiles, so a wrong half weight or a
  // bound that skips a case that would have won changes some similarity.
  const cases = { x: [['focal-aware', 'tremor'], ['generalized'], ['ataxia', 'tremor']], y: [['ataxia', 'generalized']], z: [['focal-aware']], w: [['tremor', 'focal'], ['ataxia'], ['generalized', 'tremor', 'focal-aware']] };
  const cm = compileModel(model({ x: 1, y: 1 }, { cases }));
  const ex = exemplarsOf(cm)!;
  const patients = [['generalized', 'ataxia'], ['focal-aware'], ['tremor', 'focal'], ['ataxia'], ['focal-aware', 'tremor', 'generalized'], ['movement', 'seizure']];
  let checked = 0;
  for (const ids of patients) {
    const st = observe(initialBelief(cm, 30, 'female'), ids.map((id) => ({ id, present: true })));
    const p = posterior(st);
    for (const share of [0, 0.3, 0.75, 1]) {
      const r = fuseRanking(ex, st, p, { forwardShare: share });
      r.order.forEach((c, i) => {
        const best = bruteForceBest(ex, r.query, c, share);
        assert.ok(Math.abs(r.similarity[i]! - best) < 1e-12, `${ids.join(',')} share ${share}, ${cm.model.conditions[c]!.id}: ${r.similarity[i]} vs ${best}`);
        checked++;
      });
    }
  }
  assert.equal(checked, patients.length * 4 * 4);
});

test('profileOnlyByPosterior: conditions without training cases keep the posterior order; one with a case keeps its fused place', () => {
  // a and b have no training case: a is likelier (prior), b lists the patient's exact term, so the similarity lifts b over a;
  // c has a training case equal to the patient. Declared in both orders, so a condition's index differs from its place in
  // the posterior's top K in one of them (the re-fill must sort places in the top K, not condition indexes).
  for (const ids of [['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a']]) {
    const prior: Record<string, number> = { a: 5, b: 1, c: 0.5, d: 0.2 };
    const m = treeModel({
      description: 'profile-only order test', priors: Object.fromEntries(ids.map((id) => [id, prior[id]!])),
      leaks: { seizure: 0.2, generalized: 0.1, focal: 0.1, ataxia: 0.1, movement: 0.2 },
      likelihoods: { seizure: { a: [0.5], c: [0.5] }, generalized: { b: [0.5] }, ataxia: { a: [0.5], b: [0.5], c: [0.5] }, focal: { d: [0.5] } },
      parents: { generalized: ['seizure'], focal: ['seizure'], ataxia: ['movement'] },
      exemplars: { version: 1, enabled: true, weight: 5, top: 4, source: 't', cases: { c: [['ataxia', 'generalized']] } },
    });
    const cm = compileModel(m);
    const st = observe(initialBelief(cm, 30, 'female'), [{ id: 'generalized', present: true }, { id: 'ataxia', present: true }]);
    const order = (opts?: { profileOnlyByPosterior?: boolean }): string => rankConditions(st, posterior(st), 4, opts).map((c) => m.conditions[c]!.id).join('');
    assert.deepEqual(topK(posterior(st), 4).map((c) => m.conditions[c]!.id), ['a', 'b', 'c', 'd']);
    assert.equal(order(), 'bcad');
    assert.equal(order({ profileOnlyByPosterior: false }), 'bcad');
    // c keeps its place (second); a, b and d re-fill the first, third and fourth places in posterior order (d stays last).
    assert.equal(order({ profileOnlyByPosterior: true }), 'acbd');
  }
});
