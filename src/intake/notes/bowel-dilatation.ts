/**
 * Bowel dilatation written in an imaging report, read as the model's bowel obstruction on imaging. Reports write the
 * bowel segment and its calibre apart ("AXR: massively dilated inverted U loop of large bowel", "colon dilated to the
 * splenic flexure", "no colonic dilatation", "caecum 11 cm"), while the model names them together ("dilated bowel
 * loops", "dilated small bowel"); the words apart read nothing.
 * - A dilatation word (dilated, dilatation, distended, …) whose nearest anatomy word in its clause is a bowel segment
 *   (bowel, loop, colon, caecum, sigmoid, jejunum, ileum, duodenum), in a clause that names an imaging study
 *   (`onStudy`), is the model's dilated bowel on imaging: its term is placed over the dilatation word, so the word's
 *   context holds ("no colonic dilatation" denies it). A nearer other organ ("dilated CBD", "distended bladder") or
 *   no bowel word ("abdomen distended") reads nothing.
 * - A segment's measured calibre above the plain-film "3-6-9 rule" (small bowel over 3 cm, colon over 6 cm, caecum
 *   over 9 cm: Gans SL, Stoker J, Boermeester MA, Plain abdominal radiography in acute abdominal pain; past, present,
 *   and future, Int J Gen Med 2012;5:525-33) is a dilated segment: "caecum 11 cm". A calibre within it says nothing
 *   (a normal caecum does not rule out small-bowel obstruction); a bare "bowel" or "loop" has no threshold.
 */
import type { Target } from './context.js';
import { insertDerivedTarget } from './derived-target.js';
import { FormBits } from './form-ids.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import { nearestInClause } from './organ-lesions.js';
import { onStudy } from './study-signs.js';
import { formSet, phraseForms, type Tokens } from './tokenize.js';

/** The model's term for dilated bowel on imaging (a synonym of `ct-abdomen-obstruction`). */
const TERM = phraseForms('dilated bowel loops');
/** Words (normalised) that say a hollow organ is wider than it should be. */
const DILATED = formSet(['dilated', 'dilatation', 'dilation', 'distended', 'distension', 'distention']);
/** Bowel segments (normalised) by the calibre threshold of the 3-6-9 rule, in cm; 0 for a segment with none. */
const SEGMENT_CM: ReadonlyMap<string, number> = new Map([
  ...['jejunum', 'jejunal', 'ileum', 'ileal', 'duodenum', 'duodenal'].map((w): [string, number] => [w, 3]),
  ...['colon', 'colonic', 'sigmoid'].map((w): [string, number] => [w, 6]),
  ...['caecum', 'caecal'].map((w): [string, number] => [w, 9]),
  ...['bowel', 'loop', 'loops'].map((w): [string, number] => [w, 0]),
].flatMap(([w, cm]) => phraseForms(w).map((f): [string, number] => [f, cm])));
/** Bit 1: a `DILATED` word; bit 2: a `SEGMENT_CM` word. Read per token by form id: the scan asks every token of a note. */
const WORD_BITS = new FormBits(new Map([...new Set([...DILATED, ...SEGMENT_CM.keys()])].map((w): [string, number] => [w, (DILATED.has(w) ? 1 : 0) | (SEGMENT_CM.has(w) ? 2 : 0)])));
/** Anatomy words (normalised) of other hollow organs and ducts: nearer than a bowel word, they own the dilatation. */
const OTHER_ORGANS = formSet(['duct', 'ducts', 'cbd', 'biliary', 'bladder', 'ureter', 'ureters', 'kidney', 'renal', 'calyx', 'calyces', 'pelvicalyceal',
  'aorta', 'aortic', 'artery', 'vein', 'ventricle', 'atrium', 'pupil', 'pupils', 'stomach', 'gastric', 'oesophagus', 'esophagus', 'uterus', 'abdomen']);
/** Tokens searched on each side of a dilatation word for its anatomy word. */
const REACH = 8;
/** Tokens after a segment word within which its calibre is written ("caecum 11 cm", "caecal diameter 12 cm"). */
const CALIBRE_REACH = 4;

/** The size of a bowel word's threshold when `small` ("small bowel") or `large` ("large bowel") stands before it. */
function threshold(tokens: Tokens, i: number): number {
  const cm = SEGMENT_CM.get(tokens.norm[i] as string) as number;
  if (cm > 0 || tokens.norm[i] !== 'bowel') return cm;
  const before = tokens.norm[i - 1];
  return before === 'small' ? 3 : before === 'large' ? 6 : 0;
}

/** Is the nearest anatomy word of the dilatation word at `at`, within its clause (a comma ends it both ways), a bowel segment? */
function bowelOwns(tokens: Tokens, at: number): boolean {
  const near = nearestInClause(tokens, at, at + 1, REACH, (w) => SEGMENT_CM.has(w) || OTHER_ORGANS.has(w), true);
  return near !== undefined && SEGMENT_CM.has(tokens.norm[near] as string);
}

/** The calibre in cm written right after the segment word at `at` ("11 cm", "110 mm"), if any. */
function calibreAfter(tokens: Tokens, at: number): { cm: number; first: number; end: number } | undefined {
  const limit = Math.min(tokens.count - 1, at + CALIBRE_REACH + 1);
  for (let i = at + 1; i < limit; i++) {
    const w = tokens.norm[i] as string;
    if (w === ',' || w === ';' || w === '(' || w === ')' || w === '.') return undefined;
    if (!/^\d+(?:\.\d+)?$/.test(w)) continue;
    const unit = tokens.norm[i + 1];
    if (unit !== 'cm' && unit !== 'mm') return undefined;
    return { cm: Number(w) / (unit === 'mm' ? 10 : 1), first: i, end: i + 2 };
  }
  return undefined;
}

/** Dilated bowel on imaging, by its words or its calibre (see the header), entered as the model's term. */
export function addBowelDilatation(tokens: Tokens, lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[]): void {
  // No test of the text's letters first: a note without a segment word has no token with bit 2, and a dilatation
  // word is read only beside one (`bowelOwns`), so the token scan (one array read per token by form id) reads
  // nothing there; it costs less than the case-folded scan of eight alternatives over the text that stood here
  // (1.2-1.6 µs a short note, most of which went on to the scan anyway).
  const term = lexicon.trie.longestAt(TERM, 0, TERM.length);
  if (!term || term.end !== TERM.length) return;
  for (let i = 0; i < tokens.count; i++) {
    // Neither a dilatation word nor a segment: nothing below can read it.
    const bits = WORD_BITS.at(tokens, i);
    if (bits === 0) continue;
    let span: Target | undefined;
    if ((bits & 1) !== 0 && bowelOwns(tokens, i)) span = { first: i, end: i + 1 };
    else if ((bits & 2) !== 0) {
      const cm = threshold(tokens, i);
      const c = cm > 0 ? calibreAfter(tokens, i) : undefined;
      if (c && c.cm > cm) span = { first: c.first, end: c.end };
    }
    if (!span || !onStudy(tokens, span.first)) continue;
    const k = targets.findIndex((t) => t.first <= span.first && t.end >= span.end);
    if (k < 0) { insertDerivedTarget(TERM, span, lexicon, targets, entries); continue; }
    const list = entries[k] as readonly LexiconEntry[];
    if (!list.some((e) => e.findingId === term.values[0]?.findingId)) entries[k] = [...list, ...term.values];
  }
}
