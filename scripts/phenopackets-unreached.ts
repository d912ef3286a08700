/**
 * Why are the unseen cases with neither annotations nor a training case unreachable? Aggregates only over the
 * grouped CV folds given (`--folds 0,1,2`): disease id kind, OMIM number range against the annotations' newest
 * entry, and whether MONDO (exact or broad cross-references) links the id to an annotated OMIM/ORPHA disease.
 * `node --import tsx scripts/phenopackets-unreached.ts --folds 0,1,2`. Never reads the untouched third.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { loadCases } from '../src/learn/phenopackets/build.js';
import { parseHpoa } from '../src/learn/phenopackets/hpoa.js';
import { isEvalCase, isTrainCase } from '../src/learn/phenopackets/select.js';

const data = resolve(process.env['DDX_DATA'] ?? '../shared/data');
const args = process.argv.slice(2);
const folds = (args.includes('--folds') ? args[args.indexOf('--folds') + 1]! : '0,1,2').split(',').map(Number);
if (folds.some((k) => !Number.isInteger(k) || k < 0 || k > 4)) throw new Error('--folds takes dev fold numbers 0-4, comma-separated');
const loaded = loadCases(`${data}/phenopackets`);
const annotated = new Set(parseHpoa(gunzipSync(readFileSync(`${data}/hpo/phenotype.hpoa.gz`)).toString('utf8')).keys());
const maxOmim = Math.max(...[...annotated].filter((d) => d.startsWith('OMIM:')).map((d) => Number(d.slice(5))));
const mondoText = gunzipSync(readFileSync(`${data}/ontologies/mondo/mondo_terms_xrefs.derived.tsv.gz`)).toString('utf8').split('\n');
const head = mondoText[0]!.split('\t');
const col = (n: string): number => head.indexOf(n);
// id -> MONDO classes (exact), MONDO -> all ids it names (exact), id -> MONDO classes naming it as a broad xref.
const exactOf = new Map<string, string[]>();
const broadOf = new Map<string, string[]>();
const idsOf = new Map<string, string[]>();
const psOf = new Map<string, string[]>();
const norm = (x: string): string => x.replace(/^Orphanet:/, 'ORPHA:');
for (const line of mondoText.slice(1)) {
  const c = line.split('\t');
  const m = c[0] ?? '';
  if (!m.startsWith('MONDO:') || c[col('is_obsolete')] === 'true') continue;
  const exact = [...(c[col('exact_OMIM')] ?? '').split('|'), ...(c[col('exact_ORPHA')] ?? '').split('|')].filter(Boolean).map(norm);
  const broad = [...(c[col('xref_OMIM')] ?? '').split('|'), ...(c[col('xref_ORPHA')] ?? '').split('|')].filter(Boolean).map(norm);
  const ps = (c[col('exact_OMIMPS')] ?? '').split('|').filter(Boolean);
  idsOf.set(m, exact);
  if (ps.length) psOf.set(m, ps);
  for (const x of exact) (exactOf.get(x) ?? exactOf.set(x, []).get(x)!).push(m);
  for (const x of broad) if (!exact.includes(x)) (broadOf.get(x) ?? broadOf.set(x, []).get(x)!).push(m);
}
const tally = new Map<string, number>();
const add = (k: string): void => void tally.set(k, (tally.get(k) ?? 0) + 1);
let neither = 0;
for (const k of folds) {
  const train = new Set(loaded.all.filter((c) => isTrainCase(c, `fold-${k}`)).map((c) => c.disease.id));
  for (const c of loaded.all.filter((x) => isEvalCase(x, `fold-${k}`))) {
    const d = c.disease.id;
    if (train.has(d) || annotated.has(d)) continue;
    neither++;
    const prefix = d.split(':')[0]!;
    add(`prefix ${prefix}`);
    const mondos = d.startsWith('MONDO:') ? [d] : exactOf.get(d) ?? [];
    add(`has exact MONDO class: ${mondos.length > 0}`);
    const viaExact = mondos.flatMap((m) => idsOf.get(m) ?? []).filter((x) => x !== d && annotated.has(x));
    const viaExactSeen = mondos.flatMap((m) => idsOf.get(m) ?? []).filter((x) => x !== d && train.has(x));
    const viaBroad = (broadOf.get(d) ?? []).flatMap((m) => idsOf.get(m) ?? []).filter((x) => annotated.has(x));
    add(`MONDO exact class names an annotated id: ${viaExact.length > 0}`);
    add(`MONDO exact class names a training disease: ${viaExactSeen.length > 0}`);
    add(`MONDO broad xref class names an annotated id: ${viaBroad.length > 0}`);
    if (prefix === 'OMIM') add(`OMIM number ${Number(d.slice(5)) > maxOmim ? `> newest annotated ${maxOmim}` : `<= newest annotated ${maxOmim}`}`);
    if (prefix === 'OMIM') add(`OMIM bucket ${Math.floor(Number(d.slice(5)) / 1000)}xxx`);
  }
}
console.log(`unseen cases with neither annotations nor a training case, folds ${folds.join(',')}: ${neither}`);
for (const [k, v] of [...tally].sort()) console.log(`  ${k}: ${v}`);
