/**
 * A line that opens on a region's name is headed by where the text comes from, not by whom it is about (issue 14,
 * thirty-fifth session, over-redaction). Letters, forms and notes from many countries open on a heading: the region,
 * perhaps a language or a people in brackets, then a dash, a colon or a comma before the document's kind and its subject
 * ("<region> (<language>) - <kind of note>: <patient>"). The name rules read the region's word as a name (a surname
 * list holds many region names, or none holds it and the safe-list test passes it), and the word in the brackets too.
 * Safe Harbor (45 CFR 164.514(b)(2)(i)(B)) removes geographic subdivisions smaller than a State; a unit at the level of
 * a state, a country or a language identifies no one. So a NAME span that opens its line (after a bullet or a number at
 * most), or closes a short run of capitalised words that does ("North Dakota", "Nova Scotia"), and whose words, with
 * that run, are a state-level unit's name (`lexicons/states.txt`: the first-level subdivisions of ISO 3166-2 that are no
 * town's, see `import-states.ts`) or a CLDR country, territory, language or people (`countries.ts`), and that a heading's
 * mark follows (an opening bracket, a spaced dash, a colon or a comma), is dropped; and so is a NAME span inside the
 * brackets right after such a region, which qualify it (a language, a people, a part). A word a given-name list holds
 * stays wherever it stands (Georgia, Victoria, Alberta are regions and given names: a message may open on its
 * addressee), and a bracket that holds a title or a role keeps its names. Towns stay: their names are not on the list.
 * Run on a note's final spans; the scan is bounded (a line's first 48 characters before a span, 48 after it).
 */
import { countryOrLanguage } from './countries.js';
import type { Lexicon } from './lexicon.js';
import { STATES } from './lexicons/data.js';
import { ROLE_WORDS } from './people-slots.js';
import { TITLE_WORDS } from './titles.js';
import type { PhiSpan } from './types.js';

let states: ReadonlySet<string> | undefined;
/** The state-level units' names (keys as `keyOf` writes them), built on first use. */
const stateSet = (): ReadonlySet<string> => (states ??= new Set(STATES.split(' ')));
const keyOf = (words: string): string => words.trim().toLowerCase().replace(/[ \t]+/g, '_');

// What may stand before a heading's first word on its line: nothing, a bullet or a list number.
const LINE_OPEN = /^[ \t]*(?:(?:[-*\u2022\u00b7>]|\d{1,2}[.)])[ \t]+)?$/;
// Up to three capitalised words (or "of", "and", "da", "de", "del") before the span that may belong to the region's name.
const RUN_BEFORE = /^[ \t]*(?:(?:[-*\u2022\u00b7>]|\d{1,2}[.)])[ \t]+)?((?:(?:\p{Lu}[\p{L}'.-]*|of|and|da|de|del)[ \t]+){1,3})$/u;
// A heading's mark right after the region: an opening bracket, a spaced dash, a colon or a comma.
const HEADING_MARK = /^[ \t]*(?:\(|[-\u2013\u2014][ \t]|:|,)/;
// A title or a person's role in the brackets: they hold a person.
const PERSON_IN_BRACKETS = new RegExp(`(?:^|[^A-Za-z])(?:${TITLE_WORDS}|${ROLE_WORDS}|mother|father|mum|dad|wife|husband|son|daughter|sister|brother|patient|pt|nurse|doctor)\\.?(?![A-Za-z])`, 'i');
const WINDOW = 48;

/** Whether the words are a state-level unit's name (`lexicons/states.txt`). */
export const stateName = (words: string): boolean => stateSet().has(keyOf(words));

/** Whether the words are a region's name: a state-level unit, a country or territory, a language or a people. */
const regionName = (words: string): boolean => stateName(words) || countryOrLanguage(words.trim());

/** Whether any word of the span is a given name. */
const givenName = (lex: Lexicon, words: string): boolean => words.toLowerCase().split(/[ \t'-]+/).some((w) => lex.firstNames.has(w));

/** Where a region heading's brackets close (the index after ")"), when the span is one; else -1. -2: a region, no brackets. */
function regionHead(s: PhiSpan, text: string, lex: Lexicon): number {
  // Only the window before the span is read: a line that starts further back has no heading here.
  const from = Math.max(0, s.start - WINDOW);
  const piece = text.slice(from, s.start);
  const nl = piece.lastIndexOf('\n');
  if (nl < 0 && from > 0) return -1;
  const before = piece.slice(nl + 1);
  const own = text.slice(s.start, s.end);
  if (givenName(lex, own)) return -1;
  let name: string | undefined;
  if (LINE_OPEN.test(before)) name = own;
  else {
    const run = RUN_BEFORE.exec(before)?.[1];
    if (run !== undefined && /^\p{Lu}/u.test(run)) name = `${run}${own}`;
  }
  if (name === undefined || !regionName(name)) return -1;
  const after = text.slice(s.end, s.end + WINDOW);
  if (!HEADING_MARK.test(after)) return -1;
  const open = /^[ \t]*\(/.exec(after);
  if (!open) return -2;
  const close = after.indexOf(')', open[0].length);
  if (close < 0 || PERSON_IN_BRACKETS.test(after.slice(open[0].length, close))) return -2;
  return s.end + close + 1;
}

/**
 * The spans (sorted by start) without the NAME spans that are a heading's region and the NAME spans in the brackets
 * right after it (see the module header); in a note without case, the spans as they are.
 */
export function dropHeadingRegions(spans: readonly PhiSpan[], text: string, lex: Lexicon, mixed: boolean): PhiSpan[] {
  if (!mixed || !spans.some((s) => s.type === 'NAME')) return [...spans];
  const out: PhiSpan[] = [];
  let bracketFrom = -1;
  let bracketTo = -1;
  for (const s of spans) {
    if (s.type !== 'NAME') { out.push(s); continue; }
    if (s.start >= bracketFrom && s.end <= bracketTo && !givenName(lex, text.slice(s.start, s.end))) continue;
    const head = regionHead(s, text, lex);
    if (head === -1) { out.push(s); continue; }
    if (head >= 0) { bracketFrom = s.end; bracketTo = head; }
  }
  return out;
}
