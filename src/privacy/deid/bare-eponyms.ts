/**
 * An eponym or another thing's word standing alone in a record that names no one is no one (issue 14, twenty-third pass;
 * widened in the thirty-second session). The words that clinical vocabularies write capitalised inside disease, sign,
 * test and procedure names (the eponym list: ICD-10-CM, Disease Ontology, HPO; `lexicons/eponyms.txt`) are read as
 * people when a name list also holds them (Weber, Hughes, Russell, Conn, Gilbert): "Hughes disability grade 4",
 * "snakebite (Russell's viper)", "Addison, Cushing, Conn, Graves". So are the words an English dictionary (SCOWL,
 * `common-words.txt`), a clinical vocabulary or a place list holds and no given-name list does, capitalised inside a
 * term's or a system's name ("Berlin definition", "Edmonton Symptom Assessment System", "Carlsbad salt"). `eponyms.ts`
 * drops such words before a clinical head word; this step, run on a record's final spans (a note, or all notes of one
 * patient), drops a NAME span made only of such words (up to four, joined by hyphens or blanks) when the record
 * identifies no one: it carries no other PHI than years (the rule Safe Harbor's years follow in `reportedSpans`: in a
 * record that identifies someone, a bare surname may be theirs) and no NAME with a person's cue beside it (a name
 * alone may be one more thing in a glossary's list). Nothing beside the span may make it a person: a title before it
 * or opening it, a given name beside it, a person's slot before it (a relation, a role, a field's colon, "seen by"),
 * or a person's age, role or verb after it (a listed verb, or any lower-case word in a verb's -s or -ed form).
 * Thirty-fifth session: an item of a list of terms under a heading (`glossary-lists.ts`) whose only cue is that heading's
 * colon neither makes the record name someone nor is kept when nothing else does.
 * Thirty-seventh session (deid-clean30): the name of a term whose head noun follows it (`term-heads.ts`: "Rocky Mountain
 * spotted fever", "Murray Valley encephalitis", "Christmas disease", "Pittsburgh knee rules"), read as a NAME, a town or a
 * holiday, neither makes the record name someone nor is kept when nothing else does, unless a title or a person's slot
 * word stands before it.
 * Thirty-eighth session (deid-clean31): a record whose spans are all NAMEs standing in items of labelled lines' lists of
 * things (`list-records.ts`: a label's colon, three items or more, no people label, few items that read as people's) or
 * years, none with a person's cue beside it but its label's colon, and whose notes hold no title, relation or role word,
 * names no one, whatever list its words are in (brands, other-language words): every such span is dropped.
 * Thirty-ninth session (deid-clean34): a relation or role word that only qualifies the head of a label naming things
 * ("Interpreter booking languages this month:") no longer counts as a person's word there (`personWordInNote`).
 */
import { glossaryItem } from './glossary-lists.js';
import { labelledListItem, personWordInNote } from './list-records.js';
import { termHeadName } from './term-heads.js';
import type { Lexicon } from './lexicon.js';
import { ROLE_WORDS } from './people-slots.js';
import { FAMILY } from './words.js';
import { TITLE_BEFORE, TITLE_WORDS } from './titles.js';
import type { PhiSpan } from './types.js';

// One capitalised word, or up to four joined by hyphens or blanks, with an optional possessive ("Russell's").
const BARE = /^([A-Z][a-z]+(?:(?:-|[ \t])[A-Z][a-z]+){0,3})(?:['\u2019]s?)?$/;
// A person's slot right before the span: a relation or role (also plural, in brackets or after a colon), a field's colon,
// or a word that takes a person ("seen by", "Dear", "cc", "per", "with", "call").
// Every family and friend word the word rules know (`FAMILY`: aunty, nana, grandma ...) takes a person too; the lead added
// it when the thirty-second session's widened rule dropped an English word that was a relative's name ("his aunty Mere").
const SLOT_WORDS = `${ROLE_WORDS}|${[...FAMILY].join('|')}|children|kids|grandchildren|parents|` +
  'dear|cc|attn|by|per|with|from|to|for|call|ring|phone|contact|patient|pt|named|called|signed|consultant|doctor|nurse|surgeon|' +
  'midwife|therapist|physician|clinician|registrar|GP|under|d/w|w/|paged|bleeped|phoned|emailed|messaged|texted|contacted|' +
  'informed|updated|asked|ask|told|tell|inform|update|notify|notified';
const SLOT_BEFORE = new RegExp(`(?:(?:^|[^A-Za-z])(?:${SLOT_WORDS})[ \\t]*[:(,]?[ \\t]*|:[ \\t]*)$`, 'i');
// The same slots without a field's bare colon: what makes an item of a list under a heading a person (glossary-lists.ts).
const SLOT_WORD_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${SLOT_WORDS})[ \\t]*[:(,]?[ \\t]*$`, 'i');
// A person's age, role or relation, or a verb of what a person does, right after the span: "Fitz (17)", "Hughes, 94",
// "Gilbert (son)", "Russell's mother", "Weber agreed".
const PERSON_VERB = 'said|says|agreed|agrees|asked|asks|called|phoned|rang|visited|reports|reported|told|tells|wants|wanted|needs|needed|' +
  'lives|lived|attended|declined|consented|signed|came|comes|went|arrived|left|presented|presents|feels|felt|prefers|preferred|can|could|' +
  'did|does|should|will|would|was|is|has|had|and[ \\t]+(?:I|we|his|her|their)|' +
  // A person's state or a task set for a person in a ward note: "Hughes aware", "Wilson happy with the plan", "Wilson to review".
  'aware|unaware|happy|unhappy|keen|unavailable|busy|to[ \\t]+(?:review|see|call|ring|phone|discuss|follow|chase|assess|visit|contact|arrange|book|check|decide|speak)';
const PERSON_AFTER = new RegExp(`^(?:['\u2019]s?)?(?:[ \\t]*\\([ \\t]*\\d{1,3}[ \\t]*(?:y|yrs?|years?)?[ \\t]*\\)|,[ \\t]{0,2}\\d{1,3}\\b|` +
  `[ \\t]*\\((?:${ROLE_WORDS})\\)|['\u2019]s[ \\t]+(?:${ROLE_WORDS}|parents|grand\\w+|family|girlfriend|boyfriend)\\b|[ \\t]+(?:${PERSON_VERB})\\b)`, 'i');
// A lower-case word in a verb's third-person or past form right after the span: a person doing something ("Benedikt helps
// with meds", "Gilbert needed a lift"). A noun's plural passes too, which only keeps a span (the safe side).
const VERB_FORM_AFTER = /^[ \t]+[a-z]{2,}(?:s|ed)\b/;
// A title opening the span itself ("Mr Oyelaran-Pike").
const TITLE_OPENS = new RegExp(`^(?:${TITLE_WORDS})\\.?[ \\t]`, 'i');
// A given name written beside the span, inside its run of capitalised words ("Wells, Anna", "Anna Wells").
const WORD_AFTER = /^,?[ \t]{1,2}([A-Z][a-z]+)/;
const WORD_BEFORE = /([A-Z][a-z]+),?[ \t]{1,2}$/;

/** Whether a capitalised word beside the span is a given name that no eponym, clinical or English list holds. */
function givenNameBeside(text: string, s: PhiSpan, lex: Lexicon): boolean {
  const given = (w: string | undefined): boolean => {
    const low = (w ?? '').toLowerCase();
    return lex.firstNames.has(low) && !lex.eponyms.has(low) && !lex.clinical.has(low) && !lex.common.has(low);
  };
  return given(WORD_AFTER.exec(text.slice(s.end, s.end + 24))?.[1]) || given(WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 24), s.start))?.[1]);
}

// A thing's word: one the eponym list holds, or one an English dictionary, a clinical vocabulary or a place list holds and
// no given-name list does ("Berlin definition", "Assessment System", "Carlsbad salt"): no name list tells it is a person.
function thingWord(w: string, lex: Lexicon): boolean {
  return lex.eponyms.has(w) || ((lex.common.has(w) || lex.clinical.has(w) || lex.medical.has(w) || lex.places.has(w)) && !lex.firstNames.has(w));
}

/**
 * Whether something beside a NAME span makes it a person: a title or a person's slot before, a person's age, role or verb
 * after. `fieldColon` false: a field's bare colon before it is no such slot (a heading's colon before a list of terms).
 */
function personCue(s: PhiSpan, text: string, fieldColon = true, itemEnd = -1): boolean {
  const before = text.slice(Math.max(0, s.start - 32), s.start);
  if (TITLE_BEFORE.test(before) || (fieldColon ? SLOT_BEFORE : SLOT_WORD_BEFORE).test(before) || TITLE_OPENS.test(text.slice(s.start, s.end))) return true;
  const after = text.slice(s.end, s.end + 32);
  return PERSON_AFTER.test(after) || (VERB_FORM_AFTER.test(after) && (itemEnd < 0 || !nounTail(text.slice(s.end, itemEnd))));
}

// The rest of a list item after a term's name: at most two lower-case words, then numbers, units or a bracket at most
// ("Kirschner wires", "Morse falls 55", "Arjo hoists"): a head noun in its plural, not a person's verb.
const NOUN_TAIL = /^(?:[ \t]+[a-z]+){1,2}(?:[ \t]+[\d.,/%]+[ \t]*[A-Za-z]{0,4})?(?:[ \t]*\([^()]*\))?$/;
const nounTail = (tail: string): boolean => NOUN_TAIL.test(tail);

/** Whether one span is a NAME of thing words alone, with nothing beside it that makes it a person (see the module header). */
function bareEponym(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (s.type !== 'NAME') return false;
  const m = BARE.exec(text.slice(s.start, s.end));
  if (!m) return false;
  const ws = (m[1] ?? '').toLowerCase().split(/[-\s]/);
  if (!ws.every((w) => thingWord(w, lex))) return false;
  // Words written apart may be a given name and a surname ("Bernard Foley"): there no word may be a given name at all.
  if (/\s/.test(m[1] ?? '') && ws.some((w) => lex.firstNames.has(w))) return false;
  return !personCue(s, text) && !givenNameBeside(text, s, lex);
}

/** One note of a record: its final spans, its text and the lexicon it was read with. */
export interface RecordNote {
  readonly spans: readonly PhiSpan[];
  readonly text: string;
  readonly lex: Lexicon;
}

/**
 * The spans of each note of one record, without the bare eponyms and things' words when the record identifies no one
 * (see the module header); a record with any other span, or with a NAME a person's cue stands beside, keeps every span.
 */
export function dropBareEponyms(record: readonly RecordNote[]): PhiSpan[][] {
  // Most records carry other PHI: the first such span ends the check, before the remaining spans are read (speed).
  if (listRecord(record)) return record.map((n) => n.spans.filter((s) => s.type === 'YEAR'));
  const otherPhi = record.some((n) => n.spans.some((s) => identifies(s, n)));
  return record.map((n) => (otherPhi ? [...n.spans] : n.spans.filter((s) => !bareEponym(s, n.text, n.lex) && !termListItem(s, n) && !termName(s, n))));
}

/** Whether a span makes its record name, date or number someone (see the module header). */
function identifies(s: PhiSpan, n: RecordNote): boolean {
  if (s.type === 'YEAR') return false;
  // A NAME identifies when something beside it makes it a person; a name alone, with no title, slot, age or verb, may be
  // one more thing's name in a list of them, so it alone does not make the record name someone. Nor does an item of a
  // list of terms whose only cue is its heading's colon (glossary-lists.ts), nor a term's name (term-heads.ts), asked
  // last since only a span that would otherwise identify needs it.
  return (s.type !== 'NAME' || (personCue(s, n.text) && !termListItem(s, n))) && !termName(s, n);
}

/** Whether a NAME span is an item of a list of terms with no person's cue beside it but a field's colon (glossary-lists.ts). */
function termListItem(s: PhiSpan, n: RecordNote): boolean {
  if (s.type !== 'NAME') return false;
  const item = glossaryItem(s, n.text, n.lex);
  return item !== undefined && !personCue(s, n.text, false, item.end);
}

/**
 * Whether a span is the name of a term whose head noun follows it (term-heads.ts) with no title or person's slot word
 * before it: a field's bare colon is no such slot ("Place-named infections: Rocky Mountain spotted fever").
 */
function termName(s: PhiSpan, n: RecordNote): boolean {
  if (!termHeadName(s, n.text, n.lex)) return false;
  const before = n.text.slice(Math.max(0, s.start - 32), s.start);
  return !TITLE_BEFORE.test(before) && !SLOT_WORD_BEFORE.test(before) && !TITLE_OPENS.test(n.text.slice(s.start, s.end));
}

/**
 * Whether a record's spans are all items of labelled lines' lists of things (list-records.ts) or years, none with a
 * person's cue beside it but its label's colon, and no note of it holds a title, relation or role word: then it names no
 * one. The span types are looked at first, so a record with a date, an identifier or a contact pays nothing more.
 */
function listRecord(record: readonly RecordNote[]): boolean {
  let names = 0;
  for (const n of record) {
    for (const s of n.spans) {
      if (s.type === 'NAME') names++;
      else if (s.type !== 'YEAR') return false;
    }
  }
  if (names === 0) return false;
  for (const n of record) {
    if (personWordInNote(n.text)) return false;
    for (const s of n.spans) {
      if (s.type === 'YEAR') continue;
      const item = labelledListItem(s, n.spans, n.text, n.lex);
      if (!item || personCue(s, n.text, false, item.end)) return false;
      // The list's first item is the record's subject after its label ("Triage: <name> 81M, vomiting ...") unless two
      // later items open with a found span too: then the first is one more of the names read one after another.
      if (item.first && item.namedLater < 2) return false;
    }
  }
  return true;
}
