/**
 * Calibration of annotation frequencies to how patients present (issue 12, thirteenth session).
 *
 * The HPO annotations say how often a disease shows a feature (frequency classes, n/m, %); a published
 * case records a feature far less often than the disease shows it, and how much less depends on the
 * class (a hallmark is recorded, a sometimes-seen sign often not) and on the organ system (a brain MRI
 * finding is tabulated, a dental anomaly rarely). The training cases of diseases that have both
 * annotations and cases measure this: for each positive annotation (d, t) of class c in branch b, the
 * share of d's training cases (weighed by publication) that record t or a descendant. Pooled over every
 * such disease, these rates are knowledge about recording, not about any one disease, so they transfer
 * to diseases no training case has: each annotation's frequency is mapped to its class's (and branch's)
 * recorded rate, rescaled so that the mean over all annotations stays the same (only the relative
 * weights of classes and branches change; the model's scale, leaks and expected-unreported factor stay).
 * Pure.
 */
import { FREQUENCY_TERMS, type DiseaseAnnotations } from './hpoa.js';

/** Frequency classes of an annotation: the five HPO bands and "no frequency given". */
export const FREQUENCY_CLASSES = ['obligate', 'very-frequent', 'frequent', 'occasional', 'very-rare', 'none'] as const;
export type FrequencyClass = (typeof FREQUENCY_CLASSES)[number];

const CLASS_OF_TERM: Readonly<Record<string, FrequencyClass>> = {
  'HP:0040280': 'obligate',
  'HP:0040281': 'very-frequent',
  'HP:0040282': 'frequent',
  'HP:0040283': 'occasional',
  'HP:0040284': 'very-rare',
};

/** The class of an annotation's frequency column: its HPO term, or the band its n/m or % value falls in. */
export function frequencyClass(text: string, value: number | undefined): FrequencyClass {
  const byTerm = CLASS_OF_TERM[text.trim()];
  if (byTerm) return byTerm;
  if (value === undefined || !(text.trim() in FREQUENCY_TERMS || /[/%]/.test(text))) return 'none';
  if (value >= 1) return 'obligate';
  if (value >= 0.8) return 'very-frequent';
  if (value >= 0.3) return 'frequent';
  if (value >= 0.05) return 'occasional';
  return 'very-rare';
}

/** One disease's evidence for the calibration: its positive annotations (term -> class) and its weighted cases' recorded closures. */
export interface CalibrationDisease {
  readonly annotations: ReadonlyMap<string, FrequencyClass>;
  /** Per training case: its weight (publication) and the set of terms it records present (closure). */
  readonly cases: readonly { readonly weight: number; readonly closure: ReadonlySet<string> }[];
}

/** Recorded rates per class (and per class and branch), with the number of annotations behind each class. */
export interface FrequencyCalibration {
  /** Weighted share of cases recording an annotation of the class. */
  readonly rate: Readonly<Record<FrequencyClass, number>>;
  /** Annotations (disease-term pairs) behind each class's rate. */
  readonly support: Readonly<Record<FrequencyClass, number>>;
  /** Per "class|branch", the rate shrunk towards the class's rate. */
  readonly branchRate: ReadonlyMap<string, number>;
}

/**
 * Measures the recorded rate of each frequency class (and class x branch, shrunk towards the class by
 * `shrink` pseudo-annotations) over the given diseases. `branchOf` names a term's organ system.
 */
export function measureCalibration(diseases: readonly CalibrationDisease[], branchOf: (t: string) => string, shrink: number): FrequencyCalibration {
  const num = new Map<string, number>();
  const den = new Map<string, number>();
  const count = new Map<string, number>();
  const add = (key: string, hit: number, n: number): void => {
    num.set(key, (num.get(key) ?? 0) + hit);
    den.set(key, (den.get(key) ?? 0) + n);
    count.set(key, (count.get(key) ?? 0) + 1);
  };
  for (const d of diseases) {
    const n = d.cases.reduce((s, c) => s + c.weight, 0);
    if (!(n > 0)) continue;
    for (const [t, c] of d.annotations) {
      const hit = d.cases.reduce((s, x) => s + (x.closure.has(t) ? x.weight : 0), 0);
      // Each annotation weighs 1 whatever its disease's case count: the rate is a mean over annotations.
      add(c, hit / n, 1);
      add(`${c}|${branchOf(t)}`, hit / n, 1);
    }
  }
  const rate = {} as Record<FrequencyClass, number>;
  const support = {} as Record<FrequencyClass, number>;
  for (const c of FREQUENCY_CLASSES) {
    support[c] = count.get(c) ?? 0;
    rate[c] = (den.get(c) ?? 0) > 0 ? num.get(c)! / den.get(c)! : Number.NaN;
  }
  const branchRate = new Map<string, number>();
  for (const [key, d] of den) {
    const c = key.split('|')[0] as FrequencyClass;
    if (!key.includes('|') || !Number.isFinite(rate[c])) continue;
    branchRate.set(key, (num.get(key)! + shrink * rate[c]) / (d + shrink));
  }
  return { rate, support, branchRate };
}

/**
 * The recorded rate of one annotation's class (or class and branch, when `branch` is given); undefined
 * for a class with fewer than 20 annotations behind it (the annotation then keeps its own frequency).
 */
export function recordedRate(cal: FrequencyCalibration, c: FrequencyClass, branch: string | undefined): number | undefined {
  const r = branch !== undefined ? (cal.branchRate.get(`${c}|${branch}`) ?? cal.rate[c]) : cal.rate[c];
  return Number.isFinite(r) && cal.support[c] >= 20 ? r : undefined;
}

/** The annotations' frequency classes of one disease over resolved live terms (positive only; duplicates keep the highest class). */
export function annotationClasses(d: DiseaseAnnotations, resolve: (t: string) => string | undefined): Map<string, FrequencyClass> {
  const out = new Map<string, FrequencyClass>();
  for (const a of d.phenotypes) {
    if (a.not || a.frequency === 0) continue;
    const t = resolve(a.term);
    if (!t) continue;
    const c = frequencyClass(a.frequencyText, a.frequency);
    const prev = out.get(t);
    if (!prev || FREQUENCY_CLASSES.indexOf(c) < FREQUENCY_CLASSES.indexOf(prev)) out.set(t, c);
  }
  return out;
}
