/**
 * Integer ids of normal forms, so a note's hot readers look a token's form up once. Every form a token trie
 * starts a phrase with, or a per-word table holds, is given an id when the trie or table is built
 * (`formId`); `tokenize` gives each token its form's id (`knownFormId`, -1 for a form no table holds, kept for
 * repeated words by `form-memo.ts`) in `Tokens.ids`. Per-word bits (`FormBits`) and a trie's first step (`TokenTrie.longestIn`) are
 * then array reads by id instead of probes of large string-keyed maps (the top lines of a value-dense note's
 * profile). Ids only make lookups faster, never change them: a reader holding tokens made before a table
 * gained a form (`formsKnown`) takes the string path.
 */

const IDS = new Map<string, number>();

/** The id of `form`, given one now if it has none. For building tables, not for reading notes. */
export function formId(form: string): number {
  let id = IDS.get(form);
  if (id === undefined) {
    id = IDS.size;
    IDS.set(form, id);
  }
  return id;
}

/** The id of `form`, or -1 when no table holds it. */
export function knownFormId(form: string): number {
  return IDS.get(form) ?? -1;
}

/** How many forms have ids: every id is below it, and a form without an id at this count was in no table. */
export function formsKnown(): number {
  return IDS.size;
}

/** What id lookups need of a note's tokens (`Tokens` has it). */
export interface FormTokens {
  /** Normalised form of token i. */
  readonly norm: readonly string[];
  /** `knownFormId` of token i's form when the tokens were made. */
  readonly ids: Int32Array;
  /** `formsKnown()` when the tokens were made. */
  readonly formsKnown: number;
}

/** Small bit sets per form (a word table), read per token by id. */
export class FormBits {
  private readonly byId: Uint8Array;

  /** `bits` maps a form to its bits (1-255). */
  constructor(private readonly bits: ReadonlyMap<string, number>) {
    let top = -1;
    for (const form of bits.keys()) top = Math.max(top, formId(form));
    this.byId = new Uint8Array(top + 1);
    for (const [form, b] of bits) this.byId[formId(form)] = b;
  }

  /** A word set as one bit per form: `FormBits.of(set).at(tokens, i) !== 0` iff `set.has(tokens.norm[i])`, without the string probe. */
  static of(forms: Iterable<string>): FormBits {
    return new FormBits(new Map([...forms].map((form): [string, number] => [form, 1])));
  }

  /** The bits of token `i`'s form (0 for none). */
  at(tokens: FormTokens, i: number): number {
    const ids = this.byId;
    // Tokens made before this table gave its forms ids may carry -1 for one of them: read the map then.
    if (ids.length > tokens.formsKnown) return this.bits.get(tokens.norm[i] as string) ?? 0;
    const id = tokens.ids[i] as number;
    return id >= 0 && id < ids.length ? (ids[id] as number) : 0;
  }
}
