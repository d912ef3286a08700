/**
 * Compiles medicines.txt: medicine words (ingredients, salts and brand names), so the de-identifier reads a medicine no
 * English or clinical list held (metformin, citalopram, pregabalin) as a word, not as a name no list holds: the sign-off
 * rule (name-heads.ts) took "Metformin" closing a note as its writer. Sources:
 *  - the OMOP CDM 5.4 extract Synthea27Nj (OHDSI EunomiaDatasets, Apache-2.0): the RxNorm drug concepts of its CONCEPT
 *    table, the words of each name but its units (RxNorm writes them in capitals) and the brand names in its brackets
 *    ("24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet", "... [Tegretol]");
 *  - the repo's own broad-model knowledge (`knowledge/primary-care/tests.json`): the one-word synonyms of the findings of
 *    a current exposure (`"exposure": "current"`: sertraline, apixaban, warfarin...).
 * Words of three letters or more, less the English words of common-words.txt and the words of the given-name and
 * surname lists (a drug word that is someone's name stays a possible name). Run by hand (needs `unzip` on the PATH):
 *   node --import tsx src/privacy/deid/lexicons/import-medicines.ts [../shared/data]
 *   node --import tsx src/privacy/deid/lexicons/build.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitCsvLine } from '../../risk/extract.js';
import { readWordList } from './word-list.js';

const here = dirname(fileURLToPath(import.meta.url));
const data = process.argv[2] ?? join('..', 'shared', 'data');
const repo = join(here, '..', '..', '..', '..');

/** The words of the RxNorm drug names in the OMOP extract's CONCEPT table. */
function omopWords(): string[] {
  const csv = execFileSync('unzip', ['-p', join(data, 'records', 'omop-synthea27nj', 'Synthea27Nj_5.4.zip'), 'CONCEPT.csv'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const words: string[] = [];
  for (const line of csv.split('\n').slice(1)) {
    const [, name = '', domain, vocabulary] = splitCsvLine(line);
    if (domain !== 'Drug' || vocabulary !== 'RxNorm') continue;
    for (const brand of name.matchAll(/\[([^\]]+)\]/g)) words.push(...(brand[1] ?? '').split(/[^A-Za-z]+/));
    // Every word of the name but RxNorm's units and counts, which it writes in capitals (MG, ML, HR, UNT, ACTUAT).
    words.push(...name.replace(/\[[^\]]*\]/g, '').split(/[^A-Za-z]+/).filter((w) => /[a-z]/.test(w)));
  }
  return words;
}

/** The one-word synonyms of the broad model's current-exposure findings (the medicines a patient takes). */
function knowledgeWords(): string[] {
  const t = JSON.parse(readFileSync(join(repo, 'knowledge', 'primary-care', 'tests.json'), 'utf8')) as { findings: Record<string, { exposure?: string; synonyms?: string[] }> };
  return Object.values(t.findings).filter((f) => f.exposure === 'current').flatMap((f) => (f.synonyms ?? []).filter((s) => !/\s/.test(s)));
}

const common = readWordList('common-words');
const names = ['first-names', 'first-names-faker', 'first-names-moby', 'first-names-words', 'first-names-world', 'surnames', 'surnames-world', 'surnames-faker', 'proper-names-scowl'].map(readWordList);
const kept = new Set<string>();
for (const raw of [...omopWords(), ...knowledgeWords()]) {
  const w = raw.toLowerCase();
  if (w.length < 3 || !/^[a-z]+$/.test(w) || common.has(w) || names.some((n) => n.has(w))) continue;
  kept.add(w);
}
writeFileSync(join(here, 'medicines.txt'), `# import-medicines.ts: RxNorm names of the OMOP Synthea27Nj extract (Apache-2.0) and the broad model's exposure synonyms\n${[...kept].sort().join('\n')}\n`);
process.stdout.write(`${kept.size} words\n`);
