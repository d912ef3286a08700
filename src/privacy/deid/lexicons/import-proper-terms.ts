/**
 * Compiles proper-terms.txt: the clinical terms whose name begins with two or more capitalised words, a place's or a
 * person's ("Rift Valley fever", "Rocky Mountain spotted fever", "Murray Valley encephalitis", "Crimean-Congo
 * hemorrhagic fever"), with their lower-case head. A name detector reads the capitalised words as a person or a place;
 * the whole term says they are neither (`proper-terms.ts`). Sources (public domain / CC0 / CC BY 4.0, NOTICE): ICD-10-CM
 * FY2026 code titles and the FY2023 alphabetic index, the Human Disease Ontology names and synonyms, the Human Phenotype
 * Ontology 2023-01-27 labels and synonyms, the Mondo rare-disease labels and synonyms (2023-08). Run by hand:
 *   node --import tsx src/privacy/deid/lexicons/import-proper-terms.ts [../shared/data]
 *   node --import tsx src/privacy/deid/lexicons/build.ts
 * A term is kept when its second word is capitalised in the source (the sources write terms in sentence case, so a
 * capital there is a proper name's), its capitalised words (2-4, hyphen parts counted) are followed by 1-3 lower-case
 * words that end it, and no word is a digit. Written folded as `properTermKey` reads text: lower case, "ae" and "oe" as
 * "e" (haemorrhagic, hemorrhagic), accents off, "'s" dropped, words joined by "_".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { properTermKey } from '../proper-terms.js';

const here = dirname(fileURLToPath(import.meta.url));
const data = process.argv[2] ?? join('..', 'shared', 'data');
const gz = (p: string): string => gunzipSync(readFileSync(join(data, p))).toString('utf8');

const terms: string[] = [];
for (const line of gz('ontologies/icd10cm/icd10cm-codes-2026.txt.gz').split('\n')) terms.push(line.slice(8).trim());
for (const m of gz('ontologies/icd10cm/icd10cm_index_2023.xml.gz').matchAll(/<title>([^<]{1,200})<\/title>/g)) terms.push(m[1] ?? '');
for (const m of gz('ontologies/doid/doid.obo.gz').matchAll(/^(?:name: (.*)|synonym: "([^"]*)")/gm)) terms.push(m[1] ?? m[2] ?? '');
const hpo = JSON.parse(gz('hpo/hp.json.gz')) as { graphs: { nodes: { lbl?: string; meta?: { synonyms?: { val: string }[] } }[] }[] };
for (const n of hpo.graphs[0]?.nodes ?? []) {
  if (n.lbl) terms.push(n.lbl);
  for (const s of n.meta?.synonyms ?? []) terms.push(s.val);
}
for (const line of gz('ontologies/mondo/mondo_rare-diseases_2023-08_labels_synonyms.tsv.gz').split('\n').slice(1)) {
  for (const cell of line.split('\t').slice(1)) terms.push(...cell.split('|'));
}

// Capitalised words (hyphen parts and a possessive allowed), then the lower-case words that end the term.
const SHAPE = /^((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:['\u2019]s)?[ ]){1,4})([a-z]+(?:[ ][a-z]+){0,2})$/;
const out = new Set<string>();
for (const raw of terms) {
  const term = raw.trim().replace(/\s+/g, ' ');
  const m = SHAPE.exec(term);
  if (!m) continue;
  const proper = (m[1] ?? '').trim();
  if (proper.split(/[ -]/).length < 2) continue;
  out.add(properTermKey(term));
}
const kept = [...out].sort();
writeFileSync(join(here, 'proper-terms.txt'), '# Clinical terms that begin with two or more capitalised words (a place\'s or a person\'s) and end in lower-case words, ' +
  'from ICD-10-CM (public domain), Disease Ontology (CC0), HPO 2023-01-27 and Mondo rare-disease labels and synonyms (CC BY 4.0); ' +
  `derived by import-proper-terms.ts (NOTICE). Folded as proper-terms.ts reads text.\n${kept.join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ terms: terms.length, kept: kept.length })}\n`);
