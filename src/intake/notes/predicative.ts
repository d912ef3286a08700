/**
 * A finding written as a statement about a body part: "her legs are swollen", "his urine is dark", "the
 * stools have become black", "her vision is blurry", "the knee is swollen and warm", "her skin appears
 * yellow". English puts the adjective after a linking verb as often as before the noun; the lexicon holds
 * the attributive forms ("swollen legs", "dark urine", "black stools", "blurry vision", "yellow skin"), so
 * the rule rewrites subject + linking verb + adjective into "adjective subject" (and, for complaint
 * adjectives, "subject complaint": "knee swelling") and looks each up in the model's own lexicon (no
 * finding ids in code). A pair the lexicon does not know is not read by this rule; a negated predicate
 * ("is not swollen") is left to the plain words.
 */
import { FormBits } from './form-ids.js';
import type { LexiconEntry } from './lexicon.js';
import type { Tokens } from './tokenize.js';
import type { TokenTrie } from './trie.js';

/** Linking verbs (normalised forms: "appears" -> "appear", "looks" -> "look"). */
const LINKING = new Set(['is', 'are', 'was', 'were', 'been', 'become', 'became', 'appear', 'appeared', 'look', 'looked', 'seem', 'seemed', 'turned', 'feel', 'felt', 'remain', 'remained']);
/** `LINKING` read per token by form id: every subject candidate asks it once or twice (about 1.5% of reading a note, profiled). */
const LINKING_BITS = FormBits.of(LINKING);
/** Words between the linking verb and the adjective that do not change what is stated. */
const ADVERBS = new Set(['very', 'slightly', 'mildly', 'markedly', 'moderately', 'severely', 'also', 'now', 'still', 'more', 'increasingly', 'visibly', 'noticeably', 'somewhat', 'quite', 'extremely', 'diffusely', 'bilaterally', 'often', 'sometimes', 'intermittently', 'persistently', 'progressively', 'gradually', 'both', 'always', 'constantly', 'frequently']);
/** Negation inside the predicate: the rule does not read it (the plain words and their context do). */
const NEGATIONS = new Set(['not', 'no', 'never', 'neither', 'nor', 'without']);
/** Words that join adjectives. */
const JOIN = new Set(['and', 'or', ',']);
/** Determiners and possessives: never a subject word. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'your', 'our', 'this', 'that', 'these', 'those', 'patient', 'she', 'he', 'it', 'they', 'which', 'who']);
/** Complaint adjectives with the noun the lexicon writes after a site ("knee swelling"). */
const COMPLAINT = new Map([['painful', 'pain'], ['sore', 'pain'], ['swollen', 'swelling'], ['weak', 'weakness'], ['tender', 'tenderness'], ['numb', 'numbness'], ['stiff', 'stiffness'], ['itchy', 'itching']]);

/** Is the word at i a linking verb (one array read by form id; "has been" counts by its "been")? */
function linkingAt(tokens: Tokens, i: number, limit: number): boolean {
  return i < limit && LINKING_BITS.at(tokens, i) !== 0;
}

/**
 * Can a subject start at token i? Its one or two words are followed by a linking verb ("legs are",
 * "left knee is", "stools have become"). Cheap: two Set lookups (a third only after a linking verb).
 */
export function isPredicativeStart(tokens: Tokens, i: number, limit: number): boolean {
  // A verb two words on covers both a two-word subject ("left knee is") and "has/have been". The verbs are
  // looked up first: most words have none after them, and then the determiner lookup is not needed.
  return (linkingAt(tokens, i + 1, limit) || linkingAt(tokens, i + 2, limit)) && !DETERMINERS.has(tokens.norm[i] as string);
}

/** The whole phrase `forms` as one lexicon term, or undefined. */
function whole(trie: TokenTrie<LexiconEntry>, forms: readonly string[]): readonly LexiconEntry[] | undefined {
  const m = trie.longestAt(forms, 0, forms.length);
  return m && m.end === forms.length ? m.values : undefined;
}

/** The lexicon's entries for one adjective said of one subject ("swollen leg", "leg swelling", "swelling of leg"). */
function lookup(trie: TokenTrie<LexiconEntry>, subject: readonly string[], adj: string): readonly LexiconEntry[] | undefined {
  const noun = COMPLAINT.get(adj);
  const tries = [[adj, ...subject], ...(noun ? [[...subject, noun], [noun, 'in', ...subject], [noun, 'of', ...subject]] : [])];
  for (const forms of tries) {
    const v = whole(trie, forms);
    if (v) return v;
  }
  return undefined;
}

/** Where the subject's linking verb is, after one or two subject words (and "has"/"have" before "been"). */
function verbAfter(tokens: Tokens, i: number, limit: number, mask: Uint8Array): { subjectEnd: number; verb: number } | undefined {
  for (let subjectEnd = i + 1; subjectEnd <= i + 2 && subjectEnd < limit; subjectEnd++) {
    if (mask[subjectEnd - 1] !== 0) return undefined;
    let v = subjectEnd;
    const w = tokens.norm[v] as string;
    if ((w === 'has' || w === 'have') && linkingAt(tokens, v + 1, limit)) v++;
    if (linkingAt(tokens, v, limit)) return { subjectEnd, verb: v };
  }
  return undefined;
}

/**
 * A predicative finding with its subject at token i: the span from the subject to the last adjective read,
 * and the lexicon entries of every subject-adjective pair the lexicon knows; undefined when it knows none.
 */
export function predicativeAt(trie: TokenTrie<LexiconEntry>, tokens: Tokens, i: number, limit: number, mask: Uint8Array): { end: number; values: LexiconEntry[] } | undefined {
  const at = verbAfter(tokens, i, limit, mask);
  if (!at) return undefined;
  const words: string[] = [];
  for (let k = i; k < at.subjectEnd; k++) words.push(tokens.norm[k] as string);
  // "left knee": try the two words, then the last (the head noun).
  const subjects = words.length > 1 ? [words, words.slice(-1)] : [words];
  const values: LexiconEntry[] = [];
  let end = -1;
  let k = at.verb + 1;
  for (let adjectives = 0; adjectives < 4 && k < limit; adjectives++) {
    while (k < limit && ADVERBS.has(tokens.norm[k] as string) && mask[k] === 0) k++;
    if (k >= limit || mask[k] !== 0 || NEGATIONS.has(tokens.norm[k] as string)) break;
    const adj = tokens.norm[k] as string;
    let found: readonly LexiconEntry[] | undefined;
    for (const s of subjects) if ((found = lookup(trie, s, adj))) break;
    if (found) {
      for (const e of found) if (!values.some((x) => x.findingId === e.findingId && x.valueId === e.valueId)) values.push(e);
      end = k + 1;
    }
    // An adjective the lexicon does not know with this subject is passed over when joined to the next
    // ("swollen, warm and tender"), so the run goes on.
    k++;
    if (k < limit && JOIN.has(tokens.norm[k] as string)) {
      k++;
      if (k < limit && JOIN.has(tokens.norm[k] as string)) k++;
    } else break;
  }
  return values.length > 0 && end > 0 ? { end, values } : undefined;
}
