/**
 * The place a heading line names right before its colon when a person opens the value (issue 14, thirty-fourth
 * session). A record's title line is written as a list from the general to the particular, the setting or document
 * type first and the place last, then a colon and the person the record is about: "<service>, <place>: <person>, …",
 * "<country> - <setting>, <facility>: <person>, …" (the header order of HL7 CDA and of clinic and sign-in sheets:
 * document, custodian or location, then the patient). A colon opening a person is the evidence that the text before
 * it is a heading and not a label ("Patient:", "Name:"), and the list separator before the last part is the evidence
 * that the part is one item of that heading and not the heading's first word; the part must still read as a place's
 * name: it opens on a capital, holds a proper word that no English, clinical or label list holds and that is no
 * country, language, people or US state (Safe Harbor keeps those), and holds no digit, bracket or sentence.
 * A line that opens on its colon's part alone is left out: there the part is a label as often as a place.
 * Caseless scripts are left out: with no capital to tell a name, their heading parts are the setting's generic words
 * ("rural hospital", "health centre") as often as a place.
 * Every scan is bounded: the colon within the line's first `HEADING_MAX` characters, the part at most `PART_MAX`
 * characters before it, the person within `VALUE_WINDOW` characters after it. Pure.
 */
import { countryOrLanguage } from './countries.js';
import { IN_CLINICAL, IN_COMMON, IN_MEDICAL, wordFlags, type Lexicon } from './lexicon.js';
import { lowerBound } from './lower-bound.js';
import { GENERIC } from './organisations.js';
import { MONTHS } from './patterns.js';
import { roleOrTitle } from './role-heads.js';
import { PRODUCT_FIELD } from './safe-list.js';
import type { PhiSpan, PushSpan as Push } from './types.js';
import { US_STATE_NAMES } from './us-states.js';

// How far into a line its heading's colon may stand, how long the place part may be, and how far after the colon the
// person may start.
const HEADING_MAX = 140;
const PART_MAX = 60;
const VALUE_WINDOW = 18;

// After the colon: spaces, and at most one lower-case word naming the person's role ("crew", "rider", "baby").
const BEFORE_PERSON = /^[ \t]{1,3}(?:\p{Ll}{2,12}[ \t]{1,2})?/u;
// The separators of a heading's list: a comma, a spaced dash or bar, a slash between two names of one place.
const SEPARATOR = /,[ \t]+|\//gu;
// What no place's name in a heading holds: a digit, a bracket, a quote or a symbol.
const NOT_IN_PART = /[\d()[\]{}"#@;&+=%*<>!?]/u;
// A full stop only after a short capitalised abbreviation ("Dr.", "Prof.", "St."): any other ends a sentence.
const SENTENCE_STOP = /(?<!(?:^|[ \t])\p{Lu}\p{Ll}{0,3})\./u;
// A proper word of a cased script: a capital and lower-case letters (an acronym is no proper word).
const PROPER = /^\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:-\p{L}[\p{Ll}\p{M}'\u2019]*)*$/u;
const MONTH = new RegExp(`^(?:${MONTHS}|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$`, 'i');
// A form's field labels before a person in the letters' languages (accent-folded, lower case): patient, name, client,
// and the address labels of a message (re, to, from, cc, attn).
const LABELS = new Set(('patient patiente patientin paciente pacient pacijent pacjent paziente pacientas pacients potilas malade ' +
  'doente utente hasta bemor bolnik client cliente name nom nome nombre naam navn namn nimi imie jmeno ime re to from cc attn ' +
  'пациент пацієнт пацыент больной хворий имя фио').split(' '));
const STATES = new Set(US_STATE_NAMES.map((s) => s.toLowerCase()));
const NOT_PROPER = IN_COMMON | IN_CLINICAL | IN_MEDICAL;

/** Whether a heading's last part reads as a place's name (see the module header). */
function placePart(part: string, lex: Lexicon): boolean {
  if (part.length < 2 || part.length > PART_MAX || NOT_IN_PART.test(part) || SENTENCE_STOP.test(part)) return false;
  const words = part.split(/[ \t]+/);
  const first = words[0] ?? '';
  if (words.length > 6 || !/^\p{Lu}/u.test(first)) return false;
  const low = first.replace(/\.$/, '').toLowerCase();
  if (roleOrTitle(low) || LABELS.has(low)) return false;
  if (countryOrLanguage(part) || STATES.has(part.toLowerCase())) return false;
  return words.some((w) => {
    if (!PROPER.test(w)) return false;
    const l = w.toLowerCase();
    return (wordFlags(lex, l) & NOT_PROPER) === 0 && !GENERIC.has(l) && !roleOrTitle(l) && !LABELS.has(l) && !MONTH.test(l) &&
      !countryOrLanguage(w) && !STATES.has(l);
  });
}

/** Where the last list part of a heading starts (after its separator), or -1 when the heading has no separator. */
function lastPartStart(head: string): number {
  let at = -1;
  for (const m of head.matchAll(SEPARATOR)) at = m.index + m[0].length;
  return at;
}

/**
 * Push a LOCATION span for the last part of a heading line when a person the rules found opens the value after its
 * colon (see the module header). `text` is accent-folded; `found` the spans the rules found so far.
 */
export function detectHeadingPlaces(text: string, found: readonly PhiSpan[], lex: Lexicon, push: Push): void {
  let sorted: readonly PhiSpan[] | undefined;
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const limit = Math.min(lineEnd, at + HEADING_MAX + 1);
    let colon = -1;
    for (let i = at; i < limit; i++) if (text.charCodeAt(i) === 58) { colon = i; break; }
    if (colon > at && !PRODUCT_FIELD.test(text.slice(at, colon + 1))) {
      const gap = BEFORE_PERSON.exec(text.slice(colon + 1, colon + 1 + VALUE_WINDOW));
      const person = colon + 1 + (gap ? gap[0].length : 0);
      sorted ??= [...found].sort((a, b) => a.start - b.start);
      if (gap && startsName(sorted, person)) headingPart(text, sorted, lex, at, colon, push);
    }
    at = lineEnd + 1;
  }
}

/** Whether a found NAME span starts at `at` (binary search on the spans sorted by start). */
function startsName(sorted: readonly PhiSpan[], at: number): boolean {
  for (let i = lowerBound(sorted.length, (k) => (sorted[k] as PhiSpan).start < at); i < sorted.length && (sorted[i] as PhiSpan).start === at; i++) {
    if ((sorted[i] as PhiSpan).type === 'NAME') return true;
  }
  return false;
}

/** The heading's last part as a LOCATION, unless a found span already covers it or a found name lies in it. */
function headingPart(text: string, sorted: readonly PhiSpan[], lex: Lexicon, lineStart: number, colon: number, push: Push): void {
  const from = Math.max(lineStart, colon - PART_MAX - 4);
  const rel = lastPartStart(text.slice(from, colon));
  if (rel < 0) return;
  const start = from + rel;
  const part = text.slice(start, colon).trimEnd();
  if (!placePart(part, lex)) return;
  const end = start + part.length;
  // The spans that can reach into the part start at most a heading's length before it.
  for (let i = lowerBound(sorted.length, (k) => (sorted[k] as PhiSpan).start < start - HEADING_MAX); i < sorted.length && (sorted[i] as PhiSpan).start < end; i++) {
    const s = sorted[i] as PhiSpan;
    if (s.end <= start) continue;
    if (s.type === 'NAME' || (s.start <= start && s.end >= end)) return;
  }
  push(start, end, 'LOCATION');
}
