/**
 * A finding that a reading rule derives from numbers (an arm-to-arm pressure difference, a
 * creatinine rise against its baseline) enters the note's concept targets as if its model term had
 * been written over the numbers' span, but only where no concept the note names already overlaps.
 */
import type { Target } from './context.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import type { Reading } from './quantities.js';
import { tokenAfter, type Tokens } from './tokenize.js';

/**
 * Insert the model term `forms` (phrase forms of its label) as a target over `span`, keeping the
 * targets in order and never overlapping. Nothing happens when the model lacks the term or a
 * target overlaps the span. `entries` runs parallel to `targets`.
 */
export function insertDerivedTarget(forms: readonly string[], span: Target, lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[]): void {
  const m = lexicon.trie.longestAt(forms, 0, forms.length);
  if (!m || m.end !== forms.length) return;
  insertTargetEntries(span, m.values, targets, entries);
}

/** Insert a target over `span` with its lexicon entries `values`, in order; nothing where a target overlaps the span. */
export function insertTargetEntries(span: Target, values: readonly LexiconEntry[], targets: Target[], entries: (readonly LexiconEntry[])[]): void {
  let k = targets.length;
  while (k > 0 && (targets[k - 1] as Target).first > span.first) k--;
  if ((k > 0 && (targets[k - 1] as Target).end > span.first) || (k < targets.length && (targets[k] as Target).first < span.end)) return;
  targets.splice(k, 0, { first: span.first, end: span.end });
  entries.splice(k, 0, values);
}

/** Longest clause of an earlier value read after its number, in tokens ("three months ago", "last week"). */
const MAX_CLAUSE = 6;

/**
 * End of the clause of an earlier value (a baseline, a previous weight) from token `from`: its closing
 * bracket, or the next comma, semicolon or sentence end. A derived target over the whole clause keeps a
 * time cue inside it ("three months ago") from dating the current value: cues inside a target are not read.
 */
export function clauseEnd(tokens: Tokens, from: number, bracket: boolean): number {
  const s = tokens.sentence[from - 1] as number;
  const limit = Math.min(tokens.count, tokens.sentStart[s + 1] as number, from + MAX_CLAUSE + 1);
  for (let i = from; i < limit; i++) {
    const t = tokens.norm[i] as string;
    if (bracket && t === ')') return i + 1;
    if (t === ',' || t === ';' || t === ')' || t === '(' || t === '.') return i;
  }
  return bracket ? from : limit;
}

/** How far after a reading an earlier value is looked for, in characters. */
const EARLIER_CHARS = 60;

/** An earlier value written right after a reading: the pattern's match and the target over its clause. */
export interface EarlierValue {
  /** `pattern` matched at the reading's end, on the next 60 characters. */
  readonly match: RegExpExecArray;
  /** From the token after the reading through the earlier value's clause (`clauseEnd`); none when the match ends inside the reading. */
  readonly span?: Target;
}

/**
 * An earlier value written after a reading, as a baseline ("creatinine 3.4 (baseline 1.0 in May)") or a
 * previous weight ("Weight 52 kg, down from 60 kg"): `pattern` (anchored with `^`) is matched on the text
 * right after the reading, and the span runs from the token after the reading through the earlier
 * value's clause, so a time cue of the earlier value dates neither it nor the reading.
 */
export function earlierAfter(tokens: Tokens, reading: Pick<Reading, 'span' | 'end'>, pattern: RegExp): EarlierValue | undefined {
  const match = pattern.exec(tokens.text.slice(reading.span.end, reading.span.end + EARLIER_CHARS));
  if (!match) return undefined;
  const end = tokenAfter(tokens, reading.end, tokens.count, reading.span.end + match[0].length);
  return end > reading.end ? { match, span: { first: reading.end, end: clauseEnd(tokens, end, match[0].includes('(')) } } : { match };
}
