/**
 * The edges of a person's name a reader leaves out (issue 14, twenty-seventh session): an abbreviated given name written
 * before the found surname ("results for S. Jayawardhane", "Ma. Luzviminda Dimagiba", "Ch. Enkhtuya") and the
 * patronymic word that joins a given name to the father's ("Gethin ap Rhisiart", "Muthusamy a/l Ramasami"). A reader
 * who sees the initial or the father's name learns part of the identifier, and strict scoring counts the name as a
 * miss. This step grows found NAME spans over them; it never starts a span. Mixed-case names only: the nursing notes'
 * gold (all capitals) marks "E. WELSH" without the initial.
 */
import type { PhiSpan } from './types.js';

// Given names written short with a full stop, by the naming practices that use them (UK Home Office / FCO, "A Guide to
// Names and Naming Practices", 2006: Md./Mohd./Muh. for Muhammad in Bangladesh, Malaysia and Indonesia; Ma. for María
// in the Philippines), the romanised Cyrillic digraph initials of a Mongolian patronymic (Ch, Sh, Zh, Kh, Ts: "Ts.
// Elbegdorj"; the letters Ч Ш Ж Х Ц of BGN/PCGN romanisation) and the English abbreviations of older registers (Wm.,
// Chas., Geo., Thos., Jas., Jos., Robt., Saml., Benj.).
const ABBREVIATED_GIVEN = 'Ma|Md|Mohd|Muh|Ch|Sh|Zh|Kh|Ts|Wm|Chas|Geo|Thos|Jas|Jos|Robt|Saml|Benj';
// An initial or an abbreviated given name with its full stop right before the found name, after a space, a line start or
// punctuation (not a letter, digit, full stop or hyphen: "J.R." and "Hep-B." are not one initial). extend.ts and
// name-heads.ts join an initial that opens a field or a run of initials; this one joins a single initial after a word
// ("booked by S. Ferreora-Mbiki", "Reported S. Paranavitana").
const GIVEN_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.'\\u2019\\-])(?:[A-Z]|${ABBREVIATED_GIVEN})\\.[ \\t]{1,2}$`, 'u');
// A capital letter after a word whose value it is ends a sentence, not a name's initial: "vitamin D. Mary rang",
// "hepatitis B.", "type A.", "grade C.", "plan B.", "Appendix A.".
const LETTER_VALUE = /(?:^|[^\p{L}])(?:vitamin|hepatitis|hep|type|group|grade|class|stage|plan|option|category|schedule|appendix|annex|part|section|zone|ward|bay|bed|level|phase|step|list|form|test|strain|blood)[ \t]{1,2}[A-Z]\.[ \t]{1,2}$/iu;
// The words that join a given name to the father's or the husband's, written lower case between two name words: Welsh
// ap/ab ("son of"), Kalenjin arap, Malaysian Indian a/l and a/p (anak lelaki, anak perempuan), Singaporean s/o and d/o,
// Malay binti, binte and bte, Iban anak (Home Office / FCO guide above), French épouse ("wife of", folded to epouse).
const CONNECTIVE = '(?:ap|ab|arap|a\\/l|a\\/p|s\\/o|d\\/o|binti|binte|bte|anak|epouse)';
// The connective and the capitalised name word after a found name.
const CONNECTIVE_AFTER = new RegExp(`^[ \\t]${CONNECTIVE}[ \\t][A-Z][a-z][A-Za-z'\\u2019\\-]*`);
// A capitalised name word and the connective before a found name.
const CONNECTIVE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'\\u2019\\-])[A-Z][a-z][A-Za-z'\\u2019\\-]*[ \\t]${CONNECTIVE}[ \\t]$`, 'u');

/** Grow each mixed-case NAME span over an abbreviated given name before it and a patronymic connective on either side. */
export function nameEdges(spans: readonly PhiSpan[], text: string): PhiSpan[] {
  return spans.map((s) => {
    if (s.type !== 'NAME' || !/^[A-Z][a-z]/.test(text.slice(s.start, s.start + 2))) return s;
    const before = text.slice(Math.max(0, s.start - 32), s.start);
    const given = (LETTER_VALUE.test(before) ? null : GIVEN_BEFORE.exec(before)) ?? CONNECTIVE_BEFORE.exec(before);
    const after = /[a-z]$/.test(text.slice(s.start, s.end)) ? CONNECTIVE_AFTER.exec(text.slice(s.end, s.end + 40)) : null;
    if (!given && !after) return s;
    return { ...s, start: s.start - (given?.[0].length ?? 0), end: s.end + (after?.[0].length ?? 0) };
  });
}
