/**
 * Error analysis of diseases NEVER seen in a training case, on grouped CV folds (looked-at data only; never the
 * untouched third). Two slices:
 * - "neither" (no HPO annotation in the 2023-01-27 release and no training case): what the id is (an OMIM
 *   entry newer than the release, MONDO-equivalent to an annotated disease, a DOID 2024 child of an annotated
 *   disease, a disease whose gene a general source names), whether the case's gene has annotated phenotypes in
 *   genes_to_phenotype.txt (gene read for the analysis only; the ranking never sees genes), the derived
 *   profile's source, and the rank;
 * - "unseen-annotated": for misses, the score gap to the condition ranked first split into the seen boost,
 *   the expected-unreported factor, the rest of the prior (onset, sex), patient terms the truth lists or not,
 *   and excluded terms; the truth's rank without the seen boost and among unseen conditions only; the truth's
 *   annotations (how many, how many without a frequency).
 * Counts and means only, no case ids. `node --import tsx scripts/phenopackets-unseen-errors.ts [--folds 0,1,2]
 * [--v k=v,...]`.
 */
import { compileModel, listedPos, sexIndex } from '../src/core/compile.js';
import { scores } from '../src/core/posterior.js';
import { priceFor } from '../src/bench/prices.js';
import { rankCase } from './phenopackets-rank.js';
import { foldSetup, readGz as gz } from './phenopackets-fold-setup.js';
import { buildPhenopacketModel, parseMondoXrefs } from '../src/learn/phenopackets/build.js';
import { ontologyFromModel } from '../src/learn/phenopackets/model-ontology.js';
import { DERIVED_PROFILE_SYSTEM, HPO_DEFAULTS, TRAINING_CASES_SYSTEM } from '../src/learn/phenopackets/hpo-model.js';
import { isEvalCase, isTrainCase } from '../src/learn/phenopackets/select.js';
import { publicationOf } from '../src/learn/phenopackets/split.js';
import { createTermMapper } from '../src/learn/phenopackets/terms.js';
import { parseGeneLinks } from '../src/learn/phenopackets/hpoa.js';

const { data, folds, params, dirs, loaded, labels, hpoa } = foldSetup('0,1,2');
const geneLinks = parseGeneLinks(gz(`${dirs.hpoDir}/genes_to_phenotype.txt.gz`));
const genesWithPhenotypes = new Set([...geneLinks.values()].flatMap((s) => [...s]));
const mondo = parseMondoXrefs(gz(`${dirs.mondoDir}/mondo_terms_xrefs.derived.tsv.gz`));
const annotatedByMondo = new Set([...mondo].filter(([d]) => hpoa.has(d)).flatMap(([, ms]) => ms));
// Newest annotated OMIM number per block (6xxxxx autosomal, 3xxxxx X-linked...): a larger number is a newer entry.
const newestOmim = new Map<string, number>();
for (const d of hpoa.keys()) if (d.startsWith('OMIM:')) newestOmim.set(d[5]!, Math.max(newestOmim.get(d[5]!) ?? 0, Number(d.slice(5))));

/** DOID 2024-01-31: OMIM xref -> (gene its definition names, OMIM xrefs of its is_a parents). */
function readDoid(): Map<string, { gene?: string; parentOmim: string[] }> {
  const terms = new Map<string, { omim: string[]; gene?: string; isA: string[] }>();
  let cur: { omim: string[]; gene?: string; isA: string[] } | undefined;
  for (const line of gz(`${data}/ontologies/doid/doid.obo.gz`).split('\n')) {
    if (line === '[Term]') cur = { omim: [], isA: [] };
    else if (line.startsWith('[')) cur = undefined;
    else if (cur && line.startsWith('id: ')) terms.set(line.slice(4), cur);
    else if (cur && line.startsWith('xref: OMIM:')) cur.omim.push(line.slice(6));
    else if (cur && line.startsWith('is_a: ')) cur.isA.push(line.slice(6).split(' ')[0]!);
    else if (cur && line.startsWith('def: ')) {
      const m = /mutation[s]? in the ([A-Z0-9-]+) gene/.exec(line);
      if (m) cur.gene = m[1]!;
    }
  }
  const out = new Map<string, { gene?: string; parentOmim: string[] }>();
  for (const t of terms.values()) for (const o of t.omim) out.set(o, { ...(t.gene ? { gene: t.gene } : {}), parentOmim: t.isA.flatMap((p) => terms.get(p)?.omim ?? []) });
  return out;
}
const doid = readDoid();

type Tab = Record<string, number>;
const out: Record<string, Tab> = {};
const inc = (slice: string, k: string, v = 1): void => {
  const t = (out[slice] ??= {});
  t[k] = (t[k] ?? 0) + v;
};
const band = (r: number): string => (r === 0 ? 'top1' : r < 3 ? 'top2-3' : r < 10 ? 'top4-10' : r < 50 ? 'top11-50' : r < 500 ? 'top51-500' : 'beyond500');

/** What a general source says about a "neither" disease id (no case data used). */
function neitherSources(slice: string, id: string): void {
  const num = Number(id.slice(5));
  inc(slice, `id: ${!id.startsWith('OMIM:') ? 'not OMIM' : num > (newestOmim.get(id[5]!) ?? 0) ? 'OMIM newer than every annotated OMIM of its block' : 'OMIM older than the release'}`);
  const ms = mondo.get(id) ?? [];
  inc(slice, `MONDO: ${ms.length === 0 ? 'no exact match' : ms.some((m) => annotatedByMondo.has(m)) ? 'shares a MONDO class with an annotated disease' : 'exact match, no annotated equivalent'}`);
  const dd = doid.get(id);
  inc(slice, `DOID 2024: ${!dd ? 'absent' : dd.parentOmim.some((p) => hpoa.has(p)) ? 'is_a an annotated OMIM disease' : 'present, parent not annotated'}`);
  if (dd?.gene) inc(slice, `DOID 2024 definition names a gene${genesWithPhenotypes.has(dd.gene) ? ' with annotated phenotypes' : ''}`);
}

for (const k of folds) {
  const { model } = buildPhenopacketModel({ ...dirs, train: `fold-${k}`, priceOf: priceFor, params }, loaded);
  const cm = compileModel(model);
  const mapper = createTermMapper(ontologyFromModel(model), labels);
  const pubs = new Map<string, Set<string>>();
  for (const c of loaded.all.filter((x) => isTrainCase(x, `fold-${k}`))) (pubs.get(c.disease.id) ?? pubs.set(c.disease.id, new Set()).get(c.disease.id)!).add(publicationOf(c.id, c.cohort));
  const codeOf = (c: number, sys: string): string | undefined => (model.conditions[c]!.codes ?? []).find((x) => x.system === sys)?.code;
  const seenOf = (c: number): boolean => codeOf(c, TRAINING_CASES_SYSTEM) !== undefined;
  const seenBoost = params['seenBoost'] ?? HPO_DEFAULTS.seenBoost;
  // Base prior (seen boost or derived weight) and, from the model's prior without onset/sex factors, the unreported factor.
  const logBase = new Float64Array(cm.nConditions);
  const logUnrep = new Float64Array(cm.nConditions);
  model.conditions.forEach((cd, c) => {
    const n = pubs.get(cd.id)?.size ?? 0;
    const base = codeOf(c, DERIVED_PROFILE_SYSTEM) !== undefined ? (params['derivedPrior'] ?? HPO_DEFAULTS.derivedPrior) : 1 + (n > 0 ? seenBoost * Math.sqrt(n) : 0);
    logBase[c] = Math.log(base);
    logUnrep[c] = Math.log(Math.max(...(cd.prior ?? []).map((r) => r[1]!))) - logBase[c]!;
  });
  const classOf = (c: number): string => (codeOf(c, DERIVED_PROFILE_SYSTEM) ? 'derived' : seenOf(c) ? 'seen' : model.conditions[c]!.id.startsWith('ORPHA') ? 'unseen ORPHA' : 'unseen OMIM');
  for (const p of loaded.all.filter((c) => isEvalCase(c, `fold-${k}`))) {
    const truthC = cm.conditionIndex.get(p.disease.id);
    if (truthC !== undefined && seenOf(truthC)) continue;
    const slice = hpoa.has(p.disease.id) ? 'unseen-annotated' : 'neither';
    inc(slice, 'cases');
    if (slice === 'neither') {
      neitherSources(slice, p.disease.id);
      inc(slice, `case gene (analysis only) ${p.genes.some((g) => genesWithPhenotypes.has(g)) ? 'has' : 'has no'} annotated phenotypes in genes_to_phenotype`);
      if (truthC === undefined) {
        inc(slice, 'no condition in the model');
        continue;
      }
      inc(slice, `derived profile from ${codeOf(truthC, DERIVED_PROFILE_SYSTEM) ?? '?'}`);
    }
    const { st, order, rank: r } = rankCase(model, cm, mapper, p);
    const truthRank = order.indexOf(truthC!);
    inc(slice, `rank ${band(r >= 0 ? r : truthRank)}`);
    // NAMES=1: counts by disease name and band (disease names are terminology, not case data).
    if (process.env['NAMES']) inc(`${slice} by disease`, `${model.conditions[truthC!]!.name} | ${band(r >= 0 ? r : truthRank)}`);
    {
      const present = st.observations.filter((o) => 'present' in o && o.present);
      let listed = 0;
      for (const o of present) {
        const cf = cm.findings[cm.findingIndex.get(o.id)!]!;
        const j = listedPos(cf, truthC!);
        if (j >= 0 && cf.rows[1]!.llrListed[j]! > 0) listed++;
      }
      const share = listed / Math.max(1, present.length);
      inc(slice, `share of present terms the truth lists ${share < 0.25 ? '<0.25' : share < 0.5 ? '<0.5' : share < 0.75 ? '<0.75' : '>=0.75'} (${band(r >= 0 ? r : truthRank) === 'beyond500' ? 'beyond500' : 'top500'})`);
    }
    if (r === 0 || truthC === undefined) continue;
    const rival = order[0]!;
    inc(slice, `rival ${classOf(rival)}`);
    const lp = cm.logPrior[st.band * 2 + sexIndex(st.sex)]!;
    const g = (c: number): number => lp[c]! - logBase[c]! - logUnrep[c]!;
    inc(slice, 'misses');
    inc(slice, 'gap nats: seen boost / derived weight', logBase[rival]! - logBase[truthC]!);
    inc(slice, 'gap nats: expected-unreported factor', logUnrep[rival]! - logUnrep[truthC]!);
    inc(slice, 'gap nats: onset and sex', g(rival) - g(truthC));
    for (const obs of st.observations) {
      const cf = cm.findings[cm.findingIndex.get(obs.id)!]!;
      const present = 'present' in obs && obs.present;
      const llr = (c: number): number => {
        const j = listedPos(cf, c);
        return j < 0 ? 0 : cf.rows[present ? 1 : 0]!.llrListed[j]!;
      };
      const kind = !present ? 'excluded terms' : llr(truthC) > 0 ? 'present terms the truth lists' : 'present terms the truth does not list';
      inc(slice, `gap nats: ${kind}`, llr(rival) - llr(truthC));
    }
    // Without the seen boost: rank of the truth when every condition's base prior is equal; and among unseen conditions.
    const sc = scores(st);
    let aboveNoBoost = 0;
    let aboveUnseen = 0;
    for (let c = 0; c < cm.nConditions; c++) {
      if (c === truthC) continue;
      if (sc[c]! - logBase[c]! > sc[truthC]! - logBase[truthC]!) aboveNoBoost++;
      if (!seenOf(c) && sc[c]! > sc[truthC]!) aboveUnseen++;
    }
    inc(slice, `truth rank with equal base priors ${band(aboveNoBoost)}`);
    inc(slice, `truth rank among unseen conditions only ${band(aboveUnseen)}`);
    if (slice === 'unseen-annotated') {
      const ann = hpoa.get(p.disease.id)!.phenotypes.filter((a) => !a.not);
      inc(slice, 'truth annotations (mean)', ann.length);
      inc(slice, 'truth annotations without frequency (mean)', ann.filter((a) => a.frequency === undefined).length);
    }
  }
  console.error(`fold-${k} done`);
}
for (const [slice, T] of Object.entries(out).sort()) {
  const n = T['cases'] ?? 1;
  const m = T['misses'] ?? 1;
  console.log(`\n== ${slice}: ${n} cases, ${T['misses'] ?? 0} miss the top 1`);
  for (const [key, v] of Object.entries(T).sort()) if (key !== 'cases' && key !== 'misses') console.log(`  ${key}: ${key.includes('nats') || key.includes('mean') ? `${(v / m).toFixed(2)} per miss` : `${v} (${((100 * v) / n).toFixed(0)}%)`}`);
}
