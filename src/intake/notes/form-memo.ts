/**
 * A bounded memo of word normal forms and their form ids (`form-ids.ts`), keyed by a word's characters in the
 * text (ASCII, letters folded to lower case). The tokenizer hashes a word's char codes while it scans it
 * (`foldHashStep`) and asks the memo before it slices and normalises: a hit gives the form string met before and
 * its id, so a note's repeated and common words cost no new string, no normalisation and no probe of the id
 * registry (whose cost is hashing each fresh string); punctuation marks' ids are kept by char code. The memo
 * only remembers pure results: a slot is reused only after a char-by-char comparison, and an id of -1 is looked
 * up again once the registry has grown, so output never depends on it. Fixed size, direct-mapped (a new word
 * replaces the slot's old one).
 */

import { formsKnown, knownFormId } from './form-ids.js';

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
  /** `knownFormId` of each slot's form, and `formsKnown()` when it was read. */
  private readonly ids = new Int32Array(SLOTS);
  private readonly idsKnown = new Int32Array(SLOTS);
  /** The same for one-character ASCII marks by code (-1: not read yet). */
  private readonly markIds = new Int32Array(128).fill(-1);
  private readonly markIdsKnown = new Int32Array(128).fill(-1);

  /** `normalize` maps a lower-case ASCII word to its normal form. */
  constructor(private readonly normalize: (lower: string) => string) {}

  /**
   * The slot holding the word `text[i, j)` (filled now if it held another): all ASCII word characters or "'" (an
   * "'" never before A-Z), whose `foldHashStep` hash from `FOLD_HASH_BASIS` is `hash`. Read it by `formAt`, `idAt`.
   */
  slotOf(text: string, i: number, j: number, hash: number): number {
    const slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    const word = this.words[slot] as string;
    if (this.hashes[slot] === hash && word.length === j - i && sameFolded(text, i, word)) return slot;
    const lower = text.slice(i, j).toLowerCase();
    const form = this.normalize(lower);
    this.hashes[slot] = hash;
    this.words[slot] = lower;
    this.forms[slot] = form;
    this.ids[slot] = knownFormId(form);
    this.idsKnown[slot] = formsKnown();
    return slot;
  }

  /** The normal form of the word in `slot`. */
  formAt(slot: number): string {
    return this.forms[slot] as string;
  }

  /** `knownFormId` of the form in `slot`. */
  idAt(slot: number): number {
    return idIn(this.ids, this.idsKnown, slot, this.forms[slot] as string);
  }

  /** `knownFormId` of a one-character mark of ASCII code `c` (`mark` is its string), kept per code. */
  markId(c: number, mark: string): number {
    return c < 128 ? idIn(this.markIds, this.markIdsKnown, c, mark) : knownFormId(mark);
  }
}

/** The id kept at `ids[k]` for `form`, read again when it was -1 and the registry has grown since (`known[k]`). */
function idIn(ids: Int32Array, known: Int32Array, k: number, form: string): number {
  const id = ids[k] as number;
  if (id >= 0) return id;
  const now = formsKnown();
  if (known[k] === now) return -1;
  known[k] = now;
  return (ids[k] = knownFormId(form));
}

/** Is `text` from `i` the lower-case `word` up to ASCII case? (Only A-Z differ from their key by bit 5 among word chars.) */
function sameFolded(text: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
