/**
 * Polycystic ovarian morphology written as the ultrasound's numbers, read as the model's "polycystic ovaries" (an
 * imaging term of `us-pelvic-mass`). Reports give the follicle count and the ovarian volume ("TVUS: 26 follicles R
 * ovary, volume 13 mL", "more than 20 follicles in each ovary"), while the model names only the verdict; the numbers
 * read nothing. The thresholds are the 2023 International Evidence-based Guideline for the Assessment and Management
 * of Polycystic Ovary Syndrome (Teede HJ et al., Fertil Steril 2023;120:767-93; J Clin Endocrinol Metab
 * 2023;108:2447-69), recommendation 1.5: on transvaginal ultrasound a follicle number per ovary of 20 or more in
 * either ovary, or an ovarian volume of 10 mL or more in either ovary, with no corpus luteum, cyst or dominant
 * follicle present.
 * - A count written before "follicles" whose nearest anatomy word in its clause is the ovary, 20 or more ("more than
 *   20" too), is the finding; a smaller count, or an upper bound ("fewer than 20"), reads nothing.
 * - A volume in mL (or cc) whose nearest anatomy word in its clause is the ovary, 10 mL or more, is the finding,
 *   unless its sentence names a cyst, a dominant follicle or a corpus luteum (the guideline leaves those out: a
 *   cyst's ovary is large for another reason).
 * The term is placed over the count or the volume, so their context holds (history, negation, another person).
 */
import type { Target } from './context.js';
import { insertDerivedTarget } from './derived-target.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import { nearestInClause } from './organ-lesions.js';
import { formSet, phraseForms, type Tokens } from './tokenize.js';

/** The model's term for polycystic ovarian morphology on imaging (a synonym of `us-pelvic-mass`). */
const TERM = phraseForms('polycystic ovaries');
/** Guideline 2023: follicle number per ovary of 20 or more. */
export const FOLLICLES_PER_OVARY = 20;
/** Guideline 2023: ovarian volume of 10 mL or more. */
export const OVARIAN_VOLUME_ML = 10;
const FOLLICLE = formSet(['follicle', 'follicles']);
const OVARY = formSet(['ovary', 'ovaries', 'ovarian']);
/** Other organs of a pelvic scan: nearer than the ovary, they own the number. */
const OTHER_ORGANS = formSet(['uterus', 'uterine', 'endometrium', 'endometrial', 'bladder', 'kidney', 'kidneys', 'thyroid', 'prostate', 'cyst', 'cysts']);
/** Words that leave an ovary's volume out (the guideline's exclusions). */
const EXCLUDES_VOLUME = formSet(['cyst', 'cysts', 'cystic', 'dominant', 'luteum', 'lutea', 'dermoid', 'endometrioma', 'mass']);
/** Words before a count that make it an upper bound, which cannot show the threshold. */
const UPPER_BOUND = formSet(['<', 'less', 'fewer', 'under', 'up', 'below', 'max', 'maximum']);
/** Words before a count that make it a lower bound ("more than 20", ">20"). */
const LOWER_BOUND = formSet(['>', 'more', 'over', 'above', 'greater']);
const VOLUME_UNIT = new Set(['ml', 'cc']);
/** Tokens searched on each side of a number for its anatomy word. */
const REACH = 8;
/** A note without these letters writes no ovary (a cheap test before the token scan). */
const ANY = /ovar/i;
const NUMBER = /^\d+(?:\.\d+)?$/;

/** Is the nearest anatomy word of tokens [first, end) in its clause the ovary? */
function ovaryOwns(tokens: Tokens, first: number, end: number): boolean {
  const near = nearestInClause(tokens, first, end, REACH, (w) => OVARY.has(w) || OTHER_ORGANS.has(w), false);
  return near !== undefined && OVARY.has(tokens.norm[near] as string);
}

/** Does the count at token `at` show 20 follicles or more (its bound words before it: "more than 20")? */
function countReaches(tokens: Tokens, at: number): boolean {
  const n = Number(tokens.norm[at]);
  const before = [tokens.norm[at - 1] ?? '', tokens.norm[at - 2] ?? ''];
  if (before.some((w) => UPPER_BOUND.has(w))) return false;
  const lower = before.some((w) => LOWER_BOUND.has(w));
  return Number.isInteger(n) && (n >= FOLLICLES_PER_OVARY || (lower && n >= FOLLICLES_PER_OVARY - 1));
}

/** The volume in mL written at token `at` ("13 mL", "12ml"), with the tokens it takes. */
function volumeAt(tokens: Tokens, at: number): { ml: number; end: number } | undefined {
  const w = tokens.norm[at] as string;
  const joined = /^(\d+(?:\.\d+)?)(ml|cc)$/.exec(w);
  if (joined) return { ml: Number(joined[1]), end: at + 1 };
  if (NUMBER.test(w) && VOLUME_UNIT.has(tokens.norm[at + 1] as string)) return { ml: Number(w), end: at + 2 };
  return undefined;
}

/** Does the sentence of token `at` name something the guideline leaves out of the ovarian volume? */
function volumeExcluded(tokens: Tokens, at: number): boolean {
  const s = tokens.sentence[at] as number;
  for (let i = tokens.sentStart[s] as number; i < (tokens.sentStart[s + 1] as number); i++) if (EXCLUDES_VOLUME.has(tokens.norm[i] as string)) return true;
  return false;
}

/** The token span of one polycystic-morphology number starting at token `i`, if it is one (see the header). */
function morphologyAt(tokens: Tokens, i: number): Target | undefined {
  const w = tokens.norm[i] as string;
  if (NUMBER.test(w) && FOLLICLE.has(tokens.norm[i + 1] as string)) {
    return countReaches(tokens, i) && ovaryOwns(tokens, i, i + 2) ? { first: i, end: i + 2 } : undefined;
  }
  const v = volumeAt(tokens, i);
  if (!v || v.ml < OVARIAN_VOLUME_ML || !ovaryOwns(tokens, i, v.end) || volumeExcluded(tokens, i)) return undefined;
  return { first: i, end: v.end };
}

/** Polycystic ovarian morphology by its follicle count or ovarian volume (see the header), entered as the model's term. */
export function addOvarianMorphology(tokens: Tokens, lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[]): void {
  if (!ANY.test(tokens.text)) return;
  for (let i = 0; i < tokens.count; i++) {
    const span = morphologyAt(tokens, i);
    if (span) insertDerivedTarget(TERM, span, lexicon, targets, entries);
  }
}
