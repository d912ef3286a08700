/**
 * Where does an unseen truth rank among the annotation-only conditions (no training case in the fold's model:
 * HPO-annotated or derived profiles), and what beats it? Aggregates only, over the grouped CV folds given
 * (`--folds 0,1,2`; never the untouched third): the truth's rank among annotation-only conditions by the Bayes score,
 * and for the misses the truth against the annotation-only leader (prior, evidence, profile size and total IC,
 * patient terms reached exactly / through an ancestor only, frequency-less annotations, the similarity's halves).
 * Also: unseen top-1/3/10 if the shipped ranking's annotation-only slots were re-filled in another order within that
 * class (seen slots fixed), for a few orders. `node --import tsx scripts/phenopackets-annotation-rank.ts --folds 0,1,2`.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { compileModel } from '../src/core/compile.js';
import { initialBelief, observe, posterior, scores, topK } from '../src/core/posterior.js';
import { exemplarsOf, fuseRanking, fusionQuery } from '../src/core/exemplar-rank.js';
import { backHalf, forwardHalf, prepareQuery, type PreparedQuery } from '../src/core/similarity.js';
import { priceFor } from '../src/bench/prices.js';
import { truthJudge } from './phenopackets-rank.js';
import { prepareCase } from '../src/bench/phenopackets/adapter.js';
import { buildPhenopacketModel, loadCases } from '../src/learn/phenopackets/build.js';
import type { Phenopacket } from '../src/learn/phenopackets/cases.js';
import { ontologyFromModel } from '../src/learn/phenopackets/model-ontology.js';
import { DERIVED_PROFILE_SYSTEM, TRAINING_CASES_SYSTEM } from '../src/learn/phenopackets/hpo-model.js';
import { isEvalCase } from '../src/learn/phenopackets/select.js';
import { createTermMapper } from '../src/learn/phenopackets/terms.js';
import { parseHpoa } from '../src/learn/phenopackets/hpoa.js';

const data = resolve(process.env['DDX_DATA'] ?? '../shared/data');
const args = process.argv.slice(2);
const foldsArg = args.includes('--folds') ? args[args.indexOf('--folds') + 1] : '0,1,2';
// Read dev folds only: folds 3-4 are scored at a gate (phenopackets-cv.ts) and the untouched third never by a dev tool.
if (foldsArg === undefined || !/^[0-2](,[0-2])*$/.test(foldsArg)) throw new Error('--folds takes read dev folds 0-2 only (e.g. --folds 0,1,2)');
const folds = foldsArg.split(',').map(Number);
const M = 50;
const dirs = { phenopacketsDir: `${data}/phenopackets`, hpoDir: `${data}/hpo`, mondoDir: `${data}/ontologies/mondo` };
const loaded = loadCases(dirs.phenopacketsDir);
const labels = JSON.parse(readFileSync(`${dirs.phenopacketsDir}/hpo-labels.json`, 'utf8')) as Record<string, string>;
const hpoa = parseHpoa(gunzipSync(readFileSync(`${dirs.hpoDir}/phenotype.hpoa.gz`)).toString('utf8'));

type Features = Record<string, number>;
const FEATURES = ['prior', 'evidence', 'score', 'profile terms', 'profile total IC', 'reached exactly', 'reached IC', 'ancestor-only', 'ancestor-only IC', 'unmatched', 'frequency-less share', 'forward', 'back'];
/** Sums of truth and leader features over the misses (per feature: how many had it), and how often the leader's is the larger. */
const sums = new Map<string, { n: number; cnt: number[]; truth: number[]; leader: number[]; leaderMore: number[] }>();
const rankBands = new Map<string, number>();
const tally = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v = 1): void => void m.set(k, (m.get(k) ?? 0) + v);
/** An order within the annotation-only class: the value of condition c (higher first). */
type Order = (c: number) => number;
const orderHits = new Map<string, { t1: number; t3: number; t10: number; n: number }>();

/** One fold's model and what every case of it reads: seen and derived masks, each profile's total IC. */
function foldContext(k: number) {
  const { model } = buildPhenopacketModel({ ...dirs, train: `fold-${k}`, priceOf: priceFor, params: {} }, loaded);
  const cm = compileModel(model);
  const ex = exemplarsOf(cm)!;
  const prof = ex.index.profiles;
  const hasCode = (system: string): Uint8Array => Uint8Array.from(model.conditions, (c) => ((c.codes ?? []).some((x) => x.system === system) ? 1 : 0));
  const totalIc = Float64Array.from(model.conditions, (_, c) => {
    let s = 0;
    for (let j = prof.specificStart[c]!; j < prof.specificStart[c + 1]!; j++) s += ex.index.ic[prof.specific[j]!]!;
    return s;
  });
  return { model, cm, ex, mapper: createTermMapper(ontologyFromModel(model), labels), seen: hasCode(TRAINING_CASES_SYSTEM), derived: hasCode(DERIVED_PROFILE_SYSTEM), totalIc };
}
type Fold = ReturnType<typeof foldContext>;

/** The band of the truth's rank among annotation-only conditions by the Bayes score (the top M by the judge, else by id). */
function rankBand(f: Fold, sc: Float64Array, aTop: readonly number[], right: (c: number) => boolean, ci: number | undefined): string {
  let r = aTop.findIndex(right);
  if (r < 0 && ci !== undefined) {
    r = 0;
    for (let c = 0; c < sc.length; c++) if (!f.seen[c] && sc[c]! > sc[ci]!) r++;
  }
  if (ci === undefined && r < 0) return 'not in model';
  return r === 0 ? '1' : r < 3 ? '2-3' : r < 10 ? '4-10' : r < 50 ? '11-50' : r < 500 ? '51-500' : '>500';
}

/** Counts the truth's place when the annotation-only `slots` of the shipped list are re-filled by each order (seen places fixed). */
function countOrders(kind: string, orders: Record<string, Order>, aTop: readonly number[], sc: Float64Array, slots: readonly number[], right: (c: number) => boolean): void {
  for (const [label, val] of Object.entries(orders)) {
    const r = [...aTop].sort((a, b) => val(b) - val(a) || sc[b]! - sc[a]!).findIndex(right);
    const pos = r >= 0 && r < slots.length ? slots[r]! : -1;
    const h = orderHits.get(`${kind} ${label}`) ?? { t1: 0, t3: 0, t10: 0, n: 0 };
    h.n++;
    if (pos === 0) h.t1++;
    if (pos >= 0 && pos < 3) h.t3++;
    if (pos >= 0 && pos < 10) h.t10++;
    orderHits.set(`${kind} ${label}`, h);
  }
}

/** How the patient's terms reach condition c's profile: exactly (the term in its closure), through an ancestor only, or not. */
function reach(f: Fold, q: PreparedQuery, c: number): Features {
  const { index: idx } = f.ex;
  const prof = idx.profiles;
  const closure = new Set(prof.closure.subarray(prof.closureStart[c]!, prof.closureStart[c + 1]!));
  const out = { 'reached exactly': 0, 'reached IC': 0, 'ancestor-only': 0, 'ancestor-only IC': 0, unmatched: 0 };
  for (const t of q.terms) {
    if (t < 0) continue;
    // t itself first: `up` lists a term's ancestors by IC descending, ties by index, so an ancestor of equal IC may come
    // before t; else the most informative ancestor in the closure.
    let hit = closure.has(t) ? t : -1;
    for (let j = idx.upStart[t]!; j < idx.upStart[t + 1]! && hit < 0; j++) if (closure.has(idx.up[j]!)) hit = idx.up[j]!;
    if (hit === t) {
      out['reached exactly']++;
      out['reached IC'] += idx.ic[t]!;
    } else if (hit >= 0 && idx.ic[hit]! > 0) {
      out['ancestor-only']++;
      out['ancestor-only IC'] += idx.ic[hit]!;
    } else out.unmatched++;
  }
  return out;
}

/** Adds one miss (truth tc against the annotation-only leader) to its slice's feature sums. */
function addMiss(f: Fold, kind: string, feats: (c: number) => Features, tc: number, leader: number): void {
  add(tally, `${kind}: leader is derived`, f.derived[leader]!);
  add(tally, `${kind}: truth is derived`, f.derived[tc]!);
  const ft = feats(tc);
  const fl = feats(leader);
  const s = sums.get(kind) ?? { n: 0, cnt: FEATURES.map(() => 0), truth: FEATURES.map(() => 0), leader: FEATURES.map(() => 0), leaderMore: FEATURES.map(() => 0) };
  s.n++;
  FEATURES.forEach((x, i) => {
    if (Number.isNaN(ft[x]!) || Number.isNaN(fl[x]!)) return;
    s.cnt[i]!++;
    s.truth[i]! += ft[x]!;
    s.leader[i]! += fl[x]!;
    if (fl[x]! > ft[x]!) s.leaderMore[i]!++;
  });
  sums.set(kind, s);
}

/** One unseen case: its rank band, the re-filled orders, and (a miss with the truth in the annotation-only top M) its features. */
function analyseCase(f: Fold, p: Phenopacket): void {
  const { model, cm, ex, seen } = f;
  const ci = cm.conditionIndex.get(p.disease.id);
  if (ci !== undefined && seen[ci]) return;
  const kind = hpoa.has(p.disease.id) ? 'unseen-annotated' : 'unseen-unannotated';
  add(tally, `${kind} cases`);
  const pc = prepareCase(p, cm, f.mapper);
  const b0 = initialBelief(cm, p.ageYears ?? 130, p.sex === 'male' ? 'male' : 'female');
  const prior = scores(b0);
  const state = observe(b0, pc.staticObservations);
  const post = posterior(state);
  const sc = scores(state);
  const right = truthJudge(model, p);
  const aTop = topK(Float64Array.from(sc, (v, c) => (seen[c] ? -Infinity : v)), M);
  add(rankBands, `${kind} ${rankBand(f, sc, aTop, right, ci)}`);
  // The shipped ranking (fused head K 20, then Bayes to M) and its annotation-only places.
  const head = fuseRanking(ex, state, post).order;
  const inHead = new Set(head);
  const list = [...head, ...topK(post, M).filter((c) => !inHead.has(c))];
  const slots = list.map((c, i) => (seen[c] ? -1 : i)).filter((i) => i >= 0);
  if (list.length > 0 && !seen[list[0]!]) add(tally, `${kind}: shipped top-1 is annotation-only`);
  const q = prepareQuery(ex.index, fusionQuery(ex, state));
  const prof = ex.index.profiles;
  const fw = new Map(aTop.map((c) => [c, forwardHalf(ex.index, q, prof, c)]));
  const bk = new Map(aTop.map((c) => [c, backHalf(ex.index, q, prof, c)]));
  const sim = (c: number): number => fw.get(c)! + bk.get(c)!;
  const terms = (c: number): number => prof.specificStart[c + 1]! - prof.specificStart[c]!;
  countOrders(kind, {
    shipped: (c) => -list.indexOf(c) - (list.includes(c) ? 0 : 1e9),
    'bayes+0.75sim': (c) => sc[c]! + 0.75 * sim(c),
    'bayes+1.5sim': (c) => sc[c]! + 1.5 * sim(c),
    'bayes+3sim': (c) => sc[c]! + 3 * sim(c),
    'sim only (Phenomizer)': (c) => sim(c),
    'evidence+0.75sim (no prior)': (c) => sc[c]! - prior[c]! + 0.75 * sim(c),
    bayes: (c) => sc[c]!,
    'bayes+0.25sim': (c) => sc[c]! + 0.25 * sim(c),
    'bayes-0.5ln(profile terms)': (c) => sc[c]! - 0.5 * Math.log(1 + terms(c)),
    'bayes-1ln(profile terms)': (c) => sc[c]! - Math.log(1 + terms(c)),
  }, aTop, sc, slots, right);
  const r0 = aTop.findIndex(right);
  if (r0 <= 0) return;
  const feats = (c: number): Features => {
    const ann = hpoa.get(model.conditions[c]!.id)?.phenotypes.filter((x) => !x.not) ?? [];
    return {
      prior: prior[c]!, evidence: sc[c]! - prior[c]!, score: sc[c]!, 'profile terms': terms(c), 'profile total IC': f.totalIc[c]!, ...reach(f, q, c),
      'frequency-less share': ann.length ? ann.filter((x) => x.frequency === undefined).length / ann.length : NaN,
      forward: fw.get(c)!, back: bk.get(c)!,
    };
  };
  addMiss(f, kind, feats, aTop[r0]!, aTop[0]!);
}

for (const k of folds) {
  const f = foldContext(k);
  for (const p of loaded.all.filter((x) => isEvalCase(x, `fold-${k}`))) analyseCase(f, p);
  console.log(`fold-${k} done`);
}
console.log(`folds ${folds.join(',')}: unseen truths`);
for (const [k, v] of [...tally].sort()) console.log(`  ${k}: ${v}`);
console.log('truth rank among annotation-only conditions (Bayes score):');
for (const [k, v] of [...rankBands].sort()) console.log(`  ${k}: ${v}`);
console.log(`unseen top-1/3/10 (counts) if the shipped list's annotation-only places were filled in this order (the annotation-only Bayes top ${M}; seen places fixed):`);
for (const [k, h] of [...orderHits].sort()) console.log(`  ${k}: ${h.t1} / ${h.t3} / ${h.t10} of ${h.n}`);
console.log('misses with the truth in the annotation-only top 50: mean truth / mean leader / share where the leader is larger');
for (const [kind, s] of sums) {
  console.log(`  ${kind} (${s.n} misses)`);
  FEATURES.forEach((x, i) => console.log(`    ${x}: ${(s.truth[i]! / s.cnt[i]!).toFixed(2)} / ${(s.leader[i]! / s.cnt[i]!).toFixed(2)} / ${((100 * s.leaderMore[i]!) / s.cnt[i]!).toFixed(0)}% of ${s.cnt[i]}`));
}
