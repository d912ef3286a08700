/**
 * A label is no name (issue 14, twenty-second pass): the word written right before an identifier's number names the
 * number's scheme ("PESEL 58071204826", "Aadhaar 4471 8820 3319", "personnummer 19610412-3386", "UR 1770342"). The name
 * rules read such a word as a name when it follows one ("Linnéa Åkerström, personnummer ..."), and propagation then
 * spreads it; this step, run on a note's final spans, drops a NAME or LOCATION span that is only such a label.
 */
import type { Lexicon } from './lexicon.js';
import { TITLE_BEFORE } from './titles.js';
import { IDENTITY_NUMBER_TYPES, type PhiSpan, type PhiType } from './types.js';

// Spans that are an identifier's number (not a phone, a date or a place: a name before those is as often a person's).
const NUMBERED: ReadonlySet<PhiType> = new Set<PhiType>([...IDENTITY_NUMBER_TYPES, 'LICENSE']);
// One word of letters, or one or two words of capitals ("CRM", "SGK SGK"), with an abbreviation's full stop after it.
const LABEL = /^(?:\p{L}[\p{L}'-]*|[A-Z]{2,6}(?:[ \t][A-Z]{2,6})?)$/u;
// Between the label and its number: one or two spaces, after a full stop, a number sign or a colon ("UR 1770342", "lic.
// 0118842", "no: 44"); a wider gap is a table's column break ("Sender: Nilmini   05-12-2026").
const GAP = /^(?:\.|:|[ \t](?:no|nr|#)\.?:?)?[ \t]{1,2}$/i;
// The number itself: digits, after at most three capitals of a prefix ("K820477193", "GD4797944172086"), and no date's shape.
const NUMBER_START = /^[A-Z]{0,3}\d/;
const DATE_SHAPE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}$/;
// A field's colon right before the span makes it the field's value ("Sender: Nilmini"), whatever follows.
const FIELD_BEFORE = /:[ \t]*$/;
// A relative, a next of kin or a call word right before the span makes it that person ("Daughter Wanjiru 0712...", "NOK
// Wanjiru ...", "Call Nilmini ...", "seen by Nilmini ..."): a person's number, not a scheme's.
const PERSON_BEFORE = /\b(?:daughter|son|wife|husband|partner|spouse|mother|mum|mom|father|dad|sister|brother|aunt|uncle|niece|nephew|grand(?:daughter|son|mother|father)|carer|caregiver|guardian|friend|neighbour|neighbor|nok|kin|contact|call|ring|phone|by|per|with)[ \t]+$/i;

/** Whether no name or place list holds any of the label's words (a listed name before a number is someone's: "Chisoma 4471"). */
function unlisted(label: string, lex: Lexicon): boolean {
  return label.toLowerCase().split(/[ \t]+/).every((w) => !lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.places.has(w));
}

/**
 * A note's spans (sorted by start) without the NAME or LOCATION spans that are an identifier's label: one unlisted word
 * (or capitals) right before a span of an identifier's number, with no title before it ("Dr Mahinda 0412..." stays).
 */
export function dropIdentifierLabels(spans: readonly PhiSpan[], text: string, lex: Lexicon): PhiSpan[] {
  return spans.filter((s, i) => {
    if (s.type !== 'NAME' && s.type !== 'LOCATION') return true;
    const next = spans[i + 1];
    if (!next || !NUMBERED.has(next.type) || !GAP.test(text.slice(s.end, next.start))) return true;
    const label = text.slice(s.start, s.end);
    const number = text.slice(next.start, next.end);
    if (!LABEL.test(label) || !NUMBER_START.test(number) || DATE_SHAPE.test(number) || !unlisted(label, lex)) return true;
    const before = text.slice(Math.max(0, s.start - 16), s.start);
    return TITLE_BEFORE.test(before) || FIELD_BEFORE.test(before) || PERSON_BEFORE.test(before);
  });
}
