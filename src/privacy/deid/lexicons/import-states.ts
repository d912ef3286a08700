/**
 * Writes `states.txt`: the names of the world's state-level units, the first-level subdivisions of ISO 3166-2 (states,
 * provinces, regions, Länder, cantons, prefectures, governorates, oblasts, territories, autonomous communities) as
 * Debian's iso-codes package carries them (`/usr/share/iso-codes/json/iso_3166-2.json`; iso-codes 4.15.0, LGPL-2.1+).
 * Safe Harbor (45 CFR 164.514(b)(2)(i)(B)) removes geographic subdivisions smaller than a State, so a unit at the level of
 * a state names a region, not where one person lives. Kept: entries without a parent whose type is not a town's (a
 * municipality, city, town, commune, parish, borough, quarter, council or district unit is a place of residence), and
 * whose name is not also a town's: not the name of any town-level ISO 3166-2 entry, nor a CLDR time-zone exemplar city
 * (`Intl.supportedValuesOf('timeZone')`: Sofia, La Paz, Dhaka are both), nor a word of the English list (Centre, Plateau).
 * Accents folded as the detector folds text, lower case, words of one name joined by "_"; a name's inverted form is
 * read as its head ("Asturias, Principado de" is "asturias") and a bracketed alternative is kept too ("Galicia
 * [Galiza]"). Build time only:
 *   node --import tsx src/privacy/deid/lexicons/import-states.ts && node --import tsx src/privacy/deid/lexicons/build.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldAccents } from '../fold.js';
import { readWordList } from './word-list.js';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE = '/usr/share/iso-codes/json/iso_3166-2.json';

interface Entry { readonly code: string; readonly name: string; readonly type: string; readonly parent?: string }
const entries = (JSON.parse(readFileSync(SOURCE, 'utf8')) as { '3166-2': Entry[] })['3166-2'];

// The types of a place where people live, not of a region.
const TOWN_TYPE = /municipal|city|town|commune|parish|council|borough|quarter|district|rayon|capital|popularate|atoll|ward|village|sector|settlement/i;

/** The list keys of one ISO name: its head (before an inverting comma, without brackets) and a bracketed alternative. */
function keys(name: string): string[] {
  const out: string[] = [];
  const alt = /\[([^\]]+)\]/.exec(name)?.[1];
  for (const raw of [name.replace(/\[[^\]]*\]|\([^)]*\)/g, '').split(',')[0] ?? '', alt ?? '']) {
    const k = foldAccents(raw.replace(/[\u2018\u2019]/g, "'")).trim().toLowerCase();
    if (/^[a-z][a-z' -]*[a-z]$/.test(k) && k.length >= 4 && !/\d/.test(k)) out.push(k.replace(/ +/g, '_'));
  }
  return out;
}

const towns = new Set<string>();
for (const e of entries) if (TOWN_TYPE.test(e.type)) for (const k of keys(e.name)) towns.add(k);
for (const zone of Intl.supportedValuesOf('timeZone')) for (const k of keys((zone.split('/').pop() ?? '').replace(/_/g, ' '))) towns.add(k);
const common = readWordList('common-words');
const places = new Set([...readWordList('places'), ...readWordList('places-faker')]);

const states = new Set<string>();
for (const e of entries) {
  if (e.parent !== undefined || TOWN_TYPE.test(e.type)) continue;
  for (const k of keys(e.name)) if (!towns.has(k) && !common.has(k) && !places.has(k)) states.add(k);
}
writeFileSync(join(here, 'states.txt'), `${[
  '# State-level units: the first-level subdivisions of ISO 3166-2 (Debian iso-codes 4.15.0, LGPL-2.1+) that are no town\'s',
  '# type and share no town\'s name (import-states.ts). Accents folded, words of one name joined by "_". Do not edit by hand.',
  ...[...states].sort(),
].join('\n')}\n`);
process.stdout.write(`${states.size} state-level names (${towns.size} town names left out)\n`);
