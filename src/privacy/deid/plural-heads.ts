/**
 * Capitalised words coordinated before a plural noun are that noun's modifiers, not people (issue 14, thirtieth pass,
 * over-redaction): "Richter and Mercalli scales", "Kell, Duffy and Kidd antibodies", "Medela and Lansinoh pumps",
 * "Millard and Fisher repairs". Source, English agreement (Huddleston & Pullum 2002, The Cambridge Grammar of the
 * English Language, ch. 5 "subject-verb agreement" and ch. 15 "coordination"): noun phrases joined by "and" as a subject
 * take the plural verb form, which carries no -s, so a lower-case word in -s right after such a list (its last item joined
 * by "and": with "or" or commas alone the verb agrees with the last item) is no verb they are the subject of; it is a plural noun they modify, as eponyms, makers and places modify what is named after them.
 * Counter-cases kept as people: a title or a possessive on an item ("Dr Smith and Dr Jones", "Mary's and John's"), a noun
 * after the list that names persons or where people are or live ("Smith and Jones families", "Patel and Khan surgeries"),
 * and an object or complement after the noun, which makes it the verb of another clause ("Mary and John needs the form").
 */
import type { Lexicon } from './lexicon.js';
import { personNoun } from './role-heads.js';
import { TITLE_BEFORE, TITLE_IN } from './titles.js';
import type { PhiSpan } from './types.js';

// One item: one or two capitalised words (a maker and its model, "Medtronic Onyx"; a hyphened eponym, "Harris-Benedict").
const WORD = '[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*';
const ITEM = `${WORD}(?:[ \\t]${WORD})?`;
const JOIN = '(?:[ \\t]*,[ \\t]*|[ \\t]+(?:and|or|&)[ \\t]+)';
const LIST_BEFORE = new RegExp(`(?:${ITEM}${JOIN})+$`);
const SPAN_ITEMS = new RegExp(`^${ITEM}(?:${JOIN}${ITEM})*$`);
/** What a verb takes right after it: a determiner, a pronoun, "that", "to" (a word in -s before one is a verb). */
export const OBJECT_WORDS: ReadonlySet<string> = new Set('the a an his her their its my our your this that these those to him them it me us you he she they we i'.split(' '));
// The rest of the list, then the plural noun; not followed by what a verb takes.
const LIST_THEN_PLURAL = new RegExp(`^((?:${JOIN}${ITEM})*)[ \\t]([a-z]{3,}s)\\b(?![ \\t]+(?:${[...OBJECT_WORDS].join('|')})\\b)(?!['\u2019])`);
const LAST_AND = new RegExp(`[ \\t]+(?:and|&)[ \\t]+${ITEM}$`);

// Nouns after which the capitalised words are people or where people are, live or are cared for (general English).
const PEOPLE_OR_PLACES = new Set(('family household twin triplet parent grandparent relative sibling kid colleague team couple ' +
  'folk member staff consultant registrar doctor nurse surgeon physician resident visitor ' +
  'clinic ward unit hospital practice surgery home house centre center street road avenue lane school office service trust ' +
  'estate flat farm village town city county district borough suburb neighbourhood neighborhood').split(' '));

/** The singular forms a regular English plural may come from ("scales" -> scale, "antibodies" -> antibody, "braces"). */
function singulars(w: string): string[] {
  const out = [w.slice(0, -1)];
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  return out;
}

/** A word in -s that a word list holds as a plural of a known word, naming no person and no place people are in. */
function thingPlural(w: string, lex: Lexicon): boolean {
  const known = (x: string): boolean => lex.common.has(x) || lex.medical.has(x) || lex.clinical.has(x);
  const sing = singulars(w).filter(known);
  return sing.length > 0 && !sing.some((x) => personNoun(x) || PEOPLE_OR_PLACES.has(x));
}

/**
 * Whether a NAME span is an item (or the items) of a list of capitalised words joined by a comma, and, or, "&", that
 * stands right before a plural noun of a thing: the list modifies the noun (see the module header).
 */
export function pluralHeadModifier(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (s.type !== 'NAME') return false;
  // A span may end on the comma or colon after its last word.
  const span = text.slice(s.start, s.end).replace(/[,:]$/, '');
  if (!SPAN_ITEMS.test(span)) return false;
  const before = LIST_BEFORE.exec(text.slice(Math.max(0, s.start - 120), s.start))?.[0] ?? '';
  const m = LIST_THEN_PLURAL.exec(text.slice(s.start + span.length, s.start + span.length + 160));
  if (!m) return false;
  const list = `${before}${span}${m[1] ?? ''}`;
  // A coordination with "and" before its last item: only then is the plural agreement's ("Mary or John needs", "Smith,
  // Jones, MAR shows": with "or" or commas alone the verb agrees with the last item, which may take an -s).
  if (!LAST_AND.test(list)) return false;
  if (TITLE_IN.test(list) || TITLE_BEFORE.test(text.slice(Math.max(0, s.start - before.length - 6), s.start - before.length))) return false;
  return thingPlural(m[2] ?? '', lex);
}
