/**
 * Uncovered gold names by class (dev tool, issue 13): for gold NAMES the judge matches to no model condition (read
 * `judge-audit.ts --uncovered` output: tab-separated, gold name in column 3), says whether
 *  (b) the model has a condition with the same vocabulary code under another name (a DOID or MONDO code the gold
 *      resolves to, or an ICD-10-CM code the gold or its DO/MONDO term carries): a judge question, not a gap;
 *  (c) the gold is a finding or state, not a disease: it is an HPO term's name or exact synonym and resolves to no
 *      DO/MONDO disease, or every ICD-10-CM code it resolves to is in chapter R (symptoms, signs, findings) or Z;
 *  (a) otherwise: the model has no such condition; split by the general source that names it (a DO term, a MONDO
 *      term only, an ICD-10-CM title or index term only, or no vocabulary).
 * Prints gold names and condition names only, no case text. Usage:
 *   DDX_DATA=/work/shared/data node --import tsx scripts/uncovered-gold-classes.ts [--model file] uncovered.tsv...
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readModelArtifact } from '../src/learn/artifact.js';
import { truthOf } from '../src/bench/vignettes/run.js';
import { truthResolver } from '../src/bench/vignettes/truth-codes.js';
import { readOntologies } from '../src/learn/primary-care/ontologies.js';
import { parseHpoJson } from '../src/learn/primary-care/phenotypes.js';
import { normaliseName } from '../src/core/disease-names.js';

const data = process.env['DDX_DATA'] ?? '/work/shared/data';
const argv = process.argv.slice(2);
const modelPath = argv.includes('--model') ? argv[argv.indexOf('--model') + 1]! : 'models/primary-care.json';
const files = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--model');
const model = readModelArtifact(modelPath);
const onto = readOntologies(data);
const resolve = truthResolver(onto);
const hpoNames = new Set<string>();
for (const t of parseHpoJson(gunzipSync(readFileSync(join(data, 'hpo', 'hp.json.gz'))).toString('utf8')).values()) {
  for (const n of [t.label, ...t.synonyms]) hpoNames.add(normaliseName(n));
}
const doById = new Map(onto.doid.map((t) => [t.id, t]));
const mondoById = new Map(onto.mondo.map((t) => [t.id, t]));

/** Model conditions by each code they carry (DOID, MONDO, ICD-10-CM). */
const byCode = new Map<string, string[]>();
for (const c of model.conditions) {
  for (const code of [...(c.codes ?? []).map((x) => x.code), ...c.icd10]) (byCode.get(code) ?? byCode.set(code, []).get(code)!).push(c.name);
}

/** One gold's class and what names it. */
function classify(gold: string): { cls: string; why: string } {
  const t = truthOf(gold, { truthCodes: resolve });
  const codes = t.codes ?? [];
  const icd = new Set(t.icd10 ?? []);
  for (const c of codes) for (const x of [...(doById.get(c)?.icd10 ?? []), ...(mondoById.get(c)?.icd10 ?? [])]) icd.add(x);
  const same = [...new Set([...codes, ...icd].flatMap((c) => byCode.get(c) ?? []))];
  if (same.length > 0) return { cls: 'b', why: same.join('; ') };
  const disease = codes.some((c) => /^(DOID|MONDO):/.test(c));
  const rz = icd.size > 0 && [...icd].every((c) => /^[RZ]/.test(c));
  if ((!disease && hpoNames.has(normaliseName(gold))) || rz) return { cls: 'c', why: rz ? `ICD ${[...icd].join(',')}` : 'HPO term' };
  if (codes.some((c) => c.startsWith('DOID:'))) return { cls: 'a-DO', why: codes.join(',') };
  if (disease) return { cls: 'a-MONDO', why: codes.join(',') };
  if (icd.size > 0) return { cls: 'a-ICD', why: [...icd].join(',') };
  return { cls: 'a-none', why: '' };
}

const counts = new Map<string, number>();
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    const gold = line.split('\t')[2]!;
    const { cls, why } = classify(gold);
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    process.stdout.write(`${cls}\t${gold}\t${why}\n`);
  }
}
process.stdout.write(`COUNTS ${JSON.stringify(Object.fromEntries([...counts].sort()))}\n`);
