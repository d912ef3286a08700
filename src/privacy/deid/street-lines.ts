/**
 * Street lines in the orders other countries write them (issue 14, twenty-third session), from the UPU's address
 * formats (Universal Postal Union, "Postal addressing systems in member countries"); none from a note:
 * - the street-type word first, then the street's name and the house number, with an optional number label and flat
 *   after it: Polish `ul. Polna 7/3`, `ul. Długa 17 m. 4`, `os. Tysiąclecia 12`; Ukrainian `vul. Shevchenka 14, kv. 4`,
 *   `вул. Соборна 12`; Romanian `Str. Lăptarilor nr. 9`; Serbian `Bulevar Oslobođenja 44`; Greek `Odos Ermou 18`;
 *   Indonesian `Jl. Pemuda No. 38`, `Jl. Kaliurang km 7`; Peruvian `Jr. Lampa 412`; Chilean `Pasaje Los Aromos 442`,
 *   `Av. Los Alerces 1140, depto 31`; Portuguese `Travessa do Carmo 7` (a particle may open the name); Calle, Rua,
 *   Via… are read in identifiers.ts;
 * - the house number first, then the street-type word and the name, as Thai, Filipino and Egyptian addresses run:
 *   `99/4 Soi Ari 3`, `1147 Kalye Maginhawa`, `12 Shar'a El-Tahrir`;
 * - the name, then the Turkish street-type word and "No:": `Atatürk Cad. No: 72`;
 * - the name, then the street-type word, then the house number (twenty-fourth session), as the UPU formats of Hungary,
 *   the Baltic states, Germany, Central Asia and the Caucasus run, and as their addresses are written in English:
 *   `Práter utca 41. II/7`, `Kossuth tér 3`, `Brivibas iela 12`, `Gedimino g. 9`, `Narva mnt 5`, `Wandsbeker Chaussee 188`,
 *   `Amir Temur ko'chasi 12`, `Komitas Ave 49`, `Gorgiladze St 44`; one word with the Nordic and Finnish type ending
 *   (`Rautalammintie 8`, `Koivukuja 3 A 12`, `Vestergade 12`, `Storgatan 4`), a stair letter and flat after it;
 * - Albanian and Czech type words first (`Rruga Myslym Shyri 22`, `nám. Míru 12`) and the Colombian grid address,
 *   a numbered street and the cross street's number and distance (`Carrera 43A # 14-109`, `Calle 5 # 38-14`).
 * The text arrives accent-folded (`fold.ts`); names in any cased script. "Jr." right after a capitalised word closes a
 * person's name ("Martin Okafor Jr. 12"), and "al." after "et" a citation; a name of English, clinical or generic words
 * only is no street's ("bd. Review 2": twice daily, then a sentence).
 */
import { GENERIC } from './organisations.js';
import { clinicalWord, type Lexicon } from './lexicon.js';
import { SCORE_NAMES } from './named-scores.js';
import { NOT_NAME } from './subdivisions.js';
import type { PushSpan as Push } from './types.js';

// A name word in any cased script (hyphenated parts and an apostrophe allowed), and the particles between name words.
const WORD = "\\p{Lu}[\\p{L}\\p{M}'\\u2019]*(?:-\\p{L}[\\p{L}\\p{M}'\\u2019]*)*";
const PARTICLE = 'de|del|la|las|los|da|do|dos|das|di|e|y|el|al|van|der|im|am';
const NAME = `${WORD}(?:[ \\t](?:(?:${PARTICLE})[ \\t]){0,2}${WORD}){0,3}`;
// A house number: digits with a letter, or a block's letter and digits ("C-12"), and a second part after / or -.
const NUMBER = '(?:[A-Z]-?)?\\d{1,5}[A-Za-z]?(?:[\\/\\-]\\d{1,4}[A-Za-z]?)?';
// The number's label in those languages (number, nr., Nº, km, block).
const NUMBER_LABEL = '(?:(?:No|Nr|nr|no|br|Br)\\.?:?|N[\\u00ba\\u00b0o]\\.?|km|Km|Blok|Blk)';
// A flat or door after the number: Polish m., Ukrainian kv., Chilean depto, Spanish and Portuguese dpto/apto/ap., apt.
const FLAT = '(?:,?[ \\t](?:m\\.|kv\\.|depto\\.?|dpto\\.?|apto\\.?|ap\\.|apt\\.?|lok\\.|et\\.)[ \\t]?\\d{1,4}[A-Za-z]?)?';
// What a house number must not run into: another digit or letter, a decimal, a dose, a time or a measure, or a unit of
// one quantity per another ("g/L", "L/min", "mmol/L": a laboratory value after "Av." for average; review-deid6).
const NUMBER_END = '(?![\\p{L}\\d]|[.,:]\\d|[ \\t]*(?:mg|mcg|ml|kg|mmol|units?|%|h|hrs?|am|pm|years?|yrs?|y\\/o|mmHg|bpm|cm|mm)\\b|[ \\t]*[\\p{L}\\u00b5]+\\/\\p{L})';

// Street-type words that open the line (case as written): Polish, Ukrainian and Russian (Latin and Cyrillic), Romanian,
// Serbian and Croatian, Greek, Indonesian and Malay, Spanish of Peru and Chile, Portuguese.
const TYPE_FIRST = ['ul\\.', 'al\\.', 'os\\.', 'Osiedle', 'Aleja', 'Ulica', 'vul\\.', 'Vul\\.', 'vulytsia', 'prosp\\.', 'prov\\.',
  '\\u0432\\u0443\\u043b\\.', '\\u0443\\u043b\\.', '\\u043f\\u0440\\u043e\\u0441\\u043f\\.', '\\u043f\\u0435\\u0440\\.', '\\u0431\\u0443\\u043b\\.',
  'Str\\.', 'str\\.', 'Strada', 'Bd\\.', 'bd\\.', 'B-dul', 'Bulevardul', 'Calea', 'Sos\\.', 'Soseaua', 'Aleea', 'Bulevar', 'Trg', 'Odos', 'Leoforos',
  'Leof\\.', 'Jl\\.', 'Jln\\.', 'Jalan', 'Gang', 'Lorong', 'Jr\\.', 'Jiron', 'Av\\.', 'Avda\\.', 'Pasaje', 'Psje\\.', 'Pje\\.', 'Travessa',
  'Alameda', 'Estrada', 'Perum', 'Perumahan', 'Rruga', 'Rr\\.', 'Bulevardi', 'Sheshi', 'nam\\.', 'Nam\\.', 'namesti', 'Namesti'];
// Street-type words that a house number may come before (Thailand, the Philippines, Egypt).
const NUMBER_FIRST = ["Soi", 'Thanon', 'Kalye', "Shar['\\u2019]a", 'Sharia', "Shari['\\u2019]", 'Sharie'];
const LINE_FIRST = new RegExp(`(?<![\\p{L}\\d.])(?:${[...TYPE_FIRST, ...NUMBER_FIRST].join('|')})[ \\t]{1,2}(?:(?:${PARTICLE})[ \\t]){0,2}(${NAME})` +
  `(?:[ \\t]{1,2}|,[ \\t]{1,2}(?=${NUMBER_LABEL}))(?:${NUMBER_LABEL}[ \\t]?)?${NUMBER}${NUMBER_END}${FLAT}`, 'gu');
const HOUSE_THEN_TYPE = new RegExp(`(?<![\\p{L}\\d.\\/\\-])\\d{1,5}(?:\\/\\d{1,4})?[A-Za-z]?,?[ \\t](?:${NUMBER_FIRST.join('|')})[ \\t]{1,2}` +
  `(${NAME})(?:[ \\t]\\d{1,3}${NUMBER_END})?`, 'gu');
// The Turkish order: the name, the type word, "No:" and the number.
const TURKISH = new RegExp(`(?<![\\p{L}\\d])(${NAME})[ \\t](?:Cad\\.|Caddesi|Cd\\.|Sok\\.|Sokak|Sk\\.|Bulvari|Blv\\.)[ \\t]{0,2},?[ \\t]?No[:.][ \\t]?${NUMBER}${NUMBER_END}`, 'gu');
// Street-type words after the name, case as written, accents folded: Hungarian, Estonian, Latvian, Lithuanian, German,
// Uzbek, Kazakh, Kyrgyz, Azerbaijani, Georgian and Armenian (romanised), and the English words those addresses use.
const TYPE_AFTER = ['utca', 'u\\.', 'ut', 'ter', 'korut', 'krt\\.', 'koz', 'sor', 'setany', 'fasor', 'rakpart', 'tn\\.?', 'tanav', 'mnt\\.?',
  'maantee', 'pst\\.?', 'puiestee', 'iela', 'bulvaris', 'prospekts', 'gatve', 'g\\.', 'pr\\.', 'prospektas', 'Strasse', 'Str\\.', 'Weg',
  'Allee', 'Platz', 'Chaussee', 'Damm', 'Gasse', 'Ufer', "ko['\\u2019]chasi", 'kochasi', 'kuchasi', 'koshesi', 'kochosu', 'kucesi', 'kucha',
  'kuca', 'poghots', 'prospekti', 'prospekt', 'St', 'St\\.', 'Street', 'Ave', 'Ave\\.', 'Avenue', 'Blvd\\.?'];
// Hungarian floor and door after the number ("41. II/7", "41. II. em. 7"), or a Finnish stair letter and flat ("3 A 12").
const FLOOR = '(?:\\.?[ \\t][IVX]{1,4}(?:\\/\\d{1,3}|\\.[ \\t]?em\\.[ \\t]?\\d{1,3})|[ \\t][A-H](?:[ \\t]\\d{1,3})?(?![\\p{L}\\d]))?';
// What the number after a name-first type word must not run into either (review-deid9): a dose frequency, route or count,
// as "Tazocin g. 4 tds", "Voltarol pr. 50 tds", "Oxynorm pr. 2 doses", "Beattie 2 weeks" (g. grams, pr. per rectum).
const DOSE_END = '(?![ \\t]*(?:g|tds|tid|bd|bid|qds|qid|od|nocte|mane|prn|stat|times|days?|weeks?|months?|doses?|tablets?|tabs?|caps?|puffs?|drops?|x)\\b)';
const NAME_THEN_TYPE = new RegExp(`(?<![\\p{L}\\d])(${NAME})[ \\t](${TYPE_AFTER.join('|')})[ \\t]{1,2}(?:${NUMBER_LABEL}[ \\t]?)?${NUMBER}${NUMBER_END}${DOSE_END}${FLOOR}${FLAT}`, 'gu');
// One word ending in the Nordic or Finnish type word, then the number: Finnish, Estonian, Swedish, Danish, Norwegian.
const ENDINGS = 'katu|tie|kuja|polku|kaari|tori|rinne|raitti|vayla|tee|gatan|vagen|gata|grand|gade|vej|veien|vegen|gate|straede';
const ONE_WORD = new RegExp(`(?<![\\p{L}\\d])(\\p{Lu}\\p{Ll}{2,}(?:${ENDINGS}))[ \\t]{1,2}${NUMBER}${NUMBER_END}${DOSE_END}${FLOOR}${FLAT}`, 'gu');
// The Colombian grid address: type word, the street's number (letter, "Bis", quarter), "#" or "No." and "cross-distance".
// The distance has two or three digits, as Colombian plates write it ("# 38-14", "# 14-109"): a one-digit distance
// is a dose or a range ("Cl. 98 No. 2-3", "Diagonal 2 # 12-4") (review-deid10).
const GRID = /(?<![\p{L}\d])(?:Carrera|Cra\.?|Calle|Cl\.|Diagonal|Dg\.|Transversal|Tv\.|Avenida|Av\.)[ \t]\d{1,3}[ \t]?[A-Z]?(?:[ \t]?Bis)?(?:[ \t](?:Sur|Norte|Este|Oeste))?[ \t]{0,2}(?:#|No\.?|N[\u00ba\u00b0]\.?)[ \t]?\d{1,3}[ \t]?[A-Z]?[ \t]?-[ \t]?\d{2,3}(?![\p{L}\d])/gu;
// Quick tests that one of the type words is in the note at all (speed: most notes carry none); after the name, a number
// label or a block letter may stand before the number.
const HINT = new RegExp(`(?:${[...TYPE_FIRST, ...NUMBER_FIRST].join('|')}|Cad\\.|Caddesi|Cd\\.|Sok|Sk\\.|Bulvari|Blv\\.)`, 'u');
const AFTER_HINT = new RegExp(`(?:[ \\t](?:${TYPE_AFTER.join('|')})|${ENDINGS})[ \\t]{1,2}[\\p{L}.:\\u00ba\\u00b0-]{0,4}[ \\t]?\\d`, 'u');
const GRID_HINT = /(?:Carrera|Cra|Calle|Cl\.|Diagonal|Dg\.|Transversal|Tv\.|Avenida|Av\.)[ \t]\d/;

/** Whether the words read as a street's name: no title or clinical word, and one word at least no English or generic list holds. */
function streetName(name: string, lex: Lexicon): boolean {
  const ws = name.split(/[ \t-]/).filter((w) => /^\p{Lu}/u.test(w));
  if (ws.length === 0 || ws.some((w) => NOT_NAME.test(w) || clinicalWord(lex, w))) return false;
  return ws.some((w) => !lex.common.has(w.toLowerCase()) && !GENERIC.has(w.toLowerCase()));
}

/** Whether the type word at `at` ends a person's name ("Okafor Jr.") or a citation ("et al."), not a street's start. */
function nameSuffix(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return (text.startsWith('Jr.', at) && /\p{Lu}[\p{L}'\u2019]*[ \t]{1,2}$/u.test(before)) || (text.startsWith('al.', at) && /\bet[ \t]{1,2}$/.test(before));
}

// Lithuanian street names stand in the genitive before g. and pr. (Gedimino, Savanoriu, Konstitucijos, Ukmerges, Vilniaus,
// accents folded); a drug name before "g." (grams) or "pr." (per rectum) does not end so ("Fosfomycin g. 3", "Cyclizine pr. 50").
const GENITIVE = /[ous]$/u;

// The English type words that also abbreviate a stage and an average: after a named score or classification they are
// its stage or mean and the number its value ("Rai St 2", "Fontaine St 2", "Waterlow St 2"; named-scores.ts).
const STAGE_OR_MEAN = new Set(['St', 'St.', 'Ave', 'Ave.']);

/**
 * Whether a name before a name-first type word (`type`, absent for a one-word street) reads as a street's: as
 * `streetName`, and not acronyms only ("CKD St 3", "FIGO St 1", "BM Ave 11": stage and average), in the genitive
 * before the Lithuanian "g." and "pr.", and no named score before "St" or "Ave" (review-deid9).
 */
function nameFirstStreet(name: string, type: string | undefined, lex: Lexicon): boolean {
  if (!/\p{Lu}\p{Ll}/u.test(name)) return false;
  if ((type === 'g.' || type === 'pr.') && !GENITIVE.test(name)) return false;
  if (type !== undefined && STAGE_OR_MEAN.has(type) && name.split(/[ \t]+/).some((w) => SCORE_NAMES.has(w.toLowerCase()))) return false;
  return streetName(name, lex);
}

/** Where the street's name starts once a label or verb before it is left out ("Address Komitas Ave 49", "lives Kossuth tér 3"). */
function nameStart(name: string, lex: Lexicon): number {
  let at = 0;
  for (const w of name.match(/\S+[ \t]+/gu) ?? []) {
    const bare = w.trim();
    if (!NOT_NAME.test(bare) && !lex.common.has(bare.toLowerCase()) && !GENERIC.has(bare.toLowerCase())) break;
    at += w.length;
  }
  return at;
}

/** Push LOCATION spans for street lines in the UPU orders above (type word first, house number first, Turkish, name first). */
export function detectStreetLines(text: string, lex: Lexicon, push: Push): void {
  if (HINT.test(text)) {
    for (const re of [LINE_FIRST, HOUSE_THEN_TYPE, TURKISH]) {
      for (const m of text.matchAll(re)) {
        if (nameSuffix(text, m.index)) continue;
        if (streetName(m[1] ?? '', lex)) push(m.index, m.index + m[0].length, 'LOCATION');
      }
    }
  }
  if (AFTER_HINT.test(text)) {
    for (const re of [NAME_THEN_TYPE, ONE_WORD]) {
      for (const m of text.matchAll(re)) {
        const name = m[1] ?? '';
        const skip = nameStart(name, lex);
        if (nameFirstStreet(name.slice(skip), m[2], lex)) push(m.index + skip, m.index + m[0].length, 'LOCATION');
      }
    }
  }
  if (GRID_HINT.test(text)) for (const m of text.matchAll(GRID)) push(m.index, m.index + m[0].length, 'LOCATION');
}
