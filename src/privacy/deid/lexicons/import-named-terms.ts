/**
 * Compiles named-terms.txt: the whole labels of clinical vocabularies that carry a proper name ("Rocky Mountain spotted
 * fever", "Murray Valley encephalitis", "tetralogy of Fallot", "Ludwig angina"), so the de-identifier reads a capitalised
 * run inside such a label, written whole in a text, as part of the term and not as a person or a place
 * (`named-terms.ts`). Sources (NOTICE): the Human Disease Ontology release 2024-01-31 names and synonyms (CC0), the Mondo
 * Disease Ontology term labels (2026-08-04) and rare-disease labels and synonyms (2023-08; CC BY 4.0), ICD-10-CM FY2026
 * code titles and the FY2023 alphabetic index titles (US government, public domain) and the Human Phenotype Ontology
 * 2023-01-27 labels and synonyms (free with attribution; the HPO files are not shipped). Run by hand:
 *   node --import tsx src/privacy/deid/lexicons/import-named-terms.ts [../shared/data]
 *   node --import tsx src/privacy/deid/lexicons/build.ts
 * A label is kept when it has two to five words, no bracket, comma or other punctuation than a hyphen, an apostrophe or
 * an abbreviation's full stop, at least one proper word (a capitalised word; in ICD-10-CM and HPO, which capitalise
 * every label's first word, a first word counts only when eponyms.txt holds it) and at least one word of three letters
 * or more written in lower case that is no function word (the term's head: "fever", "encephalitis", "angina"). A label
 * of proper words alone ("Rocky Mountain", "Ross River") is left out: written alone it is as often a place. Each label is
 * stored as its keys (`termKeys`) joined by "_".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { termKeys } from '../named-terms.js';
import { readWordList } from './word-list.js';

const here = dirname(fileURLToPath(import.meta.url));
const data = process.argv[2] ?? join('..', 'shared', 'data');
const gz = (p: string): string => gunzipSync(readFileSync(join(data, p))).toString('utf8');

/** Labels whose first word is capitalised only as the first word (false) or only when it is a proper word (true). */
const labels: [string, boolean][] = [];
for (const m of gz('ontologies/doid/doid.obo.gz').matchAll(/^(?:name: (.*)|synonym: "([^"]*)")/gm)) labels.push([m[1] ?? m[2] ?? '', true]);
for (const line of gz('ontologies/mondo/mondo_rare-diseases_2023-08_labels_synonyms.tsv.gz').split('\n').slice(1)) {
  for (const l of line.split('\t').slice(1).join('|').split('|')) labels.push([l, true]);
}
for (const line of gz('ontologies/mondo/mondo_terms_xrefs.derived.tsv.gz').split('\n').slice(1)) {
  const [, label, obsolete] = line.split('\t');
  if (label && obsolete === 'false') labels.push([label, true]);
}
for (const line of gz('ontologies/icd10cm/icd10cm-codes-2026.txt.gz').split('\n')) labels.push([line.slice(8), false]);
for (const m of gz('ontologies/icd10cm/icd10cm_index_2023.xml.gz').matchAll(/<title>([^<]{1,200})<\/title>/g)) labels.push([m[1] ?? '', false]);
// The index's level-1 subterms are the main term's modifiers: "Fever" > "Ross River" is Ross River fever, "Boil" > "Delhi"
// is Delhi boil. The main term's first word (before a comma or a bracketed note) is the head; a subterm that opens on a
// function word ("with chills", "due to") is no modifier, and the label rule below leaves out any subterm with no proper word.
const index = gz('ontologies/icd10cm/icd10cm_index_2023.xml.gz');
for (const main of index.matchAll(/<mainTerm>\s*<title>([A-Za-z-]+)[^<]*(?:<nemod>[^<]*<\/nemod>)?<\/title>([\s\S]*?)<\/mainTerm>/g)) {
  for (const sub of (main[2] ?? '').matchAll(/<term level="1">\s*<title>([^<]*)<\/title>/g)) {
    if (/^[A-Z]/.test(sub[1] ?? '')) labels.push([`${sub[1] ?? ''} ${(main[1] ?? '').toLowerCase()}`, true]);
  }
}
const hpo = JSON.parse(gz('hpo/hp.json.gz')) as { graphs: { nodes: { lbl?: string; meta?: { synonyms?: { val: string }[] } }[] }[] };
for (const n of hpo.graphs[0]?.nodes ?? []) {
  if (n.lbl) labels.push([n.lbl, false]);
  for (const s of n.meta?.synonyms ?? []) labels.push([s.val, false]);
}

const eponyms = readWordList('eponyms');
// A first word in ICD-10-CM or HPO is proper when eponyms.txt holds it or no English or clinical word list does ("Aleppo boil").
const words = ['common-words', 'clinical-words', 'medicines', 'conditions'].map((f) => readWordList(f));
const properFirst = (w: string): boolean => eponyms.has(w) || !words.some((list) => list.has(w));
const FUNCTION_WORD = /^(?:of|the|and|or|in|with|to|for|due|by|on|at|from|as|without|not|other|unspecified|type|like)$/;
const out = new Set<string>();
for (const [raw, firstMayBeProper] of labels) {
  const label = raw.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9 .'\u2019-]*$/.test(label) || /\.\S/.test(label)) continue;
  const parts = label.split(/[ -]+/).map((w) => w.replace(/['\u2019]s?$/, '')).filter(Boolean);
  if (parts.length < 2 || parts.length > 5) continue;
  let proper = false;
  let head = false;
  parts.forEach((w, i) => {
    const capital = /^[A-Z][a-z]+\.?$/.test(w);
    if (i === 0 && !firstMayBeProper) proper ||= capital && properFirst(w.toLowerCase());
    else if (capital) proper = true;
    else if (/^[a-z]{3,}$/.test(w) && !FUNCTION_WORD.test(w)) head = true;
  });
  if (proper && head) out.add(termKeys(label).join('_'));
}
const kept = [...out].sort();
writeFileSync(join(here, 'named-terms.txt'), `# Whole clinical labels with a proper name, from Disease Ontology, Mondo, ICD-10-CM and HPO; derived by import-named-terms.ts (NOTICE).\n${kept.join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ labels: labels.length, kept: kept.length })}\n`);
