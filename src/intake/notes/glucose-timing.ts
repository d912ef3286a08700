/**
 * Glucose by timing. The shared table judges a glucose as a random one (70-140 mg/dL); a fasting value
 * or a value of a 75 g oral glucose tolerance test has its own, lower cut-offs, and in pregnancy lower
 * still. This pass re-judges fasting glucose readings and reads the timed values of an OGTT ("75 g OGTT:
 * fasting 97, 1 hour 194, 2 hours 171 mg/dL"), which carry no test name of their own:
 *   - not pregnant: fasting >= 100 mg/dL (impaired fasting glucose) and 2 h >= 140 mg/dL (impaired
 *     glucose tolerance) are high (ADA 2024 Standards of Care, section 2, Diagnosis and Classification of
 *     Diabetes); 1 h >= 155 mg/dL is intermediate hyperglycaemia (IDF 2024 position statement on the
 *     1-hour plasma glucose, Bergman M et al., Diabetes Res Clin Pract 209:111589);
 *   - pregnant: fasting >= 92, 1 h >= 180, 2 h >= 153 mg/dL, any one of them (IADPSG 2010, Diabetes
 *     Care 33:676-682; the ADA one-step strategy).
 * Pregnancy is taken from the note's own words (pregnant, gestation, weeks' gestation, G2P1), unless
 * negated ("not pregnant"). Values in mmol/L are converted (1 mmol/L = 18.016 mg/dL).
 */
import { TESTS, type LabTest } from '../fhir/loinc-tests.js';
import type { Flag } from '../fhir/observation.js';
import { readingOutcomes, type Reading, type ReadingOutcome } from './quantities.js';
import { tokenAt, type Tokens } from './tokenize.js';

type Timing = 'fasting' | '1h' | '2h';

/** Cut-offs (mg/dL, high at or above) by timing: [not pregnant, pregnant]. */
const HIGH_AT: Record<Timing, readonly [number, number]> = { fasting: [100, 92], '1h': [155, 180], '2h': [140, 153] };
const LOW_BELOW = 70;
const MG_PER_MMOL = 18.016;

const PREGNANT = /\b(?:pregnant|pregnancy|gestation(?:al)?\s+age|weeks?'?\s+(?:of\s+)?gestation|primigravida|multigravida|G\d{1,2}\s*P\d{1,2})\b/i;
const NOT_PREGNANT = /\b(?:not|non-?)\s*pregnant\b/i;
/** A fasting value: named with the word, or the abbreviations FBG / FPG / FBS (fasting blood or plasma glucose, blood sugar). */
const FASTING_NAME = /^(?:fasting|f[bp]g|fbs)\b/i;
/**
 * "Fasting" written after the value ("glucose 131 mg/dL fasting", "glucose 6.9 mmol/L (fasting)", "glucose 118
 * after an overnight fast"): the word closes the item, so "glucose 98, fasting insulin 20" is no fasting glucose.
 */
const FASTING_AFTER = /^[ \t]*[,(]?[ \t]*(?:fasting|(?:after|following|on)[ \t]+(?:an?[ \t]+)?(?:overnight[ \t]+|\d{1,2}[- ]?(?:h|hr|hour)s?[ \t]+)?fast)(?:[ \t]+(?:sample|specimen|value|level|state))?(?![ \t]*[A-Za-z0-9])/i;
const OGTT = /\b(?:ogtt|gtt|glucose\s+tolerance|glucose\s+challenge|glucose\s+load)\b/i;
/** "1 hour 194 mg/dL", "2-h: 171", "1 hr glucose 10.8 mmol/L", "fasting 97". */
const TIMED = /\b(?:(fasting)|(1|one|2|two)[\s-]*(?:h|hr|hrs|hour|hours)(?:\s+(?:glucose|value|level|post-?load))?)\s*[:=]?\s*(?:of\s+)?(\d+(?:\.\d+)?)\s*(mg\/dl|mmol\/l)?/gi;

let glucoseTest: LabTest | undefined;
function glucoseOutcomes(flag: Flag): readonly ReadingOutcome[] {
  glucoseTest ??= TESTS.find((t) => t.id === 'glucose')!;
  return readingOutcomes(glucoseTest, flag);
}

/** True when the note says the patient is pregnant (and does not say she is not). */
export function notePregnant(text: string): boolean {
  return PREGNANT.test(text) && !NOT_PREGNANT.test(text);
}

function flagFor(mgdl: number, timing: Timing, pregnant: boolean): Flag {
  if (mgdl < LOW_BELOW) return 'L';
  return mgdl >= HIGH_AT[timing][pregnant ? 1 : 0] ? 'H' : 'N';
}

/**
 * The readings with fasting glucose values re-judged (by pregnancy as the note states it) and the timed values of an OGTT added (in text
 * order). A note without "fasting" or an OGTT comes back unchanged (the same array).
 */
export function timedGlucose(tokens: Tokens, readings: readonly Reading[]): readonly Reading[] {
  const text = tokens.text;
  const hasOgtt = OGTT.test(text);
  // Only a glucose reading named or preceded as fasting is re-judged: the readings are checked, not the whole text.
  const isFasting = (r: Reading): boolean =>
    r.test === 'glucose' && r.converted !== undefined && r.flag !== 'IND' &&
    (FASTING_NAME.test(r.text) || (r.first > 0 && tokens.norm[r.first - 1] === 'fasting') || FASTING_AFTER.test(text.slice(r.span.end, r.span.end + 48)));
  if (!hasOgtt && !readings.some(isFasting)) return readings;
  const pregnant = notePregnant(text);
  const out: Reading[] = [];
  for (const r of readings) {
    if (!isFasting(r)) {
      out.push(r);
      continue;
    }
    const flag = flagFor(r.converted!, 'fasting', pregnant);
    out.push({ ...r, rule: 'qty.glucose.fasting', flag, outcomes: [...glucoseOutcomes(flag), ...r.outcomes.filter((o) => o.concept === 'glucose-very-high')] });
  }
  if (hasOgtt) addOgttValues(tokens, out, pregnant);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Timed values inside sentences that name an OGTT, where no reading already covers them. */
function addOgttValues(tokens: Tokens, out: Reading[], pregnant: boolean): void {
  const text = tokens.text;
  let label = false;
  for (let s = 0; s < tokens.sentences; s++) {
    const first = tokens.sentStart[s] as number;
    const last = (tokens.sentStart[s + 1] as number) - 1;
    if (last < first) continue;
    const from = tokens.start[first] as number;
    const sentence = text.slice(from, tokens.end[last] as number);
    // A label ("OGTT:") is a sentence of its own: its values follow it.
    const labelled = label;
    label = OGTT.test(sentence) && tokens.norm[last] === ':';
    if (!OGTT.test(sentence) && !labelled) continue;
    for (const m of sentence.matchAll(TIMED)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (out.some((r) => r.span.start < end && start < r.span.end)) continue;
      const timing: Timing = m[1] ? 'fasting' : m[2] === '1' || m[2]?.toLowerCase() === 'one' ? '1h' : '2h';
      const value = Number(m[3]);
      const unit = m[4]?.toLowerCase();
      const mgdl = unit === 'mmol/l' || (unit === undefined && value < 35) ? value * MG_PER_MMOL : value;
      if (!(mgdl > 0 && mgdl < 5000)) continue;
      const flag = flagFor(mgdl, timing, pregnant);
      const t0 = tokenAt(tokens, start, first);
      out.push({
        test: 'glucose', span: { start, end }, text: m[0], rule: `qty.glucose.ogtt-${timing}`, value, ...(m[4] ? { unit: m[4] } : {}),
        ucum: unit === 'mmol/l' || (unit === undefined && value < 35) ? 'mmol/L' : 'mg/dL', converted: mgdl, testUnit: 'mg/dL',
        flag, outcomes: glucoseOutcomes(flag), first: t0, end: Math.max(t0 + 1, tokenAt(tokens, end, t0)),
      });
    }
  }
}
