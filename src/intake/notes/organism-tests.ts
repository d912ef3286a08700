/**
 * A laboratory result that names an organism of the model (`organism-names.ts`) as found: "T. gondii IgM positive",
 * "Throat NAAT: M. pneumoniae DNA detected", "Skin biopsy PCR: R. rickettsii", "PCR positive for B. microti", "Dengue
 * NS1 antigen positive". It is read as the organism's finding (the model lists it for the infections the organism
 * causes, with the catalog's likelihood of a test that names one organism).
 *
 * Within one clause (a sentence cut at commas and semicolons, the way results are listed):
 * - a test word names a microbiology test (immunoglobulin class, nucleic-acid test, antigen, serology, culture, smear,
 *   microscopy: the test families of the IDSA / ASM guide to the microbiology laboratory, Miller JM et al. 2018, Clin
 *   Infect Dis 67:e1-e94), and
 * - the result is positive: a finding word after the organism ("positive", "detected", "isolated", "grew") with no
 *   negative, pending or "not" between; or the organism written as the test's result after its colon (at most two
 *   lower-case qualifiers between: "culture: non-typhoidal S. enterica"), with nothing negative after it; or
 *   "positive for" right before the organism.
 * Refused: a negative, pending or not-detected result ("Dengue NS1 antigen and IgM negative", "CMV IgM negative",
 * "S. enterica not isolated"), an organism with no test word in its clause ("grew up on a farm"), an IgG-only clause
 * is read as written (the model does not tell past from current infection). The target is placed over the organism's
 * words, so the note's context (negation, history, another person) holds.
 */
import type { Target } from './context.js';
import { insertTargetEntries } from './derived-target.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import type { OrganismForm } from './organism-names.js';
import { formSet, type Tokens } from './tokenize.js';

/** Test words of microbiology results (see the header). */
const TEST_WORDS = formSet([
  'igm', 'igg', 'iga', 'pcr', 'rt-pcr', 'naat', 'rna', 'dna', 'antigen', 'antigens', 'ag', 'ns1', 'serology', 'serologies', 'serological',
  'antibody', 'antibodies', 'ab', 'culture', 'cultures', 'cultured', 'smear', 'smears', 'film', 'films', 'microscopy', 'stain', 'eia',
  'elisa', 'titre', 'titer', 'assay', 'rdt', 'crag', 'test', 'swab', 'panel',
]);
/** A positive finding word after the organism. */
const POSITIVE = formSet(['positive', 'detected', 'isolated', 'identified', 'reactive', 'grew', 'grown', 'grows', 'seen']);
/** Words that make a result negative, not yet known, or not found. */
const NOT_FOUND = formSet(['negative', 'not', 'no', 'non-reactive', 'nonreactive', 'undetected', 'undetectable', 'pending', 'sent', 'awaited', 'awaiting', 'requested', 'absent', 'none', 'equivocal', 'indeterminate']);
/** Clause ends within a sentence. */
const CLAUSE_END = formSet([',', ';']);
/** A note without these letters reports no positive organism (a cheap test before the token scan). */
const ANY = /positiv|detect|isolat|identif|reactiv|gr[eo]w|seen|:/i;
const WORD = /^[a-z][a-z-]*$/;

/** Where the organism form `o` written from token `i` ends, or -1. */
function formEnd(tokens: Tokens, i: number, o: OrganismForm, limit: number): number {
  if (i + 1 + o.rest.length > limit) return -1;
  for (let j = 0; j < o.rest.length; j++) if (tokens.norm[i + 1 + j] !== o.rest[j]) return -1;
  if (o.capital) {
    const c = tokens.text.charCodeAt(tokens.start[i] as number);
    if (c < 65 || c > 90) return -1;
  }
  return i + 1 + o.rest.length;
}

/** Is the organism at [first, end) in clause [from, to) a positive result (see the header)? */
function positiveResult(tokens: Tokens, first: number, end: number, from: number, to: number): boolean {
  let test = false;
  for (let i = from; i < to; i++) if (TEST_WORDS.has(tokens.norm[i] as string)) test = true;
  if (!test) return false;
  // "Culture: S. aureus", "PCR: non-typhoidal S. enterica": the organism is the test's result.
  let q = first - 1;
  while (q >= from && first - q <= 2 && WORD.test(tokens.norm[q] as string) && !NOT_FOUND.has(tokens.norm[q] as string) && !TEST_WORDS.has(tokens.norm[q] as string)) q--;
  const afterColon = q >= from && tokens.norm[q] === ':';
  const positiveFor = first - 2 >= from && tokens.norm[first - 1] === 'for' && POSITIVE.has(tokens.norm[first - 2] as string) && !NOT_FOUND.has(tokens.norm[first - 3] ?? '');
  for (let i = end; i < to; i++) {
    const w = tokens.norm[i] as string;
    if (NOT_FOUND.has(w)) return false;
    if (POSITIVE.has(w)) return true;
  }
  return afterColon || positiveFor;
}

/** Positive organism results (see the header), entered as the organisms' findings. */
export function addOrganismResults(tokens: Tokens, lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[]): void {
  const index = lexicon.organisms;
  if (!index || !ANY.test(tokens.text)) return;
  for (let i = 0; i < tokens.count; i++) {
    const forms = index.get(tokens.norm[i] as string);
    if (!forms) continue;
    const s = tokens.sentence[i] as number;
    const sentEnd = tokens.sentStart[s + 1] as number;
    for (const o of forms) {
      const end = formEnd(tokens, i, o, sentEnd);
      if (end < 0) continue;
      let from = i;
      while (from > (tokens.sentStart[s] as number) && !CLAUSE_END.has(tokens.norm[from - 1] as string)) from--;
      let to = end;
      while (to < sentEnd && !CLAUSE_END.has(tokens.norm[to] as string)) to++;
      if (positiveResult(tokens, i, end, from, to)) {
        const term = tokens.text.slice(tokens.start[i] as number, tokens.end[end - 1] as number);
        insertTargetEntries({ first: i, end }, o.findingIds.map((findingId) => ({ findingId, term, source: 'name' as const })), targets, entries);
      }
      // The longest form that is written at `i` decides (forms are ordered longest first).
      break;
    }
  }
}
