/**
 * Street addresses that carry no street word (issue 14, out of domain), in the forms of USPS Publication 28: rural
 * routes and highway contract routes with their box ("RR 2 Box 45", "Rural Route 7, Box 218", "HC 61 Box 12"), military
 * and unit boxes ("PSC 1234 Box 5678", "CMR 450 Box 12"), and numbered roads with a house number ("4200 County Road
 * 12", "1187 State Route 9", "300 Highway 61", "12 FM 1960"). Shapes from the addressing standard; none from a note.
 * Also an address's later parts: a town before its postcode, and (twentieth pass) the town after a found place's comma;
 * and (twenty-first) a building line: sub-building or number, building name and head ("Flat 9, Brennick Mansions");
 * and (twenty-second) the residence of an identification line ("Ikenna Obialor, 93, Ezinihitte").
 */
import { countryOrLanguage } from './countries.js';
import { clinicalWord, type Lexicon } from './lexicon.js';
import { GENERIC } from './organisations.js';
import { TITLE_WORDS } from './titles.js';
import { IDENTITY_NUMBER_TYPES, type PhiSpan, type PushSpan as Push } from './types.js';


// "RR" alone is a respiratory rate ("RR 20"): a route is an address only with its box.
const ROUTE_BOX = /\b(?:R\.?R\.?|Rural[ \t]Route|Rural[ \t]Rte\.?|H\.?C\.?|Highway[ \t]Contract(?:[ \t]Route)?|PSC|CMR|Star[ \t]Route)[ \t]{1,2}#?\d{1,4},?[ \t]{1,2}Box[ \t]{1,2}#?\d{1,6}\b/gi;
const RURAL_ROUTE = /\bRural[ \t]Route[ \t]{1,2}\d{1,4}\b/gi;
// A house number, then a numbered road; the number before keeps "Route 9 traffic" or "highway 61 crash" out.
const NUMBERED_ROAD = /\b\d{1,6}[A-Z]?[ \t]{1,2}(?:(?:[NSEW]\.?|North|South|East|West)[ \t])?(?:County[ \t](?:Road|Rd\.?|Route|Rte\.?|Highway|Hwy\.?)|State[ \t](?:Road|Rd\.?|Route|Rte\.?|Highway|Hwy\.?)|(?:US|U\.S\.)[ \t](?:Highway|Hwy\.?|Route|Rte\.?)|Highway|Hwy\.?|Route|Rte\.?|FM|Farm[ \t]to[ \t]Market(?:[ \t]Road)?|CR|SR)[ \t]{1,2}\d{1,4}[A-Z]?\b(?![ \t]*(?:mg|ml|units?|%))/g;

/** Push LOCATION spans for the route, box and numbered-road forms above. */
export function detectRouteAddresses(text: string, push: Push): void {
  if (/box/i.test(text)) for (const m of text.matchAll(ROUTE_BOX)) push(m.index, m.index + m[0].length, 'LOCATION');
  if (/rural/i.test(text)) for (const m of text.matchAll(RURAL_ROUTE)) push(m.index, m.index + m[0].length, 'LOCATION');
  if (/\d[A-Z]?[ \t]{1,2}\S*[ \t]?(?:County|State|US|U\.S\.|High|Hwy|Route|Rte|FM|Farm|CR|SR)/.test(text)) {
    for (const m of text.matchAll(NUMBERED_ROAD)) push(m.index, m.index + m[0].length, 'LOCATION');
  }
}

// After a street or box with its number and a comma, a town and a four-digit postcode, as Australia, New Zealand, South
// Africa, Belgium, Switzerland, Austria, Denmark, Norway and Hungary write an address line ("12 Tui Street, Hamilton
// 3204", "PO Box 412, Umtata 5100, Eastern Cape"; fifteenth pass, lother), or the dashed codes of Portugal and Brazil
// ("Porto 4050-265", "Recife 50030-230"; nineteenth pass, national postal formats). The town is left to the place rules.
const TOWN_POSTCODE = /^,[ \t]{1,2}\p{Lu}[\p{L}'\u2019\-]+(?:[ \t]\p{Lu}[\p{L}'\u2019\-]+){0,2},?[ \t]{1,2}(\d{4,5}-\d{3}(?!\d)|\d{4})(?![\d\-\/.:,]\d|[ \t]*(?:%|mg|mcg|kg|ml|l|units?|hrs?|h|am|pm)\b)/u;

// Thirty-third session: a postcode right after a place already found, after a comma or a space, in the shapes the UPU's
// postal addressing systems give that no other rule reads: five digits written three and two (Sweden, Greece, Czechia,
// Slovakia: "Kiruna, 981 31"), two and three dashed (Poland: "Tarnów 33-100"), and six digits (India's PIN, China,
// Russia, Belarus, Kazakhstan, Kyrgyzstan, Uzbekistan, Singapore, Vietnam, Romania: "Bishkek 720044"). Four digits
// after a place are left: a year reads the same ("Lisbon, 2019").
const PLACE_POSTCODE = /^,?[ \t]{1,2}(\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{6})(?!\d|[\-\/.:,]\d|[ \t]*(?:%|mg|mcg|kg|ml|l|units?|hrs?|h|am|pm|min|mmhg|x)\b)/i;

/**
 * The UPU's spaced, dashed and six-digit postcodes right after a place found (`found`, after the list towns are read).
 */
export function detectPlacePostcodes(text: string, found: readonly PhiSpan[], push: Push): void {
  for (const s of found) {
    if (s.type === 'LOCATION' && /[,\s]/.test(text.charAt(s.end))) pushPostcodeAfter(text, s.end, PLACE_POSTCODE, 16, push);
  }
}

/** Four-digit and dashed postcodes after the town that follows a numbered street or box already found (`found`). */
export function detectTownPostcodes(text: string, found: readonly PhiSpan[], push: Push): void {
  for (const s of found) {
    if (s.type === 'LOCATION' && /\d/.test(text.slice(s.start, s.end))) pushPostcodeAfter(text, s.end, TOWN_POSTCODE, 64, push);
  }
}

/** Push the postcode `pattern` (anchored; its group 1 is the code, at the match's end) reads within `window` after `end`. */
function pushPostcodeAfter(text: string, end: number, pattern: RegExp, window: number, push: Push): void {
  const m = pattern.exec(text.slice(end, end + window));
  const code = m?.[1];
  if (!m || code === undefined) return;
  const at = end + m[0].length - code.length;
  push(at, at + code.length, 'ZIP');
}

// Twentieth session: an address is written as a list, each part after a comma ("Pasaje Los Aromos 442, Coyhaique.",
// "Hospital Clinico San Borja del Maule, Talca."): after a place already found, one to three capitalised words
// (particles between them) that close the clause, or stand before a postcode, name the next part, the town. A district
// number may follow it ("Dublin 8", "Colombo 06"); the town may be an English word ("Larch House, Reading."). Not after a postcode: what follows its comma is the region or
// country ("Mthatha 5099, Eastern Cape"), which Safe Harbor keeps.
// Twenty-second session: the town's words in any cased script (Greek "Αθήνα", Cyrillic "Київ"), as the postcode rule above
// reads them; Latin letters with diacritics arrive folded (`fold.ts`). The slot, not the alphabet, says it is a town.
const TOWN_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'\\u2019]+";
const TOWN = `${TOWN_WORD}(?:(?:[ \\t]|-)(?:${TOWN_WORD}|upon|on|le|la|en|de|del|am|an|sur|the)){0,3}`;
const LIST_TOWN = new RegExp(`^,[ \\t]{1,2}(${TOWN})(?:[ \\t]\\d{1,2})?(?=[ \\t]*(?:[.;)\\n]|$|,[ \\t]{0,2}(?:\\d|[A-Z]{1,2}\\d)|[ \\t]\\d{4,6}\\b))`, 'u');
// An identification line lists a person's name, age or date of birth or identity number, then residence ("Hatici
// Gündoğdu, 93 yaşında, Yenimahalle, Ankaro;", "DOB 12/06/2025, Dodowa;", "RAMQ DESM 5804 1127, Shawinigan."): after a
// name found and its age, or after a found identity number or birth date, one or two list parts that close the clause
// are the places where the person lives. The age in the forms of the letters' languages (years, anos, lat, tuổi, yaşında...),
// written as the accent-folded text reads them (`fold.ts`).
// A full stop before a number closes a field's label, not a town ("geb. 07.07.1951, Versichertennr. K884102775").
const RESIDENCE = `,[ \\t]{1,2}(${TOWN})(?:,[ \\t]{1,2}(${TOWN}))?(?=[ \\t]*(?:\\.(?![ \\t]*[A-Z]{0,3}\\d)|[;)\\n]|$))`;
const ID_THEN_TOWNS = new RegExp(`^${RESIDENCE}`, 'du');
// The label that makes a date a date of birth (a residence also follows an identity number: IDENTITY_NUMBER_TYPES).
const BIRTH_LABEL = /(?:\bDOB|\bD\.O\.B\.?|\bborn|\bgeb\.|\bnacid[oa]|\bnacimiento|\bnascid[oa]|\bnee|\bsinh ngay)[: \t]{0,3}$/i;
// Twenty-seventh session: the year word of more languages, from CLDR's unit "duration-year" (long and short forms, as
// ICU formats them; folded): after the number in most (Bosnian, Croatian and Serbian "godina/godine", Latvian
// "gadi/gadu", Lithuanian "metai/metų", Estonian "aastat", Finnish "vuotta", Hungarian "év", Romanian "ani", Albanian
// "vjet", Slovene "let/leti", Czech and Slovak "roky/rokov", Filipino "taon", Indonesian and Malay "tahun", Vietnamese
// "năm", Turkish and Uzbek "yıl/yil", Turkmen "ýyl", Welsh "mlynedd", Irish "bliain", Basque "urte", Catalan "anys",
// Italian "anni", Russian, Ukrainian, Bulgarian, Macedonian, Kazakh, Kyrgyz and Mongolian "год/года/лет/рік/років/година/
// жыл/жил"), before it in Swahili "miaka", Hausa "shekara" and Tongan "taʻu" (the ʻokina often typed as an apostrophe).
const CLDR_YEAR_AFTER = 'godina|godine|god\\.|gadi|gadu|gads|metai|metu|aasta|aastat|vuotta|vuosi|ev|ani|anni|anys|vjet|vit|leti|leto|roky|rokov|rok|' +
  'taon|tahun|thn|nam|yil|yyl|mlynedd|blynedd|bliain|urte|год|года|лет|рік|роки|років|година|години|жыл|жил';
const CLDR_YEAR_BEFORE = "(?:miaka|mwaka|shekaru|shekara|ta['\\u2019\\u02bb]u|makore|lilemo[ \\t]tse)[ \\t]";
// Twenty-eighth session: the word for "aged" where a language writes one beside the number, from each language's
// grammar (folded): Icelandic and Faroese "ára/ár", Albanian "vjeç", Malagasy "taona", Turkish and Azerbaijani "yaş",
// Turkmen "ýaşly", Kyrgyz "жашта", Mongolian "настай"; before it Shona "makore" and Sesotho "lilemo tse".
const AGE_WORDS = 'ara|vjec|taona|yas|yasly|жашта|настай';
const AGE_PREFIX = `,[ \\t]{1,2}(?:aged?[ \\t]|${CLDR_YEAR_BEFORE})?\\d{1,3}(?:[ \\t]?(?:[FM]|y\\/o|yo|y|yrs?|years?(?:[ \\t]old)?|anos|ans|Jahre|jaar|ar|lat|let|rokiv|tuoi|yasinda|ετών|${CLDR_YEAR_AFTER}|${AGE_WORDS}))?`;
const AGE_THEN_TOWNS = new RegExp(`^${AGE_PREFIX}${RESIDENCE}`, 'du');
/** An identification line's age field after a name or an identity number, up to the comma that follows it. */
export const AGE_FIELD = new RegExp(`^${AGE_PREFIX}(?=,)`, 'u');
/** Words that label an address's or a letter's fields, and the weekdays: never the town after a comma (lower case). */
export const NOT_TOWN_WORDS = 'suite|unit|flat|apt|floor|level|ward|room|bed|department|dept|fax|tel|phone|email|ref|re|patient|date|dear|attn|' +
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const NOT_LIST_TOWN = new RegExp(`^(?:${TITLE_WORDS}|${NOT_TOWN_WORDS}|` +
  'january|february|march|april|may|june|july|august|september|october|november|december)$', 'i');

// A word alone after a place's comma that closes a message, dates or answers, not a town (towns are often English words:
// "Reading", "Tooting", "Bath", so the slot, not the dictionary, decides).
const NOT_LIST_WORD = /^(?:thanks|regards|sincerely|cheers|best|today|tomorrow|yesterday|tonight|yes|no|none|nil|unknown|ok|okay|please|home|work|school|later|again|also|too|here|there|done|noted|seen|well|fine|stable|alive|deceased)$/;

/**
 * Whether the words after an address's comma may be its town: no clinical, calendar, label, title or closing word.
 * Thirty-second session: the clinical list's word may open a town of two words or more ("St Mabyn", "Puerto Belgrano":
 * the list holds "st" and the words of states and countries), as a state's word opens a town in place-slots.ts
 * ("Wisconsin Rapids"); a people's or language's adjective does not, and the word never closes it ("New Mexico").
 */
function listTown(town: string, lex: Lexicon): boolean {
  const ws = town.split(/[ \t-]/).filter((w) => /^\p{Lu}/u.test(w));
  const first = (ws[0] ?? '').toLowerCase();
  const opener = ws.length > 1 && !countryOrLanguage(first);
  if (ws.some((w, i) => NOT_LIST_TOWN.test(w) || (clinicalWord(lex, w) && !(i === 0 && opener))) || GENERIC.has(first) || lex.firstNames.has(first)) return false;
  return ws.length > 1 || !(NOT_LIST_WORD.test(first) || participle(first, lex));
}

/**
 * Whether a lone word is an English past participle ("Discharged", "Confirmed", "Transferred"): after a place's comma
 * it reports a status, not a town. Only "-ed": "-ing" towns are English words too (Reading, Barking, Tooting).
 */
function participle(w: string, lex: Lexicon): boolean {
  return w.endsWith('ed') && lex.common.has(w) && !lex.places.has(w) && !lex.surnames.has(w);
}

/**
 * The town after the comma that follows a place already found (`found`), and the residence of an identification line:
 * the list parts after a found name and its age, a found identity number or a date of birth (`residenceTowns`).
 */
export function detectListTowns(text: string, found: readonly PhiSpan[], lex: Lexicon, push: Push): void {
  for (const s of found) {
    if (s.type !== 'LOCATION' || text[s.end] !== ',') continue;
    const m = LIST_TOWN.exec(text.slice(s.end, s.end + 64));
    const town = m?.[1];
    if (!m || town === undefined || !listTown(town, lex)) continue;
    const at = s.end + m[0].indexOf(town);
    push(at, s.end + m[0].length, 'LOCATION');
  }
  detectMiddleTowns(text, found, lex, push);
  for (const s of found) {
    if (text[s.end] !== ',') continue;
    if (s.type === 'NAME') residenceTowns(AGE_THEN_TOWNS, text, s.end, lex, push);
    else if (IDENTITY_NUMBER_TYPES.has(s.type) || (s.type === 'DATE' && BIRTH_LABEL.test(text.slice(Math.max(0, s.start - 16), s.start)))) {
      residenceTowns(ID_THEN_TOWNS, text, s.end, lex, push);
    }
  }
}

// Thirty-second session: the address list's middle parts. UPU order writes an address from the smallest part to the
// largest, each after a comma (premises, street, locality, town, district); a part that stands between a place already
// found and the next found place or postcode ("<street>, <locality>, <town>", "<street>, <locality>, <parish>.") is one of
// those parts, whatever its words. LIST_TOWN reads only the part that closes the list; a part with another part after
// it was left. The two found neighbours are the evidence, so nothing is read at the list's end (a state or country
// there stays readable, as Safe Harbor keeps it), and each middle part must still pass `listTown`.
const MIDDLE_PART = new RegExp(`^,[ \\t]{1,2}(${TOWN})(?:[ \\t]\\d{1,2})?(?=,[ \\t]{1,2}\\S)`, 'u');

/** The one or two list parts between a found place's comma and a found place, postcode or name after the next comma. */
function detectMiddleTowns(text: string, found: readonly PhiSpan[], lex: Lexicon, push: Push): void {
  let next: Set<number> | undefined;
  for (const s of found) {
    if (s.type !== 'LOCATION' || text[s.end] !== ',') continue;
    const parts: [number, number][] = [];
    let end = s.end;
    for (let k = 0; k < 2; k++) {
      const m = MIDDLE_PART.exec(text.slice(end, end + 64));
      const town = m?.[1];
      if (!m || town === undefined || !listTown(town, lex)) break;
      parts.push([end + m[0].indexOf(town), end + m[0].length]);
      end += m[0].length;
      next ??= new Set(found.filter((f) => f.type === 'LOCATION' || f.type === 'ZIP' || f.type === 'NAME').map((f) => f.start));
      const gap = /^,[ \t]{1,2}/.exec(text.slice(end, end + 4));
      if (gap && next.has(end + gap[0].length)) {
        for (const [a, b] of parts) push(a, b, 'LOCATION');
        break;
      }
    }
  }
}

// Session 22 review: a lone word with a suffix of medical terminology (a specialty, condition, procedure, or a WHO INN
// drug stem: "Rheumatology", "Orthogeriatrics", "Hyperkalaemia", "Haemodialysis", "Nulliparous", "Catheterised",
// "Pembrolizumab", "Semaglutide") or a possessive (an eponym's disease or score: "Addison's") is what the line says of the
// person, not where they live. Single words only: a facility's name may end so ("St Aidan's", "Kanyamkago Dialysis").
/** A lone word that names a specialty, condition, procedure, drug or eponym's disease: what a line says of a person. */
export const NOT_RESIDENCE = /(?:ology|iatrics|itis|[ae]emia|osis|ysis|ectomy|otomy|ostomy|plasty|scopy|graphy|uria|algia|penia|megaly|parous|[ai]sed|[ai]zed|mab|tide|tinib|vir|pril|olol|azole|mycin|cillin|statin|sartan|dipine|['\u2019]s)$/i;

/** The one or two places of an identification line (`AGE_THEN_TOWNS` or `ID_THEN_TOWNS` at `end`), each its own span. */
function residenceTowns(slot: RegExp, text: string, end: number, lex: Lexicon, push: Push): void {
  const m = slot.exec(text.slice(end, end + 96));
  const spans = [m?.indices?.[1], m?.indices?.[2]].filter((r): r is [number, number] => r !== undefined);
  // A status or trade after the age is no town ("Widower", "Retired Farmer"): a part of English words only is a town
  // here only when listed.
  const town = ([a, b]: [number, number]): boolean => {
    const p = text.slice(end + a, end + b);
    const words = p.toLowerCase().split(/[ \t-]/);
    if (words.length === 1 && NOT_RESIDENCE.test(p)) return false;
    return listTown(p, lex) && (words.some((w) => !lex.common.has(w)) || lex.places.has(words.join(' ')));
  };
  // A country, a language or a people in the line is no town (Safe Harbor keeps countries; "93, Yoruba" is a
  // language): it is passed over, and the other parts must still all read as towns.
  const places = spans.filter(([a, b]) => !countryOrLanguage(text.slice(end + a, end + b)));
  if (places.length === 0 || !places.every(town)) return;
  for (const [a, b] of places) push(end + a, end + b, 'LOCATION');
}

// Twenty-first session: a building line of the British and Commonwealth address (Royal Mail PAF: sub-building, then
// building name), "Flat 9, Brennick Mansions", "Unit 7, Quarry Yard", "Level 3, Calloway Wing", "House No. 12, Owusu
// Lane", and a numbered building with no street ("3 Kiln Cottages"): the sub-building or number, a proper name, a head
// that names a building, a yard or a wing.
const SUB_BUILDING = '(?:Flat|Apartment|Apt\\.?|Unit|Suite|Plot|Level|Floor|Blk|Block|Shop|House(?:[ \\t]No\\.?)?|No\\.)';
const BUILDING_HEAD = 'House|Tower|Towers|Mansions|Court|Cottages?|Buildings?|Works|Yard|Wing|Lodge|Hall|Chambers|Apartments|Flats|' +
  'Villas?|Park|Estate|Farm|Barns?|Mill|Block|Lane|Road|Street|Avenue|Close|Drive|Way|Gardens|Square|Terrace|Crescent|Mews|Row|Walk|Parade';
const NUMBERED_HEAD = 'Cottages?|Mansions|Buildings|Villas|Flats|Apartments|Houses|Barns?|Chambers|Towers';
const BUILDING_LINE = new RegExp(`(?<![A-Za-z\\d])(?:${SUB_BUILDING}[ \\t]?#?\\d{1,4}[A-Z]?,?[ \\t]{1,2}((?:[A-Z][a-z'\\u2019]+[ \\t]){1,3})(?:${BUILDING_HEAD})|` +
  `\\d{1,4}[A-Z]?[ \\t]((?:[A-Z][a-z'\\u2019]+[ \\t]){1,2})(?:${NUMBERED_HEAD}))(?![A-Za-z])`, 'g');

// Heads that also name a part of a hospital or campus by its use ("Maternity Wing", "Admin Block", "Education Hall") or a
// count of things ("2 Staff Flats", "3 Drip Towers", "2 Valved Holding Chambers") (review-deid3): before them the name
// must hold a word on no English list (a proper name: "Calloway Wing"); a name of English words only is a function.
const FUNCTION_HEAD = /(?:Wing|Block|Hall|Towers?|Buildings?|Chambers|Flats|Apartments|Houses|Barns?)$/;

/** Building lines: a sub-building or house number, then a building's proper name and head, as one LOCATION. */
export function detectBuildingLines(text: string, lex: Lexicon, push: Push): void {
  for (const m of text.matchAll(BUILDING_LINE)) {
    const name = (m[1] ?? m[2] ?? '').trim().split(/[ \t]/);
    if (name.some((w) => clinicalWord(lex, w)) || GENERIC.has((name[0] ?? '').toLowerCase())) continue;
    if (FUNCTION_HEAD.test(m[0]) && name.every((w) => lex.common.has(w.toLowerCase().replace(/['\u2019]s?$/, '')))) continue;
    push(m.index, m.index + m[0].length, 'LOCATION');
  }
}
