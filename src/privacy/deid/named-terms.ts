/**
 * Clinical terms named after a person or a place, read whole from the vocabularies (issue 14, twenty-ninth session):
 * a capitalised run that stands inside a whole Disease Ontology, Mondo, ICD-10-CM or HPO label written in the text
 * ("Rocky Mountain spotted fever", "Murray Valley encephalitis", "tetralogy of Fallot", "Ludwig angina") is part of
 * the term's name, not a person or a place anyone lives in. The labels are `lexicons/named-terms.txt` (built into
 * `data.ts` by `lexicons/import-named-terms.ts`): only labels with a lower-case head word, so a label's proper words
 * alone ("Ross River") are not read as the term. A title right before the term keeps its person.
 */
import { NAMED_TERMS } from './lexicons/data.js';
import { TITLE_BEFORE } from './titles.js';
import type { PhiSpan } from './types.js';

/** One word of a text as the labels are keyed: its key and where it stands. */
interface TermToken {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** One label, and which of its words the index entry is for. */
interface TermEntry {
  readonly keys: readonly string[];
  readonly at: number;
}

// A word with its possessive ("Bell's", "Fuchs'"); the possessive is no part of the key.
const WORD = /[A-Za-z0-9]+(?:['\u2019]s?)?/g;
// Between two words of one label: spaces, a hyphen, or nothing after a word's apostrophe ("O'Brien").
const JOIN = /^(?:[ \t]{1,2}|[ \t]?[-\u2010\u2011][ \t]?|)$/;
// An abbreviation's full stop joins too ("St. Louis encephalitis"); after a longer word it ends a sentence.
const ABBREVIATION_JOIN = /^\.[ \t]{1,2}$/;

/**
 * A word's key: lower case, its possessive dropped, British spellings folded to the vocabularies' American ones
 * (haem/hem, oedema/edema, tumour/tumor), so a British letter meets the US labels.
 */
function keyOf(word: string): string {
  return word.toLowerCase().replace(/['\u2019]s?$/, '').replace(/ae/g, 'e').replace(/oe/g, 'e').replace(/our$/, 'or');
}

/** The keys of a label's words, as `named-terms.txt` stores them (the import writes them joined by "_"). */
export function termKeys(label: string): string[] {
  return [...label.matchAll(WORD)].map((m) => keyOf(m[0]));
}

let index: Map<string, TermEntry[]> | undefined;
/** Every label under each of its words' keys, built on first use. */
function termIndex(): Map<string, TermEntry[]> {
  if (index) return index;
  index = new Map();
  for (const label of NAMED_TERMS.split(' ')) {
    if (!label) continue;
    const keys = label.split('_');
    keys.forEach((k, at) => {
      const list = index?.get(k);
      if (list) list.push({ keys, at });
      else index?.set(k, [{ keys, at }]);
    });
  }
  return index;
}

/** The words of `text` between `lo` and `hi`, less a word the window's edge cuts. */
function termTokens(text: string, lo: number, hi: number): TermToken[] {
  const out: TermToken[] = [];
  const re = new RegExp(WORD.source, 'g');
  const piece = text.slice(lo, hi);
  for (let m = re.exec(piece); m; m = re.exec(piece)) out.push({ key: keyOf(m[0]), start: lo + m.index, end: lo + m.index + m[0].length });
  const cut = (i: number): boolean => i > 0 && i < text.length && /[A-Za-z0-9]/.test(text[i - 1] ?? '') && /[A-Za-z0-9]/.test(text[i] ?? '');
  if (out.length && cut(lo) && out[0]?.start === lo) out.shift();
  if (out.length && cut(hi) && out[out.length - 1]?.end === hi) out.pop();
  return out;
}

/** Whether the label's words stand at `from` in `tokens`, joined as one term's words (the last one may be plural). */
function labelAt(keys: readonly string[], tokens: readonly TermToken[], from: number, text: string): boolean {
  for (let j = 0; j < keys.length; j++) {
    const t = tokens[from + j];
    const k = keys[j] ?? '';
    if (!t) return false;
    if (t.key !== k && !(j === keys.length - 1 && (t.key === `${k}s` || t.key === `${k}es`))) return false;
    const prev = j > 0 ? tokens[from + j - 1] : undefined;
    const gap = prev ? text.slice(prev.end, t.start) : '';
    if (prev && !JOIN.test(gap) && !(ABBREVIATION_JOIN.test(gap) && prev.end - prev.start <= 2)) return false;
  }
  return true;
}

/**
 * Whether a NAME or LOCATION span lies inside a whole vocabulary label with a proper name written in the text
 * ("[Rocky] Mountain spotted fever", "[Murray Valley] encephalitis"), with no title before the term.
 */
export function inNamedTerm(s: PhiSpan, text: string): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION') return false;
  const tokens = termTokens(text, Math.max(0, s.start - 80), Math.min(text.length, s.end + 80));
  const first = tokens.findIndex((t) => t.end > s.start);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? Infinity) < s.end) last++;
  const head = tokens[first];
  if (!head || head.start >= s.end) return false;
  for (const e of termIndex().get(head.key) ?? []) {
    const from = first - e.at;
    if (from < 0 || from + e.keys.length - 1 < last || !labelAt(e.keys, tokens, from, text)) continue;
    const start = tokens[from]?.start ?? 0;
    if (!TITLE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
  }
  return false;
}
