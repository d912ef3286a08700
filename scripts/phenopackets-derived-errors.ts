/**
 * Error analysis of diseases known neither from annotations nor from training cases (the CV
 * "unseen, not annotated" slice) and of diseases known only from training cases, on the dev folds:
 * where the true disease ranks, where its profile came from, and what class of condition beats it.
 * `node --import tsx scripts/phenopackets-derived-errors.ts [--folds 0,3] [--set key=value ...]`.
 * Prints counts by class only (no case ids; `NAMES=1` adds disease names). Never scores the untouched third.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { compileModel } from '../src/core/compile.js';
import { initialBelief, observe, posterior } from '../src/core/posterior.js';
import { priceFor } from '../src/bench/prices.js';
import { prepareCase } from '../src/bench/phenopackets/adapter.js';
import { buildPhenopacketModel, loadCases } from '../src/learn/phenopackets/build.js';
import { ontologyFromModel } from '../src/learn/phenopackets/model-ontology.js';
import { DERIVED_PROFILE_SYSTEM, TRAINING_CASES_SYSTEM } from '../src/learn/phenopackets/hpo-model.js';
import { isEvalCase } from '../src/learn/phenopackets/select.js';
import { createTermMapper } from '../src/learn/phenopackets/terms.js';
import { parseHpoa } from '../src/learn/phenopackets/hpoa.js';
import { seriesKey } from '../src/learn/phenopackets/label-stem.js';

const data = resolve(process.env['DDX_DATA'] ?? '../shared/data');
const args = process.argv.slice(2);
const folds = (args.includes('--folds') ? args[args.indexOf('--folds') + 1]! : '0,3').split(',').map(Number);
const params: Record<string, number> = {};
args.forEach((a, i) => {
  if (a === '--set') {
    const [k, v] = args[i + 1]!.split('=');
    params[k!] = Number(v);
  }
});
const dirs = { phenopacketsDir: `${data}/phenopackets`, hpoDir: `${data}/hpo`, mondoDir: `${data}/ontologies/mondo` };
const loaded = loadCases(dirs.phenopacketsDir);
const labels = JSON.parse(readFileSync(`${dirs.phenopacketsDir}/hpo-labels.json`, 'utf8')) as Record<string, string>;
const annotated = new Set(parseHpoa(gunzipSync(readFileSync(`${dirs.hpoDir}/phenotype.hpoa.gz`)).toString('utf8')).keys());
const count = new Map<string, number>();
const inc = (k: string, by = 1): void => void count.set(k, (count.get(k) ?? 0) + by);

for (const k of folds) {
  const { model } = buildPhenopacketModel({ ...dirs, train: `fold-${k}`, priceOf: priceFor, params }, loaded);
  const cm = compileModel(model);
  const mapper = createTermMapper(ontologyFromModel(model), labels);
  const classOf = (i: number): string => {
    const cd = model.conditions[i]!;
    const codes = cd.codes ?? [];
    const der = codes.find((x) => x.system === DERIVED_PROFILE_SYSTEM);
    if (der) return `derived:${der.code}`;
    if (codes.some((x) => x.system === TRAINING_CASES_SYSTEM)) return annotated.has(cd.id) ? 'seen-annotated' : 'seen-case-only';
    return 'unseen-annotated';
  };
  for (const p of loaded.all.filter((c) => isEvalCase(c, `fold-${k}`))) {
    const ci = cm.conditionIndex.get(p.disease.id);
    const seen = ci !== undefined && (model.conditions[ci]!.codes ?? []).some((x) => x.system === TRAINING_CASES_SYSTEM);
    const slice = seen ? (annotated.has(p.disease.id) ? undefined : 'case-only') : annotated.has(p.disease.id) ? undefined : 'neither';
    if (!slice) continue;
    inc(`${slice} cases`);
    if (ci === undefined) {
      inc(`${slice} no condition`);
      continue;
    }
    const src = slice === 'neither' ? classOf(ci) : 'case-only';
    inc(`${slice} src=${src}`);
    const pc = prepareCase(p, cm, mapper);
    const post = posterior(observe(initialBelief(cm, p.ageYears ?? 130, p.sex === 'male' ? 'male' : 'female'), pc.staticObservations));
    const v = post[ci]!;
    let above = 0;
    let ties = 0;
    let best = -1;
    for (let i = 0; i < post.length; i++) {
      if (i === ci) continue;
      if (post[i]! > v) above++;
      else if (post[i]! === v) ties++;
      if (best < 0 || post[i]! > post[best]!) best = i;
    }
    const band = above === 0 ? 'top1' : above < 10 ? 'top2-10' : above < 50 ? 'top11-50' : 'beyond50';
    // NAMES=1: the true disease's name and the winner's, by band (disease names are terminology, not case data).
    if (process.env['NAMES']) inc(`NAME ${slice} ${src} ${band} ${model.conditions[ci]!.name} | beaten by ${above > 0 ? `${model.conditions[best]!.name} [${classOf(best)}]` : '-'}`);
    inc(`${slice} ${src} ${band}`);
    if (ties > 0) inc(`${slice} ${src} tied-with-others`);
    if (above > 0 && above < 10) {
      const wc = classOf(best);
      const sameSeries = wc.startsWith('derived') && seriesKey(model.conditions[best]!.name) !== undefined && seriesKey(model.conditions[best]!.name) === seriesKey(model.conditions[ci]!.name);
      inc(`${slice} ${src} top2-10 beaten-by=${wc}${sameSeries ? '(same series)' : ''}`);
      const gap = Math.log(post[best]! / v);
      inc(`${slice} ${src} top2-10 gap<1`, gap < 1 ? 1 : 0);
    }
  }
}
for (const [k, v] of [...count].sort()) console.log(`${k}\t${v}`);
