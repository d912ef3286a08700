/**
 * A name found as one item of a list whose other items are things is a thing too (issue 14, over-redaction). English
 * coordinates like with like: the items joined by commas and a last "and" / "or" are of one kind (Huddleston & Pullum,
 * The Cambridge Grammar of the English Language, 2002, ch. 15 §4, "coordination of likes"). In a glossary-like text the
 * brands, makers, places in terms and languages of one list are read one by one: some reach a NAME rule (an unknown
 * capitalised word beside an anchor, a surname list word), most do not. When at least two other items of the same
 * list (three or more items) are proper names that no rule found and no name list holds, one of them is known to a
 * vocabulary as a thing (the clinical, medical, eponym or English word lists, a CLDR country or language), the list is
 * of things and the found item (not the list's first, which may be a record's subject before its findings: "<name>, 52,
 * GBM") is dropped, however many of its other items were found too (a brand list of which the rules flagged most). A
 * list of people keeps its names: their unfound siblings are held by the name lists or known to no vocabulary; a title
 * or a person's relation or role in the list keeps every item.
 * Run on a note's final spans (the rules decide one word at a time; this reads the whole list).
 */
import { countryOrLanguage } from './countries.js';
import type { Lexicon } from './lexicon.js';
import { ROLE_WORDS } from './people-slots.js';
import { TITLE_WORDS } from './titles.js';
import type { PhiSpan } from './types.js';

// What closes a list: a clause's punctuation, a bracket, a line end, a sentence's full stop (not an initial's or "St.").
const LIST_EDGE = /[;:()[\]\n]|\.(?=[ \t]+[A-Z]|[ \t]*$)|[ \t][-\u2013\u2014][ \t]/g;
// What joins its items: a comma, a last "and" / "or" / "&" (with or without the comma before it).
const ITEM_JOIN = /[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+/g;
// A title, or a person's relation or role, anywhere in the list makes it a list of people.
export const PERSON_WORD = new RegExp(`(?:^|[^A-Za-z])(?:${TITLE_WORDS}|${ROLE_WORDS}|sons|daughters|children|parents|brothers|sisters|` +
  'nurse|doctor|consultant|registrar|surgeon|midwife|therapist|patient|family|staff)\\.?(?![A-Za-z])', 'i');

/** One item of a list: where it starts and ends in the note. */
export interface Item { readonly start: number; readonly end: number }

/** An item's place in the note, without the spaces at its ends. */
function trimmed(clause: string, from: number, start: number, end: number): Item {
  const piece = clause.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  return { start: from + start + lead, end: from + start + lead + piece.trim().length };
}

// The longest clause read as a list. A clause without a list edge for longer than this is no list of a note (a long
// line of bad input): reading it whole for every found name made the rule quadratic in the line's length.
const MAX_CLAUSE = 2_000;

/** Where the clause around `at` starts and ends (between two list edges), or undefined past `MAX_CLAUSE`. */
function clauseAround(text: string, at: number): { from: number; to: number } | undefined {
  let from = 0;
  let to = -1;
  // Edges are sought only up to MAX_CLAUSE past `at`; a full stop read as an edge because the window ends after it is
  // none (the text goes on), so that clause counts as too long and keeps its spans.
  const window = text.slice(0, Math.min(text.length, at + MAX_CLAUSE + 1));
  LIST_EDGE.lastIndex = Math.max(0, at - 400);
  for (let m = LIST_EDGE.exec(window); m; m = LIST_EDGE.exec(window)) {
    if (m.index < at) from = m.index + m[0].length;
    else {
      if (m.index + m[0].length < window.length || window.length === text.length) to = m.index;
      break;
    }
  }
  if (to < 0) to = text.length;
  return to - from > MAX_CLAUSE ? undefined : { from, to };
}

/** The clause around `at` (between two list edges), split into its items; empty when it holds fewer than three. */
export function listItems(text: string, at: number): Item[] {
  const clauseAt = clauseAround(text, at);
  if (clauseAt === undefined) return [];
  const { from, to } = clauseAt;
  const items: Item[] = [];
  const clause = text.slice(from, to);
  let last = 0;
  ITEM_JOIN.lastIndex = 0;
  for (let m = ITEM_JOIN.exec(clause); m; m = ITEM_JOIN.exec(clause)) {
    items.push(trimmed(clause, from, last, m.index));
    last = m.index + m[0].length;
  }
  items.push(trimmed(clause, from, last, clause.length));
  return items.length >= 3 ? items : [];
}

// An item read as a proper name: one to three capitalised words (a capital, then letters with at least one lower-case one),
// nothing else: "Xarelto", "NovoRapid", "Sunrise Medical". Numbers, acronyms and lower-case words make an item of another shape.
export const PROPER_ITEM = /^[A-Z][A-Za-z'\u2019-]*[a-z][A-Za-z'\u2019-]*(?:[ \t][A-Z][A-Za-z'\u2019-]*[a-z][A-Za-z'\u2019-]*){0,2}$/;

/** The lower-case keys of an item's words, a hyphenated word split into its parts. */
const itemKeys = (item: string): string[] => item.toLowerCase().replace(/['\u2019]s\b/g, '').split(/[ \t-]+/).filter(Boolean);

/** Whether an item that no rule found reads as a proper name that no name list holds. */
function unnamedItem(item: string, lex: Lexicon): boolean {
  return PROPER_ITEM.test(item) && itemKeys(item).every((k) => !lex.firstNames.has(k) && !lex.surnames.has(k));
}

/** Whether a vocabulary knows an item as a thing: a clinical, medical, eponym or English word, a country or a language. */
export function knownThing(item: string, lex: Lexicon): boolean {
  return countryOrLanguage(item) || itemKeys(item).some((k) => lex.clinical.has(k) || lex.medical.has(k) || lex.eponyms.has(k) || lex.common.has(k));
}

/** Whether a NAME span is one item, or a run of whole items, of a list of things, not its first (see the module header). */
function thingListItem(s: PhiSpan, found: Uint8Array, text: string, lex: Lexicon): boolean {
  if (s.type !== 'NAME' || !/^[A-Z]/.test(text.slice(s.start, s.end))) return false;
  const items = listItems(text, s.start);
  const from = items.findIndex((it) => it.start === s.start);
  const to = items.findIndex((it) => it.end === s.end);
  if (from < 1 || to < from || !items.slice(from, to + 1).every((it) => PROPER_ITEM.test(text.slice(it.start, it.end)))) return false;
  const first = items[0];
  const lastItem = items[items.length - 1];
  if (!first || !lastItem || PERSON_WORD.test(text.slice(first.start, lastItem.end))) return false;
  let things = 0;
  let known = false;
  items.forEach((it, i) => {
    if (i >= from && i <= to) return;
    const item = text.slice(it.start, it.end);
    if (!found.subarray(it.start, it.end).includes(1) && unnamedItem(item, lex)) {
      things++;
      known ||= knownThing(item, lex);
    }
  });
  return known && things >= 2;
}

/** A note's final spans without the NAME spans that are items of a list of things (see the module header). */
export function dropThingListItems(spans: readonly PhiSpan[], text: string, lex: Lexicon): PhiSpan[] {
  if (!spans.some((s) => s.type === 'NAME')) return [...spans];
  // Which characters a span other than a lone year covers: an item touching one was found by a rule.
  const found = new Uint8Array(text.length);
  for (const o of spans) if (o.type !== 'YEAR') found.fill(1, o.start, o.end);
  return spans.filter((s) => !thingListItem(s, found, text, lex));
}
