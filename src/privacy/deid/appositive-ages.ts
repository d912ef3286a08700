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
// What may follow the age: a stop, a bracket, a dash, the end, the sex letter (not a temperature's F before the next vital
// sign), or a lower-case word that is no unit. A capitalised word
// after it reads as a street or a place ("Dr Ng, 94 Harley Street"); a decimal, a slash or a range as a measure.
const STOP_AFTER = /^(?:[ \t]*(?:[,;:)!?\n]|\.(?!\d)|$)|[ \t]?[MF]\b(?![ \t]*[,;][ \t]*(?:[Hh][Rr]|[Pp]|[Pp]ulse|[Bb][Pp]|[Rr][Rr]|[Ss][Pp][Oo]2|[Ss]ats?)\b)|[ \t]+[-\u2013\u2014][ \t]|[ \t]+(?!(?:cc|mls?|mg|mcg|g|l|lpm|bpm|mmhg|units?|iu|meq|mmol|kg|lbs?|cm|mm|yo|y|f|c)\b)[a-z]+\b)/;

// After an identification line's date or number: perhaps its closing bracket, then the age as after a name.
const AGE_AFTER_ID = new RegExp(`^\\)?${APPOSITION}(9\\d|1[01]\\d)(?![\\d\\w])`);
// There the age closes its clause: a stop, a bracket, the end or a spaced dash.
const CLAUSE_END = /^(?:[ \t]*(?:[,;:)\n]|\.(?!\d)|$)|[ \t]+[-\u2013\u2014][ \t])/;
// The writing years a date of birth plus an age may reach: modern records.
const FIRST_YEAR = 1990;
const LAST_YEAR = 2040;
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
    if (!m || age === undefined) continue;
    const end = s.end + m[0].length;
    const after = text.slice(end, end + 24);
    if (!STOP_AFTER.test(after) || NOT_AGE_AFTER.test(after)) continue;
    // A bracket opened before the age closes right after it ("Dr Ng (92)"); "(92 kg" is a measure.
    if (m[0].includes('(') && !/^[ \t]*[),]/.test(after)) continue;
    push(end - age.length, end, 'AGE');
  }
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
