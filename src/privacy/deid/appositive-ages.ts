/**
 * Ages over 89 in apposition to a person already found: a name span, then a comma or an opening bracket, then the age
 * ("Mr ZAMUDIO, 95, from home", "Mrs Okoro, 94.", "Eleuterio Zamudio, 95 - lives alone", "Dr Ng (92) retired",
 * "Mrs Okoro, ninety-four, lives alone"; in digits or in words).
 * The shape rules of letters.ts read the same slot from the name's letters and a closed set of stops after the age;
 * here the evidence is the detected name itself, so the age may be followed by any clause, not a unit or a measure.
 * A general regularity of English (an appositive after a person's name), not a wording read from a note.
 * The same slot after the other parts of an identification line (twenty-second pass): a date of birth whose year and the
 * number add up to a year of writing ("DOB 14th May 1931, 95.", "(DOB 09/09/1931), 95:"), or an identity, record or
 * plan number ("Medicare 1EG4-TE5-MK72, 102, from ..."); there the age must close its clause (no word after it).
 */
import { NOT_AGE_AFTER } from './identifiers.js';
import { IDENTITY_NUMBER_TYPES, type PhiSpan, type PushSpan as Push } from './types.js';

// After the name: an optional full stop of an initial ("Zamudio, E., 95"), a comma, an opening bracket or a spaced dash
// ("Ng Wei - 94 - fall"), the age.
const APPOSITION = '(?:,[ \\t]{0,2}|[ \\t]?\\([ \\t]?|[ \\t]{1,2}[-\\u2013\\u2014][ \\t]{1,2})';
const AGE_AFTER = new RegExp(`^\\.?${APPOSITION}(9\\d|1[01]\\d|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[- ]hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\\d\\w])`, 'i');
// What may follow the age: a stop, a bracket, a dash, the end, the sex word or letter (not a temperature's F before the
// next vital sign), or a lower-case word that is no unit. A capitalised word
// after it reads as a street or a place ("Dr Ng, 94 Harley Street"); a decimal, a slash or a range as a measure.
const STOP_AFTER = /^(?:[ \t]*(?:[,;:)!?\n]|\.(?!\d)|$)|[ \t]+(?:[Ff]emale|[Mm]ale|FEMALE|MALE)\b|[ \t]?[MF]\b(?![ \t]*[,;][ \t]*(?:[Hh][Rr]|[Pp]|[Pp]ulse|[Bb][Pp]|[Rr][Rr]|[Ss][Pp][Oo]2|[Ss]ats?)\b)|[ \t]+[-\u2013\u2014][ \t]|[ \t]+(?!(?:cc|mls?|mg|mcg|g|l|lpm|bpm|mmhg|units?|iu|meq|mmol|kg|lbs?|cm|mm|yo|y|f|c)\b)[a-z]+\b)/;

// After an identification line's date or number: perhaps its closing bracket, then the age as after a name.
const AGE_AFTER_ID = new RegExp(`^\\)?${APPOSITION}(9\\d|1[01]\\d)(?![\\d\\w])`);
// There the age closes its clause: a stop, a bracket, the end or a spaced dash.
const CLAUSE_END = /^(?:[ \t]*(?:[,;:)\n]|\.(?!\d)|$)|[ \t]+[-\u2013\u2014][ \t])/;
// The writing years a date of birth plus an age may reach: modern records.
const FIRST_YEAR = 1990;
const LAST_YEAR = 2040;
// After a name and a bare space: one or two spaces or a tab, then the age in digits alone.
const AGE_AFTER_SPACE = /^[ \t]{1,2}(9\d|1[01]\d)(?![\d\w])/;
// The name's last word as a register writes a person: a capitalised word ("Doreen", "Lowry") or a surname in capitals
// of three letters or more after a capitalised word ("Doreen HARTLEY"). A maker and model letters before a model number
// ("Baxter AK 98") or a code alone in capitals is no person in this slot.
const REGISTER_LAST = /(?:(?:^|[ \t,.'\u2019-])\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[ \t]{1,2}\p{Lu}{3,})$/u;
// A clinician's title or grade before a name (perhaps with one or two of its words that a raw rule left out), or opening
// it: that person is staff, not the listed patient, and a number after them is a bleep, an extension or a reading
// ("Sats per Dr Okafor 92 - on air").
const STAFF_TITLES = '(?:Dr|Doctor|Prof|Professor|Nurse|Sister|Matron|FY[12]|SHO|SpR|Reg|Registrar|Cons|Consultant)';
const STAFF_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])${STAFF_TITLES}\\.?[ \\t]+(?:\\p{Lu}[\\p{L}'\\u2019-]*\\.?[ \\t]+){0,2}$`, 'u');
const STAFF_OPENS = new RegExp(`^${STAFF_TITLES}\\.?[ \\t]`);
// The age closes its clause or its list item: a full stop, a closing bracket, the end, a mark that parts a list's items
// (a spaced hyphen, double hyphen or slash, an en or em dash with or without spaces, a table's pipe, a bullet), a
// hand-over's problem sign ("?UTI" for a suspected, "#NOF" for a fractured), a question or exclamation mark, or a comma,
// semicolon or colon before a lower-case word or a mark (a comma before a capitalised word reads as the next item of a
// list: "Baxter AK 98, NxStage").
const SPACE_AGE_END = /^(?:[ \t]*(?:[)\n|\u2022\u00b7?!]|\.(?!\d)|$)|[ \t]+(?:-{1,2}|\/)[ \t]|[ \t]*[\u2013\u2014]|[ \t]+#|[ \t]*[,;:](?:[ \t]*$|[ \t]*[\p{Ll}#(])|[ \t]*[,;:]\n)/u;
// After the age in that slot: the next number of a series, a range, a ratio or a table row ("92, 94", "90 - 95",
// "90-95", "95 / 60", "92 | 88"), a decimal or a clock time.
const NOT_AGE_AFTER_SPACE = /^(?:[ \t]*[,;:|/#?!\u2022\u00b7][ \t]*\d|[ \t]*[-\u2013\u2014]{1,2}[ \t]*\d|[.:]\d)/u;
// How far after a name its appositive age may reach: a space, a bracket or comma and the longest age in words.
const AGE_WINDOW = 32;

/**
 * Push the age right after each NAME span in `found` when it stands in apposition to that name, and the age closing the
 * clause after a date of birth or an identity number.
 */
export function detectAppositiveAges(text: string, found: readonly PhiSpan[], push: Push): void {
  const seen = new Set<number>();
  const seenIds = new Set<number>();
  for (const s of found) {
    if (s.type !== 'NAME') {
      if (!seenIds.has(s.end)) ageAfterIdentity(text, s, push);
      seenIds.add(s.end);
      continue;
    }
    if (seen.has(s.end)) continue;
    seen.add(s.end);
    // Wide enough for an age in words after a bracket or comma (" (ninety-seven)" is 14 characters).
    const m = AGE_AFTER.exec(text.slice(s.end, s.end + AGE_WINDOW));
    const age = m?.[1];
    if (!m || age === undefined) {
      ageAfterSpace(text, s, push);
      continue;
    }
    const end = s.end + m[0].length;
    const after = text.slice(end, end + 24);
    if (!STOP_AFTER.test(after) || NOT_AGE_AFTER.test(after)) continue;
    // A bracket opened before the age closes right after it ("Dr Ng (92)"); "(92 kg" is a measure.
    if (m[0].includes('(') && !/^[ \t]*[),]/.test(after)) continue;
    push(end - age.length, end, 'AGE');
  }
}

/**
 * The age after a name and a bare space, as a hand-over list or a ward round writes its patients ("Bed 3 HARTLEY,
 * Doreen 93 - #NOF day 2", "Ted Lowry 93 - fall", "bed 1 Enid 95, delirium improving", "Doreen HARTLEY 93 – fall",
 * "Hughes, Glenys 93 | NOF", "Enid Pryce 91 ?UTI"): with no comma or bracket to mark the apposition, the age must close
 * its clause or list item (a stop, comma, semicolon, colon, closing bracket, the end, a list's dash, slash, pipe or
 * bullet, or a hand-over's problem sign) and must not open a range, a list of numbers or a value with its unit. Digits
 * only, 90-119: Safe Harbor makes an age over 89 PHI, and one under 90 is no PHI however it is read. A name with a
 * clinician's title is staff, and a number after it no age. First drafted by session 41 (deid-ids7, `cab9b333`: the
 * capitalised name and the spaced hyphen); session 42 adds the other list marks, a surname in capitals and the staff.
 */
function ageAfterSpace(text: string, name: PhiSpan, push: Push): void {
  const nameEnd = name.end;
  if (text.charCodeAt(nameEnd) !== 32 && text.charCodeAt(nameEnd) !== 9) return;
  const m = AGE_AFTER_SPACE.exec(text.slice(nameEnd, nameEnd + 6));
  const age = m?.[1];
  if (!m || age === undefined) return;
  if (!REGISTER_LAST.test(text.slice(Math.max(name.start, nameEnd - 32), nameEnd))) return;
  if (STAFF_OPENS.test(text.slice(name.start, nameEnd)) || STAFF_BEFORE.test(text.slice(Math.max(0, name.start - 48), name.start))) return;
  const end = nameEnd + m[0].length;
  const after = text.slice(end, end + 8);
  if (!SPACE_AGE_END.test(after) || NOT_AGE_AFTER_SPACE.test(after)) return;
  push(end - age.length, end, 'AGE');
}

/** The age closing the clause after a date of birth (its year plus the age a year of writing) or an identity number. */
function ageAfterIdentity(text: string, s: PhiSpan, push: Push): void {
  const isId = IDENTITY_NUMBER_TYPES.has(s.type);
  if (!isId && s.type !== 'DATE') return;
  const m = AGE_AFTER_ID.exec(text.slice(s.end, s.end + 12));
  const age = m?.[1];
  if (!m || age === undefined) return;
  const end = s.end + m[0].length;
  if (!CLAUSE_END.test(text.slice(end, end + 4))) return;
  if (m[0].includes('(') && !/^[ \t]*\)/.test(text.slice(end, end + 4))) return;
  if (!isId) {
    const year = /\b(1[89]\d\d|20\d\d)\b/.exec(text.slice(s.start, s.end))?.[1];
    const reached = year === undefined ? 0 : Number(year) + Number(age);
    if (reached < FIRST_YEAR || reached > LAST_YEAR) return;
  }
  push(end - age.length, end, 'AGE');
}
