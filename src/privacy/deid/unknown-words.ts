/**
 * Names no list holds, found by the safe-list test in a person context (issue 14, Philter-style): a word that no
 * English dictionary, clinical list or eponym list holds, and that is not shaped like a clinical word or a typo of
 * one, is a name when the context says a person is meant. The contexts are those nursing notes use for clinicians
 * and relatives, and they work whatever the note's letter case (the lowercase and all-capitals notes are where
 * capitals carry no signal):
 * - after a contact phrase or a role ("consult with", "spoke with", "seen by", "paged", "covering for", "HO"),
 *   one or two words ending on an unknown word: "will consult with patty hoeller re skin care";
 * - right before a role in brackets: "DICK CUCCHIARA (RESIDENT)", "lee brandt (sw)".
 * A bare title-case unknown word alone, without a person context, was measured and rejected (see docs/privacy.md):
 * in dev notes such words are misspelt drugs and shorthand (Proprofol, Natrcor, Yankaur), not names.
 */
import { caseMode, type CaseMode } from './letter-case.js';
import { IN_CLINICAL, IN_COMMON, oneEditFromKnown, wordFlags, type Lexicon } from './lexicon.js';
import { capitalThenLower, eachWord } from './letter-runs.js';
import type { PhiSpan, PushSpan as Push } from './types.js';


// Word shapes of clinical language that a dictionary may lack: drug stems, procedures, diseases, derivations.
const CLINICAL_SUFFIX = /(?:itis|emia|aemia|osis|ectomy|otomy|ostomy|plasty|gram|graphy|scopy|pril|olol|azole|mycin|cillin|cycline|floxacin|statin|sartan|dipine|parin|pam|lam|zam|ide|ine|one|ase|uria|pnea|algia|penia|megaly|ology|ologist|tion|sion|ment|ness|ity|ing|ed|ly|ous|ive|ium|mab|nib|vir|sone|ism|ist)$/;
// Service and specialty stems that start clinical shorthand after a paging cue (paged neurosurg, called cardiothor).
const CLINICAL_PREFIX = /^(?:neuro|cardi|gastr|pulm|nephr|hemat|haemat|onco|derm|endo|ortho|urol|psych|rheum|surg|anesth|anaesth|resp|micro|radiol|pharm|nutri|vasc|thorac|ophth|otol|gyn|obst|pedi|geri|hosp|echo|cath|dial|physi|occup|speech|infect)/;
// A contact phrase ends right before the name: the person was consulted, spoken to, seen by...
const CONTACT = /\b(?:consult(?:ed|s)?|spoke|spoken|speak|talked|talk|discussed|discuss|met|meeting|conversation|contact(?:ed)?|made|conferenced?|conferred|d\/w|updated?)[ \t]+(?:at[ \t]+length[ \t]+)?(?:with|w\/)[ \t]*$|\b(?:seen|evaluated|examined|visited|assessed)[ \t]+by[ \t]+$|\b(?:covering[ \t]+(?:for|md|ho|np|resident|attending)|paged|called|therapist|nurse|np|ho|intern|resident|attending|fellow|pcp|rn|sw|msw|licsw|social[ \t]+worker|case[ \t]+manager|chaplain|pharmacist|nutritionist|dietitian)[ \t]+$/i;
// Roles written in brackets after a clinician's name.
const BRACKET_ROLE = /^[ \t]{0,2}\([ \t]?(?:resident|intern|attending|fellow|ho|md|np|pa|rn|sw|msw|licsw|rt|rrt|pt|ot|slp|chaplain|case[ \t]manager|cm|nutritionist|dietitian|pharmacist|pharmd|covering|cardiology|renal|surgery|neuro)\b/i;
// Words a contact phrase is often followed by that are not people.
const NOT_PERSON = new Set(('the a an and or but of in on at to for with from by as is was were be has had have this that these those his her ' +
  'their its our your my no not pt patient pts family team staff dr drs md np pa rn ho doctor nurse resident intern attending fellow ' +
  'son daughter wife husband mother father sister brother friend dtr sw social case worker chaplain service pharmacy re regarding about ' +
  'him them she he they we all both each whom who after before during until since then also again plan dept department unit floor icu micu ccu sicu csru caseworker casemanager').split(' '));

/** A place preposition right after a verb of travel, transfer, care or living (with a particle or a short object between). */
export const PLACE_PREP = /\b(?:transferred|transfered|transfer|txd|tx'd|came|come|comes|coming|drove|driven|flew|flown|arrived|moved|relocated|accepted|seen|followed|records?|hotel|motel|staying|stays|lives|living|resides|residing|born|raised|vacation|vacationing|visiting|trip|works|worked|working|employed|retired)(?:[ \t]+(?:up|in|back|over|down|here|today|yesterday|originally|cardiology|records?))?[ \t]+(?:from|at|in|to)[ \t]{1,2}$|\b(?:natives?|residents?)[ \t]+of[ \t]{1,2}$|\b(?:is|was|originally)[ \t]+from[ \t]{1,2}$/i;
/** Second words of place names (Brandowick Springs, Tessmere Falls). */
export const PLACE_TAIL = /^(?:springs?|falls|heights|hills?|park|city|beach|harbou?r|valley|village|mills?|creek|ridge|point|landing|junction|grove|woods|lake|county|township)$/;
/** In mixed case a place is written with a capital; without letter case any word may be one. */
const placeWord = (lex: Lexicon, t: Tok, caseless: boolean): boolean => caseless || capitalThenLower(t.raw) || lex.places.has(t.low);

// The last word of every CONTACT cue, and the prepositions of PLACE_PREP.
const CUE_LAST = new Set(['with', 'w', 'by', 'for', 'md', 'ho', 'np', 'resident', 'intern', 'attending', 'fellow', 'pcp', 'paged', 'called', 'therapist', 'nurse',
  'rn', 'sw', 'msw', 'licsw', 'worker', 'manager', 'chaplain', 'pharmacist', 'nutritionist', 'dietitian']);
const PREPOSITIONS = new Set(['from', 'at', 'in', 'to', 'of']);
// Local services named after their town: "BRANDOWICK EMS", "a retired Tessmere police officer", "quorvale high school".
const TOWN_SERVICE = /^[ \t]{1,2}(?:ems|ambulance|rescue|fire[ \t]+(?:dept|department|rescue)|police|high[ \t]+school|elementary[ \t]+school|middle[ \t]+school|college|community[ \t]+college|vna|visiting[ \t]+nurses?)\b/i;

/** A word of the text: its offsets, as written (a trailing possessive dropped), and in lower case. */
export interface Tok { readonly s: number; readonly e: number; readonly raw: string; readonly low: string }

/** The words of a text (letters, inner apostrophes and hyphens), shared with the safe-list rule. */
export function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  eachWord(text, true, (s, e) => {
    const word = text.slice(s, e);
    const raw = word.includes("'") ? word.replace(/'s?$/i, '') : word;
    out.push({ s, e: s + raw.length, raw, low: raw.toLowerCase() });
  });
  return out;
}

// Eponyms that no name list holds are in `clinical` already; those that are also surnames (Carey) stay possible names.
const known = (lex: Lexicon, w: string): boolean => (wordFlags(lex, w) & (IN_COMMON | IN_CLINICAL)) !== 0;

/** The safe-list test: a word no list knows, not shaped like clinical language, not a typo of a known word. */
export function unknownNameWord(lex: Lexicon, w: string, alone: boolean): boolean {
  if (w.length < 4 || NOT_PERSON.has(w) || known(lex, w)) return false;
  // A word without an apostrophe or hyphen is its own only part, already asked above.
  if ((w.includes("'") || w.includes('-')) && w.split(/['-]/).some((p) => known(lex, p) || NOT_PERSON.has(p))) return false;
  const listed = lex.firstNames.has(w) || lex.surnames.has(w);
  // Unseen surnames are often one edit from a word (Hoeller, Carey), so the typo test applies only to a word alone.
  return listed || (!CLINICAL_SUFFIX.test(w) && !CLINICAL_PREFIX.test(w) && !(alone && oneEditFromKnown(lex, w, 5)));
}

/** A word that may start a two-word name before an unknown surname: not a role, function or clinical word. */
function nameLead(lex: Lexicon, t: Tok): boolean {
  return t.low.length >= 3 && !NOT_PERSON.has(t.low) && !lex.clinical.has(t.low) && !CLINICAL_SUFFIX.test(t.low) || lex.firstNames.has(t.low);
}

// `low` is `raw.toLowerCase()` (`tokens`), so this asks whether both or neither are written in lower case.
const sameCase = (a: Tok, b: Tok): boolean => (a.raw === a.low) === (b.raw === b.low);
/** Two words one or two spaces or tabs apart, on one line. */
export const spaced = (text: string, a: Tok, b: Tok): boolean => {
  // /^[ \t]{1,2}$/ on text.slice(a.e, b.s), read off the text without a slice or a regex (speed).
  const len = b.s - a.e;
  if (len < 1 || len > 2) return false;
  for (let k = a.e; k < b.s; k++) {
    const ch = text.charCodeAt(k);
    if (ch !== 32 && ch !== 9) return false;
  }
  return true;
};

/** Push NAME spans for unknown words in a person context. `given`: the text's `tokens`, when the caller has them already. */
export function detectUnknownWords(text: string, lex: Lexicon, push: Push, mode: CaseMode = caseMode(text), given?: readonly Tok[]): void {
  const toks = given ?? tokens(text);
  const caseless = mode !== 'mixed';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const next = toks[i + 1];
    // Cheap checks on the word before first: the regexes run only where a cue can end.
    const before = i > 0 ? (toks[i - 1] as Tok).low : '';
    if (CUE_LAST.has(before) && CONTACT.test(text.slice(Math.max(0, t.s - 40), t.s))) {
      // Two words, the second unknown: "with patty hoeller", "w/ MARTIN CAREY".
      if (next && spaced(text, t, next) && sameCase(t, next) && nameLead(lex, t) && unknownNameWord(lex, next.low, false)) {
        push(t.s, next.e, 'NAME');
        i++;
        continue;
      }
      // One unknown word when no possible surname follows: "spoke with hoeller re: plan", "seen by orvanski today".
      if (unknownNameWord(lex, t.low, true) && !(next && spaced(text, t, next) && next.low.length >= 3 && !NOT_PERSON.has(next.low) && !lex.common.has(next.low))) push(t.s, t.e, 'NAME');
      continue;
    }
    // A place after a place preposition: "drove up from quorvale", "SEEN AT TESSMERE ER", "hotel in Brandowick Springs".
    if (PREPOSITIONS.has(before) && PLACE_PREP.test(text.slice(Math.max(0, t.s - 48), t.s)) && placeWord(lex, t, caseless) && unknownNameWord(lex, t.low, true)) {
      const end = next && spaced(text, t, next) && sameCase(t, next) && (PLACE_TAIL.test(next.low) || unknownNameWord(lex, next.low, false)) ? next.e : t.e;
      push(t.s, end, 'LOCATION');
      if (end !== t.e) i++;
      continue;
    }
    // A town right before the local service named after it, in the letter case of the note's words.
    if (next && (caseless || capitalThenLower(t.raw)) && t.low.length >= 4 && TOWN_SERVICE.test(text.slice(t.e, t.e + 24)) && unknownNameWord(lex, t.low, true)) {
      push(t.s, t.e, 'LOCATION');
      continue;
    }
    // A name right before a role in brackets: one or two words, the last unknown or a listed name.
    if ((text[t.e] === '(' || text[t.e + 1] === '(' || text[t.e + 2] === '(') && BRACKET_ROLE.test(text.slice(t.e, t.e + 24)) && (unknownNameWord(lex, t.low, true) || ((lex.surnames.has(t.low) || lex.firstNames.has(t.low)) && !lex.common.has(t.low)))) {
      const prev = toks[i - 1];
      const start = prev && spaced(text, prev, t) && sameCase(prev, t) && nameLead(lex, prev) && !CONTACT.test(text.slice(Math.max(0, prev.s - 40), prev.s)) ? prev.s : t.s;
      push(start, t.e, 'NAME');
    }
  }
}

const MONTH_OR_DAY = /^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)$/;
const ORG_WORD = /^[ \t]{1,2}(?:hospital|hosp|medical|center|centre|clinic|memorial|regional|general|health|university|nursing|rehab|street|st|avenue|ave|road|rd)\b/i;

/**
 * The last of a list of people after a name another rule found: "Both Suzette and Hank are his proxies", "suzette
 * and ank". In mixed case a title-case word after "NAME and" mid-sentence is the next person even when it is an
 * English word; without letter case only a word no list holds.
 */
export function detectNameListTails(text: string, lex: Lexicon, found: readonly PhiSpan[], push: Push, mode: CaseMode = caseMode(text)): void {
  const caseless = mode !== 'mixed';
  for (const s of found) {
    if (s.type !== 'NAME') continue;
    const m = /^[ \t]{1,2}(?:and|&)[ \t]{1,2}([A-Za-z][a-z']+)\b/i.exec(text.slice(s.end, s.end + 40));
    if (!m) continue;
    const raw = (m[1] ?? '').replace(/'s?$/i, '');
    const w = raw.toLowerCase();
    const start = s.end + m[0].length - (m[1] ?? '').length;
    if (w.length < 3 || NOT_PERSON.has(w) || lex.clinical.has(w) || MONTH_OR_DAY.test(w) || ORG_WORD.test(text.slice(start + raw.length, start + raw.length + 14))) continue;
    const listed = lex.firstNames.has(w) || lex.surnames.has(w) || lex.contextNames.has(w);
    const ok = caseless ? unknownNameWord(lex, w, true) : capitalThenLower(raw) && (listed || !CLINICAL_SUFFIX.test(w));
    if (ok) push(start, start + raw.length, 'NAME');
  }
}

