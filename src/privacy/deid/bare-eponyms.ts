/**
 * An eponym standing alone is no one (issue 14, twenty-third pass). The words that clinical vocabularies write
 * capitalised inside disease, sign, test and procedure names (the eponym list: ICD-10-CM, Disease Ontology, HPO;
 * `lexicons/eponyms.txt`) are read as people when a name list also holds them (Weber, Hughes, Russell, Conn, Gilbert):
 * "Hughes disability grade 4", "snakebite (Russell's viper)", "Addison, Cushing, Conn, Graves". `eponyms.ts` drops them
 * before a clinical head word; this step, run on a note's (or a patient's) final spans, drops a NAME span made only of
 * such words (one word, or words joined by hyphens) unless something that makes it a person stands with it: a title
 * before it, a given name beside it, the same word inside a longer name in the record ("Anna Weber" elsewhere), a
 * person's slot before it (a relation, a role, a field's colon, "seen by"), or a person's age or verb after it.
 */
import type { Lexicon } from './lexicon.js';
import { ROLE_WORDS } from './people-slots.js';
import { TITLE_BEFORE } from './titles.js';
import type { PhiSpan } from './types.js';

// One capitalised word, or capitalised words joined by hyphens, with an optional possessive ("Russell's").
const BARE = /^([A-Z][a-z]+(?:-[A-Z][a-z]+)*)(?:['\u2019]s?)?$/;
// A person's slot right before the span: a relation or role (also plural, in brackets or after a colon), a field's colon,
// or a word that takes a person ("seen by", "Dear", "cc", "per", "with", "call").
const SLOT_BEFORE = new RegExp(`(?:(?:^|[^A-Za-z])(?:${ROLE_WORDS}|sons|daughters|children|kids|brothers|sisters|grandchildren|parents|` +
  'dear|cc|attn|by|per|with|from|to|for|call|ring|phone|contact|patient|pt|named|called|signed|consultant|doctor|nurse|surgeon|' +
  'midwife|therapist|physician|clinician|registrar|GP)[ \\t]*[:(,]?[ \\t]*|:[ \\t]*)$', 'i');
// A person's age, role or relation, or a verb of what a person does, right after the span: "Fitz (17)", "Hughes, 94",
// "Gilbert (son)", "Russell's mother", "Weber agreed".
const PERSON_VERB = 'said|says|agreed|agrees|asked|asks|called|phoned|rang|visited|reports|reported|told|tells|wants|wanted|needs|needed|' +
  'lives|lived|attended|declined|consented|signed|came|comes|went|arrived|left|presented|presents|feels|felt|prefers|preferred|can|could|' +
  'did|does|should|will|would|was|is|has|had|and[ \\t]+(?:I|we|his|her|their)';
const PERSON_AFTER = new RegExp(`^(?:['\u2019]s?)?(?:[ \\t]*\\([ \\t]*\\d{1,3}[ \\t]*(?:y|yrs?|years?)?[ \\t]*\\)|,[ \\t]{0,2}\\d{1,3}\\b|` +
  `[ \\t]*\\((?:${ROLE_WORDS})\\)|['\u2019]s[ \\t]+(?:${ROLE_WORDS}|parents|grand\\w+|family|girlfriend|boyfriend)\\b|[ \\t]+(?:${PERSON_VERB})\\b)`, 'i');
// A given name written beside the span, inside its run of capitalised words ("Wells, Anna", "Anna Wells").
const WORD_AFTER = /^,?[ \t]{1,2}([A-Z][a-z]+)/;
const WORD_BEFORE = /([A-Z][a-z]+),?[ \t]{1,2}$/;

/** The lower-case words of every NAME span of more than one word (or with a title before it) in a note. */
export function namedInFull(spans: readonly PhiSpan[], text: string, into = new Set<string>()): Set<string> {
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const ws = text.slice(s.start, s.end).toLowerCase().split(/[^a-z]+/).filter(Boolean);
    if (ws.length > 1 || TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start))) for (const w of ws) into.add(w);
  }
  return into;
}

/** Whether a capitalised word beside the span is a given name that no eponym, clinical or English list holds. */
function givenNameBeside(text: string, s: PhiSpan, lex: Lexicon): boolean {
  const given = (w: string | undefined): boolean => {
    const low = (w ?? '').toLowerCase();
    return lex.firstNames.has(low) && !lex.eponyms.has(low) && !lex.clinical.has(low) && !lex.common.has(low);
  };
  return given(WORD_AFTER.exec(text.slice(s.end, s.end + 24))?.[1]) || given(WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 24), s.start))?.[1]);
}

/** Whether one NAME span is an eponym alone (see the module header); `people` holds the words of names given in full. */
function bareEponym(s: PhiSpan, text: string, lex: Lexicon, people: ReadonlySet<string>): boolean {
  if (s.type !== 'NAME') return false;
  const m = BARE.exec(text.slice(s.start, s.end));
  if (!m) return false;
  const ws = (m[1] ?? '').toLowerCase().split('-');
  if (!ws.every((w) => lex.eponyms.has(w)) || ws.some((w) => people.has(w))) return false;
  const before = text.slice(Math.max(0, s.start - 32), s.start);
  if (TITLE_BEFORE.test(before) || SLOT_BEFORE.test(before)) return false;
  return !PERSON_AFTER.test(text.slice(s.end, s.end + 32)) && !givenNameBeside(text, s, lex);
}

/**
 * A note's spans without the NAME spans that are an eponym alone (see the module header). `people`: the words of the
 * names given in full in the whole record (`namedInFull` over every note of the patient); by default this note's own.
 */
export function dropBareEponyms(spans: readonly PhiSpan[], text: string, lex: Lexicon, people: ReadonlySet<string> = namedInFull(spans, text)): PhiSpan[] {
  return spans.filter((s) => !bareEponym(s, text, lex, people));
}
