/**
 * The residence of an identification line in any address shape (issue 14, twenty-eighth session). Letters and forms of
 * every country open on the person's line: the name, the age or an identity number, then where the person lives, as
 * that country's address list from the smallest part to the largest (UPU, "Postal addressing systems in member
 * countries": premises, street and number, district, town). address.ts reads such a residence when it is one or two
 * town-shaped words that close the clause ("Ikenna Obialor, 93, Ezinihitte."); this step reads the parts of any shape
 * the UPU formats give ("Bvar. Artigas 2441", "Lot II M 87 Antsahabe", "Undir Bakka 7", "compañía Ybyratymí",
 * "Camino Maldonado km 14.5") after a found name and its age field, or after a found identity number (and an age).
 * The slot is the evidence; each part must still read as a place: a proper word, no clinical, label, title, calendar
 * or English common word after its first, no measure. Parts are read in order and the first that fails ends the list;
 * each part is its own span (the comma between two parts identifies no one). (Fortieth session) The person's fields
 * a line writes in lower case between the name and the residence (a trade, a stage, a card's number: "<name>, fisker,
 * <place>", "<name>, postnatal day 3, <place>") keep the same order, so the parts after one or two of them are read too.
 */
import { AGE_FIELD, NOT_RESIDENCE, NOT_TOWN_WORDS } from './address.js';
import { countryOrLanguage } from './countries.js';
import { clinicalWord, type Lexicon } from './lexicon.js';
import { GENERIC } from './organisations.js';
import { MONTHS } from './patterns.js';
import { personNoun } from './role-heads.js';
import { TITLE_WORDS } from './titles.js';
import { IDENTITY_NUMBER_TYPES, type PhiSpan, type PushSpan as Push } from './types.js';
import { yearListItem } from './year-lists.js';

// One list part after its comma: no clause mark inside; a full stop only inside a decimal ("km 14.5") or after a short
// abbreviation (lower case up to four letters, capitalised up to three: "apto.", "s.", "мкр.", "Av.") with more of the
// part after it; a sentence's full stop ends the part.
const PART = /^,[ \t]{1,2}((?:(?![ \t][-\u2013][ \t])[^,;:\n()[\]"./]|\/(?=\d)|(?<=\d)\.(?=\d)|(?<=(?:^|[ \t])(?:\p{Ll}{1,4}|\p{Lu}\p{L}{0,2}))\.(?=[ \t]?[\p{L}\d]))+)/u;
// Words that no place part holds: labels, titles, months, relations and the words of a clinical line.
const NOT_PART = new RegExp(`^(?:${TITLE_WORDS}|${NOT_TOWN_WORDS}|id|dob|nhs|mrn|no|nr|born|age|aged|years?|yrs|` +
  `${MONTHS}|` +
  'son|daughter|wife|husband|mother|father|widow|widower|retired|lives|living|alone|with|from|at|in|on|for|and|or|the|of)$', 'i');
// Particles that join a place's words in the letters' languages, and the kilometre of a road address ("Camino … km
// 14.5"; never the whole part).
const PARTICLE = new Set('de del la las los da do dos das di e y el al il van der den von a o du des le wa na ng sa km'.split(' '));
// A measure, a dose or a score's sign in the part is a clinical value ("Hb 8.4 g/dL", "12 mg", "Gleason 4+3").
const MEASURE = /\d[ \t]?(?:mg|mcg|ml|mmol|kg|g|g\/dl|mmhg|bpm|%|cm|mm|units?|iu)(?![\p{L}])|[+=<>%]/iu;
// A proper word: a capital and lower-case letters in any cased script (an acronym is no proper word).
const PROPER = /^\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:-\p{L}[\p{Ll}\p{M}'\u2019]*)*$/u;

// A state-level unit is no PHI under Safe Harbor ("Ternopil oblast", "Chimborazo province", Romanian "jud. Argeș").
const STATE_UNIT = /^(?:oblast|oblasti|oblysy|viloyati|province|provincia|provincie|region|regiao|state|governorate|wilaya|aimag|voivodeship|wojewodztwo|departamento|prefecture|kraj|county|jud|judet|judetul)$/i;
// A year, or more digits than a house number, say the part is a date or an identifier ("Cartão SUS 708 4102 …").
const NOT_ADDRESS_DIGITS = /(?<!\d)(?:19|20)\d\d(?!\d)|(?:\d\D*){6}/;

/** The part's words after any lower-case word without a full stop that opens it (a label or verb of the line's language). */
function placeWords(part: string): string[] {
  const ws = part.trim().split(/[ \t]+/);
  while (ws.length > 0 && /^\p{Ll}[\p{L}\p{M}'\u2019-]*$/u.test(ws[0] ?? '')) ws.shift();
  return ws;
}

// The status words of an identification line's fields (mobility, allergy, resuscitation, social and marital status:
// "Nil Known", "Full Code", "Lives Alone", "Independent", "Frail"), which no place part holds.
const STATUS_WORD = /^(?:nil|none|no|not|known|unknown|independent|mobile|immobile|alone|well|unwell|stable|alert|frail|fit|full|code|single|married|divorced|widowed|separated|partner|ex|current|never|lives|living)$/i;

/**
 * Whether a part made only of English words is still a place because of its slot: right after a found name and its
 * age field, or after an identity number, a form's next field is where the person lives (UPU order, this module's
 * header), and a town or house named with English words ("Green Meadows", "Spring Hill") fails the proper-word test.
 * Two words or more, each capitalised (no abbreviation), no person noun and no status word: a lone English word there
 * is what the person is or has ("Plumber", "Housebound", "Hypertension").
 */
function slotPlace(ws: readonly string[], bare: readonly string[]): boolean {
  if (bare.length < 2 || ws.some((w) => w.includes('.'))) return false;
  return bare.every((w) => PROPER.test(w) && w.length >= 3 && !personNoun(w.toLowerCase()) && !STATUS_WORD.test(w));
}

/** Whether a list part's words read as an address part: a proper word, and nothing of a clinical or labelled line. */
function placePart(ws: readonly string[], lex: Lexicon, slotted = false): boolean {
  const part = ws.join(' ');
  if (ws.length === 0 || ws.length > 7 || MEASURE.test(part) || NOT_ADDRESS_DIGITS.test(part) || countryOrLanguage(part)) return false;
  // A lone word of medical terminology or an eponym's possessive is what the line says of the person (address.ts).
  if (ws.length === 1 && NOT_RESIDENCE.test(part)) return false;
  const bare = ws.map((w) => w.replace(/\.$/, ''));
  // A lone letter is a block's or a lot's ("Lot II C 14"), not the clinical "C"; the article or particle that opens a
  // place's name is no clinical word ("Le Mesnil", "La Paz": not lupus erythematosus's "LE").
  if (bare.some((w, i) => NOT_PART.test(w) || STATE_UNIT.test(w) || (w.length > 1 && !(i === 0 && PARTICLE.has(w.toLowerCase())) && clinicalWord(lex, w)) || countryOrLanguage(w))) return false;
  // After its first word, a lower-case English word says the part is a sentence ("12 Mill Road. Seen today").
  if (bare.slice(1).some((w) => /^\p{Ll}{2,}$/u.test(w) && lex.common.has(w) && !PARTICLE.has(w))) return false;
  const first = bare[0] ?? '';
  // An acronym opening the part is a label or an organisation ("GP …", "AOK …"), unless a number follows ("LP 44 …").
  if (GENERIC.has(first.toLowerCase()) || (/^\p{Lu}{2,5}$/u.test(first) && !/^\d/.test(bare[1] ?? ''))) return false;
  const proper = bare.filter((w) => PROPER.test(w) && w.length >= 4 && !lex.common.has(w.toLowerCase()));
  if (proper.length === 0 && !(slotted && slotPlace(ws, bare))) return false;
  // A given name opening the part is a person named next ("Maria's daughter"), unless a number goes with it.
  return !(lex.firstNames.has(first.toLowerCase().replace(/['\u2019]s$/, '')) && !/\d/.test(part));
}

/** The part cut at a sentence's full stop: after an English word ("Tarlac City. PTB"), not after "Bvar." or "apto.". */
function sentenceCut(part: string, lex: Lexicon): string {
  for (const m of part.matchAll(/(\p{L}+)\.(?=[ \t])/gu)) {
    if (lex.common.has((m[1] ?? '').toLowerCase())) return part.slice(0, m.index + (m[1] ?? '').length);
  }
  return part;
}

// A clinician's office after the name ("Consultant Haematologist", "Clinical Psychologist"): an agent noun of a
// profession by its English suffix. After a name with no age or number, such a part is the person's role.
const PROFESSION = /(?:ist|ician|grapher)$/i;

/**
 * Whether a part after a name alone may be a residence: it opens on its proper word or a number (a lower-case word
 * before it is a role or a verb: "physio …", "trabajador de …"), names no profession, and holds no word with two
 * capitals running (a state's code, a postcode, a unit or an order's number: "NSW 2999", "OPD", "AB-CD-0123").
 */
function bareResidence(part: string): boolean {
  const ws = part.trim().split(/[ \t]+/);
  return !/^\p{Ll}/u.test(ws[0] ?? '') && !ws.some((w) => PROFESSION.test(w) || /\p{Lu}\p{Lu}/u.test(w));
}

/**
 * The address parts after `at` (a comma), in order, while the parts read as places; `end` is where the list stops.
 * With `names` (the found spans by their starts, for a list after a name alone), a part another rule read whole as a
 * name ends the list: the line lists people ("Maj …, Capt …") or a name's other half ("Okonjo, Chidi").
 */
function readParts(text: string, at: number, lex: Lexicon, names?: ReadonlyMap<number, readonly PhiSpan[]>): { parts: [number, number][]; end: number } {
  const parts: [number, number][] = [];
  let end = at;
  for (let k = 0; k < 4; k++) {
    const m = PART.exec(text.slice(end, end + 64));
    const raw = m?.[1];
    if (!m || raw === undefined) break;
    const part = sentenceCut(raw, lex);
    const ws = placeWords(part);
    if (!placePart(ws, lex, names === undefined)) break;
    const start = end + m[0].length - raw.length;
    const trimmed = part.replace(/[ \t]+$/, '');
    const from = start + trimmed.length - ws.join(' ').length;
    if (names && (!bareResidence(part) || (names.get(from) ?? []).some((n) => n.type === 'NAME' && n.end >= start + trimmed.length))) break;
    parts.push([from, start + trimmed.length]);
    end = start + trimmed.length;
    if (part !== raw || text[start + raw.length] !== ',') break;
    end = start + raw.length;
  }
  return { parts, end };
}

// Where a residence with no age or number before it must stop: the clause's end (";", a sentence's full stop, a line
// break, the text's end) or a postcode or place another rule found after the comma.
const CLAUSE_END = /^[ \t]*(?:[;\n]|\.(?:\s|$)|$)/;

/** Whether the list that stops at `end` closes its clause, or runs on into a found ZIP or LOCATION after its comma. */
function closesClause(text: string, end: number, starts: ReadonlyMap<number, readonly PhiSpan[]>): boolean {
  if (CLAUSE_END.test(text.slice(end, end + 4))) return true;
  const next = /^,[ \t]{1,2}/.exec(text.slice(end, end + 4));
  return next !== null && (starts.get(end + next[0].length) ?? []).some((s) => s.type === 'ZIP' || s.type === 'LOCATION');
}

/** The found spans by where they start (one look-up per list part, not a scan of every span). */
function spanStarts(found: readonly PhiSpan[]): Map<number, PhiSpan[]> {
  const out = new Map<number, PhiSpan[]>();
  for (const s of found) {
    const list = out.get(s.start);
    if (list) list.push(s);
    else out.set(s.start, [s]);
  }
  return out;
}

// Fortieth session: the person's fields an identification line may write between the name and the residence, in lower
// case: a trade or role ("boxer", "fisker"), a stage or a bed ("postnatal day 3", "room 3"), a card's number ("band
// no. 3140441729"), an age in a language the age field does not list ("94 ons"). The UPU order still holds (the
// person, what they are, then where they live: the line's fields run from the person to the address), so the
// capitalised part after one or two such fields is read as the age field's next part is. A field with a capital in it
// is not one of these (a name, an institution, a sentence's next start), and the parts are read as after a name alone
// (`readParts` with the found names): a profession, a found person, an acronym or a part of English words only ends
// the list.
const DESCRIPTOR = /^,[ \t]{1,2}[\p{Ll}\d][^,;:\n()[\]"\p{Lu}]{0,39}(?=,)/u;
// After such a field (often the condition: "croup", "diabetic foot"), one word and a small number is the condition's
// grade, score or stage on an eponymous scale (Westley's croup score, Wagner's ulcer grade, Mallampati's class), not a
// district number: the list of parts ends there.
const GRADE_PART = /^\p{Lu}[\p{Ll}'\u2019]+[ \t]\d{1,2}(?:[.,]\d)?$/u;

/** Where one or two lower-case person's fields after a found name end (the comma before the next part), or -1. */
function afterDescriptors(text: string, end: number): number {
  let at = end;
  for (let k = 0; k < 2; k++) {
    const m = DESCRIPTOR.exec(text.slice(at, at + 48));
    if (!m) break;
    at += m[0].length;
  }
  return at === end ? -1 : at;
}

/**
 * The residence parts of identification lines: after a found name and its age field, or after a found identity
 * number (and an age field, when one follows), the list parts that read as places; after a found name alone, the
 * same parts when they close the clause (a form's person field: name, then address, then the clinical clause); after
 * a found name and one or two lower-case person's fields, the parts that read as places after a name alone.
 */
export function detectResidenceParts(text: string, found: readonly PhiSpan[], lex: Lexicon, push: Push): void {
  let starts: Map<number, PhiSpan[]> | undefined;
  for (const s of found) {
    if (text[s.end] !== ',') continue;
    // A timeline's items ("1796 Jenner, 1847 Semmelweis") are a list of years, not a name and its residence.
    if (yearListItem(text, s.start, s.end)) continue;
    const age = AGE_FIELD.exec(text.slice(s.end, s.end + 48));
    let parts: [number, number][] = [];
    if (s.type === 'NAME') {
      if (age) parts = readParts(text, s.end + age[0].length, lex).parts;
      else {
        starts ??= spanStarts(found);
        const read = readParts(text, s.end, lex, starts);
        if (closesClause(text, read.end, starts)) parts = read.parts;
      }
      if (parts.length === 0) {
        const at = afterDescriptors(text, s.end);
        if (at >= 0) {
          const read = readParts(text, at, lex, starts ??= spanStarts(found)).parts;
          const grade = read.findIndex(([a, b]) => GRADE_PART.test(text.slice(a, b)));
          parts = grade < 0 ? read : read.slice(0, grade);
        }
      }
    } else if (IDENTITY_NUMBER_TYPES.has(s.type)) {
      parts = readParts(text, s.end + (age ? age[0].length : 0), lex).parts;
    }
    for (const [a, b] of parts) push(a, b, 'LOCATION');
  }
}
