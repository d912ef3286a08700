/**
 * The edges of a person's name a reader leaves out (issue 14, twenty-seventh session): an abbreviated given name written
 * before the found surname ("results for S. Jayawardhane", "Ma. Luzviminda Dimagiba", "Ch. Enkhtuya") and the
 * patronymic word that joins a given name to the father's ("Gethin ap Rhisiart", "Muthusamy a/l Ramasami"). A reader
 * who sees the initial or the father's name learns part of the identifier, and strict scoring counts the name as a
 * miss. This step grows found NAME spans over them; it never starts a span. Mixed-case names only: the nursing notes'
 * gold (all capitals) marks "E. WELSH" without the initial.
 */
import { inWordLists, wordFlags, IN_COMMON, IN_FIRST, IN_WORLD, type Lexicon } from './lexicon.js';
import { NAME_PARTICLES } from './particles.js';
import { FUNCTION_WORDS } from './safe-list.js';
import { TITLE_WORD } from './titles.js';
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
// Thirtieth session: Arabic bint ("daughter of"; the guide above, Arab naming practice) and the Hassaniya ould and mint
// ("son of", "daughter of") of Mauritanian names (the guide above; Wikipedia, "Mauritanian name").
const CONNECTIVE = '(?:ap|ab|arap|a\\/l|a\\/p|s\\/o|d\\/o|binti|binte|bint|bte|anak|ould|mint|epouse)';
// The connective and the capitalised name word after a found name.
const CONNECTIVE_AFTER = new RegExp(`^[ \\t]${CONNECTIVE}[ \\t][A-Z][a-z][A-Za-z'\\u2019\\-]*`);
// A capitalised name word and the connective before a found name.
const CONNECTIVE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'\\u2019\\-])[A-Z][a-z][A-Za-z'\\u2019\\-]*[ \\t]${CONNECTIVE}[ \\t]$`, 'u');

// Thirtieth session (second round): the words that join the parts of one compound name, written lower case between
// capitalised parts: the particles (`particles.ts`), the conjunction between a Spanish, Catalan or Portuguese person's two
// surnames (Spanish y, Catalan i, Portuguese e: "Garcia y Vega", "Vilagrosa i Terradell", "Silva e Sousa"; RAE, Ortografía
// de la lengua española 2010, on compound surnames; Wikipedia, "Spanish naming customs", "Catalan names", "Portuguese
// name") and the connectives above.
const JOINER = `(?:${[...NAME_PARTICLES, 'i', 'y', 'e', 'bint', 'binti', 'ould', 'mint'].join('|')})`;
// The joiners a found span opens with (extend.ts takes "bin ", "van der " before a name into it).
const LEADING_JOINERS = new RegExp(`^(?:${JOINER}[ \\t])+`);
// A capitalised word, then one to three joiners, right before the found name's first capitalised part.
const WORD_THEN_JOINERS = new RegExp(`(?<![\\p{L}\\p{N}'\\u2019.\\-])([A-Z][a-z][A-Za-z'\\u2019\\-]*)[ \\t](?:${JOINER}[ \\t]){1,3}$`, 'u');
// A second capitalised word before that one ("Nom: Given Given ould Family").
const OUTER_WORD = /(?<![\p{L}\p{N}'\u2019.\-])([A-Z][a-z][A-Za-z'\u2019\-]*)[ \t]$/u;
// A surname joined by the conjunction after a found name, and the Arabic article written onto a surname ("al-",
// "el-"; Urdu and Persian "ul-", "ud-": "Inam ul-Haq") after a found name (Library of Congress ALA-LC romanization
// tables, Arabic: the article is joined by a hyphen).
const CONJUNCT_AFTER = /^[ \t](?:i|y|e)[ \t]([A-Z][a-z][A-Za-z'\u2019\-]*)(?![\p{L}\p{N}])/u;
const ARTICLE_AFTER = /^[ \t](?:al|el|ul|ud)-[A-Z][a-z][A-Za-z'\u2019]*(?![\p{L}\p{N}\-])/u;

/**
 * Whether a capitalised word beside a joiner is a name's part: no title or function word, and either on none of the
 * English, clinical, medical and eponym lists (each hyphened part) or a listed given name no English list holds (the
 * clinical list holds abbreviations that are given names too).
 */
function joinedPart(lex: Lexicon, w: string): boolean {
  const low = w.toLowerCase();
  if (TITLE_WORD.test(w) || FUNCTION_WORDS.has(low) || low.length < 2) return false;
  if (low.split(/['\u2019-]/).every((p) => p.length > 0 && !inWordLists(lex, p))) return true;
  const f = wordFlags(lex, low);
  return (f & (IN_FIRST | IN_WORLD)) !== 0 && (f & IN_COMMON) === 0;
}

/**
 * The start of the given name(s) written before a found name across its joiners ("Tamsk bin [Quorvash]", "Quiteria da
 * [Gralhos Pinhel]", "Pau Vilagrosa i [Terradell]"), or the span's own start. One word, or two when the outer one is a listed
 * given name or opens its field (a label's colon, a line's start, punctuation).
 */
function givenAcrossJoiners(text: string, s: PhiSpan, lex: Lexicon): number {
  const lead = LEADING_JOINERS.exec(text.slice(s.start, s.end))?.[0] ?? '';
  const at = s.start + lead.length;
  if (!/^[A-Z][a-z]/.test(text.slice(at, at + 2))) return s.start;
  const m = WORD_THEN_JOINERS.exec(text.slice(Math.max(0, at - 60), at));
  const w = m?.[1];
  if (!m || !w || !joinedPart(lex, w)) return s.start;
  const start = at - m[0].length;
  const o = OUTER_WORD.exec(text.slice(Math.max(0, start - 40), start));
  const ow = o?.[1];
  if (!o || !ow || !joinedPart(lex, ow)) return start;
  const outer = start - o[0].length;
  // A field opens before it: the text's start, a line's start, a label's colon or punctuation.
  const fieldOpen = /(?:^|[\n:;,(|])[ \t]*$/.test(text.slice(Math.max(0, outer - 8), outer)) || outer === 0;
  return (wordFlags(lex, ow.toLowerCase()) & (IN_FIRST | IN_WORLD)) !== 0 || fieldOpen ? outer : start;
}

/** The end of a surname joined after a found name by a conjunction or written with the Arabic article, or the span's end. */
function surnameAcrossJoiner(text: string, s: PhiSpan, lex: Lexicon): number {
  if (!/[a-z]$/.test(text.slice(s.start, s.end))) return s.end;
  const after = text.slice(s.end, s.end + 40);
  const c = CONJUNCT_AFTER.exec(after);
  if (c?.[1] && joinedPart(lex, c[1])) return s.end + c[0].length;
  const a = ARTICLE_AFTER.exec(after);
  return a ? s.end + a[0].length : s.end;
}

/**
 * Grow each mixed-case NAME span over an abbreviated given name before it and a patronymic connective on either side;
 * with `lex`, also over the given names before its joiners and a surname joined after it (thirtieth session).
 */
export function nameEdges(spans: readonly PhiSpan[], text: string, lex?: Lexicon): PhiSpan[] {
  return spans.map((s0) => {
    if (s0.type !== 'NAME') return s0;
    const s = lex ? { ...s0, start: givenAcrossJoiners(text, s0, lex), end: surnameAcrossJoiner(text, s0, lex) } : s0;
    if (!/^[A-Z][a-z]/.test(text.slice(s.start, s.start + 2))) return s.start === s0.start && s.end === s0.end ? s0 : s;
    const before = text.slice(Math.max(0, s.start - 32), s.start);
    const given = (LETTER_VALUE.test(before) ? null : GIVEN_BEFORE.exec(before)) ?? CONNECTIVE_BEFORE.exec(before);
    const after = /[a-z]$/.test(text.slice(s.start, s.end)) ? CONNECTIVE_AFTER.exec(text.slice(s.end, s.end + 40)) : null;
    if (!given && !after) return s.start === s0.start && s.end === s0.end ? s0 : s;
    return { ...s, start: s.start - (given?.[0].length ?? 0), end: s.end + (after?.[0].length ?? 0) };
  });
}
