/**
 * A bounded memo of word normal forms, keyed by a word's characters in the text (ASCII, letters folded to lower
 * case). The tokenizer hashes a word's char codes while it scans it (`foldHashStep`) and asks the memo before it
 * slices and normalises: a hit returns the form string met before, so a note's repeated and common words cost no
 * new strings, and the form, an older string whose hash V8 has already cached, is cheaper to probe the lexicon's
 * large maps with. The memo only remembers a pure function's results: a slot is reused only after a char-by-char
 * comparison, so output never depends on it. Fixed size, direct-mapped (a new word replaces the slot's old one).
 */

/** FNV-1a prime; the basis starts each word's hash. */
const PRIME = 16777619;
export const FOLD_HASH_BASIS = -2128831035; // 2166136261 as int32

/** The hash after one more char code, folded to lower case (`| 32`: A-Z to a-z; digits and "'" keep their code). */
export function foldHashStep(h: number, c: number): number {
  return Math.imul(h ^ (c | 32), PRIME);
}

const SLOTS = 4096;

export class FormMemo {
  private readonly hashes = new Int32Array(SLOTS);
  /** The lower-case word of each slot ('' while empty: no word is empty). */
  private readonly words: string[] = new Array<string>(SLOTS).fill('');
  private readonly forms: string[] = new Array<string>(SLOTS).fill('');

  /** `normalize` maps a lower-case ASCII word to its normal form. */
  constructor(private readonly normalize: (lower: string) => string) {}

  /**
   * The normal form of the word `text[i, j)`, all ASCII word characters or "'" (an "'" never before A-Z), whose
   * `foldHashStep` hash from `FOLD_HASH_BASIS` is `hash`.
   */
  formOf(text: string, i: number, j: number, hash: number): string {
    const slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    const word = this.words[slot] as string;
    if (this.hashes[slot] === hash && word.length === j - i && sameFolded(text, i, word)) return this.forms[slot] as string;
    const lower = text.slice(i, j).toLowerCase();
    const form = this.normalize(lower);
    this.hashes[slot] = hash;
    this.words[slot] = lower;
    this.forms[slot] = form;
    return form;
  }
}

/** Is `text` from `i` the lower-case `word` up to ASCII case? (Only A-Z differ from their key by bit 5 among word chars.) */
function sameFolded(text: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
