/**
 * A record whose only spans are items of labelled lines' lists names no one (issue 14, over-redaction; thirty-eighth
 * session, deid-clean31). Glossary-like PHI-free records (a heading or a label, a colon, then brands, devices, foreign
 * words, eponyms: "Seating brands at the clinic: Invacare Küschall K-Series, RGK, Quickie Nitrum, TiLite, Spex cushions")
 * have their items read one after another as names; `glossary-lists.ts` reads such an item as a term only when half the
 * list's items are words a vocabulary holds, which brand and other-language lists fail, so the record keeps every item.
 * The record-level view (`bare-eponyms.ts`) decides instead: a record names someone through what stands beside a name (a
 * title, a relation or role, an age, a date, an identifier, a contact), and a list of items under a label that names no
 * people, with none of these anywhere in it, is a list of things. Items coordinated in one list are of one kind
 * (Huddleston & Pullum, The Cambridge Grammar of the English Language, 2002, ch. 15 §4, as `coordination.ts` cites);
 * Safe Harbor's identifiers (45 CFR 164.514(b)(2)) beside a name are what make it a person's.
 * This module says whether a NAME span stands in an item of such a list: its line's segment is opened by a label's
 * colon (`glossary-lists.ts`'s segments), it has three items or more, the label holds no word for people and the
 * segment no title, relation or role word, and fewer than max(2, a third) of its items read as people's names by their
 * letters or as given names no word list holds (`personal`). The list's first item is the record's subject after its label
 * ("Triage: <given name> <surname> 81M, vomiting blood, ..."; "Eye clinic: <surname> for R aflibercept today, ...": on
 * read letters10-33 every gold name this reading took was one) unless two later items open with a found span too: then
 * the list is read as names one after another and the first is one more of them. `bare-eponyms.ts` drops every span of a record whose spans
 * are all such items (or years), none with a person's cue beside it, and whose notes hold no title, relation or role word
 * at all: a real list of people ("Present: A Smith, B Jones, C Brown"; "MDT: Dr X, Dr Y") keeps its people label or its
 * titles, and a patient's record carries a date, an age or an identifier that the record step already counts.
 * Thirty-ninth session (deid-clean34): a label names people by its head noun, not by any word in it. English noun
 * phrases are right-headed (Huddleston & Pullum ch. 5): "Interpreter booking languages this month", "OT home assessment
 * measures", "Cabin crew and aircrew health" name languages, measures, health, and the role word before the head only
 * qualifies it. So a label is a people label when a title stands in it, when the head of one of its phrases is a people
 * word ("Present", "Visitors today", "Next of kin", "CHILDREN IN HOSPITAL"), or when a collection head ("list", "names",
 * "rota") is qualified by a people word or opens the label with no plural noun before it ("Theatre list", "Staff
 * rota", "Names"; "Orthopaedic eponyms list" collects eponyms). The record-wide test reads the same way: a relation or
 * role word that only qualifies the head of a label naming things is no person's; a title always is. On read
 * letters10-34 this frees 6 PHI-free records (27 false NAME spans, 3 years) and changes no gold or PHI-text span.
 * Its second candidate: a collection head that no people word and no plural noun qualifies ("Obstetric and neonatal
 * list", "Oncology regimen names", "Seating clinic list") does not say what it collects, so its items do: when at least
 * half of them read as terms (`glossary-lists.ts`' `termItem`: a number, an acronym, a word of the model's vocabularies)
 * the list is of things. On read letters10-34 it frees 5 more PHI-free records (13 NAME spans, 12 years), no gold changed.
 */
import { PERSON_WORD, type Item } from './coordination.js';
import { labelBefore, PEOPLE_LABEL, personal, segmentAround, segmentItems, termItem, unlistedGivenName } from './glossary-lists.js';
import type { Lexicon } from './lexicon.js';
import { FUNCTION_WORDS } from './safe-list.js';
import { TITLE_IN } from './titles.js';
import type { PhiSpan } from './types.js';

// A list this rule reads has at least this many items (a label's value with two parts is a field, not a list).
const MIN_ITEMS = 3;

/** An item of a labelled line's list: where it is, whether it is the list's first, and how many later items a span opens. */
export interface ListItem extends Item { readonly first: boolean; readonly namedLater: number }

/** The item of a labelled line's list of things that holds a NAME span (see the module header), or undefined. */
export function labelledListItem(s: PhiSpan, spans: readonly PhiSpan[], text: string, lex: Lexicon): ListItem | undefined {
  if (s.type !== 'NAME') return undefined;
  const seg = segmentAround(text, s.start);
  if (!seg || !seg.colon || s.end > seg.end) return undefined;
  const items = segmentItems(text, seg.start, seg.end);
  if (items.length < MIN_ITEMS) return undefined;
  const at = items.findIndex((it) => it.start <= s.start && s.start < it.end);
  const to = items.findIndex((it) => it.start < s.end && s.end <= it.end);
  const first = items[at];
  const last = items[to];
  if (!first || !last) return undefined;
  const label = labelBefore(text, seg.start);
  if (label === undefined || PERSON_WORD.test(text.slice(seg.start, seg.end))) return undefined;
  if (labelNamesPeople(label) && !(collectionOfThings(label) && items.filter((it) => termItem(text.slice(it.start, it.end), lex)).length * 2 >= items.length)) return undefined;
  // The nearest things that stay a person's: a function word right after the span in its item (a task set for someone:
  // "<name> for review"), and a given name that no word list holds standing alone as the whole item.
  const next = /^[ \t]+([a-z]+)/.exec(text.slice(s.end, last.end))?.[1];
  if (next !== undefined && FUNCTION_WORDS.has(next)) return undefined;
  const word = text.slice(s.start, s.end).toLowerCase();
  if (s.start === first.start && s.end === last.end && unlistedGivenName(word, lex)) return undefined;
  const people = items.filter((it) => personal(text.slice(it.start, it.end), lex)).length;
  if (people >= Math.max(2, Math.ceil(items.length / 3))) return undefined;
  // How many later items a found span opens (the list read as names one after another: "TiLite", "Spex cushions"); the
  // segment's spans are walked once beside its items, in order.
  let namedLater = 0;
  if (at === 0) {
    const inSeg = spans.filter((o) => o.type !== 'YEAR' && o.end > seg.start && o.start < seg.end).sort((a, b) => a.start - b.start);
    let k = 0;
    for (const it of items.slice(1)) {
      while (k < inSeg.length && (inSeg[k]?.end ?? 0) <= it.start) k++;
      const o = inSeg[k];
      if (o && o.start <= it.start) namedLater++;
    }
  }
  return { start: first.start, end: last.end, first: at === 0, namedLater };
}

// A label's noun phrases (thirty-ninth session, deid-clean34). English noun phrases are right-headed: the last noun of a
// phrase is what it names and the words before it only qualify it (Huddleston & Pullum 2002, ch. 5 §14, attributive
// modifiers): "Interpreter booking languages this month" names languages, "OT home assessment measures" measures, "Drug
// brands on the repeat list" brands. A phrase ends at a comma or a bracket, and before a preposition, a determiner or a
// word of time that opens a post-modifier ("... on the repeat list", "... this month", "... for the interpreter folder").
const PHRASE_EDGE = /[,;/()[\]]|[ \t](?:on|in|at|for|of|from|with|by|to|over|under|into|across|about|per|via|as|during|after|before|the|this|these|that|those|today|tonight|tomorrow|yesterday|overnight|now|am|pm)(?![A-Za-z])/i;
const WORD = /\p{L}[\p{L}'\u2019-]*/gu;
// Heads that name a collection of people when a people word qualifies them, or when nothing but a singular noun does
// ("Clinic list", "Theatre list", "Staff rota", "Names"): a list's head alone does not say it is of things.
const COLLECTION = /^(?:lists?|names?|rotas?|shifts?|rounds?|boards?|cover|handovers?|registers?|allocations?)$/i;
// A plural noun qualifying a collection head says what it collects ("Orthopaedic eponyms list"): -s, not -ss or -us.
const PLURAL = /^\p{L}{2,}[^\sus]s$/u;

/** A label's noun phrases, each as its words (head last), empty phrases left out. */
function labelPhrases(label: string): string[][] {
  return label.split(PHRASE_EDGE).map((p) => p?.match(WORD) ?? []).filter((w) => w.length > 0);
}

/** Whether a word names people: a title, relation or role, or a people noun, in the singular or the plural. */
function peopleWord(w: string): boolean {
  const one = w.replace(/(?<=[a-z])s$/i, '');
  return PERSON_WORD.test(w) || PEOPLE_LABEL.test(w) || PERSON_WORD.test(one) || PEOPLE_LABEL.test(one);
}

/**
 * Whether a label names people (its list is of people): a title anywhere in it; or a phrase of it whose head is a people
 * word ("Present", "Visitors today", "Next of kin", "CHILDREN IN HOSPITAL"); or a collection head ("list", "names",
 * "rota") qualified by a people word, or opening the label with no plural noun before it ("Theatre list", "Names"). A
 * relation or role word that only qualifies another head does not ("Interpreter booking languages", "Cabin crew and
 * aircrew health").
 */
export function labelNamesPeople(label: string): boolean {
  if (!PERSON_WORD.test(label) && !PEOPLE_LABEL.test(label)) return false;
  if (TITLE_IN.test(label)) return true;
  return labelPhrases(label).some((words, i) => {
    const head = words[words.length - 1] ?? '';
    const qualifiers = words.slice(0, -1);
    if (!COLLECTION.test(head)) return peopleWord(head);
    const modifier = qualifiers[qualifiers.length - 1];
    return qualifiers.some(peopleWord) || (i === 0 && (modifier === undefined || !PLURAL.test(modifier)));
  });
}

/**
 * Whether a label is a collection head qualified by no people word and by no plural noun either ("Obstetric and neonatal
 * list", "Oncology regimen names"): its items say what it collects.
 */
function collectionOfThings(label: string): boolean {
  if (TITLE_IN.test(label)) return false;
  const phrases = labelPhrases(label);
  const words = phrases[0] ?? [];
  const head = words[words.length - 1];
  if (head === undefined || !COLLECTION.test(head) || words.length < 2 || words.slice(0, -1).some(peopleWord)) return false;
  return phrases.slice(1).every((p) => !peopleWord(p[p.length - 1] ?? '') && !(COLLECTION.test(p[p.length - 1] ?? '') && p.slice(0, -1).some(peopleWord)));
}

// Every title, relation or role word of a text (`PERSON_WORD`, global for `matchAll`).
const PERSON_WORDS = new RegExp(PERSON_WORD.source, 'gi');
// A colon that closes a label after a word on its line, within a label's reach (`labelBefore`'s 80 characters).
const LABEL_REST = /^[^.;:\n]{0,80}?:(?=[ \t]|$)/;

/**
 * Whether a note holds a title, relation or role word that may be a person's: any title, or another such word unless it
 * only qualifies the head of a label that names things ("Interpreter booking languages this month: ...").
 */
export function personWordInNote(text: string): boolean {
  if (!PERSON_WORD.test(text)) return false;
  for (const m of text.matchAll(PERSON_WORDS)) {
    const word = m[0].replace(/^[^A-Za-z]/, '');
    if (TITLE_IN.test(word)) return true;
    const at = m.index + m[0].length;
    const rest = LABEL_REST.exec(text.slice(at, at + 90));
    if (!rest) return true;
    const label = labelBefore(text, at + rest[0].length);
    if (label === undefined || labelNamesPeople(label)) return true;
  }
  return false;
}
