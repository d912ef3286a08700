/**
 * The proper names of laws, treaties, declarations, codes, reports and named systems are no people (issue 14,
 * thirty-first pass, over-redaction): "Ottawa Treaty", "Helsinki Declaration", "Declaration of Helsinki", "Oviedo
 * Convention", "Nuremberg Code", "Belmont Report", "Manchester Triage System", "Liverpool Care Pathway". A town or a
 * person a document is named after is not the patient's, and the name detectors flag it on its own.
 * Source, the capitalisation of the proper names of documents (The Chicago Manual of Style, 17th ed., 2017, §8.79-8.84
 * "acts, treaties, and government programs", "documents"; Huddleston & Pullum 2002, The Cambridge Grammar of the English
 * Language, ch. 5 §20 "proper names": a proper name whose head is a common noun, capitalised as part of the name, "the
 * Ottawa Treaty"). So a run of capitalised words whose last word is such a head, written capitalised, names the document;
 * the head must be capitalised (case-sensitive: "Maria and John report pain" keeps Maria) and on the same line.
 * Counter-cases kept as people: a title before the span (asked by the caller first), a possessive ("Jane's Report" is
 * hers), a head followed by a colon (a form label after a name: "Maria Lopez Code: 4471").
 */
import { TITLE_WORDS } from './titles.js';
import type { PhiSpan } from './types.js';

// The document heads of CMOS §8.79-8.84 and the named systems and pathways of care; none is a word of the name lists.
const HEAD = '(?:Act|Acts|Treaty|Declaration|Convention|Code|Report|System|Pathway|Accord|Statute|Directive|Guidelines|Protocol|Regulations)';
// A capitalised word of the name: a capitalised word or an acronym ("Victoria VAD Act", "End of Life Choice Act" not).
const WORD = "[A-Z][A-Za-z]*(?:-[A-Za-z]+)*";
// The span itself is the name with its head ("Ottawa Treaty", "Manchester Triage System").
const SPAN_WITH_HEAD = new RegExp(`^${WORD}(?:[ \\t]${WORD}){0,3}[ \\t]${HEAD}$`);
const LONE_HEAD = new RegExp(`^${HEAD}$`);
// A span that opens with a title is a person's name grown over the head ("Dr Fairbairn Report").
const TITLE_FIRST = new RegExp(`^(?:${TITLE_WORDS})\\.?(?![A-Za-z])`, 'i');
// The head after the span, through up to three capitalised words ("Liverpool [Care] Pathway"); no possessive, no colon.
const HEAD_AFTER = new RegExp(`^(?:[ \\t]${WORD}){0,3}[ \\t]${HEAD}(?![A-Za-z:'\u2019])`);
// The head before the span and "of": "Declaration of Helsinki", "Convention of Geneva", "Treaty of Rome".
const HEAD_OF_BEFORE = new RegExp(`\\b${HEAD}[ \\t]of[ \\t](?:the[ \\t])?$`);

/**
 * Whether a NAME span is (part of) a document's proper name: it ends in a document head, a head follows it through
 * capitalised words, or "Head of" stands before it. The caller has already kept spans with a title before them.
 */
export function documentName(s: PhiSpan, text: string): boolean {
  if (s.type !== 'NAME') return false;
  const span = text.slice(s.start, s.end);
  if (!/^[A-Z]/.test(span) || /['\u2019]s?$/.test(span) || TITLE_FIRST.test(span)) return false;
  const colonAfter = /^[ \t]*:/.test(text.slice(s.end, s.end + 4));
  if (SPAN_WITH_HEAD.test(span) && !colonAfter) return true;
  // The head left alone once the words before it were dropped ("Manchester Triage [System]") is the same name's.
  if (LONE_HEAD.test(span) && !colonAfter && /[A-Z][A-Za-z]*[ \t]$/.test(text.slice(Math.max(0, s.start - 24), s.start))) return true;
  if (!/^[A-Z][A-Za-z]*(?:-[A-Za-z]+)*(?:[ \t][A-Z][A-Za-z]*(?:-[A-Za-z]+)*){0,2}$/.test(span)) return false;
  return HEAD_AFTER.test(text.slice(s.end, s.end + 60)) || HEAD_OF_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start));
}
