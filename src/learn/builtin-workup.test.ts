/**
 * Property test over every built-in model: the core's work-up loop never offers an action again once
 * it was answered or skipped, and never offers one with nothing left to ask. Random (seeded) answers,
 * skips included, on the traced loop, the fast loop and the stepper the interview uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel, type CompiledAction, type CompiledModel } from '../core/compile.js';
import type { Observation } from '../core/evidence.js';
import { followUpOpen } from '../core/next-action.js';
import { FindingStatus, initialBelief, observe, type BeliefState } from '../core/posterior.js';
import { createRng, type Rng } from '../core/random.js';
import { findingsToAsk, runWorkup, Workup, type WorkupOptions } from '../core/workup.js';
import { builtinModelIds, loadModel } from './builtin-models.js';

/** A random answer per finding of the action; about one in five is left unanswered (skipped). */
function randomAnswers(cm: CompiledModel, action: CompiledAction, rng: Rng): Observation[] {
  const out: Observation[] = [];
  for (const fi of action.findings) {
    if (rng.next() < 0.2) continue;
    const def = cm.findings[fi]!.def;
    if (def.valueType === 'binary') out.push({ id: def.id, present: rng.next() < 0.5 });
    else if (def.valueType === 'multi') out.push({ id: def.id, values: def.values.filter(() => rng.next() < 0.2).map((v) => v.id) });
    else out.push({ id: def.id, value: def.values[rng.int(def.values.length)]!.id });
  }
  return out;
}

function checkOffer(cm: CompiledModel, state: BeliefState, action: CompiledAction, offered: Set<string>, where: string): void {
  assert.ok(!offered.has(action.id), `${where}: action ${action.id} offered again after it was answered or skipped`);
  offered.add(action.id);
  assert.ok(action.findings.some((fi) => state.status[fi] === FindingStatus.Unknown && followUpOpen(cm, state.status, fi)), `${where}: action ${action.id} offered with nothing left to ask`);
}

for (const id of builtinModelIds()) {
  test(`work-up on the built-in model "${id}" never offers an action twice`, () => {
    const cm = compileModel(loadModel(id));
    for (let seed = 1; seed <= 6; seed++) {
      const rng = createRng(seed * 7919);
      const start = observe(initialBelief(cm, 1 + rng.int(90), rng.next() < 0.5 ? 'female' : 'male'), [{ id: cm.findings[rng.int(cm.findings.length)]!.def.id, present: true }].filter((o) => cm.findings[cm.findingIndex.get(o.id)!]!.def.valueType === 'binary'));
      for (const mode of ['questions-only', 'no-budget'] as const) {
        // Never confident, so the loop runs until nothing is left worth asking or the step limit.
        const opts: WorkupOptions = { mode, rules: { confidence: 1.1, maxSteps: 40 } };
        for (const trace of [true, false]) {
          const offered = new Set<string>();
          const answerRng = createRng(seed);
          const where = `${id} seed ${seed} ${mode} ${trace ? 'traced' : 'fast'}`;
          const r = runWorkup(start, (action, state) => {
            checkOffer(cm, state, action, offered, where);
            return randomAnswers(cm, action, answerRng);
          }, { ...opts, trace });
          assert.equal(new Set(r.actionsTaken).size, r.actionsTaken.length, where);
        }
        const offered = new Set<string>();
        const answerRng = createRng(seed);
        const w = new Workup(start, opts);
        for (let step = w.next(); step; step = w.next()) {
          checkOffer(cm, w.belief, step.action, offered, `${id} seed ${seed} ${mode} stepper`);
          const asked = findingsToAsk(w.belief, step.action, w.posterior);
          assert.ok(asked.length >= 1 && asked.length <= 8, 'the interview has one to eight findings of the action to ask');
          w.answer(randomAnswers(cm, step.action, answerRng));
        }
        assert.ok(w.stopReason, 'the stepper ends with a reason');
      }
    }
  });
}
