/**
 * Grouped cross-validation of the rare-disease learner in one process (static ranking only), for
 * choosing learner parameters on the dev folds: `node --import tsx scripts/phenopackets-cv.ts
 * [--folds 0,1,2,3,4] [--set key=value ...] [--v key=value,key=value ...]` (each `--v` is one more
 * variant, run in turn; `--set` pairs form one variant). `CALIB=1` adds the calibration of the
 * top-1 posterior flattened to p^(1/T) for several T (ECE, Brier, log loss); `VERBOSE=1` prints folds.
 * `--fuse k0.75,f0.5,...` also re-ranks the Bayes top `--fuseK` (50) by score + w x an ontology
 * similarity (`src/core/similarity.ts`; docs/log/benchmark-history.md, "Seen diseases, tenth session"), one line per weight; `m<w>`/`h<w>` use the
 * exemplars as a mixture (log-mean-exp) instead of their maximum, `c<w>`/`z<w>` centre the similarity on (or
 * standardise it by) its null over random patients, Phenomizer's correction (twelfth session).
 * Never scores the untouched third.
 */
import { resolve } from 'node:path';
import { compileModel } from '../src/core/compile.js';
import { initialBelief, observe, posterior, scores, topK, type BeliefState } from '../src/core/posterior.js';
import { matchDetail, matchScore, prepareQuery } from '../src/core/similarity.js';
import { createRng } from '../src/core/random.js';
import { withCaseInformation } from '../src/core/case-information.js';
import { exemplarsOf, fuseRanking, fusionQuery, type CompiledExemplars } from '../src/core/exemplar-rank.js';
import { priceFor } from '../src/bench/prices.js';
import { truthJudge } from './phenopackets-rank.js';
import { prepareCase } from '../src/bench/phenopackets/adapter.js';
import { buildPhenopacketModel, loadCases } from '../src/learn/phenopackets/build.js';
import { ontologyFromModel } from '../src/learn/phenopackets/model-ontology.js';
import { TRAINING_CASES_SYSTEM } from '../src/learn/phenopackets/hpo-model.js';
import { isEvalCase } from '../src/learn/phenopackets/select.js';
import { publicationOf } from '../src/learn/phenopackets/split.js';
import { createTermMapper } from '../src/learn/phenopackets/terms.js';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHpoa } from '../src/learn/phenopackets/hpoa.js';
import { gateRecord, gateReport, type GateRecord } from './phenopackets-gate.js';

const data = resolve(process.env['DDX_DATA'] ?? '../shared/data');
const args = process.argv.slice(2);
const folds = (args.includes('--folds') ? args[args.indexOf('--folds') + 1]! : '0,1,2,3,4').split(',').map(Number);
const variants: Record<string, number>[] = [];
const set: Record<string, number> = {};
args.forEach((a, i) => {
  if (a === '--set') {
    const [k, v] = args[i + 1]!.split('=');
    set[k!] = Number(v);
  }
  if (a === '--v') {
    const params: Record<string, number> = {};
    for (const kv of args[i + 1]!.split(',').filter(Boolean)) {
      const [k, v] = kv.split('=');
      params[k!] = Number(v);
    }
    variants.push(params);
  }
});
if (Object.keys(set).length > 0 || variants.length === 0) variants.unshift(set);
// --fuse w1,w2,... : also rank the Bayes top --fuseK (50) by score + w * ontology similarity (similarity.ts);
// each weight is s<w> (symmetric), f<w> (patient-to-disease half), n<w> (symmetric x the patient's terms), k<w> (the core
// exemplar re-rank; k<w>/<a> weighs its patient-to-profile half a, 0.5 = symmetric; p<w>/<gb>/<gf>[/1] weighs the profile's
// back half by P^gb and forward credits by P^gf (/1: the training cases' too); i<w>/<lambda> takes the IC from the training cases (case-information.ts), docs/sessions/17-rare.md; o<w> keeps
// conditions without training cases in posterior order among themselves, docs/sessions/19-rare.md); <kind><w>@<K> re-ranks the top K only. Each weight is reported as its own line. The Bayes line is the
// model's own posterior order whatever the model's exemplar field says.
const fuse = args.includes('--fuse') ? args[args.indexOf('--fuse') + 1]!.split(',') : [];
const fuseK = args.includes('--fuseK') ? Number(args[args.indexOf('--fuseK') + 1]) : 50;
// --gate: the seen/unseen gate before the shipped re-rank (w 0.75, top 20; class-gate.ts, docs/sessions/18-rare.md),
// fitted on the folds run (pooled and cross-fitted); --gate-coef a0,a1[,a2] also ranks with those coefficients as given.
const gate = args.includes('--gate');
const gateCoef = args.includes('--gate-coef') ? args[args.indexOf('--gate-coef') + 1]!.split(',').map(Number) : undefined;
// --gate-listwise b0,b1[,b2]: score only that ranking-fitted gate beside the reference (no fit on the folds run).
const gateListwise = args.includes('--gate-listwise') ? args[args.indexOf('--gate-listwise') + 1]!.split(',').map(Number) : undefined;
if (gate && fuse.length === 0) throw new Error('--gate needs --fuse (the gate ranks with the re-rank\'s index), e.g. --fuse k0.75@20');
if (!gate && (gateCoef || gateListwise)) throw new Error('--gate-coef and --gate-listwise are options of --gate');
for (const [name, c] of [['--gate-coef', gateCoef], ['--gate-listwise', gateListwise]] as const) {
  if (c && !(c.length >= 2 && c.length <= 3 && c.every(Number.isFinite))) throw new Error(`${name} takes 2 or 3 comma-separated numbers (a0,a1[,a2])`);
}
const dirs = { phenopacketsDir: `${data}/phenopackets`, hpoDir: `${data}/hpo`, mondoDir: `${data}/ontologies/mondo` };
const loaded = loadCases(dirs.phenopacketsDir);
const labels = JSON.parse(readFileSync(`${dirs.phenopacketsDir}/hpo-labels.json`, 'utf8')) as Record<string, string>;
const annotated = new Set(parseHpoa(gunzipSync(readFileSync(`${dirs.hpoDir}/phenotype.hpoa.gz`)).toString('utf8')).keys());
// n, t1.. count cases; w, w1.. weigh each case 1 / (cases of its publication in the scored fold), so one large
// cohort counts as one publication (the figure a new publication's first case would see).
type Acc = { n: number; t1: number; t3: number; t10: number; w: number; w1: number; w3: number; w10: number };
const z = (): Acc => ({ n: 0, t1: 0, t3: 0, t10: 0, w: 0, w1: 0, w3: 0, w10: 0 });
const pct = (a: Acc, k: 't1' | 't3' | 't10'): string => (a.n ? ((100 * a[k]) / a.n).toFixed(1) : '-');
const wpct = (a: Acc): string => (a.w ? [a.w1, a.w3, a.w10].map((x) => ((100 * x) / a.w).toFixed(1)).join('/') : '-');

/**
 * The truth's rank (-1: not in the Bayes top --fuseK) under each --fuse label: s<w> symmetric best-match
 * average, f<w> its patient-to-disease half, n<w> symmetric x the patient's term count (reference form,
 * `matchDetail`), k<w> the core exemplar re-rank (`fuseRanking`: best match over the disease's profile and
 * its training cases, from the model's exemplar field), p<w>/<gb>/<gf>[/1] the same frequency-weighted
 * (frequency-similarity.ts), i<w>/<lambda> the same with IC from the training cases (case-information.ts); c, z, m, h
 * the older null- and mixture-corrected forms; <kind><w>@<K> re-ranks only the Bayes top K.
 */
function fusedRanks(ex: CompiledExemplars, state: BeliefState, post: Float64Array, right: (c: number) => boolean): Map<string, number> {
  const cand = topK(post, fuseK);
  const sc = scores(state);
  const query = fusionQuery(ex, state);
  // The reference form (matchDetail, slow) only for the labels that read it: s, f, n (the last branch below).
  const detail = fuse.some((f) => !'czmhipko'.includes(f[0]!)) ? cand.map((c) => matchDetail(ex.index, query, ex.index.profiles, c)) : [];
  // A core re-rank's head, then the rest of the Bayes top --fuseK in Bayes order.
  const rankIn = (head: readonly number[]): number => [...head, ...cand.slice(head.length)].findIndex(right);
  const ok = cand.map(right);
  const out = new Map<string, number>();
  for (const f of fuse) {
    const [wText, kText] = f.slice(1).split('@');
    const w = Number(wText);
    const kf = kText ? Math.min(Number(kText), cand.length) : cand.length;
    if (f[0] === 'c' || f[0] === 'z') {
      const q = prepareQuery(ex.index, query);
      const sims = cand.slice(0, kf).map((c) => bestSimilarity(ex, q, c));
      const nulls = cand.slice(0, kf).map((c) => nullSimilarity(ex, c, q.known));
      const val = sims.map((v, i) => sc[cand[i]!]! + w * (f[0] === 'c' ? v - nulls[i]!.mean : (v - nulls[i]!.mean) / nulls[i]!.sd));
      out.set(f, truthRank(val, kf, cand.length, ok));
      continue;
    }
    if (f[0] === 'm' || f[0] === 'h') {
      const val = cand.slice(0, kf).map((c) => sc[c]! + mixtureSimilarity(ex, query, c, w, f[0] === 'h'));
      out.set(f, truthRank(val, kf, cand.length, ok));
      continue;
    }
    if (f[0] === 'i') {
      // i<w>/<lambda>: the core re-rank with IC from the training cases, shrunk to the annotation share (case-information.ts).
      const [iw, lambda] = wText!.split('/').map(Number);
      out.set(f, rankIn(fuseRanking(withCaseInformation(ex, lambda!), state, post, { weight: iw!, top: kf }).order));
      continue;
    }
    if (f[0] === 'p') {
      // p<w>/<gb>/<gf>[/1]: the core re-rank with the profile's halves frequency-weighted (frequency-similarity.ts); /1 the training cases' too.
      // p<w>/<gb>/<gf>/<cases>/1: each profile's P relative to its highest (docs/sessions/18-rare.md).
      const [pw, gb, gf, pc, rel] = wText!.split('/').map(Number);
      out.set(f, rankIn(fuseRanking(ex, state, post, { weight: pw!, top: kf, backFrequencyPower: gb!, forwardFrequencyPower: gf!, frequencyCases: pc === 1, relativeFrequency: rel === 1 }).order));
      continue;
    }
    if (f[0] === 'o') {
      // o<w>: the core re-rank, conditions without training cases kept in posterior order among themselves (docs/sessions/19-rare.md).
      out.set(f, rankIn(fuseRanking(ex, state, post, { weight: w, top: kf, profileOnlyByPosterior: true }).order));
      continue;
    }
    if (f[0] === 'k') {
      // k<w>/<a>: the patient-to-profile half weighs a (0.5: symmetric, as shipped).
      const share = wText!.includes('/') ? Number(wText!.split('/')[1]) : 0.5;
      out.set(f, rankIn(fuseRanking(ex, state, post, { weight: Number(wText!.split('/')[0]), top: kf, forwardShare: share }).order));
      continue;
    }
    const val = cand.map((c, i) => sc[c]! + w * (f[0] === 'f' ? detail[i]!.forward : f[0] === 'n' ? query.length * detail[i]!.score : detail[i]!.score));
    out.set(f, truthRank(val, kf, cand.length, ok));
  }
  return out;
}

/**
 * The truth's rank when the first `kf` of `n` Bayes candidates are re-ordered by `val` (descending, ties by
 * Bayes order) and the rest keep their places; -1 when no candidate is right.
 */
function truthRank(val: readonly number[], kf: number, n: number, ok: readonly boolean[]): number {
  const order = [...Array.from({ length: kf }, (_, i) => i).sort((a, b) => val[b]! - val[a]! || a - b), ...Array.from({ length: n - kf }, (_, i) => kf + i)];
  return order.findIndex((i) => ok[i]);
}

/** The exemplar re-rank's similarity of condition c: the best of its profile and its training cases (as `fuseRanking`, no skipping). */
function bestSimilarity(ex: CompiledExemplars, q: ReturnType<typeof prepareQuery>, c: number): number {
  let v = matchScore(ex.index, q, ex.index.profiles, c);
  for (let j = ex.caseStart[c]!; j < ex.caseStart[c + 1]!; j++) v = Math.max(v, matchScore(ex.index, q, ex.cases, j));
  return v;
}

const NULL_QUERIES = 16;
const nullCache = new Map<string, { mean: number; sd: number }>();
/**
 * Phenomizer's correction (Köhler et al. 2009): a raw similarity favours conditions that match any patient well (a
 * broad profile, or many training cases to take the best of). The null is the similarity of the same condition to
 * random patients of the same size, drawn from the fold's training-case terms (seeded; cached per condition and size,
 * sizes above 20 share one null). Call after the case's own scores: it re-prepares the index's query scratch.
 */
function nullSimilarity(ex: CompiledExemplars, c: number, size: number): { mean: number; sd: number } {
  const n = Math.max(1, Math.min(20, size));
  const key = `${c}:${n}`;
  const got = nullCache.get(key);
  if (got) return got;
  const pool = ex.cases.specific;
  const rng = createRng(c * 131 + n);
  const vals: number[] = [];
  for (let r = 0; r < NULL_QUERIES; r++) {
    const ids = new Set<string>();
    for (let k = 0; k < 4 * n && ids.size < n; k++) ids.add(ex.index.termIds[pool[rng.int(pool.length)]!]!);
    vals.push(bestSimilarity(ex, prepareQuery(ex.index, [...ids]), c));
  }
  const mean = vals.reduce((a, b) => a + b, 0) / vals.length;
  const sd = Math.sqrt(vals.reduce((a, b) => a + (b - mean) ** 2, 0) / vals.length) || 1;
  const out = { mean, sd };
  nullCache.set(key, out);
  return out;
}

/**
 * The exemplars as a mixture instead of a maximum (kernel density over a disease's profiles): log of the mean of
 * exp(w x sim) over the profile and each training case (`m`), or half the weight on the profile and half spread over
 * the cases (`h`). The maximum gives a disease with n training cases n more draws; the mixture's mean does not, so a
 * disease known only from its annotations is not outdrawn by one with many cases (log-mean-exp <= max, >= max - ln(n+1)).
 */
function mixtureSimilarity(ex: CompiledExemplars, query: readonly string[], c: number, w: number, half: boolean): number {
  const q = prepareQuery(ex.index, query);
  const sp = w * matchScore(ex.index, q, ex.index.profiles, c);
  const cs: number[] = [];
  for (let j = ex.caseStart[c]!; j < ex.caseStart[c + 1]!; j++) cs.push(w * matchScore(ex.index, q, ex.cases, j));
  if (cs.length === 0) return sp;
  const m = Math.max(sp, ...cs);
  const caseMean = cs.reduce((a, x) => a + Math.exp(x - m), 0) / cs.length;
  const mix = half ? 0.5 * Math.exp(sp - m) + 0.5 * caseMean : (Math.exp(sp - m) + caseMean * cs.length) / (cs.length + 1);
  return m + Math.log(mix);
}

/** Count one case's rank (-1: not ranked) into top-1/3/10. */
function countRank(a: Acc, r: number): void {
  a.n++;
  if (r === 0) a.t1++;
  if (r >= 0 && r < 3) a.t3++;
  if (r >= 0 && r < 10) a.t10++;
}

/** Calibration of the top-1 confidence at each softmax temperature (CALIB=1): ECE over ten bins, Brier, log loss. */
function calibrationReport(TS: readonly number[], cal: readonly [number, number][][]): void {
  TS.forEach((T, j) => {
    const rows = cal[j]!;
    let ece = 0;
    let brier = 0;
    let nll = 0;
    for (let b = 0; b < 10; b++) {
      const inB = rows.filter(([c]) => Math.min(9, Math.floor(c * 10)) === b);
      if (inB.length === 0) continue;
      const mc = inB.reduce((s, [c]) => s + c, 0) / inB.length;
      const ma = inB.reduce((s, [, y]) => s + y, 0) / inB.length;
      ece += (inB.length / rows.length) * Math.abs(mc - ma);
    }
    for (const [c, y] of rows) {
      brier += (c - y) ** 2;
      nll -= Math.log(y ? Math.max(c, 1e-12) : Math.max(1 - c, 1e-12));
    }
    console.log(`  T=${T}: top-1 confidence ECE ${ece.toFixed(3)}, Brier ${(brier / rows.length).toFixed(4)}, log loss ${(nll / rows.length).toFixed(4)}, mean conf ${(rows.reduce((s, [c]) => s + c, 0) / rows.length).toFixed(3)}`);
  });
}

/** The top-1 confidence at each temperature T of `TS` (posterior tempered by 1/T) and whether top-1 was right, for the calibration report. */
function pushCalibration(post: ArrayLike<number>, ti: number, right: boolean, TS: readonly number[], cal: [number, number][][]): void {
  let lmax = -Infinity;
  for (let i = 0; i < post.length; i++) if (post[i]! > 0) lmax = Math.max(lmax, Math.log(post[i]!));
  for (let j = 0; j < TS.length; j++) {
    const T = TS[j]!;
    let z = 0;
    for (let i = 0; i < post.length; i++) if (post[i]! > 0) z += Math.exp((Math.log(post[i]!) - lmax) / T);
    const conf = Math.exp((Math.log(post[ti]!) - lmax) / T) / z;
    cal[j]!.push([conf, right ? 1 : 0]);
  }
}

/** One re-rank variant's counts: all, by class, by slice, and seen truths by their training-case count. */
interface FusedAcc {
  readonly all: Acc;
  readonly seen: Acc;
  readonly unseen: Acc;
  readonly slices: Record<string, Acc>;
  readonly byCount: Map<string, Acc>;
}

/** The pooled, per-publication, re-rank and per-slice lines of one variant's run. */
function printSummary(params: Record<string, number>, tot: Record<'all' | 'seen' | 'unseen', Acc>, slices: Record<string, Acc>, foldTop1: readonly number[], fused: ReadonlyMap<string, FusedAcc>, fuseMsPerCase: number | undefined): void {
  console.log(`POOLED ${JSON.stringify(params)}: all ${pct(tot.all, 't1')}/${pct(tot.all, 't3')}/${pct(tot.all, 't10')} seen ${pct(tot.seen, 't1')}/${pct(tot.seen, 't3')}/${pct(tot.seen, 't10')} unseen ${pct(tot.unseen, 't1')}/${pct(tot.unseen, 't3')}/${pct(tot.unseen, 't10')}`);
  console.log(`  per publication (each publication weighs 1): all ${wpct(tot.all)} seen ${wpct(tot.seen)} unseen ${wpct(tot.unseen)}; ${Object.entries(slices).map(([k, a]) => `${k} (${a.w.toFixed(0)}) ${wpct(a)}`).join('; ')}`);
  if (fuseMsPerCase !== undefined) console.log(`  similarity and exemplars: ${fuseMsPerCase.toFixed(2)} ms CPU per case (process CPU time, K candidates)`);
  for (const [f, a] of fused) console.log(`  FUSED w=${f} K=${fuseK}: all ${pct(a.all, 't1')}/${pct(a.all, 't3')}/${pct(a.all, 't10')} seen ${pct(a.seen, 't1')}/${pct(a.seen, 't3')}/${pct(a.seen, 't10')} unseen ${pct(a.unseen, 't1')}/${pct(a.unseen, 't3')}/${pct(a.unseen, 't10')}; ${Object.entries(a.slices).map(([k, x]) => `${k} ${pct(x, 't1')}/${pct(x, 't3')}/${pct(x, 't10')}`).join('; ')}`);
  for (const [f, a] of fused) console.log(`  FUSED w=${f} counts (top-1 / top-10 of n): all ${a.all.t1}/${a.all.t10} of ${a.all.n}, seen ${a.seen.t1}/${a.seen.t10} of ${a.seen.n}, unseen ${a.unseen.t1}/${a.unseen.t10} of ${a.unseen.n}`);
  for (const [f, a] of fused) console.log(`  FUSED w=${f} seen by training cases of the truth: ${['1', '2-4', '5-19', '20+'].map((k) => a.byCount.get(k)).map((x, i) => `${['1', '2-4', '5-19', '20+'][i]} (${x?.n ?? 0}) ${x ? `${pct(x, 't1')}/${pct(x, 't3')}/${pct(x, 't10')}` : '-'}`).join('; ')}`);
  console.log(`  fold mean top-1 ${(foldTop1.reduce((a, b) => a + b, 0) / foldTop1.length).toFixed(1)}, worst ${Math.min(...foldTop1).toFixed(1)}; ${Object.entries(slices).map(([k, a]) => `${k} (${a.n}) ${pct(a, 't1')}/${pct(a, 't3')}/${pct(a, 't10')}`).join('; ')}`);
}

function runVariant(params: Record<string, number>): void {
  const tot = { all: z(), seen: z(), unseen: z() };
  const slices: Record<string, Acc> = { 'seen-annotated': z(), 'seen-case-only': z(), 'unseen-annotated': z(), 'unseen-unannotated': z() };
  const foldTop1: number[] = [];
  let fuseMs = 0;
  let fuseN = 0;
  const fused = new Map<string, FusedAcc>(fuse.map((f) => [f, { all: z(), seen: z(), unseen: z(), slices: { 'seen-annotated': z(), 'seen-case-only': z(), 'unseen-annotated': z(), 'unseen-unannotated': z() }, byCount: new Map<string, Acc>() }]));
  const TS = [1, 1.5, 2, 3, 5, 8];
  const cal: [number, number][][] = TS.map(() => []);
  const gateRecs: GateRecord[] = [];
  for (const k of folds) {
    const t0 = Date.now();
    const { model, report } = buildPhenopacketModel({ ...dirs, train: `fold-${k}`, priceOf: priceFor, params }, loaded);
    if (process.env['VERBOSE'] && report['calibration']) console.log(`fold-${k} recorded rates: ${String(report['calibration'])}`);
    const cm = compileModel(model);
    const mapper = createTermMapper(ontologyFromModel(model), labels);
    const ex = fuse.length > 0 ? exemplarsOf(cm) : undefined;
    nullCache.clear();
    const seenMask = Uint8Array.from(model.conditions, (c) => ((c.codes ?? []).some((x) => x.system === TRAINING_CASES_SYSTEM) ? 1 : 0));
    if (fuse.length > 0 && !ex) throw new Error('--fuse needs a model with the exemplar field (learner option exemplars=1)');
    const t1 = Date.now();
    const acc = { all: z(), seen: z(), unseen: z() };
    const cases = loaded.all.filter((c) => isEvalCase(c, `fold-${k}`));
    const perPub = new Map<string, number>();
    for (const c of cases) perPub.set(publicationOf(c.id, c.cohort), (perPub.get(publicationOf(c.id, c.cohort)) ?? 0) + 1);
    for (const p of cases) {
      const pc = prepareCase(p, cm, mapper);
      const ci = cm.conditionIndex.get(p.disease.id);
      const seen = ci !== undefined && (model.conditions[ci]!.codes ?? []).some((x) => x.system === TRAINING_CASES_SYSTEM);
      const state = observe(initialBelief(cm, p.ageYears ?? 130, p.sex === 'male' ? 'male' : 'female'), pc.staticObservations);
      const post = posterior(state);
      const top = topK(post, 10);
      const right = truthJudge(model, p);
      const r = top.findIndex(right);
      // Seen truths by how many training cases the fold's model has of them (the seen top-10 gap by case count).
      const nTrain = seen ? Number((model.conditions[ci]!.codes ?? []).find((x) => x.system === TRAINING_CASES_SYSTEM)!.code) : 0;
      const countBucket = nTrain <= 1 ? '1' : nTrain <= 4 ? '2-4' : nTrain <= 19 ? '5-19' : '20+';
      const sliceOf = `${seen ? 'seen' : 'unseen'}-${annotated.has(p.disease.id) ? 'annotated' : seen ? 'case-only' : 'unannotated'}`;
      if (ex) {
        const tf = process.cpuUsage();
        const ranks = fusedRanks(ex, state, post, right);
        const du = process.cpuUsage(tf);
        fuseMs += (du.user + du.system) / 1000;
        fuseN++;
        if (gate) {
          const q = prepareQuery(ex.index, fusionQuery(ex, state));
          gateRecs.push(gateRecord(k, seen, scores(state), post, seenMask, cm.temperature, (c) => bestSimilarity(ex, q, c), right));
        }
        for (const [f, fr] of ranks) {
          const acc = fused.get(f)!;
          for (const a of [acc.all, seen ? acc.seen : acc.unseen, acc.slices[sliceOf]!]) countRank(a, fr);
          if (seen) countRank(acc.byCount.get(countBucket) ?? acc.byCount.set(countBucket, z()).get(countBucket)!, fr);
        }
      }
      if (process.env['CALIB']) pushCalibration(post, top[0]!, r === 0, TS, cal);
      for (const a of [acc.all, seen ? acc.seen : acc.unseen, tot.all, seen ? tot.seen : tot.unseen, slices[sliceOf]!]) {
        countRank(a, r);
        const w = 1 / perPub.get(publicationOf(p.id, p.cohort))!;
        a.w += w;
        if (r === 0) a.w1 += w;
        if (r >= 0 && r < 3) a.w3 += w;
        if (r >= 0 && r < 10) a.w10 += w;
      }
    }
    const t2 = Date.now();
    foldTop1.push((100 * acc.all.t1) / acc.all.n);
    if (process.env['VERBOSE']) console.log(`fold-${k}: all ${pct(acc.all, 't1')}/${pct(acc.all, 't3')}/${pct(acc.all, 't10')} seen ${pct(acc.seen, 't1')}/${pct(acc.seen, 't10')} (${acc.seen.n}) unseen ${pct(acc.unseen, 't1')}/${pct(acc.unseen, 't10')} (${acc.unseen.n})  build+compile ${((t1 - t0) / 1000).toFixed(1)} s, ${Math.round(cases.length / ((t2 - t1) / 1000))} cases/s`);
  }
  printSummary(params, tot, slices, foldTop1, fused, fuseN > 0 ? fuseMs / fuseN : undefined);

  if (gate) gateReport(gateRecs, gateCoef, gateListwise);
  if (process.env['CALIB']) calibrationReport(TS, cal);
}

for (const params of variants) runVariant(params);
