/**
 * Names without a cue word ("Jack Smith presented...", "Patient: Holnash Nevrath.", "Carol C. presented..."): the
 * failure that no rule written for seen names fixes. Safe-list reasoning in the manner of Philter: two adjacent
 * title-case words on one line form a name when neither is a clinical term, eponym, function word, month or
 * organisation/street word, and either a given-name or surname list vouches for one of them, or neither is an
 * English word at all (a word no dictionary holds, shaped like a name, is a name or a place far more often than
 * anything else in a note). A given name followed by an initial ("Lily A.") is a name too. Only mixed-case text:
 * in all-caps or all-lowercase notes, capitals carry no information.
 */
import { letterCounts } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import type { PushSpan as Push } from './types.js';


// Two title-case words (hyphenated or O'Brien-style allowed) or a title-case word and an initial, one line.
const PAIR = /(?<![A-Za-z'\-.])([A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)*)[ \t]{1,2}(?:([A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)*)|([A-Z])\.)(?![A-Za-z])/g;
const NOT_NAME = new Set(('the a an and or but of in on at to for with from by as is was were be has had have this that these those his her ' +
  'their its our your my no not yes if then when where while after before during since until per via pt patient patients ' +
  'mr mrs ms dr drs miss prof doctor nurse son daughter wife husband mother father sister brother friend family ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
  'hospital hosp medical center centre clinic memorial regional general community health healthcare university college institute ' +
  'street st avenue ave road rd lane ln drive dr boulevard blvd court ct way place terrace highway hwy suite apt unit floor room ' +
  'north south east west new saint san santa fort mount lake county city state md rn np pa do phd').split(' '));
// Clinical word shapes a dictionary may lack (drug stems, procedures, diseases).
const CLINICAL_SHAPE = /(?:itis|emia|osis|ectomy|otomy|ostomy|plasty|gram|graphy|scopy|pril|olol|azole|mycin|cillin|statin|sartan|dipine|pam|lam|ide|ine|one|ase|uria|pnea|algia|penia|megaly|ectasis|ology|tion|sion|ment|ness|ity|ing|ed)$/;

function caseMode(text: string): 'mixed' | 'other' {
  const { upper, lower } = letterCounts(text);
  return upper > 0 && upper < lower ? 'mixed' : 'other';
}

/** A word that could be part of a person's name here: not a vetoed, function or organisation word. */
function nameable(w: string, lex: Lexicon): boolean {
  return w.length >= 2 && !NOT_NAME.has(w) && !lex.clinical.has(w);
}

/** Push NAME spans for cue-less name pairs in a mixed-case note. */
export function detectNamePairs(text: string, lex: Lexicon, push: Push): void {
  if (caseMode(text) !== 'mixed') return;
  PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAIR.exec(text)) !== null) {
    const first = (m[1] ?? '').toLowerCase().replace(/'s$/, '');
    const second = (m[2] ?? '').toLowerCase().replace(/'s$/, '');
    const initial = m[3] !== undefined;
    if (!nameable(first, lex)) { PAIR.lastIndex = m.index + (m[1]?.length ?? 1); continue; }
    const given = lex.firstNames.has(first) || (m[3] !== undefined && lex.contextNames.has(first));
    const unknown = (w: string): boolean => !lex.common.has(w) && !CLINICAL_SHAPE.test(w) && w.split(/['\-]/).every((p) => !lex.common.has(p) && !lex.clinical.has(p));
    let ok: boolean;
    if (initial) {
      // "Lily A." but not "Vitamin C." or "Hepatitis B.": the word must be a given name or a word no dictionary holds.
      ok = given ? !lex.common.has(first) || lex.firstNames.has(first) : unknown(first);
      ok &&= !/^(?:vitamin|hepatitis|hep|type|group|class|grade|stage|lead|phase|factor|protein|complex|plan)$/.test(first);
    } else {
      const surname = lex.surnames.has(second) || lex.firstNames.has(second);
      // A surname that is also a clinical word (Jackson, Foley) still follows a given or unknown first name.
      const clinicalSurname = lex.clinical.has(second) && lex.surnames.has(second) && !NOT_NAME.has(second) && (given || unknown(first));
      // A short clinical entry is an abbreviation (DOE, SOB); written in title case after a given name it is a surname (John Doe).
      const abbreviationSurname = given && lex.clinical.has(second) && second.length <= 4 && !NOT_NAME.has(second) && !lex.clinical.has(first);
      if (!nameable(second, lex) && !clinicalSurname && !abbreviationSurname) { PAIR.lastIndex = m.index + (m[1]?.length ?? 1); continue; }
      // A given name that is no English word vouches for the title-case word after it (Jennifer Doe), unless it reads as a verb.
      const strongGiven = given && !lex.common.has(first) && !/(?:ed|ing)$/.test(second);
      // A generational suffix after the pair is a name cue of its own (Oriel Marsted Jr.).
      const suffix = /^,?[ \t]{1,2}(?:Jr|Sr|II|III|IV)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
      ok = strongGiven || suffix || abbreviationSurname || (given && (surname || unknown(second) || !lex.common.has(second))) || (surname && !lex.common.has(second) && (given || unknown(first))) ||
        (unknown(first) && (unknown(second) || surname));
    }
    // An organisation or street follows: "Salem Memorial Hospital", "Pine Ave" is not a person.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (ok && !/^[ \t]{1,2}(?:hospital|hosp|medical|center|centre|clinic|memorial|regional|general|community|health|university|institute|street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|county|city)\b/i.test(after)) {
      // A surname after the middle initial belongs to the name: "Jane Q. Public".
      const tail = initial ? /^[ \t]{1,2}([A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)*)(?![A-Za-z])/.exec(text.slice(m.index + m[0].length)) : null;
      const surnameAfter = tail !== null && nameable(tail[1]!.toLowerCase(), lex) && !/^[ \t]{1,2}[A-Za-z]+[ \t]{1,2}(?:hospital|medical|center|clinic)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      push(m.index, surnameAfter ? m.index + m[0].length + tail![0].length : m.index + m[0].length - (initial ? 1 : 0), 'NAME');
    } else {
      // Let the second word start the next pair ("Saw Jack Smith").
      PAIR.lastIndex = m.index + (m[1]?.length ?? 1);
    }
  }
}
