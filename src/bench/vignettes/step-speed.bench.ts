/**
 * Speed of one engine step on the primary-care model (rank every action, observe the answer,
 * recompute the posterior), over seeded random cases. Prints JSON: p50/p99 in ms, and the 1-minute
 * load average (the machine is shared, so read p99 beside it).
 * Run: node --import tsx src/bench/vignettes/step-speed.bench.ts [models/primary-care.json]
 */
import { loadavg } from 'node:os';
import { compileModel } from '../../core/compile.js';
import { rankActions } from '../../core/next-action.js';
import { beliefFromCase, observe, posterior } from '../../core/posterior.js';
import { createRng } from '../../core/random.js';
import { readModelArtifact } from '../../learn/artifact.js';

const model = readModelArtifact(process.argv[2] ?? 'models/primary-care.json');
const cm = compileModel(model);
const rng = createRng(7);
const symptoms = model.findings.filter((f) => f.kind === 'symptom').map((f) => f.id);
const times: number[] = [];
// The first WARM cases warm up the JIT (and the planner's per-model index) and are not timed.
const WARM = 100;
const CASES = 1100;
for (let i = 0; i < CASES; i++) {
  const findings = Array.from({ length: 3 }, () => symptoms[Math.floor(rng.next() * symptoms.length)]!);
  let state = beliefFromCase(cm, { age: 20 + Math.floor(rng.next() * 60), sex: rng.next() < 0.5 ? 'female' : 'male', findings: [...new Set(findings)].map((id) => ({ id, present: true })) });
  for (let s = 0; s < 5; s++) {
    const t0 = performance.now();
    const p = posterior(state);
    const best = rankActions(state, { mode: 'no-budget' }, p)[0];
    if (best) state = observe(state, cm.actions[best.actionIndex]!.findings.map((fi) => ({ id: cm.findings[fi]!.def.id, present: rng.next() < 0.3 })).filter((o) => cm.findings[cm.findingIndex.get(o.id)!]!.def.valueType === 'binary'));
    if (i >= WARM) times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const q = (x: number): number => Math.round(times[Math.min(times.length - 1, Math.floor(x * times.length))]! * 1000) / 1000;
process.stdout.write(`${JSON.stringify({ model: model.id, conditions: model.conditions.length, findings: model.findings.length, actions: model.actions.length, steps: times.length, p50_ms: q(0.5), p99_ms: q(0.99), max_ms: q(1), load_avg: Number(loadavg()[0]!.toFixed(2)) })}\n`);
