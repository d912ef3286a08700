/**
 * Error analysis of SEEN diseases on grouped CV folds (looked-at data only; never the untouched
 * third): for cases whose disease has training cases in the fold's model and that miss the top 1 /
 * the top 10, what outranks the truth (a seen disease with more cases, an annotated one), how much of
 * the patient's terms the truth's case-updated profile covers, how the truth's training cases are
 * spread over publications, how close the nearest training case is, and how much of the score gap
 * comes from common (low information) terms. Counts only, no case ids.
 * `node --import tsx scripts/phenopackets-seen-errors.ts [--folds 0,1,2] [--v k=v,...]`
 */
import { compileModel, listedPos, sexIndex } from '../src/core/compile.js';
import { priceFor } from '../src/bench/prices.js';
import { rankCase } from './phenopackets-rank.js';
import { foldSetup } from './phenopackets-fold-setup.js';
import { buildPhenopacketModel } from '../src/learn/phenopackets/build.js';
import { ontologyFromModel } from '../src/learn/phenopackets/model-ontology.js';
import { TRAINING_CASES_SYSTEM } from '../src/learn/phenopackets/hpo-model.js';
import { isEvalCase, isTrainCase } from '../src/learn/phenopackets/select.js';
import { publicationOf } from '../src/learn/phenopackets/split.js';
import { createTermMapper } from '../src/learn/phenopackets/terms.js';

const { folds, params, dirs, loaded, labels, hpoa } = foldSetup('0,1,2');
const annotated = new Set(hpoa.keys());

type Tab = Record<string, number>;
const out: Record<string, Tab> = {};
const inc = (slice: string, k: string, v = 1): void => {
  const t = (out[slice] ??= {});
  t[k] = (t[k] ?? 0) + v;
};
const bucket = (x: number, cuts: readonly number[]): string => {
  for (const c of cuts) if (x < c) return `<${c}`;
  return `>=${cuts[cuts.length - 1]}`;
};

for (const k of folds) {
  const { model } = buildPhenopacketModel({ ...dirs, train: `fold-${k}`, priceOf: priceFor, params }, loaded);
  const cm = compileModel(model);
  const mapper = createTermMapper(ontologyFromModel(model), labels);
  const train = loaded.all.filter((c) => isTrainCase(c, `fold-${k}`));
  const trainOf = new Map<string, typeof train>();
  for (const c of train) (trainOf.get(c.disease.id) ?? trainOf.set(c.disease.id, []).get(c.disease.id)!).push(c);
  const leakOf = new Map(model.findings.map((f) => [f.id, (f as { leak?: number }).leak ?? 0]));
  const nCases = (c: number): number => Number((model.conditions[c]!.codes ?? []).find((x) => x.system === TRAINING_CASES_SYSTEM)?.code ?? 0);
  const closure = (terms: readonly string[]): Set<string> => {
    const s = new Set<string>();
    for (const t of terms) for (const x of mapper.closure(t)) s.add(x);
    return s;
  };
  for (const p of loaded.all.filter((c) => isEvalCase(c, `fold-${k}`))) {
    const truthC = cm.conditionIndex.get(p.disease.id);
    if (truthC === undefined || nCases(truthC) === 0) continue;
    const { st, order, rank: r } = rankCase(model, cm, mapper, p);
    const ann = annotated.has(p.disease.id) ? 'annotated' : 'case-only';
    const slice = `${ann} ${r === 0 ? 'hit1' : r < 0 ? 'miss10' : 'miss1'}`;
    inc(slice, 'cases');
    // Truth's training cases: count, publications, share of the largest publication.
    const tc = trainOf.get(p.disease.id) ?? [];
    const pubs = new Map<string, number>();
    for (const c of tc) pubs.set(publicationOf(c.id, c.cohort), (pubs.get(publicationOf(c.id, c.cohort)) ?? 0) + 1);
    const maxShare = Math.max(...pubs.values()) / tc.length;
    inc(slice, `truth train cases ${bucket(tc.length, [2, 3, 6, 11, 31])}`);
    inc(slice, `truth publications ${bucket(pubs.size, [2, 3, 5])}`);
    inc(slice, `truth largest publication share ${bucket(maxShare, [0.5, 0.8, 1.0001])}`);
    // Coverage of the patient's present terms by the truth's profile (listed with LLR > 0).
    const present = st.observations.filter((o) => 'present' in o && o.present).map((o) => o.id);
    let covered = 0;
    let inCases = 0;
    let exactInCase = 0;
    const caseUnion = closure(tc.flatMap((c) => c.present));
    const caseExact = new Set(tc.flatMap((c) => c.present.map((t) => mapper.resolve(t))));
    for (const t of present) {
      const cf = cm.findings[cm.findingIndex.get(t)!]!;
      const j = listedPos(cf, truthC);
      if (j >= 0 && cf.rows[1]!.llrListed[j]! > 0) covered++;
      if (caseUnion.has(t)) inCases++;
      if (caseExact.has(t)) exactInCase++;
    }
    const n = Math.max(1, present.length);
    inc(slice, `coverage by truth profile ${bucket(covered / n, [0.25, 0.5, 0.75, 1.0001])}`);
    inc(slice, `share of terms in truth's cases' closure ${bucket(inCases / n, [0.25, 0.5, 0.75, 1.0001])}`);
    inc(slice, `share of terms exact in a truth case ${bucket(exactInCase / n, [0.25, 0.5, 0.75, 1.0001])}`);
    // Nearest training case: IC-weighted share of the patient's terms (closure) that it has.
    const ic = (t: string): number => -Math.log(leakOf.get(t) ?? 0.5);
    const pcl = closure(present);
    let totIc = 0;
    for (const t of pcl) totIc += ic(t);
    let best = 0;
    for (const c of tc) {
      const ccl = closure(c.present);
      let shared = 0;
      for (const t of pcl) if (ccl.has(t)) shared += ic(t);
      best = Math.max(best, totIc > 0 ? shared / totIc : 0);
    }
    inc(slice, `nearest truth case IC share ${bucket(best, [0.25, 0.5, 0.75, 1.0001])}`);
    if (r === 0) continue;
    const rival = order[0]!;
    const rn = nCases(rival);
    inc(slice, `rival ${rn > 0 ? 'seen' : 'unseen'} ${model.conditions[rival]!.id.startsWith('ORPHA') ? 'ORPHA' : annotated.has(model.conditions[rival]!.id) ? 'annotated' : 'other'}`);
    inc(slice, `rival cases vs truth ${rn > nCases(truthC) ? 'more' : rn === nCases(truthC) ? 'equal' : 'fewer'}`);
    const truthRank = order.indexOf(truthC);
    inc(slice, `truth rank ${bucket(truthRank, [10, 30, 100, 1000])}`);
    // Score gap by part: prior (incl. expected unreported), present terms by IC band, excluded terms.
    const lp = cm.logPrior[st.band * 2 + sexIndex(st.sex)]!;
    inc(slice, 'gap: prior (incl. unreported) nats', lp[rival]! - lp[truthC]!);
    for (const obs of st.observations) {
      const cf = cm.findings[cm.findingIndex.get(obs.id)!]!;
      const present1 = 'present' in obs && obs.present;
      const row = present1 ? 1 : 0;
      const llr = (c: number): number => {
        const j = listedPos(cf, c);
        return j < 0 ? 0 : cf.rows[row]!.llrListed[j]!;
      };
      const g = llr(rival) - llr(truthC);
      if (!present1) inc(slice, 'gap: excluded nats', g);
      else inc(slice, `gap: present IC ${bucket(ic(obs.id), [3, 5, 7])} nats`, g);
    }
  }
  console.error(`fold-${k} done`);
}
for (const [slice, T] of Object.entries(out).sort()) {
  const n = T['cases'] ?? 1;
  console.log(`\n== ${slice}: ${n} cases`);
  for (const [key, v] of Object.entries(T).sort()) if (key !== 'cases') console.log(`  ${key}: ${key.includes('nats') ? (v / n).toFixed(2) + ' mean' : `${v} (${((100 * v) / n).toFixed(0)}%)`}`);
}
