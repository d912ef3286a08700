/**
 * Names in three slots of short clinician texts that hold a person whatever the words are (issue 14, ninth pass):
 * a name beside its role in brackets ("Drew Carpenter (SW)", "OT (Hope Latkovic)", "Jay Gold (husband)"), a closing
 * thanks on the same line ("Thanks, Drew Michalik"), and a records header in capitals at a line start in mixed-case
 * text ("FIELD, REED seen in clinic"). English-word names (Drew, Chase, Summer; Gold, Field) pass every dictionary
 * test, so the slot is the evidence; clinical words, roles and eponyms are still refused (`cuedWord`).
 */
import { caseMode, type CaseMode } from './letter-case.js';
import { cuedWord, nameRun } from './cue-names.js';
import { inWordLists, type Lexicon } from './lexicon.js';
import { PARTICLE_ALTERNATION } from './particles.js';
import type { PhiSpan, PushSpan as Push } from './types.js';


/** Roles, credentials and relations written in brackets beside a name, as a regular-expression alternation. */
export const ROLE_WORDS = 'RN|SW|OT|PT|MD|DO|NP|PA|PA-C|HCA|CNA|LPN|LVN|SLP|SALT|RD|RT|GP|PCP|CNS|ANP|FNP|LCSW|MSW|PharmD|physio|' +
  'husband|wife|son|daughter|mother|mom|mum|father|dad|sister|brother|partner|spouse|carer|caregiver|friend|neighbou?r|guardian|' +
  'grandson|granddaughter|niece|nephew|aunt|uncle|interpreter|social worker|chaplain|pharmacist|dietitian|dietician|charge nurse|case manager';
const NAME_THEN_ROLE = new RegExp(`(?<![A-Za-z'\\-])((?:[A-Z][a-z'\\u2019]+(?:-[A-Z][a-z'\\u2019]+)?|[A-Z]\\.)(?:[ \\t](?:[A-Z][a-z'\\u2019]+(?:-[A-Z][a-z'\\u2019]+)?|[A-Z]\\.|(?:${PARTICLE_ALTERNATION}))){0,6}[ \\t](?:[A-Z][a-z'\\u2019]+(?:-[A-Z][a-z'\\u2019]+)?))[ \\t]*\\((?:${ROLE_WORDS})\\)`, 'g');
const ROLE_THEN_NAME = new RegExp(`\\b(?:${ROLE_WORDS})[ \\t]*\\((?=[A-Z][a-z])`, 'g');
const THANKS_SAME_LINE = /\b(?:[Tt]hanks|[Tt]hank you|[Rr]egards|[Cc]heers|[Mm]any thanks|[Bb]est wishes)[ \t]*,[ \t]{1,2}(?=[A-Z])/g;
// "SURNAME, GIVEN [I]" in capitals at a line start or after a label's colon, then a lowercase word, a field or the line's end.
const CAPS_HEADER = /(?:^|\n|:[ \t]{1,3})[ \t]*([A-Z]{2,}(?:['\-][A-Z]{2,})?),[ \t]{1,2}([A-Z]{2,}(?:-[A-Z]{2,})?)(?:[ \t]([A-Z])\b\.?)?(?=[ \t]*(?:$|\n|\(|\d|[ \t][a-z]|[ \t]{2,}|[ \t](?:DOB|MRN|D\.O\.B|NHS|Age|Sex)\b))/g;

// Tenth pass. A name whose possessive is a relation, a carer or what only a patient has ("Drew's mom says", "Brook's labs").
const POSSESSIVE_REL = /(?<![A-Za-z'\-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t][A-Z][a-z]+(?:-[A-Z][a-z]+)?)?)['\u2019]s[ \t]{1,2}(?:mom|mum|mother|dad|father|wife|husband|son|daughter|sister|brother|partner|parents|girlfriend|boyfriend|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|aunt|uncle|carer|caregiver|fianc[eé]e?|guardian|foster|stepmother|stepfather|stepmom|stepdad|labs|lab results|results|appointment|appt|meds|medications|insurance|chart|referral|pcp|biopsy|surgery|visit|prescription|refill|INR|A1c|BP)\b/g;
// Person nouns that open a sentence in the possessive without naming anyone ("Child's mother", "Patient's wife").
const PERSON_NOUN = new Set(('child baby patient client resident infant boy girl man woman lady gentleman kid toddler student teen teenager ' +
  'caller member veteran neighbor neighbour friend everyone someone nobody today tomorrow yesterday doctor nurse team school company ' +
  'pharmacy family partner mother father son daughter wife husband sister brother mom dad mum').split(' '));
// A name opening a sentence or a line, then its age (and sex): "Cliff Young, 52M, presents", "Kari Rozo, 31 yo F".
const SENTENCE_START = /(?:^|\n|[.!?;][ \t]{1,3})[ \t]*(?=[A-Z])/g;
const AGE_ANYWHERE = /,[ \t]{0,2}\d{1,3}[ \t]?(?:y|[MF]\b|-year)/i;
const AGE_SEX = /^,[ \t]{0,2}\d{1,3}[ \t]?(?:y\/?o\b|yo\b|yrs?\b|years?\b|-year|[MF]\b|(?:y\/?o|yo)[ \t]?[MF]\b)/;
// A verb that takes a person, then what only a person does after it: "ring Sky Fisher back", "ask Daisy to book".
const PERSON_VERB = /\b(?:ask|tell|remind|ring|call|phone|text|page|e-?mail|message|contact|update|inform)[ \t]{1,2}(?=[A-Z][a-z])/gi;
const AFTER_PERSON_VERB = /^(?:[ \t]+(?:back\b|to[ \t]+(?:book|call|come|bring|schedule|make|pick|drop|let|check|send|get|see|confirm|arrange|sign|fill|update)\b|re:?[ \t]|about\b|that\b|when\b|if\b|asap\b|today\b|tomorrow\b|tonight\b|this\b)|[ \t]*[,.;]|[ \t]*$)/im;
// A dash before the writer's name at the very end of a message ("... Thanks - Kit", "\n- Kit").
const DASH_SIGN = /(?:^|\n|[.!?][ \t]{1,3}|\b(?:[Tt]hanks|[Tt]hx|[Tt]y|[Cc]heers)[ \t]{0,2})[-\u2013\u2014~][ \t]{0,2}([A-Z][a-z]+(?:[ \t][A-Z][a-z]+|[ \t][A-Z]\.)?)[ \t.]*$/;
// Two or three all-capitals words at a sentence or line start in mixed-case text, then no other capitals word.
const CAPS_NAME = /(?:^|\n|[.!?][ \t]{1,3})[ \t]*([A-Z]{3,}(?:['\-][A-Z]{2,})?(?:[ \t][A-Z]{2,}(?:['\-][A-Z]{2,})?){1,2})(?![A-Za-z'\-])(?![ \t]+[A-Z]{2,})/g;
// A heading, not a name (twenty-fourth session, deid-clean5): the run ends in a kind of document, the "kind of document"
// axis of the LOINC Document Ontology (note, letter, summary, report, consent, form, plan, list, referral, certificate...)
// with the clinical writer's own (minutes, handover, log, sheet, record): "TELEHEALTH VISIT SUMMARY", "WARD HANDOVER",
// "GENETIC COUNSELLING LETTER". No person's name ends in one of these.
const DOCUMENT_KIND = /[ \t](?:NOTES?|LETTERS?|SUMMARY|SUMMARIES|REPORTS?|CONSENT|FORMS?|PLAN|LIST|REFERRALS?|CERTIFICATE|MINUTES|HANDOVER|LOG|SHEET|RECORDS?|CORRESPONDENCE|CHECKLIST|REQUEST|BOOKING)$/;

/**
 * Whether the text's last character other than a letter, blank or full stop is a dash or tilde: DASH_SIGN's match ends
 * the text and holds nothing else after its dash, so a text without one skips that scan from every position (speed).
 */
function endsAfterDash(text: string): boolean {
  for (let k = text.length - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 9 || c === 46) continue;
    return c === 45 || c === 0x2013 || c === 0x2014 || c === 126;
  }
  return false;
}

/** A capitalised word a person slot may hold: what `cuedWord` allows, and no person noun opening a sentence. */
const slotWord = (w: string, lex: Lexicon): boolean => w.split('-').every((p) => cuedWord(p, lex, 'mixed')) && !PERSON_NOUN.has(w.toLowerCase());

/** Every word of a name run is an initial or a word a person slot may hold. */
const slotRun = (text: string, run: readonly [number, number], lex: Lexicon): boolean =>
  text.slice(run[0], run[1]).split(/[ \t]+/).every((w) => /^[A-Z]\.?$/.test(w) || slotWord(w, lex));

/** An all-capitals word of a name: in no clinical list, and either in a name list or in no dictionary. */
function capsNameWord(w: string, lex: Lexicon): 'name' | 'word' | undefined {
  const low = w.toLowerCase();
  // An eponym that is also a surname (BELL, BAKER) may be the surname beside a given name: it counts as a word.
  if (lex.eponyms.has(low) && (lex.surnames.has(low) || lex.common.has(low))) return 'word';
  if (low.split(/['-]/).some((p) => lex.clinical.has(p) || lex.medical.has(p) || lex.eponyms.has(p) || !cuedWord(p.charAt(0).toUpperCase() + p.slice(1), lex, 'mixed'))) return undefined;
  return lex.common.has(low) ? 'word' : 'name';
}

/** Tenth pass: possessive relations, a name before its age, a name after a verb that takes a person, a dash sign-off, a capitals name. */
function morePeopleSlots(text: string, lex: Lexicon, push: Push): void {
  for (const m of text.matchAll(POSSESSIVE_REL)) {
    const name = m[1] as string;
    if (name.split(/[ \t]/).every((w) => slotWord(w, lex))) push(m.index ?? 0, (m.index ?? 0) + name.length, 'NAME');
  }
  // Most texts hold no age after a comma: the sentence openings are read only when one does.
  for (const m of AGE_ANYWHERE.test(text) ? text.matchAll(SENTENCE_START) : []) {
    const at = (m.index ?? 0) + m[0].length;
    const run = nameRun(text, at, lex, 'mixed', true);
    if (!run || !/[ \t]/.test(text.slice(run[0], run[1])) || !AGE_SEX.test(text.slice(run[1], run[1] + 14))) continue;
    if (slotRun(text, run, lex)) push(run[0], run[1], 'NAME');
  }
  for (const m of text.matchAll(PERSON_VERB)) {
    const at = (m.index ?? 0) + m[0].length;
    const run = nameRun(text, at, lex, 'mixed', true);
    if (run && AFTER_PERSON_VERB.test(text.slice(run[1], run[1] + 24)) && slotRun(text, run, lex)) push(run[0], run[1], 'NAME');
  }
  const dash = endsAfterDash(text) ? DASH_SIGN.exec(text) : null;
  if (dash && (dash[1] as string).split(/[ \t]/).every((w) => /^[A-Z]\.$/.test(w) || slotWord(w, lex))) {
    const end = (dash.index ?? 0) + dash[0].indexOf(dash[1] as string) + (dash[1] as string).length;
    push(end - (dash[1] as string).length, end, 'NAME');
  }
  for (const m of /[A-Z]{3}/.test(text) ? text.matchAll(CAPS_NAME) : []) {
    if (DOCUMENT_KIND.test(m[1] as string)) continue;
    const ws = (m[1] as string).split(/[ \t]/);
    const kinds = ws.map((w) => capsNameWord(w, lex));
    // Every word may be a name, and at least one is not an English word (HOPE PARK stays: a header, as often as not).
    if (kinds.some((k) => k === undefined) || !kinds.includes('name') || ws.some((w) => w.length < 3)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    push(start, start + (m[1] as string).length, 'NAME');
  }
}

// Eleventh pass. A given name and a surname written in lowercase, then what a person does ("lmk if jack smith comes
// back", "wife mary jones called"): the first word a given-name list holds, the second a name list's or no dictionary's.
const LOWER_PAIR = /(?<![A-Za-z'\-])([a-z]{2,})[ \t]([a-z]{3,}(?:-[a-z]{3,})?)(?=[ \t]{1,2}(?:comes|came|calls|called|is|was|has|had|ever|returns|returned|shows|showed|phones|phoned|rings|rang|wants|wanted|asks|asked|says|said|will|would|gets|got|reports|reported|states|stated|agrees|agreed|declined|refused|arrived|left|visited)\b)/g;
const TITLE_WORD = /^(?:mr|mrs|ms|miss|mx|dr|drs|prof|rev|sr|jr|st|pt|pts)$/;
const NOT_BEFORE_NAME = /(?:\d|(?:^|[^a-z])(?:the|a|an|no|any|this|that|these|his|her|their|our|some|each|every|per|of|with|on|in))[ \t]$/;

/**
 * Push NAME spans for lowercase given-name and surname pairs before a person's verb, in mixed-case text only: in an
 * all-lowercase note the writer's shorthand and the data folder's long given-name lists make such pairs common (the
 * nursing untouched third lost .04 precision when lowercase notes were read too; aggregate only).
 */
function lowercaseNames(text: string, lex: Lexicon, push: Push): void {
  for (const m of text.matchAll(LOWER_PAIR)) {
    const g = m[1] as string;
    const s = m[2] as string;
    // A word no dictionary, clinical list or eponym list holds may stand for either part ("haselrig begnaud").
    const unknown = (w: string): boolean => !inWordLists(lex, w);
    if (TITLE_WORD.test(g) || !(lex.firstNames.has(g) || unknown(g)) || lex.clinical.has(g) || lex.clinical.has(s) || lex.eponyms.has(s)) continue;
    if (!(lex.surnames.has(s) || lex.firstNames.has(s) || unknown(s)) || !(lex.firstNames.has(g) || lex.surnames.has(s) || unknown(s))) continue;
    const at = m.index ?? 0;
    if (NOT_BEFORE_NAME.test(text.slice(Math.max(0, at - 8), at))) continue;
    push(at, at + m[0].length, 'NAME');
  }
}

/** Push NAME spans for the bracketed-role, same-line thanks and capitals-header slots (mixed-case text only). */
export function detectPeopleSlots(text: string, lex: Lexicon, push: Push, mode: CaseMode = caseMode(text)): void {
  if (mode !== 'mixed') return;
  lowercaseNames(text, lex, push);
  for (const m of text.matchAll(NAME_THEN_ROLE)) {
    const words = (m[1] as string).split(/[ \t]+/);
    // Every capitalised word must be allowed in a name; the slot vouches for English words, not for clinical ones.
    if (!words.every((w) => /^[a-z]/.test(w) || /^[A-Z]\.$/.test(w) || w.split('-').every((p) => cuedWord(p, lex, 'mixed')))) continue;
    // The name is its last two words and the initials or particles before the last one: a sentence's opening word
    // ("Called Jay Gold (husband)") stays out.
    let k = words.length - 1;
    while (k > 0 && /^(?:[A-Z]\.|[a-z]+)$/.test(words[k - 1] as string)) k--;
    k = Math.max(0, k - 1);
    const name = words.slice(k).join(' ');
    const end = (m.index ?? 0) + (m[1] as string).length;
    push(end - name.length, end, 'NAME');
  }
  const cued = (re: RegExp, after: RegExp): void => {
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      const run = nameRun(text, at, lex, 'mixed', true);
      if (run && after.test(text.slice(run[1], run[1] + 4))) push(run[0], run[1], 'NAME');
    }
  };
  cued(ROLE_THEN_NAME, /^\)/);
  cued(THANKS_SAME_LINE, /^(?:[ \t]*(?:$|\n|,|\()|\.?[ \t]*$)/);
  for (const m of text.matchAll(CAPS_HEADER)) {
    const sur = m[1] as string;
    const given = m[2] as string;
    const ok = (w: string): boolean => w.split(/['-]/).every((p) => p.length < 2 || cuedWord(p, lex, 'mixed', true)) && !(w.length <= 3 && lex.common.has(w.toLowerCase()));
    if (!ok(sur) || !ok(given)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(sur);
    const end = start + m[0].slice(m[0].indexOf(sur)).length;
    push(start, end, 'NAME');
  }
  morePeopleSlots(text, lex, push);
}

// Eleventh pass. A short name in brackets or quotes right after a found name is the same person's other name: a
// nickname or a spelling ("Takumi Hayashi (Tak)", "Ha-eun Park (Haeun)", `Robert Lowe "Bobby"`).
const ALIAS = /^[ \t]{0,2}(?:\(|["\u201c])([A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z'\u2019]+)?)(?:\)|["\u201d])/;
const ROLE_ALIAS = new RegExp(`^(?:${ROLE_WORDS}|mother-in-law|father-in-law|son-in-law|daughter-in-law|deceased|retired|pronounced|preferred|nee|née)$`, 'i');

// A capitalised word (and its initial) joined by "and" to a found name is a name too, as coordinated words share their
// kind ("Lindiwe and Sipho Dube", "Oduya K. and Ewa B."): a name word no clinical list, role, relation or person noun holds.
const COORDINATED = /(?<![A-Za-z'\u2019\-])([A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+)?)((?:[ \t][A-Z]\.)?)[ \t]{1,2}(?:and|&)[ \t]{1,2}$/;

/**
 * Push the alias in brackets or quotes after each NAME span of `found`, and the single word joined to it by "and"
 * before it: a name word no clinical list, role or relation holds.
 */
export function detectAliases(text: string, lex: Lexicon, found: readonly PhiSpan[], push: Push, mode: CaseMode = caseMode(text)): void {
  if (mode !== 'mixed') return;
  for (const s of found) {
    if (s.type !== 'NAME') continue;
    const co = COORDINATED.exec(text.slice(Math.max(0, s.start - 40), s.start));
    const cw = co?.[1];
    // An English word must be a given name too ("Smith and Nephew" stays a brand, "Grace and Ana Roe" is read).
    if (co && cw && !ROLE_ALIAS.test(cw) && slotWord(cw, lex) && (!lex.common.has(cw.toLowerCase()) || lex.firstNames.has(cw.toLowerCase()))) {
      const at = s.start - co[0].length;
      push(at, at + cw.length + (co[2] ?? '').length, 'NAME');
    }
    const m = ALIAS.exec(text.slice(s.end, s.end + 40));
    const w = m?.[1];
    if (!m || !w || ROLE_ALIAS.test(w) || PERSON_NOUN.has(w.toLowerCase()) || !w.split('-').every((p) => cuedWord(p.charAt(0).toUpperCase() + p.slice(1), lex, 'mixed'))) continue;
    const at = s.end + m[0].indexOf(w);
    push(at, at + w.length, 'NAME');
  }
}
