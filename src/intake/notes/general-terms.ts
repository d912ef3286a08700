/**
 * A specific term also names the general finding it is a kind of: "systolic ejection murmur" (finding A) is a
 * "systolic murmur" (finding B). English noun phrases put their modifiers before the head noun, so B's term is a
 * kind-of part of A's when B's words stand in A's term in the same order and both end in the same head word, and
 * the words A adds are modifiers that keep the sense (not "absent", "loss", "family", ...). The reader then reads B
 * from A's wording too, marked as implied by A: the engine counts it only for conditions that list B but not A
 * (`Observation.unlessListed`); where one term names several general findings, each also skips the conditions
 * that list a more specific one of them, so no condition counts the one phrase twice. Only the findings' own terms (name
 * and synonyms) of symptoms and signs take part; B's term has two words or more (a lone head word such as "pain"
 * or "murmur" is too broad to stand for a finding of its own).
 */

/** Words that make a term a phrase with a preposition, a conjunction or a negation: no kind-of nesting there. */
const PHRASE_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'and', 'or', 'with', 'without', 'for', 'at', 'by', 'from', 'after', 'before', 'during', 'no', 'not', 'non', 'nor']);

/** Added words that change what the general term says (absence, decrease, another person, the past, a risk). */
const SENSE_WORDS = new Set(['absent', 'absence', 'lack', 'loss', 'lost', 'decreased', 'reduced', 'diminished', 'normal', 'negative', 'history', 'family', 'fear', 'risk', 'resolved', 'previous', 'prior', 'past', 'inability', 'difficulty', 'impaired', 'poor', 'pseudo', 'false']);

/** One own term (name or synonym) of a binary symptom or sign, with its reader forms. */
export interface OwnTerm {
  readonly findingId: string;
  readonly term: string;
  readonly forms: readonly string[];
}

/** A specific finding's term that also names a general finding. */
export interface GeneralReading {
  /** The specific finding's term (A), read for the general finding too. */
  readonly term: string;
  /** The general finding (B). */
  readonly findingId: string;
  /**
   * The findings already read from the same term: the specific finding (A) first, then the general findings of
   * longer terms (more specific) before this one. A condition listing any of them does not count this one.
   */
  readonly impliedBy: readonly string[];
}

/** Does `general` name the same head as `specific`, its words in `specific`'s order, the added words keeping the sense? */
export function namesGeneral(specific: readonly string[], general: readonly string[]): boolean {
  if (general.length < 2 || general.length >= specific.length) return false;
  if (general[general.length - 1] !== specific[specific.length - 1]) return false;
  let g = 0;
  for (const w of specific) {
    if (g < general.length && w === general[g]) g++;
    else if (SENSE_WORDS.has(w)) return false;
  }
  return g === general.length;
}

/** A term's forms, when every word is a plain word and none makes it a phrase. */
function plainWords(forms: readonly string[]): readonly string[] | undefined {
  if (forms.length < 2) return undefined;
  for (const w of forms) if (PHRASE_WORDS.has(w) || !/^[a-z][a-z]+$/.test(w)) return undefined;
  return forms;
}

/**
 * Every (specific term, general finding) pair of the model's own terms, in the terms' order; a finding is never
 * the general of itself.
 */
export function generalReadings(terms: readonly OwnTerm[]): GeneralReading[] {
  const byHead = new Map<string, { findingId: string; words: readonly string[] }[]>();
  const plain = terms.map((t) => plainWords(t.forms));
  terms.forEach((t, i) => {
    const words = plain[i];
    if (words === undefined) return;
    const head = words[words.length - 1]!;
    (byHead.get(head) ?? byHead.set(head, []).get(head)!).push({ findingId: t.findingId, words });
  });
  const out: GeneralReading[] = [];
  terms.forEach((t, i) => {
    const words = plain[i];
    if (words === undefined) return;
    const found = new Map<string, number>();
    for (const g of byHead.get(words[words.length - 1]!) ?? []) {
      if (g.findingId === t.findingId || !namesGeneral(words, g.words)) continue;
      found.set(g.findingId, Math.max(found.get(g.findingId) ?? 0, g.words.length));
    }
    // Most specific first (longest general term, then id), so each condition counts the phrase once.
    const order = [...found].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const before: string[] = [t.findingId];
    for (const [findingId] of order) {
      out.push({ term: t.term, findingId, impliedBy: before.slice() });
      before.push(findingId);
    }
  });
  return out;
}
