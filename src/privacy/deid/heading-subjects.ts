/**
 * The person a note is about, named right after the note's heading (issue 14, letters): a short note, slip, log line
 * or message opens with what it is ("Dental triage:", "SLT dysphagia screen fail:", "msg from reception:") and then
 * names its subject, as a referral's or a register's subject line does, with the person's details next:
 * "Podiatry triage: keolani 8yo ingrown toenail", "SALT screen: ndeye (bed 14) NBM", "Front desk: zhanyl rang".
 * The heading is the evidence for the position; what follows must be said of a person:
 *  - always: an age written as a person's (`7yo`, `7 y/o`, `7 years old`, `24F`, `F 34`; not `3y` or `(5 y)`, a
 *    product's time in use, "Nexplanon 3y"), or a bracketed age, date of birth, record number or date;
 *  - for two or three words, or one word typed in lower case in mixed-case text (a product keeps its capital there):
 *    also digits alone between commas (", 15,"), a bracketed place of a person (bed, cot, cubicle, room, ward, a shirt
 *    or list number), or a verb only a person takes (`safe-list.ts`). A lone capitalised word before these may be a
 *    device or a drug ("Vapotherm (cot 3)", "Optiflow, 2, weaned"); `safe-list.ts` judges it.
 * Not a score in brackets ("Epworth (14)") nor a year of treatment ("(year 2)"). Every word must pass the
 * identification slot's name test (`age-slots.ts` `slotName`: a listed name on no English list, or a word on no
 * list, a lower-case one no typo of a known word). Only the first colon of the text's first line is read, so labels
 * inside a note ("Plan: Xarelto 20 mg") are not. Not in capitals text. Pure.
 */
import { WORD, slotName } from './age-slots.js';
import type { CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import { PERSON_STATE_AFTER, PERSON_VERB_AFTER } from './safe-list.js';
import type { PushSpan as Push } from './types.js';

// The text's heading (its first line up to the first colon and its space), then up to three words.
const HEADING = new RegExp(`^[ \\t\\n]*[^\\n]{1,80}?:[ \\t]+(${WORD}(?:[ \\t]${WORD}){0,2})`);
// A person's age ("7yo", "7 y/o", "7 years old", "7-year-old", "24F", "F 34") or a bracketed age, date of birth,
// record number or date ("(aged 4)", "(DOB ...)", "(NHS 628 441 9053)", "(22/07/1990)").
const PERSON_AGE = /^(?:,?[ \t]{0,2}\d{1,3}(?:[ \t]?(?:yo|y\/o|y\.o\.|[MF])|[ \t-]?(?:yrs?|years?)[ \t-]old)(?![A-Za-z\d])|,?[ \t]{0,2}[MF],?[ \t]\d{1,3}(?![\d./])|[ \t]?\((?:(?:aged?|dob|d\.o\.b\.?|born|nhs|mrn)(?![A-Za-z])|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)))/i;
// Digits alone between commas (", 15,", ", 15." , ", 15 -") or a person's place in brackets ("(bed 9)", "(cot 3)",
// "(no. 7)").
const PERSON_PLACE = /^(?:,[ \t]{0,2}\d{1,3}[ \t]*(?:,|;|\.(?!\d)|[ \t][-\u2013])|[ \t]?\((?:bed|cot|cubicle|room|ward|no\.)[ \t]?\d)/i;

/** What follows the words says they name a person (see the module header); `weak` admits the second list. */
function personAfter(after: string, weak: boolean): boolean {
  if (PERSON_AGE.test(after)) return true;
  return weak && (PERSON_PLACE.test(after) || PERSON_VERB_AFTER.test(after) || PERSON_STATE_AFTER.test(after));
}

/**
 * Push a NAME span for the subject named right after the text's heading (see the module header): the longest run of
 * one to three name words there before a person's age, detail or verb. Not in capitals text.
 */
export function detectHeadingSubjects(text: string, lex: Lexicon, push: Push, mode: CaseMode): void {
  if (mode === 'upper') return;
  const m = HEADING.exec(text);
  if (!m) return;
  const run = m[1] as string;
  const start = m[0].length - run.length;
  const words = run.split(/[ \t]/);
  for (let k = words.length; k >= 1; k--) {
    const taken = words.slice(0, k);
    if (!taken.every((w) => slotName(w, lex))) continue;
    const end = start + taken.join(' ').length;
    const weak = k > 1 || (mode === 'mixed' && taken[0] === taken[0]?.toLowerCase());
    if (!personAfter(text.slice(end, end + 60), weak)) continue;
    push(start, end, 'NAME');
    return;
  }
}
