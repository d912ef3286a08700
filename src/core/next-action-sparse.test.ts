import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel, type CompiledModel } from './compile.js';
import type { Observation } from './evidence.js';
import { makeModel } from '../testkit/model-fixture.js';
import type { FindingDef, KnowledgeModel } from './model.js';
import { findingValue, planningPosterior, rankActions, bestAction, type PlanOptions } from './next-action.js';
import { FindingStatus, initialBelief, observe, type BeliefState } from './posterior.js';
import { createRng, type Rng } from './random.js';

/**
 * The planner gathers candidates from the active conditions' listings and computes gains sparsely;
 * this checks it against the plain dense definition (every active condition, every action, every open
 * finding) on models big enough to take the sparse path.
 */
function denseRanking(state: BeliefState, opts: PlanOptions): { id: string; gain: number; challenger: number; score: number }[] {
  const cm = state.cm;
  const p = planningPosterior(state, opts);
  const threshold = opts.activeThreshold ?? 1e-5;
  const active: number[] = [];
  let h0 = 0;
  let leader = 0;
  for (let c = 0; c < p.length; c++) {
    if (p[c]! > p[leader]!) leader = c;
    if (p[c]! >= threshold) {
      active.push(c);
      h0 -= p[c]! * Math.log(p[c]!);
    }
  }
  let rival = -1;
  for (let c = 0; c < p.length; c++) if (c !== leader && (rival < 0 || p[c]! > p[rival]!)) rival = c;
  const act = Int32Array.from(active);
  const pa = Float64Array.from(active.map((c) => p[c]!));
  const budgetLeft = opts.mode === 'budgeted' ? (opts.budgetUsd ?? Infinity) - (opts.spentUsd ?? 0) : Infinity;
  const out: { id: string; gain: number; challenger: number; score: number }[] = [];
  for (const a of cm.actions) {
    if (opts.mode === 'questions-only' && a.kind !== 'question') continue;
    const cost = a.kind === 'question' ? (opts.questionCostUsd ?? 0) : a.priceUsd;
    if (cost > budgetLeft) continue;
    let gain = 0;
    let js = 0;
    for (const fi of a.findings) {
      if (state.status[fi] !== FindingStatus.Unknown) continue;
      const cf = cm.findings[fi]!;
      if (!active.some((c) => cf.listed[c])) continue;
      const v = findingValue(cf, act, pa, act.length, leader, rival);
      gain += v.gain;
      js += v.js;
    }
    gain = Math.min(gain, h0);
    const challenger = (p[leader]! + (rival >= 0 ? p[rival]! : 0)) * Math.min(js, Math.LN2);
    if (gain <= 0 && challenger <= 0) continue;
    const value = gain + (opts.challengerWeight ?? 0.5) * challenger;
    out.push({ id: a.id, gain, challenger, score: (opts.costAware ?? true) ? value / (cost + (opts.overheadUsd ?? 1)) : value });
  }
  return out;
}

/** A random model: binary, categorical and multi-choice findings (multi values sharing a smoothing floor), sparse listings. */
function syntheticModel(rng: Rng, nC: number, nF: number): KnowledgeModel {
  const base = makeModel();
  const conditions = Array.from({ length: nC }, (_, i) => ({ ...base.conditions[0]!, id: `c${i}`, name: `c${i}`, prior: [[1 + rng.next(), 1 + rng.next()], [1 + rng.next(), 1 + rng.next()]] }));
  const findings: FindingDef[] = [];
  const likelihoods: Record<string, Record<string, number[]>> = {};
  const values = (n: number): { id: string; name: string }[] => Array.from({ length: n }, (_, i) => ({ id: `v${i}`, name: `v${i}` }));
  for (let f = 0; f < nF; f++) {
    const id = `f${f}`;
    const kind = f % 10 === 0 ? 'multi' : f % 10 === 5 ? 'categorical' : 'binary';
    const table: Record<string, number[]> = {};
    for (let c = 0; c < nC; c++) {
      if (rng.next() > 0.25) continue;
      if (kind === 'binary') table[`c${c}`] = [0.02 + 0.96 * rng.next()];
      else if (kind === 'categorical') {
        const w = [1, 2, 3, 4].map(() => 0.1 + rng.next());
        const z = w.reduce((a, b) => a + b, 0);
        table[`c${c}`] = w.map((x) => x / z);
      } else {
        const floor = 0.001 + 0.01 * rng.next();
        table[`c${c}`] = Array.from({ length: 12 }, (_, i) => (i === 0 ? 0.5 : rng.next() < 0.2 ? 0.1 + 0.8 * rng.next() : floor));
      }
    }
    likelihoods[id] = table;
    const common = { id, name: id, kind: 'symptom' as const, question: `${id}?` };
    if (kind === 'binary') findings.push({ ...common, valueType: 'binary', leak: 0.01 + 0.05 * rng.next() });
    else if (kind === 'categorical') findings.push({ ...common, valueType: 'categorical', values: values(4), defaultValue: 'v0', leak: [0.7, 0.1, 0.1, 0.1] });
    else findings.push({ ...common, valueType: 'multi', values: values(12), defaultValue: 'v0', leak: Array.from({ length: 12 }, (_, i) => (i === 0 ? 0.9 : i % 3 === 0 ? 0.02 : 0.01)) });
  }
  const actions = findings.map((f, i) => (i % 7 === 3
    ? { id: `t${i}`, kind: 'test' as const, name: f.id, priceUsd: 10 + i, code: { system: 'CPT' as const, code: '80000' }, reveals: [f.id, findings[(i + 1) % nF]!.id] }
    : { id: `q${i}`, kind: 'question' as const, name: f.id, reveals: [f.id] }));
  return { ...base, conditions, findings, actions, likelihoods };
}

function randomBelief(cm: CompiledModel, rng: Rng, n: number): BeliefState {
  const obs: Observation[] = [];
  for (let j = 0; j < n; j++) {
    const def = cm.findings[rng.int(cm.findings.length)]!.def;
    if (def.valueType === 'binary') obs.push({ id: def.id, present: rng.next() < 0.5 });
    else if (def.valueType === 'multi') obs.push({ id: def.id, values: [def.values[rng.int(def.values.length)]!.id] });
    else obs.push({ id: def.id, value: def.values[rng.int(def.values.length)]!.id });
  }
  return observe(initialBelief(cm, 20 + rng.int(60), rng.next() < 0.5 ? 'male' : 'female'), obs);
}

test('the sparse planner scores every action as the dense definition does', () => {
  const rng = createRng(11);
  const optsList: PlanOptions[] = [
    { mode: 'no-budget' }, { mode: 'questions-only' }, { mode: 'budgeted', budgetUsd: 30 },
    { mode: 'no-budget', costAware: false, challengerWeight: 0 }, { mode: 'no-budget', planOn: 'generative', planTemperature: 3 },
    { mode: 'no-budget', activeThreshold: 1e-3 },
  ];
  for (const cm of [compileModel(makeModel()), compileModel(syntheticModel(rng, 40, 60)), compileModel(syntheticModel(rng, 120, 90))]) {
    for (let i = 0; i < 40; i++) {
      const b = randomBelief(cm, rng, rng.int(6));
      for (const opts of optsList) {
        const got = rankActions(b, opts);
        const want = denseRanking(b, opts);
        assert.deepEqual(got.map((a) => a.actionId).sort(), want.map((a) => a.id).sort());
        const byId = new Map(want.map((a) => [a.id, a]));
        for (const a of got) {
          const w = byId.get(a.actionId)!;
          for (const [x, y] of [[a.expectedGain, w.gain], [a.challenger, w.challenger], [a.score, w.score]] as const) {
            assert.ok(Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y)), `${a.actionId}: ${x} vs ${y}`);
          }
        }
        // bestAction is the head of rankActions, and asking twice about one state gives the same answer.
        assert.equal(bestAction(b, opts)?.actionId, got[0]?.actionId);
        assert.deepEqual(rankActions(b, opts), got);
      }
    }
  }
});
