/**
 * Imports the proper names of SCOWL size 50 (Debian `wamerican` 2020.12.07, the same list common-words.txt comes
 * from; SCOWL licence, NOTICE) as proper-names-scowl.txt. Run by hand, then build.ts:
 *   apt-get install -y wamerican && node --import tsx src/privacy/deid/lexicons/import-scowl.ts [/usr/share/dict/american-english]
 *   node --import tsx src/privacy/deid/lexicons/build.ts
 * Kept: entries written as one capitalised word (`Abernathy`; not possessives, not all-caps abbreviations) of at
 * least four letters that are not also a lowercase entry (an English word: Bill, Rose), not a clinical/veto word
 * (clinical.txt), not a month or weekday, not a plural of another capitalised entry (Czechs, Apaches) and not a
 * demonym, language, creed or movement by suffix (-an/-ian/-ese/-ish/-ic/-ism/-ist/-ite, e.g. American, Spanish,
 * Catholic, Marxism) unless a name or place list (hand-written or faker) has the word. SCOWL does not say which entries
 * are people and which are places, so the kept words are loaded as surnames (the weakest name set: alone they are
 * flagged only when capitalised in a mixed-case note, or in an all-caps note).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWordList } from './word-list.js';

const here = dirname(fileURLToPath(import.meta.url));
const source = process.argv[2] ?? '/usr/share/dict/american-english';


const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const GROUP_SUFFIX = /(?:an|ian|ese|ish|ic|ism|ist|ite)s?$/;

const common = readWordList('common-words');
const clinical = readWordList('clinical');
const names = new Set([...readWordList('first-names'), ...readWordList('surnames'), ...readWordList('first-names-faker'), ...readWordList('surnames-faker')]);
const places = new Set([...readWordList('places'), ...readWordList('places-faker')]);
const caps = new Set<string>();
for (const line of readFileSync(source, 'utf8').split('\n')) if (/^[A-Z][a-z]+$/.test(line.trim())) caps.add(line.trim().toLowerCase());
const kept: string[] = [];
for (const w of caps) {
  if (w.length < 4 || common.has(w) || clinical.has(w) || CALENDAR.has(w)) continue;
  if (names.has(w) || places.has(w)) { kept.push(w); continue; }
  if (GROUP_SUFFIX.test(w) || (w.endsWith('s') && (caps.has(w.slice(0, -1)) || (w.endsWith('es') && caps.has(w.slice(0, -2)))))) continue;
  kept.push(w);
}
kept.sort();
const header = `# Proper names (capitalised one-word entries) of SCOWL size 50 via Debian wamerican 2020.12.07, Copyright 2000-2011 ` +
  `Kevin Atkinson, SCOWL licence (NOTICE); filtered by import-scowl.ts (rules in its header); ${kept.length} of ${caps.size} entries kept.`;
const lines: string[] = [];
for (let i = 0; i < kept.length; i += 20) lines.push(kept.slice(i, i + 20).join(' '));
writeFileSync(join(here, 'proper-names-scowl.txt'), `${header}\n${lines.join('\n')}\n`);
process.stdout.write(`proper-names-scowl.txt: ${kept.length} words\n`);
