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
 * Session 25 added, by each language's order: neighbourhood words first (`Bairro da Sé`, `barrio San Fernando`,
 * `Población La Victoria`, `quartier Mvog-Ada`, `Lagjja 5`) and the Vietnamese commune, district and hamlet words first
 * in lower case (`xã Tân Phước`, `huyện Tân Hồng`, `quận`, `thôn`, `thị trấn`); the Uzbek and Kazakh district and
 * mahalla words after the name (`Chilonzor tumani`, `Qoraqamish mahallasi`, `Almaly audany`), the Mongolian district
 * after it (`Sükhbaatar düüreg`, `дүүрэг`) and its numbered khoroo (`13th khoroo`, `8-р хороо`), and `district` after a
 * name as such addresses are written in English (`Hodan district`).
 * Units at the level of a state (province, oblast, aimag, governorate) are not PHI under Safe Harbor and are not read.
 */
import { GENERIC } from './organisations.js';
import { clinicalWord, type Lexicon } from './lexicon.js';
import { mayOpen, wordGate } from './note-words.js';
import { TITLE_WORDS } from './titles.js';
import type { PushSpan as Push } from './types.js';

// A proper word (Latin letters after folding, or Vietnamese letters the fold leaves), with particles between words.
const WORD = "\\p{Lu}[\\p{L}'\\u2019]+(?:-\\p{Lu}?[\\p{L}'\\u2019]+)?";
const NAME = `${WORD}(?:[ \\t](?:(?:de|del|la|los|las|da|do|dos|di)[ \\t])?${WORD}){0,2}`;
// A number, optionally with a letter or a short code after it ("07", "14", "44 GB").
const NUMBER = '\\d{1,3}[A-Z]?(?:[ \\t][A-Z]{1,3}(?![\\p{L}\\d]))?';

// (After accent folding "Phường" reads "Phuờng".) The first letter in either case: "khoroo 14", "smt. Kozova".
const UNIT_WORDS = ['Purok', 'Kebele', 'Khoroo', 'Barangay', 'Brgy\\.?', 'Sitio', 'Kelurahan', 'Kecamatan', 'Dusun', 'Kampung', 'Kampong',
  'Colonia', 'Mahalla', 'Mahallesi', 'Mikrorayon', 'Ph(?:ư|u)(?:ờ|o)ng',
  // Neighbourhoods: Portuguese, Spanish, Chilean (by its name only: "población 65 años" is a population), French (West
  // and Central Africa) and Albanian (definite and bare).
  'Bairro', 'Barrio', 'Poblaci[oó]n(?=[ \\t]{1,2}\\p{Lu})', 'Quartier', 'Lagj(?:ja|e|ia)'].map((w) => `[${w[0] ?? ''}${(w[0] ?? '').toLowerCase()}]${w.slice(1)}`)
  // Ukrainian "smt." in lower case only: the capital "Smt" / "Smt." is the Indian title Shrimati ("Smt. Lakshmi Devi").
  // Vietnamese commune, district, hamlet and township words (folded), in lower case only as written before the name:
  // the capital "Quan" is also a family name.
  .concat('smt\\.?', 'xa', 'huyen', 'quan', 'thon', 'thi[ \\t](?:tran|xa)');
// The unit word first, its number or name after (the name may open on a particle: "Bairro da Sé", "barrio El Carmen").
const UNIT_FIRST = new RegExp(`(?<![\\p{L}\\d])(?:${UNIT_WORDS.join('|')})` +
  `[ \\t]{1,2}(?:${NUMBER}(?![\\p{L}\\d/])|((?:(?:da|do|das|dos|de|del|el)[ \\t])?${NAME})(?:[ \\t]${NUMBER})?)|(?<![\\p{L}\\d])RT\\.?[ \\t]?\\d{1,3}[ \\t]?\\/[ \\t]?RW\\.?[ \\t]?\\d{1,3}(?!\\d)`, 'gu');

const CLASS_NOUNS = 'taluka|tehsil|tahsil|mandal|upazila|zila|zilla|village|aldea|vereda|corregimiento|caserio|poblado|parroquia|' +
  'comunidad(?:[ \\t](?:campesina|nativa|indigena))?|(?:distrito|comuna|municipio|localidad|canton)[ \\t]de';
/**
 * Whether a text opens with a unit or class noun written before a subdivision's name ("barrio ...", "quartier ...",
 * "aldea ...", "xa ...", "distrito de ..."), in any case: role-heads.ts keeps such words at a span's head, where they
 * are part of a place.
 */
export function opensWithPlaceKind(text: string): boolean {
  PLACE_KIND ??= new RegExp(`^(?:${UNIT_WORDS.join('|')}|${CLASS_NOUNS})(?![\\p{L}])`, 'iu');
  return PLACE_KIND.test(text);
}
let PLACE_KIND: RegExp | undefined;

// A lower-case class noun, then the name (and a number or code: "village Chak 44 GB").
const CLASS_FIRST = new RegExp(`(?<![\\p{L}])(?:${CLASS_NOUNS})[ \\t]{1,2}(${NAME}(?:[ \\t]${NUMBER})?)`, 'gu');
// The name, then a lower-case unit word below a state.
// Uzbek and Kazakh district and mahalla words (possessive forms), the Mongolian district (folded Latin and Cyrillic), and
// English `district` as those addresses are written in English; not before a role, a service or a facility kind ("the
// Ellerslie district nurses", "a Lao district hospital": the NHS district nurse, a district hospital).
const AFTER_WORDS = 'sum|soum|raion|rayon|hromada|powiat|gmina|tehsil|taluka|upazila|mandal|' +
  'tumani|tuman|mahallasi|audany|audani|duureg|дүүрэг|district(?![ \\t]+(?:nurs|hospital|council|health|team|general))';
const UNIT_AFTER = new RegExp(`(?<![\\p{L}'\\u2019-])(${NAME})[ \\t](?:${AFTER_WORDS})(?![\\p{L}])`, 'gu');
const HAS_UNIT_AFTER = new RegExp(`[ \\t](?:${AFTER_WORDS})(?![\\p{L}])`, 'u');
/** A lower-case unit word written after a place's name ("Chilonzor tumani"): no species epithet (organisms.ts). */
export const UNIT_WORD_AFTER = new RegExp(`^(?:${AFTER_WORDS})$`, 'u');
// The Mongolian khoroo by its ordinal number (`13th khoroo`, `8-р хороо`), the district's name before it when there is one.
const KHOROO = new RegExp(`(?<![\\p{L}\\d'\\u2019-])(?:(${WORD})[ \\t])?\\d{1,2}(?:st|nd|rd|th|-р|-r)[ \\t](?:khoroo|хороо)(?![\\p{L}])`, 'gu');

// A note none of whose words opens a match of the scans above is skipped unread (note-words.ts).
const UNIT_FIRST_GATE = wordGate(UNIT_FIRST.source);
const CLASS_FIRST_GATE = wordGate(CLASS_FIRST.source);
const UNIT_AFTER_GATE = wordGate(HAS_UNIT_AFTER.source);

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
  for (const m of mayOpen(UNIT_FIRST_GATE, text) ? text.matchAll(UNIT_FIRST) : []) {
    if (m[1] === undefined || placeName(m[1], lex)) push(m.index, m.index + m[0].length, 'LOCATION');
  }
  for (const m of mayOpen(CLASS_FIRST_GATE, text) ? text.matchAll(CLASS_FIRST) : []) {
    const name = m[1] ?? '';
    if (!placeName(name.replace(/[ \t]\d.*$/, ''), lex)) continue;
    const at = m.index + m[0].length - name.length;
    push(at, at + name.length, 'LOCATION');
  }
  for (const m of mayOpen(UNIT_AFTER_GATE, text) && HAS_UNIT_AFTER.test(text) ? text.matchAll(UNIT_AFTER) : []) {
    const end = m.index + m[0].length;
    if (scoreNotPlace(m[1] ?? '', text.slice(end, end + 10))) continue;
    if (placeName(m[1] ?? '', lex)) push(m.index, end, 'LOCATION');
  }
  for (const m of /khoroo|хороо/.test(text) ? text.matchAll(KHOROO) : []) {
    const name = m[1];
    const at = name !== undefined && !placeName(name, lex) ? m.index + name.length + 1 : m.index;
    push(at, m.index + m[0].length, 'LOCATION');
  }
}

/** An acronym before "sum", a "sum score" or a sum with its value is a scale ("MRC sum score", "Barthel sum 90"), not a district. */
function scoreNotPlace(name: string, after: string): boolean {
  return !/\p{Ll}/u.test(name) || /^[ \t]+(?:scores?(?![\p{L}])|\d)/iu.test(after);
}
