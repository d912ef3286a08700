/**
 * Weight loss written as numbers ("Weight dropped from 72 to 64 kg", "Weight 52 kg, down from 60 kg",
 * "lost 8 kg in 3 months") is read as the model's "weight loss" finding when the loss is at least 5% of
 * the earlier weight: the threshold of clinically important unintentional weight loss (Gaddey & Holder
 * 2014, Am Fam Physician 89:718; "more than 5% over 6 to 12 months"). Like the KDIGO rise
 * (baseline-change.ts), the time window is not checked: notes that write a loss mean a recent one. Without
 * a weight to compare, a loss of 3 kg (about 7 lb) or more counts: 5% of a 60 kg adult.
 */
import { convert, resolveUnit } from '../fhir/ucum.js';
import type { Target } from './context.js';
import { earlierAfter, insertDerivedTarget } from './derived-target.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import type { Reading } from './quantities.js';
import { phraseForms, tokenAfter, type Tokens } from './tokenize.js';

/** Gaddey & Holder 2014: a loss of more than 5% of body weight. */
export const WEIGHT_LOSS_FRACTION = 0.05;
/** Without a stated weight: 3 kg, 5% of a 60 kg adult. */
const ABSOLUTE_KG = 3;
const TERM = phraseForms('weight loss');
/** Weight units spelled out in words, as their UCUM codes; "kg", "kgs", "lb", "lbs" are in the UCUM table's aliases. */
const SPELLED: Readonly<Record<string, string>> = { kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', pound: '[lb_av]', pounds: '[lb_av]' };
const UNIT = '(kg|kgs|kilos?|kilograms?|lbs?|pounds?)';
/** "Weight 52 kg, down from 60 kg", "(previously 60 kg)", "(60 kg in March)". */
const EARLIER_AFTER = new RegExp(`^[ \\t]*[(,;]?[ \\t]*(?:(?:down|reduced|dropped|fallen|decreased)[ \\t]+from|from|previously|was|usual(?:[ \\t]+weight)?(?:[ \\t]+of)?|baseline(?:[ \\t]+of)?)[ \\t]+(\\d+(?:\\.\\d+)?)[ \\t]*${UNIT}?`, 'i');
/** "lost 8 kg", "has lost about 6 kg", "a loss of 10 lb", "lost 1.5 stone". */
const LOST = new RegExp(`\\b(?:lost|losing|loss[ \\t]+of)[ \\t]+(?:about[ \\t]+|around[ \\t]+|approximately[ \\t]+|nearly[ \\t]+|almost[ \\t]+|over[ \\t]+|~[ \\t]*)?(\\d+(?:\\.\\d+)?)[ \\t]*${UNIT}\\b`, 'gi');

/** Kilograms in one written weight unit, by the UCUM table's factor (ucum.ts); 1 for a unit it lacks. */
function kgPer(unit: string): number {
  const code = SPELLED[unit.toLowerCase()] ?? resolveUnit(unit)?.code;
  return (code !== undefined ? convert(1, code, 'kg') : undefined) ?? 1;
}

/** Token spans of weight losses of 5% or more read from body-weight readings and "lost N kg" phrases. */
export function weightLosses(tokens: Tokens, readings: readonly Reading[]): { first: number; end: number }[] {
  const out: { first: number; end: number }[] = [];
  let weightKg: number | undefined;
  for (const r of readings) {
    if (r.test !== 'body-weight' || r.value === undefined || r.converted === undefined) continue;
    weightKg ??= r.converted;
    if (r.from !== undefined) {
      if (r.from > 0 && (r.from - r.value) / r.from >= WEIGHT_LOSS_FRACTION && r.end < tokens.count) out.push({ first: r.end, end: r.end + 1 });
      continue;
    }
    const e = earlierAfter(tokens, r, EARLIER_AFTER);
    if (!e) continue;
    const m = e.match;
    const earlier = Number(m[1]) * (m[2] ? kgPer(m[2]) / (r.value > 0 ? r.converted / r.value : 1) : 1);
    if (!(earlier > 0) || (earlier - r.value) / earlier < WEIGHT_LOSS_FRACTION) continue;
    if (e.span) out.push(e.span);
  }
  LOST.lastIndex = 0;
  for (let m = LOST.exec(tokens.text); m; m = LOST.exec(tokens.text)) {
    const kg = Number(m[1]) * kgPer(m[2] as string);
    const enough = weightKg !== undefined ? kg / (weightKg + kg) >= WEIGHT_LOSS_FRACTION : kg >= ABSOLUTE_KG;
    if (!enough) continue;
    const first = tokenAfter(tokens, 0, tokens.count, m.index);
    const end = tokenAfter(tokens, first, tokens.count, m.index + m[0].length);
    if (end > first) out.push({ first, end });
  }
  return out;
}

/** Add each weight loss as a concept target where no other target overlaps it (targets never overlap). */
export function addWeightLoss(tokens: Tokens, readings: readonly Reading[], lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[]): void {
  for (const span of weightLosses(tokens, readings)) insertDerivedTarget(TERM, span, lexicon, targets, entries);
}
