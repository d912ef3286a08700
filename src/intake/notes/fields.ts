/**
 * Fields of a written list ("Smoking: no, cough: yes", "Fever - no; Rash - yes", a review-of-systems
 * checklist): a label, a separator (a colon or a spaced dash) and its answer. A negation answering one
 * field is about that field only, so the context engine asks which field each token belongs to: a field
 * begins at the first word of each label, and a cue does not reach a target in another field. Computed per
 * sentence, and only for sentences that hold a cue, so the cost stays linear and small.
 */
import { TOKEN_WORD, type Tokens } from './tokenize.js';

/** Words longer than this before a separator are prose, not a label ("she then developed a cough: ..."). */
const MAX_LABEL_WORDS = 4;

/**
 * Answers that close a field: a label run stops at them ("Smoking: no cough: yes" has the label "cough").
 * Checked against a word's normal form, which strips a final s: "denies" is "deny".
 */
const ANSWERS = new Set(['no', 'yes', 'none', 'nil', 'negative', 'neg', 'positive', 'pos', 'present', 'absent', 'deny', 'denied', 'never', 'normal', 'abnormal']);

/** Marks that may stand before a label. */
const LIST_MARKS = new Set([',', ';', '.', '(', ':']);

/** Dashes that tokenise as words (en and em dash): separators like a spaced hyphen. */
function isDashWord(form: string): boolean {
  return form === '\u2013' || form === '\u2014';
}

/** Is token `c` a colon between two parts of one number ("10:30", "1:40"), not a separator? */
function isNumberColon(tokens: Tokens, c: number, first: number, end: number): boolean {
  if (c <= first || c + 1 >= end) return false;
  const before = tokens.norm[c - 1] as string;
  const after = tokens.norm[c + 1] as string;
  return tokens.end[c - 1] === tokens.start[c] && tokens.start[c + 1] === tokens.end[c] && /^\d/.test(before) && /^\d/.test(after);
}

/**
 * Is there a spaced hyphen between token `i - 1` and token `i` ("Fever - no")? Hyphens are not tokens (they
 * join words: "coffee-ground"), so the gap text is read: a hyphen with a space on at least one side.
 */
export function dashGapBefore(tokens: Tokens, i: number): boolean {
  if (i <= 0) return false;
  const from = tokens.end[i - 1] as number;
  const to = tokens.start[i] as number;
  if (to - from < 2) return false;
  let hyphen = false;
  let space = false;
  for (let k = from; k < to; k++) {
    const c = tokens.text.charCodeAt(k);
    if (c === 45) hyphen = true;
    else if (c === 32 || c === 9) space = true;
    else return false;
  }
  return hyphen && space;
}

/**
 * Does token `i` answer a field after a dash ("Fever - no", "Rash – yes")? The answer is read as if it
 * followed a colon, so "- no" is the colon cue ": no". A dash opens a field only before an answer word: a
 * dash in prose ("no fever, chills - since Monday") separates no fields.
 */
export function dashAnswerAt(tokens: Tokens, i: number, first: number): boolean {
  // Cheap rejections first: this runs for every token of a sentence with a concept in it.
  if (i <= first || ((tokens.start[i] as number) - (tokens.end[i - 1] as number) < 2 && tokens.kind[i - 1] === TOKEN_WORD && !isDashWord(tokens.norm[i - 1] as string))) return false;
  if (!ANSWERS.has(tokens.norm[i] as string)) return false;
  if (isDashWord(tokens.norm[i - 1] as string)) return i - 1 > first && tokens.kind[i - 2] === TOKEN_WORD;
  return tokens.kind[i - 1] === TOKEN_WORD && dashGapBefore(tokens, i);
}

/** First word of the label whose last word is token `last`, or -1 when the words before it are not a label. */
function labelStart(tokens: Tokens, last: number, first: number): number {
  let k = last;
  let words = 0;
  while (k >= first) {
    const form = tokens.norm[k] as string;
    if (tokens.kind[k] === TOKEN_WORD) {
      if (isDashWord(form)) break;
      // An answer closes the field before the label only when it answers one (after a colon or a dash):
      // "No history of: fever" is a heading whose "No" reaches the list, not an answer and a label.
      if (ANSWERS.has(form) && words > 0) return answersField(tokens, k, first) ? labelAfter(tokens, k, last) : -1;
      if (++words > MAX_LABEL_WORDS) return -1;
    } else if (form !== '/') break;
    k--;
  }
  // A label follows the sentence start, an answer or a list separator, not prose.
  if (k >= first && tokens.kind[k] !== TOKEN_WORD && !LIST_MARKS.has(tokens.norm[k] as string)) return -1;
  return words > 0 ? labelAfter(tokens, k, last) : -1;
}

/** First word after token `k` (the label's first word), at most `last`. */
function labelAfter(tokens: Tokens, k: number, last: number): number {
  let start = k + 1;
  while (start < last && tokens.kind[start] !== TOKEN_WORD) start++;
  return start;
}

/** Does the answer word at token `k` answer a field, i.e. follow a colon or a spaced dash ("Smoking: no")? */
function answersField(tokens: Tokens, k: number, first: number): boolean {
  if (k <= first) return false;
  return tokens.norm[k - 1] === ':' || dashAnswerAt(tokens, k, first);
}

/**
 * Field number of each token of the sentence [first, end), as an array indexed from `first`: the count of
 * label starts at or before the token. Two tokens with the same number are in one field.
 */
export function fieldNumbers(tokens: Tokens, first: number, end: number): Int32Array {
  // Label starts are marked 1 in `out` itself, then summed in place (no second array).
  const out = new Int32Array(end - first);
  let any = false;
  for (let i = first + 1; i < end; i++) {
    const form = tokens.norm[i] as string;
    let last = -1;
    if (form === ':') {
      if (isNumberColon(tokens, i, first, end)) continue;
      last = i - 1;
    } else if (dashAnswerAt(tokens, i, first)) last = isDashWord(tokens.norm[i - 1] as string) ? i - 2 : i - 1;
    if (last < first) continue;
    const s = labelStart(tokens, last, first);
    if (s > first) {
      out[s - first] = 1;
      any = true;
    }
  }
  if (!any) return out;
  for (let i = 1; i < out.length; i++) out[i] = (out[i] as number) + (out[i - 1] as number);
  return out;
}
