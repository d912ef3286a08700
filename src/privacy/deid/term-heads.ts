/**
 * A place's or a person's name before a term's head noun, in a record that names no one, is the term's name (issue 14,
 * over-redaction; thirty-seventh session, deid-clean30). Clinical vocabularies name diseases, infections and instruments
 * after a place or a person with the place's or person's name first and a lower-case head noun last: ICD-10-CM's
 * tabular list writes "Rocky Mountain spotted fever" (A77.0), "Murray Valley encephalitis" (A83.4), "Rift Valley fever"
 * (A92.4), "Ross River disease" (B33.1), "St Louis encephalitis" (A83.3), "West Nile virus" (A92.3), "Christmas
 * disease" (D67), and instrument names take the same shape ("Pittsburgh knee rules", "Philadelphia chromosome").
 * Glossary-like PHI-free records ("Place-named infections: Lyme disease, Rocky Mountain spotted fever, Rift Valley
 * fever, Murray Valley encephalitis, Ross River and Barmah Forest virus ...") get such names read as a NAME, a town
 * (LOCATION) or a holiday (DATE); `eponyms.ts` drops only eponym words before its heads, and `bare-eponyms.ts` drops only
 * words the thing lists hold, so the record counts as naming someone and keeps every item.
 * This module says whether a span is such a term's name: the span is one to four capitalised words (a list of them too),
 * and after it, within its item, stand at most three more capitalised words (joined by blanks, commas, "and" or "or":
 * "Ross [River] and Barmah Forest virus"), then at most two lower-case modifiers that the English, clinical or medical
 * word lists hold and that are no function word or verb form of a clause about a person, then a head noun of the closed
 * list below (ICD-10-CM's and the eponym heads' own words), not followed by a number (a value makes it a finding:
 * "Ross fever 38.5"). Nothing before the span may make it a person (a title, a relation or role word: `bare-eponyms.ts`
 * asks). Used only by `bare-eponyms.ts`'s record gate: in a record with any other PHI the span stays.
 */
import type { Lexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';

// The head nouns: of named diseases and infections (ICD-10-CM, Disease Ontology), and of named signs, tests and
// instruments (the heads `eponyms.ts` reads after an eponym). Singular and plural.
const HEAD = /^(?:diseases?|syndromes?|fevers?|encephalitis|virus(?:es)?|infections?|flu|influenza|typhus|boils?|ulcers?|sores?|chromosomes?|signs?|tests?|scores?|scales?|rules?|criteria|classifications?|grades?|staging|index|procedures?|protocols?|operations?|manoeuvres?|maneuvers?|phenomenon)$/;
// Words that make the gap a clause about a person ("Ross has fever", "Murray reported sore throat").
const CLAUSE = /^(?:has|had|have|having|is|was|were|be|been|with|and|or|but|the|a|an|of|for|to|in|on|at|by|from|no|not|reports?|reported|denies|denied|develops?|developed|presents?|presented|diagnosed|known|history|family|new|likely|possible|probable|suspected|confirmed|says|said|thinks|asked|called|whose|who|which|that|his|her|their|got|gets|needs|needed|wants|wanted|spiked|spiking|ran|running|still|also|now|today|again|only|took|did|made|gave|saw|underwent|went|came|kept|left|brought|sent|found|will|would|can|could|should|may|might|must)$/;
// A verb's -s or -ed form right after a single name is the person's act ("Jenkins passed walking test", "Ross needs
// blood tests"); after a capitalised word of the term's own name it describes ("Rocky Mountain spotted fever").
const VERB_FORM = /(?:[^s]s|ed)$/;
// The span: one to four capitalised words, joined by blanks, hyphens or a comma ("St. Louis", "West Nile, Ross River"),
// with an optional possessive. No full stop but the saint's abbreviation: a stop may end a sentence ("... and Zdravko.
// Balance scores improved").
const SPAN = /^(?:St\.|[A-Z][A-Za-z]*)(?:(?:[ \t]|-|,[ \t])(?:St\.|[A-Z][A-Za-z]*)){0,3}(?:['\u2019]s?)?$/;
// After the span: up to three capitalised words of the same name or list, then the lower-case run and what follows it.
const AFTER = /^(?:['\u2019]s?)?((?:(?:[ \t]|,[ \t]|[ \t](?:and|or|&)[ \t])(?:St\.|[A-Z][A-Za-z]*)){0,3})((?:[ \t][a-z][a-z-]*){1,3})(?![A-Za-z-])/;

/** Whether a span (NAME, LOCATION, or a DATE of letters) is the name of a term whose head follows it (module header). */
export function termHeadName(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION' && s.type !== 'DATE') return false;
  // Pre-check (speed): a blank and a lower-case letter within the 64 characters after the span.
  const after = text.slice(s.end, s.end + 64);
  if (!/[ \t][a-z]/.test(after)) return false;
  if (!SPAN.test(text.slice(s.start, s.end))) return false;
  const m = AFTER.exec(after);
  if (!m) return false;
  const ws = (m[2] ?? '').trim().split(/[ \t]+/);
  // The head is the first head noun of the run; the words before it are its modifiers.
  const k = ws.findIndex((w) => HEAD.test(w));
  if (k < 0) return false;
  const mods = ws.slice(0, k);
  if (mods.length && !(m[1] ?? '') && VERB_FORM.test(mods[0] ?? '')) return false;
  if (!mods.every((w) => !CLAUSE.test(w) && w.split('-').every((p) => lex.common.has(p) || lex.clinical.has(p) || lex.medical.has(p)))) return false;
  // A value right after the head makes it a finding ("Ross fever 38.5").
  return k < ws.length - 1 || !/^[ \t]*\d/.test(after.slice(m[0].length));
}
