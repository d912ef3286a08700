/**
 * General reading rules for how clinicians write results and pain, beyond exact lexicon terms:
 * - a result phrase with modifiers between its words ("non-compressible left common femoral vein" for
 *   "non-compressible vein", "dilated 11 mm appendix" for "dilated appendix"), also
 *   across a decimal size ("non-compressible 1.5 cm femoral vein") and a report label naming the organ
 *   and the term's modality ("Thyroid ultrasound: 2.4 cm solid nodule");
 * - a pain quality is not a finding of its own ("tearing chest pain" is no lacrimation, "burning pain");
 * - a word inside a set phrase is not a finding ("fall asleep" is no fall, "run-ins with the law" no runs);
 * - pain radiation names a second site ("radiating to the back" is back pain);
 * - a blood pressure difference between the arms (two readings, one per arm, systolic 20 mmHg apart).
 * Sizes that grade a structure are in `sizes.ts`.
 * Each works over the model's own lexicon (no finding ids in code) and the note's tokens.
 */
import type { GapTerm, LexiconEntry } from './lexicon.js';
import type { Reading } from './quantities.js';
import type { Tokens } from './tokenize.js';
import type { TokenTrie } from './trie.js';

/** Modifier words allowed between the parts of a result phrase (side, level, size, named vessel...). */
export const MAX_GAP = 6;

/**
 * Words that end a result phrase's reach: a new clause or a negation of what follows, or a word that
 * makes the last word another organ's name ("distended gall bladder" is the gallbladder, not the
 * urinary bladder).
 */
const GAP_STOP = new Set([',', ';', ':', '.', 'but', 'or', 'no', 'not', 'without', 'with', 'normal', 'patent', 'compressible', 'unremarkable', 'gall']);

/** Is token t the point of a decimal number ("2.4 cm": digits on both sides, no space)? It ends no phrase. */
function isDecimalPoint(tokens: Tokens, t: number): boolean {
  if (tokens.norm[t] !== '.' || t === 0 || t + 1 >= tokens.count) return false;
  const before = tokens.norm[t - 1] as string;
  const after = tokens.norm[t + 1] as string;
  return tokens.end[t - 1] === tokens.start[t] && tokens.end[t] === tokens.start[t + 1] && /^\d+$/.test(before) && /^\d/.test(after);
}

/** Gapped terms starting at token i: the longest lead match whose last word follows within the gap. */
export function gapAt(gapped: ReadonlyMap<string, readonly GapTerm[]>, tokens: Tokens, i: number, limit: number, mask: Uint8Array, starts?: ReadonlyMap<string, number>): { end: number; values: LexiconEntry[] } | undefined {
  const list = gapped.get(tokens.norm[i] as string);
  if (!list) return undefined;
  let best: { end: number; values: LexiconEntry[] } | undefined;
  for (const g of list) {
    let j = i;
    let ok = true;
    for (const w of g.lead) {
      if (j >= limit || mask[j] !== 0 || tokens.norm[j] !== w) {
        ok = false;
        break;
      }
      j++;
    }
    if (!ok) continue;
    // A report labelled with the organ and the term's own modality ("Thyroid ultrasound: 2.4 cm solid
    // nodule" for "thyroid nodule on ultrasound"): the label's modality word and colon join the lead to
    // what follows, unless a modifier starts a term of its own ("Pelvic ultrasound: left adnexal mass"
    // is the adnexal mass). Else the last word comes after 1..MAX_GAP modifiers (with none, the trie matched it).
    const label = starts !== undefined && j + 1 < limit && tokens.norm[j + 1] === ':' && g.entry.gate?.includes(tokens.norm[j] as string) === true;
    const from = label ? j + 2 : j;
    for (let k = label ? from : j + 1; k < Math.min(limit, from + 1 + MAX_GAP); k++) {
      const w = tokens.norm[k - 1] as string;
      if (k - 1 >= from && ((GAP_STOP.has(w) && !isDecimalPoint(tokens, k - 1)) || mask[k - 1] !== 0 || (label && ((starts.get(w) ?? 0) & 1) !== 0))) break;
      if (tokens.norm[k] === g.last || tokens.norm[k] === `${g.last}s`) {
        if (!best || k + 1 > best.end) best = { end: k + 1, values: [g.entry] };
        else if (k + 1 === best.end && !best.values.some((v) => v.findingId === g.entry.findingId)) best.values.push(g.entry);
        break;
      }
    }
  }
  return best;
}

/** Pain quality words: before a pain word they describe the pain, not a finding of their own. */
const PAIN_QUALITY = new Set(['tearing', 'ripping', 'burning', 'stabbing', 'crushing', 'gnawing', 'shooting', 'squeezing', 'pressing', 'throbbing', 'pounding', 'cramping', 'colicky', 'lancinating', 'pressure', 'pleuritic']);
const PAIN_WORDS = new Set(['pain', 'pains', 'ache', 'aches', 'discomfort', 'sensation', 'headache', 'chest', 'abdominal', 'back', 'epigastric', 'retrosternal', 'substernal', 'flank', 'interscapular']);

/**
 * Is the single-word match at [i, end) a pain quality ("tearing chest pain")? Then it is not a finding
 * of its own: the pain finding after it is read by the lexicon.
 */
export function isPainQuality(tokens: Tokens, i: number, end: number, limit: number): boolean {
  if (end !== i + 1 || !PAIN_QUALITY.has(tokens.norm[i] as string)) return false;
  for (let k = i + 1; k < Math.min(limit, i + 4); k++) if (PAIN_WORDS.has(tokens.norm[k] as string)) return true;
  return false;
}

/** Words that, followed by one of these, form a set phrase of everyday English rather than name a finding. */
const SET_PHRASE_NEXT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['fall', new Set(['asleep'])], ['falling', new Set(['asleep'])], ['fell', new Set(['asleep'])],
  ['run', new Set(['in', 'ins', 'into', 'out', 'away', 'over'])], ['running', new Set(['out', 'away', 'into'])],
]);

/**
 * Is the single-word match at [i, end) the first word of a set phrase ("fall asleep", "run-ins",
 * "ran out")? Then it is not a finding of its own.
 */
export function isSetPhrase(tokens: Tokens, i: number, end: number, limit: number): boolean {
  if (end !== i + 1 || end >= limit) return false;
  return SET_PHRASE_NEXT.get(tokens.norm[i] as string)?.has(tokens.norm[end] as string) ?? false;
}

const RADIATE = /^radiat/;
const RADIATE_SKIP = new Set(['to', 'into', 'through', 'toward', 'towards', 'the', 'his', 'her', 'their', 'left', 'right', 'both', 'bilateral', 'lower', 'upper', 'mid', 'middle']);

/**
 * "radiating to the back", "radiates into the left arm": the site named after a radiation word is
 * looked up as "<site> pain" in the lexicon. Returns [first, end) of the site words and the entries.
 */
export function radiationAt(trie: TokenTrie<LexiconEntry>, tokens: Tokens, i: number, limit: number): { first: number; end: number; values: readonly LexiconEntry[] } | undefined {
  if (!RADIATE.test(tokens.norm[i] as string)) return undefined;
  let k = i + 1;
  while (k < limit && k < i + 5 && RADIATE_SKIP.has(tokens.norm[k] as string)) k++;
  if (k >= limit || k === i + 1) return undefined;
  const site = tokens.norm[k] as string;
  const m = trie.longestAt([site, 'pain'], 0, 2);
  if (!m || m.end !== 2) return undefined;
  return { first: k, end: k + 1, values: m.values };
}

/** Systolic difference between the arms (mmHg) that counts: > 20 mmHg (Klompas 2002, aortic dissection). */
const ARM_DIFFERENCE = 20;
const SIDE = new Map([['right', 'R'], ['left', 'L'], ['rt', 'R'], ['lt', 'L'], ['r', 'R'], ['l', 'L']]);
const ARM = new Set(['arm', 'arms', 'upper', 'brachial', 'ua']);

/** The arm a BP reading names right after it ("182/104 right arm", "140/86 (left)"). */
function armOf(tokens: Tokens, end: number, limit: number): string | undefined {
  if (end < limit && SIDE.has(tokens.norm[end] as string) && tokens.norm[end + 1] === 'arm') return SIDE.get(tokens.norm[end] as string);
  for (let k = end; k < Math.min(limit, end + 3); k++) {
    const s = SIDE.get(tokens.norm[k] as string);
    if (s && (ARM.has(tokens.norm[k + 1] as string) || tokens.norm[k - 1] === '(' || tokens.norm[k - 1] === 'in')) return s;
  }
  return undefined;
}

/** A second pressure pair written after the first without its name ("BP 182/104 right arm, 140/86 left arm"). */
const NEXT_PAIR = /(?:^|[\s,;(])(\d{2,3})[ \t]*\/[ \t]*\d{2,3}(?!\d|\.\d)[ \t]*(?:mm[ \t]?hg)?[ \t]*(?:in[ \t]+(?:the[ \t]+)?)?\(?(right|left|rt|lt|r|l)\b/gi;

/**
 * Two systolic readings in one sentence, one per arm, more than 20 mmHg apart: the span covering both,
 * to be read as the lexicon's "blood pressure difference between arms".
 */
export function armDifference(tokens: Tokens, readings: readonly Reading[]): { first: number; end: number } | undefined {
  const sys = readings.filter((r) => r.test === 'systolic-bp' && r.converted !== undefined);
  for (let a = 0; a < sys.length; a++) {
    const ra = sys[a] as Reading;
    const s = tokens.sentence[ra.first] as number;
    const limit = tokens.sentStart[s + 1] as number;
    const armA = armOf(tokens, ra.end, limit);
    if (!armA) continue;
    // The other arm's pressure, read or written as a bare pair later in the sentence.
    const from = ra.span.end;
    const to = Math.min(tokens.end[limit - 1] as number, from + 120);
    NEXT_PAIR.lastIndex = 0;
    const rest = tokens.text.slice(from, to);
    for (let m = NEXT_PAIR.exec(rest); m; m = NEXT_PAIR.exec(rest)) {
      const side = SIDE.get((m[2] as string).toLowerCase());
      if (side && side !== armA && Math.abs((ra.converted as number) - Number(m[1])) > ARM_DIFFERENCE) {
        const endOff = from + m.index + m[0].length;
        let e = ra.end;
        while (e < limit && (tokens.start[e] as number) < endOff) e++;
        return { first: ra.first, end: e };
      }
    }
  }
  return undefined;
}

