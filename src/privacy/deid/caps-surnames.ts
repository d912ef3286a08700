/**
 * A surname written in capitals before the given name (issue 14, letters; twenty-third session). Clinical systems and
 * many national styles write a person surname first with the family name in capitals: the NHS Common User Interface
 * patient banner ("FAMILY NAME, Given name"), the French and Belgian "NOM Prénom", hand-over sheets, theatre and clinic
 * lists, specimen labels and PAS extracts ("KRZYWICKI, Aleksander - NOF", "MOLDOVAN Cornel K7710456",
 * "EL IDRISSI Fatoma-Zihra / 03-12-26"). The given name is often found by the other rules and the capitals left out,
 * so the name is cut in two. Two readings, mixed-case text only (where capitals set the surname apart):
 *  - before a found name (any field, with or without a comma; an abbreviated given name such as "Ma." may stand
 *    between): one to three capitals words, read back from the name while each is a surname-like word (`surnameWord`:
 *    no part on the English, clinical, medicine or eponym lists, not a title, five letters or more or a listed name)
 *    or, before such a word, a name particle ("EL", "VAN", "DE");
 *  - without a found name, at a field's head: the same capitals, a comma and one given name, listed or on no word
 *    list, closing its field ("; OKONJO, Chidera;", "| HAVLIKOVA, Zdenka |").
 * Pure.
 */
import { caseMode, type CaseMode } from './letter-case.js';
import { inWordLists, type Lexicon } from './lexicon.js';
import { ROLE_WORDS } from './people-slots.js';
import { TITLE_WORD, TITLE_WORDS } from './titles.js';
import type { PhiSpan, PushSpan } from './types.js';

// A capitals word: letters, apostrophes and hyphened parts, with an optional Gaelic "Mac" / "Mc" before ("MacCRIMMON").
const CAPS_WORD = "(?:Ma?c)?[A-Z][A-Z'\\u2019]*(?:-[A-Z][A-Z'\\u2019]*)*";
// One to three capitals words right before a name, a comma or not, and an optional abbreviated given name ("Ma.", "Md.").
const CAPS_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d'\\u2019.-])(${CAPS_WORD}(?:[ \\t]${CAPS_WORD}){0,2})(,?[ \\t]{1,2}(?:[A-Z][a-z]?\\.[ \\t]{1,2})?)$`, 'u');
// At a field's head (a line, a bar, a label's colon, a semicolon, a list number, a dash or a slash between spaces): the
// capitals, a comma and one given name, then the field's end (a comma, a semicolon, a bar, a dash, a bracket, a digit).
const FIELD_FIELD = new RegExp(`(?:^|[\\n|;]|:[ \\t]|\\d[.)][ \\t]|[ \\t][-\\u2013\\u2014/][ \\t])[ \\t]*(${CAPS_WORD}(?:[ \\t]${CAPS_WORD}){0,2}),[ \\t]+([A-Z][a-z'\\u2019]+(?:-[A-Z][a-z'\\u2019]+)?)(?=[ \\t]*(?:$|[\\n,;|()]|[ \\t][-\\u2013\\u2014/][ \\t]|[ \\t]+\\d))`, 'g');
// Particles that open a surname and are written in its capitals ("EL IDRISSI", "VAN DER BERG", "DA SILVA").
const PARTICLES = new Set('al el de da di du do dos das del della der den van von le la ibn bin binti ben abu st'.split(' '));
// A role or a relation written in capitals is a heading or a cue, not a surname ("PHYSIO Sarah Jones", "CARER, Grace").
const ROLE_RE = new RegExp(`^(?:${ROLE_WORDS})$`, 'i');
// A found name that opens with a title ("Dr Helen Marsh"): a surname in capitals is not written before the title, so the
// capitals before it are a heading ("ORTHOGERIATRICS Dr Helen Marsh", "COUNTERSIGNED Dr Marsh").
const OPENS_WITH_TITLE = new RegExp(`^(?:${TITLE_WORDS})\\b`, 'i');
// A title written as the abbreviated word between the capitals and the found name ("Dr.", "Mr.", "Ms.").
const TITLE_ABBREVIATION = new RegExp(`^,?[ \\t]{1,2}(?:${TITLE_WORDS})\\.`, 'i');
// The title-case words from a found name's start on (the name as written, whether the rules found it whole or in parts).
const NAME_RUN = /^[A-Z][a-z'\u2019-]*\.?(?:[ \t][A-Z][a-z'\u2019-]+)*/;

/**
 * A capitals word that reads as a surname: no part on a word list, not a title, with a vowel, and five letters or more
 * or a listed given name or surname. Clinical initialisms written in capitals are mostly two to four letters (CTPA,
 * SBAR, HDU, FAO) and many are on no list; surnames of four letters or fewer are mostly listed (Ng, Khan, Oduya).
 */
function surnameWord(lex: Lexicon, raw: string): boolean {
  const low = raw.replace(/^Ma?c(?=[A-Z])/, '').toLowerCase();
  const letters = low.replace(/[^a-z]/g, '');
  if (letters.length < 3 || !/[aeiouy]/.test(letters) || TITLE_WORD.test(low) || ROLE_RE.test(low)) return false;
  if (letters.length < 5 && !lex.surnames.has(low) && !lex.firstNames.has(low)) return false;
  return low.split(/['\u2019-]/).every((p) => p.length > 0 && !inWordLists(lex, p));
}

/** The start of the surname in a run of capitals words ending at `end`: read back while words are surname-like. */
function surnameStart(lex: Lexicon, run: string, runStart: number): number | null {
  const words = [...run.matchAll(/\S+/g)];
  let start: number | null = null;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!w) break;
    const ok = start === null ? surnameWord(lex, w[0]) : surnameWord(lex, w[0]) || PARTICLES.has(w[0].toLowerCase());
    if (!ok) break;
    start = runStart + (w.index ?? 0);
  }
  return start;
}

/**
 * Whether a found name is already whole without a surname before it: it opens with a title, or it is given name(s) then
 * a title-case surname that no given-name list holds ("Sarah Jones"), so capitals before it are a heading ("HANDOVER
 * Sarah Jones", "ECHOCARDIOGRAPHY Sarah Jones reporting"), not a second surname.
 */
function wholeName(lex: Lexicon, text: string, start: number): boolean {
  const run = NAME_RUN.exec(text.slice(start, start + 80))?.[0] ?? '';
  if (OPENS_WITH_TITLE.test(run)) return true;
  const words = run.split(/[ \t]+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return words.length >= 2 && /^[a-z'\u2019-]+$/.test(last) && lex.surnames.has(last) && !lex.firstNames.has(last);
}

/** The capitals surname right before each found name that opens in title case and is not already whole. */
function beforeFound(text: string, lex: Lexicon, spans: readonly PhiSpan[], push: PushSpan): void {
  for (const s of spans) {
    if (s.type !== 'NAME' || !/^[A-Z][a-z]/.test(text.slice(s.start, s.start + 2)) || wholeName(lex, text, s.start)) continue;
    const before = text.slice(Math.max(0, s.start - 60), s.start);
    const m = CAPS_BEFORE.exec(before);
    const run = m?.[1];
    // A title between the capitals and the name ("HANDOVER Dr. Helen") opens the name: the capitals are a heading.
    if (!m || !run || TITLE_ABBREVIATION.test(m[2] ?? '')) continue;
    const start = surnameStart(lex, run, s.start - before.length + m.index + m[0].length - run.length - (m[2] ?? '').length);
    if (start !== null) push(start, s.end, 'NAME');
  }
}

/** A capitals surname, a comma and one given name (listed, or on no word list) closing a field's head. */
function headFields(text: string, lex: Lexicon, push: PushSpan): void {
  for (const m of text.matchAll(FIELD_FIELD)) {
    const run = m[1];
    const given = m[2];
    if (!run || !given) continue;
    const g = given.toLowerCase();
    if (!(lex.firstNames.has(g) || !inWordLists(lex, g)) || TITLE_WORD.test(g) || lex.clinical.has(g) || lex.medical.has(g)) continue;
    const runStart = (m.index ?? 0) + m[0].indexOf(run);
    const start = surnameStart(lex, run, runStart);
    if (start === null) continue;
    const end = (m.index ?? 0) + m[0].length;
    push(start, end, 'NAME');
  }
}

/**
 * Surnames written in capitals before the given name (see the module header): joined to a found name, or with a listed
 * given name (listed or on no word list) at a field's head. Mixed-case text only.
 */
export function detectCapitalSurnames(text: string, lex: Lexicon, spans: readonly PhiSpan[], push: PushSpan, mode: CaseMode = caseMode(text)): void {
  if (mode !== 'mixed') return;
  beforeFound(text, lex, spans, push);
  headFields(text, lex, push);
}
