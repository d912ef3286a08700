/**
 * Places below the town named by their administrative unit (issue 14, twenty-first session): the wards, villages and
 * districts many countries write in an address instead of, or before, a street. Three shapes, from the countries'
 * own address conventions (UPU address formats; none from a note):
 * - a unit word that is part of the place's name, with the number or name after it: Philippine `Purok 3`,
 *   `Brgy. Dagatan`; Ethiopian `Kebele 07`; Mongolian `khoroo 14`; Indonesian `Kelurahan Cilandak`, `RT 04/RW 07`;
 *   Mexican `Colonia Roma`; Vietnamese `Phường 3`; Ukrainian `smt. Kozova` (the span keeps the unit word);
 * - a class noun before the name, which the span leaves out: `taluka Maval`, `tehsil Jaranwala`, `village Chak 44 GB`,
 *   `distrito de Ocongate`, `comunidad campesina Chillihuani`;
 * - a lower-case unit word after the name, kept in the span: `Möngönmorit sum`, `Kozova raion`, `Jaranwala tehsil`.
 * Units at the level of a state (province, oblast, aimag, governorate) are not PHI under Safe Harbor and are not read.
 */
import { GENERIC } from './organisations.js';
import { clinicalWord, type Lexicon } from './lexicon.js';
import { TITLE_WORDS } from './titles.js';
import type { PushSpan as Push } from './types.js';

// A proper word (Latin letters after folding, or Vietnamese letters the fold leaves), with particles between words.
const WORD = "\\p{Lu}[\\p{L}'\\u2019]+(?:-\\p{Lu}?[\\p{L}'\\u2019]+)?";
const NAME = `${WORD}(?:[ \\t](?:(?:de|del|la|los|las|da|do|dos|di)[ \\t])?${WORD}){0,2}`;
// A number, optionally with a letter or a short code after it ("07", "14", "44 GB").
const NUMBER = '\\d{1,3}[A-Z]?(?:[ \\t][A-Z]{1,3}(?![\\p{L}\\d]))?';

// (After accent folding "Phường" reads "Phuờng".) The first letter in either case: "khoroo 14", "smt. Kozova".
const UNIT_WORDS = ['Purok', 'Kebele', 'Khoroo', 'Barangay', 'Brgy\\.?', 'Sitio', 'Kelurahan', 'Kecamatan', 'Dusun', 'Kampung', 'Kampong',
  'Colonia', 'Mahalla', 'Mahallesi', 'Mikrorayon', 'Ph(?:ư|u)(?:ờ|o)ng'].map((w) => `[${w[0] ?? ''}${(w[0] ?? '').toLowerCase()}]${w.slice(1)}`)
  // Ukrainian "smt." in lower case only: the capital "Smt" / "Smt." is the Indian title Shrimati ("Smt. Lakshmi Devi").
  .concat('smt\\.?');
// The unit word first, its number or name after.
const UNIT_FIRST = new RegExp(`(?<![\\p{L}\\d])(?:${UNIT_WORDS.join('|')})` +
  `[ \\t]{1,2}(?:${NUMBER}(?![\\p{L}\\d/])|(${NAME})(?:[ \\t]${NUMBER})?)|(?<![\\p{L}\\d])RT\\.?[ \\t]?\\d{1,3}[ \\t]?\\/[ \\t]?RW\\.?[ \\t]?\\d{1,3}(?!\\d)`, 'gu');

const CLASS_NOUNS = 'taluka|tehsil|tahsil|mandal|upazila|zila|zilla|village|aldea|vereda|corregimiento|caserio|poblado|parroquia|' +
  'comunidad(?:[ \\t](?:campesina|nativa|indigena))?|(?:distrito|comuna|municipio|localidad|canton)[ \\t]de';
// A lower-case class noun, then the name (and a number or code: "village Chak 44 GB").
const CLASS_FIRST = new RegExp(`(?<![\\p{L}])(?:${CLASS_NOUNS})[ \\t]{1,2}(${NAME}(?:[ \\t]${NUMBER})?)`, 'gu');
// The name, then a lower-case unit word below a state.
const AFTER_WORDS = 'sum|soum|raion|rayon|hromada|powiat|gmina|tehsil|taluka|upazila|mandal';
const UNIT_AFTER = new RegExp(`(?<![\\p{L}'\\u2019-])(${NAME})[ \\t](?:${AFTER_WORDS})(?![\\p{L}])`, 'gu');
const HAS_UNIT_AFTER = new RegExp(`[ \\t](?:${AFTER_WORDS})(?![\\p{L}])`, 'u');

/** Titles and function words: no word of a place's name (also street-lines.ts). */
export const NOT_NAME = new RegExp(`^(?:${TITLE_WORDS}|the|and|or|of|no|to|in|on|at|for|with)$`, 'i');

/** Whether the words read as a subdivision's name: no title, clinical, generic or (alone) common English word. */
function placeName(name: string, lex: Lexicon): boolean {
  const ws = name.split(/[ \t-]/).filter((w) => /^\p{Lu}/u.test(w));
  if (ws.length === 0) return false;
  if (ws.some((w) => NOT_NAME.test(w) || clinicalWord(lex, w) || GENERIC.has(w.toLowerCase()))) return false;
  return ws.length > 1 || !lex.common.has((ws[0] ?? '').toLowerCase());
}

/** Push LOCATION spans for subdivisions named by their unit word, a class noun before them or a unit word after. */
export function detectSubdivisions(text: string, lex: Lexicon, push: Push): void {
  for (const m of text.matchAll(UNIT_FIRST)) {
    if (m[1] === undefined || placeName(m[1], lex)) push(m.index, m.index + m[0].length, 'LOCATION');
  }
  for (const m of text.matchAll(CLASS_FIRST)) {
    const name = m[1] ?? '';
    if (!placeName(name.replace(/[ \t]\d.*$/, ''), lex)) continue;
    const at = m.index + m[0].length - name.length;
    push(at, at + name.length, 'LOCATION');
  }
  for (const m of HAS_UNIT_AFTER.test(text) ? text.matchAll(UNIT_AFTER) : []) {
    const end = m.index + m[0].length;
    if (scoreNotPlace(m[1] ?? '', text.slice(end, end + 10))) continue;
    if (placeName(m[1] ?? '', lex)) push(m.index, end, 'LOCATION');
  }
}

/** An acronym before "sum", a "sum score" or a sum with its value is a scale ("MRC sum score", "Barthel sum 90"), not a district. */
function scoreNotPlace(name: string, after: string): boolean {
  return !/\p{Ll}/u.test(name) || /^[ \t]+(?:scores?(?![\p{L}])|\d)/iu.test(after);
}
