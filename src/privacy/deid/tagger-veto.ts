/**
 * The learned tagger's vocabulary veto (issue 14): the tagger never tags a word made of disease, finding, organism or
 * drug names of a general vocabulary ("Chagas", "Ebola", "Croup", "Boerhaave" in a differential list), unless a person
 * or place cue stands beside it ("Dr Croup", "Ebola Road"). The vocabulary is the built-in lists' own: the clinical and
 * medicine words (clinical-words.txt, medicines.txt), the eponyms and place-named diseases no name list holds
 * (clinical.txt and eponyms.txt through `Lexicon.clinical`), and the one-word condition names (conditions.txt). Pure.
 */
import type { Lexicon } from './lexicon.js';
import { CONDITIONS } from './lexicons/data.js';
import { TITLE_WORD } from './titles.js';

/** A word with its offsets (tagger.ts `TagToken`, restated here so the two modules do not import each other). */
interface Token {
  readonly s: number;
  readonly e: number;
  readonly word: string;
}

let conditions: ReadonlySet<string> | undefined;

/** Whether one lower-case word is in the vocabulary: a clinical word a name list holds (Miller, Bell) stays a possible name. */
function inVocabulary(l: string, lex: Lexicon): boolean {
  conditions ??= new Set(CONDITIONS.split(' '));
  return lex.medical.has(l) || conditions.has(l) || (lex.clinical.has(l) && !lex.firstNames.has(l) && !lex.surnames.has(l));
}

/** Whether a word (a hyphenated one by all its parts: Guillain-Barre) is a disease, finding, organism or drug name. */
export function vocabularyWord(word: string, lex: Lexicon): boolean {
  let l = word.toLowerCase();
  if (l.endsWith("'s")) l = l.slice(0, -2);
  else if (l.endsWith("'")) l = l.slice(0, -1);
  if (inVocabulary(l, lex)) return true;
  return l.includes('-') && l.split('-').every((p) => p !== '' && inVocabulary(p, lex));
}

const PLACE_HEAD = /^(?:street|st|road|rd|avenue|ave|lane|ln|drive|close|crescent|terrace|way|boulevard|blvd|square|court|place|county|village|township|district|parish)$/i;
/** Only spaces between two words (a title may keep its full stop): a comma or a line break ends the cue. */
const SPACE_GAP = /^\.?[ \t]+$/;

/**
 * Whether a person or place cue stands right beside token k: a title or an initial before it, a given name of the
 * lists before it, a place head after it, or a name or place the rules found right before or after it (`ruleTags`,
 * tagger.ts `ruleTagsOf`: N name, L place).
 */
export function cueBeside(text: string, toks: readonly Token[], k: number, lex: Lexicon, ruleTags?: string): boolean {
  const t = toks[k] as Token;
  const prev = toks[k - 1];
  if (prev && SPACE_GAP.test(text.slice(prev.e, t.s))) {
    if (TITLE_WORD.test(prev.word) || /^[A-Z]$/.test(prev.word)) return true;
    if (/^[A-Z][a-z]/.test(prev.word) && lex.firstNames.has(prev.word.toLowerCase())) return true;
    if (ruleTags !== undefined && /[NL]/.test(ruleTags[k - 1] ?? '')) return true;
  }
  const next = toks[k + 1];
  if (next && /^[ \t]+$/.test(text.slice(t.e, next.s))) {
    if (/^[A-Z]/.test(next.word) && PLACE_HEAD.test(next.word)) return true;
    if (ruleTags !== undefined && /[NL]/.test(ruleTags[k + 1] ?? '')) return true;
  }
  return false;
}
