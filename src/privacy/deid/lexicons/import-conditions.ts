/**
 * Compiles conditions.txt: the conditions whose whole name is one word (croup, ebola, chagas, anaemia, kuru), so the
 * learned tagger never reads a condition name in a differential list or a problem list as a person or a place
 * (tagger-veto.ts). The other clinical lists hold the words of clinical terms that no English or name list holds; this
 * one adds the one-word condition names that are also English words or name-list words, which those lists leave out.
 * Sources (NOTICE): the Human Disease Ontology release 2024-01-31 names and EXACT synonyms (CC0), the Mondo rare-disease
 * labels and synonyms (2023-08, CC BY 4.0), and the condition names and synonyms of this repository's built-in ddxplus
 * and primary-care models. Run by hand:
 *   node --import tsx src/privacy/deid/lexicons/import-conditions.ts [../shared/data]
 *   node --import tsx src/privacy/deid/lexicons/build.ts
 * A term is kept when, without a possessive, it is one word of three letters or more (a hyphenated name counts as
 * one: guillain-barre), accents folded, not an acronym, and neither a list the tagger already vetoes
 * (clinical-words.txt, medicines.txt) nor a given-name list holds it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readWordList } from './word-list.js';

const here = dirname(fileURLToPath(import.meta.url));
const data = process.argv[2] ?? join('..', 'shared', 'data');
const repo = join(here, '..', '..', '..', '..');
const gz = (p: string): string => gunzipSync(readFileSync(join(data, p))).toString('utf8');

const terms: string[] = [];
for (const m of gz('ontologies/doid/doid.obo.gz').matchAll(/^(?:name: (.*)|synonym: "([^"]*)" EXACT)/gm)) terms.push(m[1] ?? m[2] ?? '');
for (const line of gz('ontologies/mondo/mondo_rare-diseases_2023-08_labels_synonyms.tsv.gz').split('\n').slice(1)) terms.push(...line.split('\t').slice(1).join('|').split('|'));
for (const model of ['ddxplus', 'primary-care']) {
  const m = JSON.parse(readFileSync(join(repo, 'models', `${model}.json`), 'utf8')) as { conditions: { name: string; synonyms?: string[] }[] };
  for (const c of m.conditions) terms.push(c.name, ...(c.synonyms ?? []));
}

// Words the tagger vetoes already, and given names (Amelia, Tina: a person's name first; a person cue does not stand
// beside every one).
const left = ['clinical-words', 'medicines', 'first-names', 'first-names-faker', 'first-names-moby', 'first-names-words', 'first-names-world'];
const vetoed = new Set(left.flatMap((f) => [...readWordList(f)]));
const kept = new Set<string>();
for (const term of terms) {
  const t = term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().replace(/'s?$/, '');
  // An acronym (NASH, DEB, MAC) is a condition only in capitals, and lowered it meets names: left out.
  if (!/[a-z]/.test(t)) continue;
  const w = t.toLowerCase();
  if (/^[a-z]{3,}(?:-[a-z]+)*$/.test(w) && !vetoed.has(w)) kept.add(w);
}
writeFileSync(join(here, 'conditions.txt'), `# One-word condition names of the Human Disease Ontology (CC0), Mondo rare-disease labels and synonyms (CC BY 4.0) and the built-in ddxplus and primary-care models that clinical-words.txt, medicines.txt and the given-name lists lack; derived by import-conditions.ts (NOTICE).\n${[...kept].sort().join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ terms: terms.length, words: kept.size })}\n`);
