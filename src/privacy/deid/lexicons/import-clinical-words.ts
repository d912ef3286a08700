/**
 * Compiles clinical-words.txt: the ordinary (lowercase) words of clinical vocabularies that an English dictionary
 * lacks (cholecystectomy, hepatosplenomegaly, tachycardic, nephrolithiasis...), so the safe-list test of the
 * de-identifier (safe-list.ts) can tell a clinical word from a name no list holds. Sources, the same as
 * eponyms.txt (public domain / CC0 / free with attribution, NOTICE): ICD-10-CM FY2026 code titles and the FY2023
 * alphabetic index (US government), the Human Disease Ontology (CC0) names and synonyms, the Human Phenotype
 * Ontology 2023-01-27 labels, synonyms and definitions (derived table; the HPO files are not shipped), and the Mondo
 * rare-disease labels and synonyms (2023-08, CC BY 4.0). Run by hand:
 *   node --import tsx src/privacy/deid/lexicons/import-clinical-words.ts [../shared/data]
 *   node --import tsx src/privacy/deid/lexicons/build.ts
 * A word is kept when the terms write it in lowercase somewhere, or capitalise it only as a term's first word (a
 * proper name such as Parkinson, Lyme or Douglas is never written in lowercase and is capitalised inside a term), it has three or more
 * letters, and it is neither an English word of common-words.txt, an eponym of eponyms.txt nor a word of the
 * name and place lists (Charles of "charles bonnet syndrome" stays a possible name).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const data = process.argv[2] ?? join('..', 'shared', 'data');
const gz = (p: string): string => gunzipSync(readFileSync(join(data, p))).toString('utf8');

const terms: string[] = [];
for (const line of gz('ontologies/icd10cm/icd10cm-codes-2026.txt.gz').split('\n')) terms.push(line.slice(8).trim());
// Index titles may hold nested elements (<title>Bruit <nemod>(arterial)</nemod></title>): the text up to the first tag.
for (const m of gz('ontologies/icd10cm/icd10cm_index_2023.xml.gz').matchAll(/<title>([^<]{1,200})/g)) terms.push(m[1] ?? '');
for (const m of gz('ontologies/doid/doid.obo.gz').matchAll(/^(?:name: (.*)|synonym: "([^"]*)")/gm)) terms.push(m[1] ?? m[2] ?? '');
for (const line of gz('ontologies/mondo/mondo_rare-diseases_2023-08_labels_synonyms.tsv.gz').split('\n').slice(1)) terms.push(...line.split('\t').slice(1).join('|').split('|'));
const hpo = JSON.parse(gz('hpo/hp.json.gz')) as { graphs: { nodes: { lbl?: string; meta?: { synonyms?: { val: string }[]; definition?: { val: string } } }[] }[] };
for (const n of hpo.graphs[0]?.nodes ?? []) {
  if (n.lbl) terms.push(n.lbl);
  for (const s of n.meta?.synonyms ?? []) terms.push(s.val);
  // Definitions are prose: each sentence is a term, so a capitalised word inside one counts as proper.
  for (const sentence of (n.meta?.definition?.val ?? '').split(/(?<=[.;:])\s+/)) terms.push(sentence);
}

// Words written in lowercase somewhere, or capitalised only as a term's first word; a word that is only ever
// capitalised, and somewhere inside a term (Parkinson, Lyme, Douglas), is a proper name and stays out, as do eponyms.
const lower = new Set<string>();
const first = new Set<string>();
const properInside = new Set<string>();
for (const term of terms) {
  for (const m of term.matchAll(/(?<![A-Za-z'])[A-Za-z][a-z]{2,}(?![A-Za-z'])/g)) {
    const w = m[0];
    if (w[0] === w[0]?.toLowerCase()) lower.add(w);
    else ((m.index ?? 0) === 0 ? first : properInside).add(w.toLowerCase());
  }
}
for (const w of first) if (!properInside.has(w)) lower.add(w);
// A word a name or place list holds (Charles of "charles bonnet syndrome", Adam of a gene name) stays a possible name.
const names = new Set(['first-names', 'first-names-faker', 'first-names-moby', 'surnames', 'surnames-faker', 'proper-names-scowl', 'places', 'places-faker']
  .flatMap((f) => readFileSync(join(here, `${f}.txt`), 'utf8').split(/\s+/)).map((w) => w.toLowerCase()));
const common = new Set(readFileSync(join(here, 'common-words.txt'), 'utf8').split(/\s+/).filter(Boolean));
const eponyms = new Set(readFileSync(join(here, 'eponyms.txt'), 'utf8').split(/\s+/).filter(Boolean));
const kept = [...lower].filter((w) => !names.has(w) && !common.has(w) && !eponyms.has(w)).sort();
writeFileSync(join(here, 'clinical-words.txt'), `# Lowercase words of ICD-10-CM (public domain), Disease Ontology (CC0) and HPO 2023-01-27 labels, synonyms and definitions and Mondo rare-disease labels (CC BY 4.0) that common-words.txt lacks; derived by import-clinical-words.ts (NOTICE).\n${kept.join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ terms: terms.length, words: kept.length })}\n`);
