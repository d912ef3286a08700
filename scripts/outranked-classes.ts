/**
 * The read pool's outranked misses by class (dev tool, issue 13; content-free: counts and sums only, no case, name or
 * text is printed). For every read-pool case whose gold is covered but ranked outside the top 10 (and, separately,
 * ranked 2-10), the score gap between a passer (the condition at rank 10, and the leader) and the gold's best-ranked
 * accepted condition is split into the terms of the score (`docs/architecture.md`):
 *   prior   — log prior(passer) − log prior(gold) (age band, sex, period);
 *   silent  — present findings the passer lists and the gold's profile does not (the gold pays nothing, the passer
 *             gains log p / leak: a finding's leak is what a silent profile is charged);
 *   better  — present findings both list, the passer with the higher likelihood;
 *   negative — absent findings (the note denies them): what each pays for expecting them;
 *   goldOnly — present findings only the gold lists (these close the gap, so they are ≤ 0 in the passer's favour).
 * A miss's class is its largest positive term. Read data only: the MedQA and OSCE dev files' read halves (`halfOf`
 * filters every row before it runs) and the read fresh sets; never the score halves.
 * Usage: DDX_DATA=/work/shared/data node --import tsx scripts/outranked-classes.ts [--model file]
 */
import { readFileSync } from 'node:fs';
import { readModelArtifact } from '../src/learn/artifact.js';
import { compileModel, rowLlr, sexIndex, type CompiledModel } from '../src/core/compile.js';
import { outcomeRows, periodLogFactor, type BeliefState } from '../src/core/posterior.js';
import { buildLexicon, type Lexicon } from '../src/intake/notes/index.js';
import { acceptedConditions, runAnyCase, truthOf, type VignetteOptions } from '../src/bench/vignettes/run.js';
import { halfOf } from '../src/bench/vignettes/split.js';
import { truthResolver } from '../src/bench/vignettes/truth-codes.js';
import { readOntologies } from '../src/learn/primary-care/ontologies.js';
import { readPoolFiles } from './read-dev-sets.js';

const argv = process.argv.slice(2);
const arg = (name: string, dflt: string): string => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1]! : dflt; };
const data = process.env['DDX_DATA'] ?? '../shared/data';
const model = readModelArtifact(arg('--model', 'models/primary-care.json'));
const cm: CompiledModel = compileModel(model);
const lex: Lexicon = buildLexicon(model);
const opts: VignetteOptions = { truthCodes: truthResolver(readOntologies(data)) };

/** The final belief of a row and its accepted conditions, as the bench computes them (`runAnyCase`; undefined when not a vignette). */
function finalBelief(raw: unknown): { state: BeliefState; p: Float64Array; accepted: Set<number> } | undefined {
  const o = runAnyCase(model, cm, lex, raw, opts);
  return o && { state: o.belief, p: o.posterior, accepted: acceptedConditions(model, truthOf(o.diagnosis, opts)) };
}

type Term = 'prior' | 'silent' | 'better' | 'negative' | 'goldOnly' | 'other';
const TERMS: readonly Term[] = ['prior', 'silent', 'better', 'negative', 'goldOnly', 'other'];

function listed(fi: number, c: number): boolean {
  const li = cm.findings[fi]!.listedIdx;
  let lo = 0;
  let hi = li.length - 1;
  while (lo <= hi) { const m = (lo + hi) >> 1; const v = li[m]!; if (v === c) return true; if (v < c) lo = m + 1; else hi = m - 1; }
  return false;
}

/** Gap s(w) − s(g) split into the terms above; also the silent term by the finding's listing count. */
function split(state: BeliefState, w: number, g: number): { t: Record<Term, number>; silentByBreadth: number[] } {
  const t: Record<Term, number> = { prior: 0, silent: 0, better: 0, negative: 0, goldOnly: 0, other: 0 };
  const silentByBreadth = [0, 0, 0, 0];
  const lp = cm.logPrior[state.band * 2 + sexIndex(state.sex)]!;
  t.prior = lp[w]! + periodLogFactor(cm, w, state.date) - lp[g]! - periodLogFactor(cm, g, state.date);
  for (const obs of state.observations) {
    const fi = cm.findingIndex.get(obs.id)!;
    const cf = cm.findings[fi]!;
    let lw = 0;
    let lg = 0;
    for (const r of outcomeRows(cf, obs)) { lw += rowLlr(cf, r, w); lg += rowLlr(cf, r, g); }
    const d = lw - lg;
    if (!('present' in obs)) { t.other += d; continue; }
    if (!obs.present) { t.negative += d; continue; }
    const inW = listed(fi, w);
    const inG = listed(fi, g);
    if (inW && !inG) {
      t.silent += d;
      const n = cf.listedIdx.length;
      silentByBreadth[n < 10 ? 0 : n < 50 ? 1 : n < 200 ? 2 : 3]! += d;
    } else if (inW && inG) t.better += d;
    else if (!inW && inG) t.goldOnly += d;
  }
  return { t, silentByBreadth };
}

interface Agg { n: number; byClass: Record<Term, number>; sum: Record<Term, number>; silentByBreadth: number[]; negPaid: number; negCases: number }
const newAgg = (): Agg => ({ n: 0, byClass: { prior: 0, silent: 0, better: 0, negative: 0, goldOnly: 0, other: 0 }, sum: { prior: 0, silent: 0, better: 0, negative: 0, goldOnly: 0, other: 0 }, silentByBreadth: [0, 0, 0, 0], negPaid: 0, negCases: 0 });
function addTo(a: Agg, state: BeliefState, w: number, g: number): void {
  const { t, silentByBreadth } = split(state, w, g);
  a.n++;
  let best: Term = 'prior';
  for (const k of TERMS) { a.sum[k] += t[k]; if (t[k] > t[best]) best = k; }
  a.byClass[best]++;
  silentByBreadth.forEach((v, i) => { a.silentByBreadth[i]! += v; });
  if (t.negative > 0) { a.negCases++; a.negPaid += t.negative; }
}

const parts = { out10: { tenth: newAgg(), leader: newAgg() }, in2to10: { leader: newAgg() } };
let cases = 0;
let covered = 0;
const rankHist = { r1: 0, r2to10: 0, r11to20: 0, r21to50: 0, r51plus: 0 };
const files = readPoolFiles(data);
const devFiles = new Set(files.slice(0, 2));
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as unknown;
    if (devFiles.has(file) && halfOf(raw) !== 'read') continue; // never the score halves
    const fb = finalBelief(raw);
    if (!fb) continue;
    cases++;
    if (fb.accepted.size === 0) continue;
    covered++;
    const order = Array.from(fb.p.keys()).sort((a, b) => fb.p[b]! - fb.p[a]! || a - b);
    const rank = order.findIndex((ci) => fb.accepted.has(ci));
    const g = order[rank]!;
    if (rank === 0) rankHist.r1++;
    else if (rank < 10) rankHist.r2to10++;
    else if (rank < 20) rankHist.r11to20++;
    else if (rank < 50) rankHist.r21to50++;
    else rankHist.r51plus++;
    if (rank >= 10) {
      addTo(parts.out10.tenth, fb.state, order[9]!, g);
      addTo(parts.out10.leader, fb.state, order[0]!, g);
    } else if (rank > 0) addTo(parts.in2to10.leader, fb.state, order[0]!, g);
  }
}
const r2 = (x: number): number => Math.round(x * 100) / 100;
const show = (name: string, a: Agg): void => {
  console.log(`${name}: ${a.n} misses`);
  console.log(`  class (largest positive term): ${TERMS.map((k) => `${k} ${a.byClass[k]}`).join(', ')}`);
  console.log(`  mean term, nats: ${TERMS.map((k) => `${k} ${r2(a.sum[k] / Math.max(1, a.n))}`).join(', ')}`);
  console.log(`  silent term by breadth (conditions listing the finding <10 / 10-49 / 50-199 / >=200), mean: ${a.silentByBreadth.map((v) => r2(v / Math.max(1, a.n))).join(' / ')}`);
  console.log(`  negative term > 0 in ${a.negCases} misses, mean there ${r2(a.negPaid / Math.max(1, a.negCases))}`);
};
console.log(`read pool cases ${cases}, covered ${covered}; gold rank 1: ${rankHist.r1}, 2-10: ${rankHist.r2to10}, 11-20: ${rankHist.r11to20}, 21-50: ${rankHist.r21to50}, >50: ${rankHist.r51plus}`);
show('gold outside top 10, against the rank-10 condition', parts.out10.tenth);
show('gold outside top 10, against the leader', parts.out10.leader);
show('gold rank 2-10, against the leader', parts.in2to10.leader);
