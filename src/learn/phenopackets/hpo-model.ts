/**
 * The rare-disease model from the HPO annotations of every known disease, updated by training cases.
 * Pure: takes parsed inputs (ontology, annotations, gene links, MONDO cross-references, cases) and
 * returns a model in the compact hierarchy form (`FindingHierarchy`, expanded by core at compile time).
 *
 * - Conditions: every annotated disease (OMIM, ORPHA, DECIPHER), plus any training disease the
 *   annotations lack. Findings: every live HPO term under "Phenotypic abnormality" (their alt_ids and
 *   obsolete ids that were replaced are kept as HPO codes, so old ids resolve), and causal genes.
 * - P(term | disease): the annotation frequency (HPO frequency term, n/m or %); `defaultFrequency`
 *   when the annotation has none. NOT annotations (and 0% frequency) list the term far below its leak.
 * - Leak: the background frequency of the term over all diseases (annotation closures, noisy-OR), with
 *   a floor; the likelihood ratio of a term is then its frequency in the disease over its background.
 * - Training cases update a seen disease on top of the annotation prior, as pseudo-counts:
 *   P(t | d) = (w * P_annotation(t | d) + k(d, t)) / (w + n(d)) over the closure of its annotations and
 *   cases (both explicit, so the compile step carries only the most specific ones further down).
 *   Cases are weighed by publication (`publicationPower`): k and n are sums of m^-power per case.
 * - Prior: 1 + seenBoost * n(d) ^ priorPower (n weighed by `priorPublicationPower`), times an onset
 *   factor per age band: a band that ends before the disease's earliest annotated onset gets
 *   `onsetPenalty`, times the disease's expected unreported features (`absentWeight`, see
 *   `expectedUnreported`); a female patient of an X-linked recessive disease gets `xlrFemaleFactor`.
 * - Genes: P(gene | d) = geneProbability / (number of genes linked to d), updated by training cases.
 */
import type { ActionDef, AgeBand, BinaryFinding, Coding, ConditionDef, ExemplarRerank, FindingDef, KnowledgeModel, TrainingFile } from '../../core/model.js';
import { CODE_VERSION } from '../../core/version.js';
import { roundSig } from '../artifact.js';
import { EXOME, GENE_FINDING_PREFIX, SINGLE_GENE, TEST_CLASSES, classify, questionAndTestActions } from './action-map.js';
import type { Phenopacket } from './cases.js';
import type { DiseaseAnnotations } from './hpoa.js';
import { ancestors, resolveTerm, type Ontology } from './obo.js';
import { publicationOf } from './split.js';
import { exemplarField } from './exemplars.js';
import { addRelativeCredit } from './relative-credit.js';
import type { MondoOmimDisease } from '../mondo-diseases.js';
import { caseOnlyStart, derivationCode, derivationNote, derivedProfiles, type DerivedProfile } from './derived-profiles.js';
import { buildLabelTermIndex } from './label-terms.js';
import { mergeTwins } from './twins.js';
import { PHENOTYPIC_ABNORMALITY, ROOT_ALL, type TermMapper } from './terms.js';
import { learnTransfer, transferredTerms, type TransferSource } from './term-transfer.js';
import { recordedRates, siblingProfiles, similarProfiles, type Borrower, type SeenRelative } from './sibling-cases.js';
import { annotationClasses, recordedRate, frequencyClass, measureCalibration, FREQUENCY_CLASSES, type CalibrationDisease, type FrequencyCalibration, type FrequencyClass } from './calibrate.js';

/** The HPO learner's parameters (every one optional; `HPO_DEFAULTS` fills the rest) and the price lookup. */
export interface HpoLearnOptions {
  readonly defaultFrequency?: number;
  readonly leakFloor?: number;
  readonly caseWeight?: number;
  readonly seenBoost?: number;
  readonly priorPower?: number;
  readonly onsetPenalty?: number;
  readonly notFactor?: number;
  readonly geneProbability?: number;
  readonly descendantCredit?: number;
  readonly maxDescendants?: number;
  readonly absentWeight?: number;
  /**
   * Expected recorded features per disease at most (0: no cap): rho of a disease is
   * min(absentWeight, absentCap / sum of P over its most specific listed terms), since a record reports
   * a handful of findings however many the disease may show.
   */
  readonly absentCap?: number;
  /**
   * Highest P(term | disease) listed (0.99): a hallmark feature can still be missed or unrecorded, and
   * an excluded term then costs at most log(1 - maxProbability).
   */
  readonly maxProbability?: number;
  /**
   * How much the cases of one publication count together for a disease: each case weighs
   * m^-publicationPower, m being that publication's cases of the disease (0: every case counts 1;
   * 1: every publication counts 1). Cases of one publication share authors, a way of recording and
   * often a family, so they are less independent evidence than cases of different publications.
   */
  readonly publicationPower?: number;
  /**
   * Shrinkage by distinct publications (0: off): an annotated disease's case evidence (k and n) is scaled by
   * p / (p + publicationShrink), p being the number of distinct publications among its training cases. One
   * publication's recorded rates are one draw of a recording style; how rates vary between publications cannot
   * be estimated from one, so few publications lean more on the annotation prior (hierarchical shrinkage by groups).
   */
  readonly publicationShrink?: number;
  /**
   * Where a seen annotated disease's expected-unreported factor (`absentWeight`) reads its probabilities (0: the
   * case-updated P, as before; 1: the annotation's P, a term only its cases list at its background; between: the
   * mix). Cases of one publication are tabulated alike, so their recorded rates say what that publication looked
   * for; whether a new report will mention a feature is better told by the annotations, a summary across
   * publications. The listed P (a reported term's support) stays case-updated.
   */
  readonly absentAnnotation?: number;
  /**
   * Pseudo-count weight of the prior for a disease the annotations lack (only training cases know
   * it): its prior is the background leak, which says nothing about the disease, so it should weigh
   * less than an annotation prior.
   */
  readonly unannotatedWeight?: number;
  /** Pseudo-count weight of the same-gene prior of a disease the annotations lack (0: not used; see `sameGeneClosure`). */
  readonly geneBorrowWeight?: number;
  /** 1: an Orphanet disease with one annotated OMIM twin (shared MONDO concept) is merged into it (see twins.ts). */
  readonly mergeTwins?: number;
  /** Prior factor for a female patient of a disease annotated X-linked recessive only (1: none). */
  readonly xlrFemaleFactor?: number;
  /** The same discount for the seen-disease prior (its case count is the weighted count). */
  readonly priorPublicationPower?: number;
  /** Share of a common ancestor's likelihood ratio credited to near relatives of a disease's terms (0: off; see relative-credit.ts). */
  readonly relativeCredit?: number;
  /** Levels above a most specific term the common ancestor may be (1: siblings, 2: cousins). */
  readonly relativeDepth?: number;
  /** Relatives credited per common ancestor at most. */
  readonly maxRelatives?: number;
  /** Which diseases get relative credit: 1 those only training cases know, 2 every seen disease, 3 every disease. */
  readonly relativeScope?: number;
  /** Each listed term's likelihood ratio against its leak is raised to this power (1: unchanged); see `temperRatios`. */
  readonly ratioPower?: number;
  /**
   * Calibration temperature T of the shipped posterior, softmax(score / T) (1: none). The ranking does
   * not change; T was fitted on the grouped CV folds by publication (docs/benchmark.md).
   */
  readonly temperature?: number;
  /**
   * Prior weight of a disease MONDO knows by OMIM id that neither the annotations nor a training case
   * has, given a profile derived from its series and its name (derived-profiles.ts); 0: no such
   * conditions. Chosen by the grouped CV (10: above an unseen annotated disease's 1, far below a seen
   * disease's 1 + 200 sqrt(n)); a profile pooled from many diseases is flat, so it needs the weight
   * to reach the top at all.
   */
  readonly derivedPrior?: number;
  /** 1: derived profiles borrow from series members; 0: not. */
  readonly derivedSeries?: number;
  /** 1: derived profiles use the phenotypes the disease name states; 0: not. */
  readonly derivedLabel?: number;
  /** Mean closure probability a pooled series term needs to be kept. */
  readonly derivedSeriesMin?: number;
  /** Annotated members a series needs to lend a profile. */
  readonly derivedMinMembers?: number;
  /** P(term | disease) of a phenotype the disease name states (0.95: a feature the name states defines the disease; chosen on the grouped CV over 0.8, rare-b). */
  readonly derivedLabelFrequency?: number;
  /** Most terms a derived profile lists. */
  readonly derivedMaxTerms?: number;
  /** Without a series, how many annotated diseases showing the named phenotypes a derived profile pools (0: none). */
  readonly derivedNeighbours?: number;
  /**
   * Power alpha of a prior factor (1 + m)^alpha for an annotated disease, m the distinct PubMed ids
   * its annotations cite: how much has been published on it, a general signal of how often it is
   * reported (0: off).
   */
  readonly publicationPrior?: number;
  /** Power of a prior factor (1 + a)^power, a the disease's phenotype annotations (0: off). */
  readonly annotationPrior?: number;
  /** Prior factor of an annotated disease without any linked gene (1: none). */
  readonly noGeneFactor?: number;
  /** 1: a disease only training cases know takes its derived profile (not the background) as the prior its cases update. */
  readonly derivedCaseOnly?: number;
  /** Weight of series members stating the disease name's inheritance (rare-b; derived-profiles.ts `inheritanceWeight`). */
  readonly derivedInheritanceWeight?: number;
  /** Weight per name-stated phenotype a series member shows (rare-b; derived-profiles.ts `namedTermWeight`). */
  readonly derivedNamedWeight?: number;
  /** With `derivedCaseOnly`: only diseases with at most this many training cases take the derived profile (rare-b). */
  readonly derivedCaseOnlyMax?: number;
  /** With `derivedCaseOnly`: how far the starting profile stands above the background (1: as derived; rare-b). */
  readonly derivedCaseOnlyShrink?: number;
  /**
   * Weight x of a training case that explicitly excludes a term (0: off). A term no annotation and no
   * case of a seen disease shows, but that e (weighted) cases of it record as absent, is listed at
   * leak * w / (w + x * e): publications tabulate the features they looked for, so a feature their
   * patients were checked for and lacked is evidence against the disease, not merely unrecorded.
   */
  readonly caseExcludedWeight?: number;
  /**
   * How much a training case counts against a term its publication never mentions (1: as a case
   * without the term, as before; 0: not at all). Publications tabulate the features they examined;
   * a term none of a publication's cases records present or excluded (itself or an ancestor) was most
   * likely not looked for, so its cases are missing data for that term, not evidence of absence.
   */
  readonly unexaminedWeight?: number;
  /**
   * The `ratioPower` of diseases with training cases (0: the same as every disease). Their rows are
   * partly counts from cases rather than curated frequencies, and may be worth tempering differently.
   */
  readonly seenRatioPower?: number;
  /**
   * Power on the likelihood ratio of an excluded term against its background (1: plain 1 - P; see
   * `FindingHierarchy.absentPower`). 0.3, chosen on the grouped CV (docs/benchmark.md): excluded terms
   * come in tables of negatives as correlated as the present ones, and the expected-unreported raise
   * of P (up to 0.99) would otherwise make one excluded hallmark cost up to log 0.01.
   */
  readonly absentPower?: number;
  /** 1: the model carries its training cases as exemplars for the core re-rank (exemplars.ts); 0: no such field. */
  readonly exemplars?: number;
  /** 1: the re-rank is on by default; 0: carried but off. */
  readonly exemplarRerank?: number;
  /**
   * Annotation frequencies calibrated to how patients present (calibrate.ts): 0 off; 1 each annotation's
   * frequency scaled by its class's recorded rate among the training cases of annotated diseases; 2 by
   * its class and organ-system branch's rate (shrunk towards the class by `calibrateShrink`); 3 as 1, applied only to
   * diseases without training cases (those with cases keep their own annotation prior).
   */
  readonly calibrate?: number;
  /** Pseudo-annotations shrinking a class-and-branch recorded rate towards its class's rate. */
  readonly calibrateShrink?: number;
  /** 1: every annotated disease gets the unreached terms patients of diseases with the same annotations record (term-transfer.ts); 0 off. */
  readonly transfer?: number;
  /** Pseudo-diseases shrinking a transfer q(a -> b) towards 0. */
  readonly transferShrink?: number;
  /** Least transferred P(b | d). */
  readonly transferMin?: number;
  /** Least ratio of a transferred P(b | d) to b's background. */
  readonly transferRatio?: number;
  /** Most transferred terms per disease. */
  readonly transferMax?: number;
  /**
   * Sibling transfer (sibling-cases.ts): pseudo-count weight s of the pooled recorded profile of a disease's seen relatives
   * (series members, diseases of its gene), added on top of the annotation prior of a disease without training cases:
   * P(t | d) = (caseWeight x P_annotation(t | d) + s x sibling(t)) / (caseWeight + s). 0: off.
   */
  readonly siblingWeight?: number;
  /**
   * 1: the pseudo-count form over the disease's whole closure (may lower an annotated term); 2: only raises (max of own
   * and mixed); 3: as 2 but only the disease's own annotated terms (nothing new is listed, so siblings do not become alike).
   */
  readonly siblingMode?: number;
  /** 1: series members are relatives. */
  readonly siblingSeries?: number;
  /** 1: diseases sharing a causal gene are relatives. */
  readonly siblingGene?: number;
  /** A gene links two diseases only when both list at most this many genes. */
  readonly siblingMaxGenes?: number;
  /** Least pooled recorded rate a borrowed term needs. */
  readonly siblingMin?: number;
  /** Which seen diseases lend: 1 annotated ones only (a disease only cases know would lend its own cases to its annotated rivals); 2 every seen disease. */
  readonly siblingLenders?: number;
  /**
   * Relatives by annotation similarity instead of series and gene (sibling-cases.ts `similarProfiles`): the k seen
   * annotated diseases whose annotation closures are most alike (information-content cosine), weighted by it (0: off).
   */
  readonly siblingSimilar?: number;
  /** Least annotation similarity a lender needs. */
  readonly siblingSimilarMin?: number;
  /** Fused score = score + weight x similarity (nats); chosen on folds 0-2 (docs/log/benchmark-history.md, "Seen diseases, eleventh session"). */
  readonly exemplarWeight?: number;
  /** How many of the leading conditions are re-ranked. */
  readonly exemplarTop?: number;
  /** Share of the patient-to-profile half in the re-rank's similarity (0.5: symmetric; exemplar-rank.ts). */
  readonly exemplarForwardShare?: number;
  readonly trainPart?: string;
  readonly priceOf: (code: string) => { priceUsd: number; source: string } | undefined;
}

/** The shipped model's learner parameters, chosen on the grouped dev folds (docs/benchmark.md); options not adopted are at their off value. */
export const HPO_DEFAULTS = {
  defaultFrequency: 0.5, leakFloor: 0.0005, caseWeight: 3, seenBoost: 200, priorPower: 0.5, onsetPenalty: 0.2, notFactor: 0.05,
  geneProbability: 0.95, descendantCredit: 0.3, maxDescendants: 30, absentWeight: 0.6, publicationPower: 0.5, publicationShrink: 0, absentAnnotation: 0, priorPublicationPower: 1,
  unannotatedWeight: 5, geneBorrowWeight: 0, mergeTwins: 0, xlrFemaleFactor: 0.2, relativeCredit: 0, relativeDepth: 1, maxRelatives: 60, relativeScope: 1, ratioPower: 0.8, temperature: 1,
  derivedPrior: 10, derivedSeries: 1, derivedLabel: 1, derivedSeriesMin: 0.1, derivedMinMembers: 2, derivedLabelFrequency: 0.95, derivedMaxTerms: 100, derivedNeighbours: 30, derivedCaseOnly: 1,
  derivedInheritanceWeight: 1, derivedNamedWeight: 1, derivedCaseOnlyMax: 1, derivedCaseOnlyShrink: 0.5, caseExcludedWeight: 0, unexaminedWeight: 1, seenRatioPower: 0, absentPower: 0.3,
  publicationPrior: 0, annotationPrior: 0, noGeneFactor: 1, absentCap: 0, maxProbability: 0.99,
  exemplars: 1, exemplarRerank: 1, exemplarWeight: 0.75, exemplarTop: 20, exemplarForwardShare: 0.5, calibrate: 0, calibrateShrink: 50,
  transfer: 0, transferShrink: 5, transferMin: 0.05, transferRatio: 3, transferMax: 10,
  siblingWeight: 0, siblingMode: 2, siblingSeries: 1, siblingGene: 1, siblingMaxGenes: 2, siblingMin: 0.1, siblingLenders: 1, siblingSimilar: 0, siblingSimilarMin: 0.3,
} as const;

/** Marks a condition's training-case count, so a benchmark can tell seen from unseen diseases. */
export const TRAINING_CASES_SYSTEM = 'ddx:training-cases';
/** Marks a condition whose phenotype profile is derived (series members, its name), not annotated; the display says how. */
export const DERIVED_PROFILE_SYSTEM = 'ddx:derived-profile';

const AGE_BANDS: readonly AgeBand[] = [
  { id: 'neonate', minYears: 0, maxYears: 28 / 365.25 },
  { id: 'infant', minYears: 28 / 365.25, maxYears: 1 },
  { id: 'child', minYears: 1, maxYears: 5 },
  { id: 'juvenile', minYears: 5, maxYears: 16 },
  { id: 'young-adult', minYears: 16, maxYears: 40 },
  { id: 'middle-age', minYears: 40, maxYears: 60 },
  { id: 'late', minYears: 60, maxYears: 131 },
];

const X_LINKED_RECESSIVE = 'HP:0001419';

/** Earliest age (years) of each HPO onset term; terms not listed (congenital, antenatal, unspecified) start at 0. */
const ONSET_FROM: Readonly<Record<string, number>> = {
  'HP:0003593': 28 / 365.25, // infantile
  'HP:0011463': 1, // childhood
  'HP:0003621': 5, // juvenile
  'HP:0003581': 16, // adult
  'HP:0011462': 16, // young adult
  'HP:0003596': 40, // middle age
  'HP:0003584': 60, // late
};

/** The parsed inputs of the HPO learner: ontology and term mapper, annotations, gene links, MONDO, the training cases and the files they came from. */
export interface HpoInputs {
  readonly ontology: Ontology;
  readonly mapper: TermMapper;
  readonly annotations: ReadonlyMap<string, DiseaseAnnotations>;
  readonly geneLinks: ReadonlyMap<string, ReadonlySet<string>>;
  /** Disease id (OMIM:n / ORPHA:n) -> MONDO ids with an exact match. */
  readonly mondo: ReadonlyMap<string, readonly string[]>;
  /** OMIM diseases MONDO knows, with labels (for derived profiles of diseases without annotation). */
  readonly mondoDiseases?: readonly MondoOmimDisease[];
  readonly train: readonly Phenopacket[];
  readonly training: readonly TrainingFile[];
}

type Params = Required<Omit<HpoLearnOptions, 'priceOf' | 'trainPart'>>;

/** Live phenotype terms (under "Phenotypic abnormality", itself excluded) and the hierarchy among them. */
function phenotypeTerms(o: Ontology): { terms: string[]; parents: Record<string, string[]> } {
  const terms: string[] = [];
  for (const t of o.terms.values()) {
    if (t.obsolete || t.id === PHENOTYPIC_ABNORMALITY || t.id === ROOT_ALL) continue;
    if (ancestors(o, t.id).includes(PHENOTYPIC_ABNORMALITY)) terms.push(t.id);
  }
  terms.sort();
  const live = new Set(terms);
  const parents: Record<string, string[]> = {};
  for (const t of terms) {
    const ps = o.terms.get(t)!.parents.filter((p) => live.has(p));
    if (ps.length > 0) parents[t] = ps;
  }
  return { terms, parents };
}

/** Annotation probabilities per disease over resolved terms: positive (max over duplicates) and NOT. */
function annotationTable(inp: HpoInputs, live: ReadonlySet<string>, prm: Params, adjust?: FrequencyAdjust, adjustable: (d: string) => boolean = () => true): { pos: Map<string, Map<string, number>>; neg: Map<string, Set<string>> } {
  const pos = new Map<string, Map<string, number>>();
  const neg = new Map<string, Set<string>>();
  for (const d of inp.annotations.values()) {
    const row = new Map<string, number>();
    const nots = new Set<string>();
    for (const a of d.phenotypes) {
      const t = resolveTerm(inp.ontology, a.term);
      if (!t || !live.has(t)) continue;
      const own = a.frequency ?? prm.defaultFrequency;
      if (a.not || a.frequency === 0) nots.add(t);
      else row.set(t, Math.max(row.get(t) ?? 0, Math.min(0.95, Math.max(0.01, adjust && adjustable(d.id) ? adjust(t, frequencyClass(a.frequencyText, a.frequency), own) : own))));
    }
    for (const t of nots) row.delete(t);
    pos.set(d.id, row);
    if (nots.size > 0) neg.set(d.id, nots);
  }
  return { pos, neg };
}

/** Maps one annotation (term, class, own frequency) to the probability the model lists. */
type FrequencyAdjust = (t: string, c: FrequencyClass, own: number) => number;

/** Nominal probability of each class (the middle of its HPO band; "none" the default frequency). */
function classCentre(c: FrequencyClass, prm: Params): number {
  return c === 'none' ? prm.defaultFrequency : { obligate: 0.95, 'very-frequent': 0.9, frequent: 0.55, occasional: 0.17, 'very-rare': 0.025 }[c];
}

/**
 * The calibration (calibrate.ts) measured on the training cases of annotated diseases, and the frequency
 * map it gives: own x (recorded rate x scale) / the class's nominal value, scale fixed so that the mean
 * listed frequency over all annotations is what it was (only the relative weights of classes and branches move).
 */
function calibrationFor(inp: HpoInputs, live: ReadonlySet<string>, prm: Params, byDisease: ReadonlyMap<string, readonly Phenopacket[]>): { adjust: FrequencyAdjust; cal: FrequencyCalibration } {
  const o = inp.ontology;
  const top = new Set(o.children.get(PHENOTYPIC_ABNORMALITY) ?? []);
  const branchCache = new Map<string, string>();
  const branchOf = (t: string): string => {
    let b = branchCache.get(t);
    if (b === undefined) branchCache.set(t, (b = [t, ...ancestors(o, t)].filter((a) => top.has(a)).sort()[0] ?? 'none'));
    return b;
  };
  const resolveLive = (t: string): string | undefined => {
    const r = resolveTerm(o, t);
    return r && live.has(r) ? r : undefined;
  };
  const diseases: CalibrationDisease[] = [];
  for (const [d, cases] of [...byDisease].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const ann = inp.annotations.get(d);
    if (!ann) continue;
    const weights = caseWeights(cases, prm.publicationPower);
    diseases.push({ annotations: annotationClasses(ann, resolveLive), cases: cases.map((c, i) => ({ weight: weights[i]!, closure: new Set(c.present.flatMap((t) => inp.mapper.closure(t))) })) });
  }
  const cal = measureCalibration(diseases, branchOf, prm.calibrateShrink);
  const byBranch = prm.calibrate === 2;
  // Relative weight of an annotation: its recorded rate over its class's nominal value (1 where unmeasured).
  const relative = (t: string, c: FrequencyClass): number => (recordedRate(cal, c, byBranch ? branchOf(t) : undefined) ?? classCentre(c, prm)) / classCentre(c, prm);
  // Scale: the mean listed frequency over every annotation stays as it was.
  let ownSum = 0;
  let calSum = 0;
  for (const ann of inp.annotations.values()) {
    for (const a of ann.phenotypes) {
      const t = a.not || a.frequency === 0 ? undefined : resolveLive(a.term);
      if (!t) continue;
      const own = a.frequency ?? prm.defaultFrequency;
      ownSum += own;
      calSum += own * relative(t, frequencyClass(a.frequencyText, a.frequency));
    }
  }
  const scale = calSum > 0 ? ownSum / calSum : 1;
  const adjust: FrequencyAdjust = (t, c, own) => own * scale * relative(t, c);
  return { adjust, cal };
}

/**
 * Adds to every annotated disease's positive row the unreached terms patients of diseases with the same
 * annotations record (term-transfer.ts), learned from the training cases of annotated diseases, and
 * recomputes those diseases' closures (the background stays that of the annotations alone).
 */
function addTransferred(inp: HpoInputs, live: ReadonlySet<string>, prm: Params, ctx: { pos: Map<string, Map<string, number>>; neg: ReadonlyMap<string, ReadonlySet<string>>; closures: Map<string, Map<string, number>>; byDisease: ReadonlyMap<string, readonly Phenopacket[]>; leakOf: (t: string) => number }): void {
  const closureOf = (t: string): readonly string[] => inp.mapper.closure(t);
  const sources: TransferSource[] = [];
  for (const [d, cases] of [...ctx.byDisease].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const row = ctx.pos.get(d);
    if (!inp.annotations.has(d) || !row || row.size === 0) continue;
    const weights = caseWeights(cases, prm.publicationPower);
    const terms = (c: Phenopacket): string[] => c.present.map((t) => inp.mapper.resolve(t)).filter((t) => live.has(t));
    sources.push({ annotated: [...row.keys()], reached: new Set(ctx.closures.get(d)!.keys()), cases: cases.map((c, i) => ({ weight: weights[i]!, terms: terms(c) })) });
  }
  const table = learnTransfer(sources, closureOf, prm.transferShrink);
  const opt = { minProbability: prm.transferMin, minRatio: prm.transferRatio, maxTerms: prm.transferMax };
  const o = inp.ontology;
  for (const d of [...inp.annotations.keys()].sort()) {
    const row = ctx.pos.get(d);
    if (!row || row.size === 0) continue;
    const extra = transferredTerms(table, [...row.keys()], new Set(ctx.closures.get(d)!.keys()), closureOf, ctx.leakOf, opt);
    if (extra.length === 0) continue;
    for (const [b, p] of extra) if (!ctx.neg.get(d)?.has(b)) row.set(b, Math.min(0.95, p));
    ctx.closures.set(d, annotationClosure(o, row, live));
  }
}

/** The calibration's recorded rates per class, for the learner's report. */
export function calibrationSummary(cal: FrequencyCalibration): string {
  return FREQUENCY_CLASSES.map((c) => `${c} ${cal.rate[c].toFixed(3)} (${cal.support[c]})`).join(', ');
}

/** Noisy-OR closure of a disease's positive annotations: P(t or a descendant | d) for every ancestor-or-self t. */
function annotationClosure(o: Ontology, row: ReadonlyMap<string, number>, live: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, p] of row) {
    for (const u of [t, ...ancestors(o, t)]) {
      if (!live.has(u)) continue;
      out.set(u, 1 - (1 - (out.get(u) ?? 0)) * (1 - p));
    }
  }
  return out;
}

function casesByDisease(train: readonly Phenopacket[]): Map<string, Phenopacket[]> {
  const m = new Map<string, Phenopacket[]>();
  for (const c of train) {
    const list = m.get(c.disease.id) ?? [];
    list.push(c);
    m.set(c.disease.id, list);
  }
  return m;
}

/**
 * For a disease the annotations lack, the mean annotation closure of the annotated diseases of the
 * same causal gene (allelic disorders share much of their phenotype); undefined when there are none.
 */
function sameGeneClosure(cases: readonly Phenopacket[], diseasesOfGene: ReadonlyMap<string, readonly string[]>, closures: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, number> | undefined {
  const ds = [...new Set(cases.flatMap((c) => c.genes.flatMap((g) => diseasesOfGene.get(g) ?? [])))].sort();
  if (ds.length === 0) return undefined;
  const out = new Map<string, number>();
  for (const d of ds) for (const [t, p] of closures.get(d) ?? []) out.set(t, (out.get(t) ?? 0) + p / ds.length);
  return out;
}

/** Evidence weight of each case of one disease: m^-power, m being its publication's cases of that disease. */
/** A case's present terms with all their ancestors, live terms only, in the order first reached. */
function liveClosure(c: Phenopacket, mapper: TermMapper, live: ReadonlySet<string>): Set<string> {
  const cl = new Set<string>();
  for (const t of c.present) for (const x of mapper.closure(t)) if (live.has(x)) cl.add(x);
  return cl;
}

/**
 * A seen disease's likelihoods as pseudo-counts: P(t | d) = (w P_prior(t) + g k(t)) / (w + g n(t)), capped at `maxP`, over
 * every term its prior or its cases list (P_prior: the annotation or stand-in closure, else the leak). g is the
 * publication shrinkage (`publicationShrink`; 1 when off, computed in the unscaled form so the shipped model keeps its bytes).
 */
function putCaseUpdated(u: { ann: ReadonlyMap<string, number>; k: ReadonlyMap<string, number>; nOf: (t: string) => number; w: number; g: number }, leakOf: (t: string) => number, maxP: number, put: (t: string, p: number) => void): void {
  const { ann, k, nOf, w, g } = u;
  for (const t of new Set([...ann.keys(), ...k.keys()])) {
    const prior = ann.get(t) ?? leakOf(t);
    const kt = k.get(t) ?? 0;
    const nt = nOf(t);
    put(t, Math.min(maxP, g === 1 ? (w * prior + kt) / (w + nt) : (w * prior + g * kt) / (w + g * nt)));
  }
}

/** p / (p + s), p the distinct publications among a disease's cases (`publicationShrink`). */
export function publicationShrinkFactor(cases: readonly Phenopacket[], s: number): number {
  const p = new Set(cases.map((c) => publicationOf(c.id, c.cohort))).size;
  return p / (p + s);
}

function caseWeights(cases: readonly Phenopacket[], power: number): number[] {
  if (power === 0) return cases.map(() => 1);
  const per = new Map<string, number>();
  for (const c of cases) per.set(publicationOf(c.id, c.cohort), (per.get(publicationOf(c.id, c.cohort)) ?? 0) + 1);
  return cases.map((c) => Math.pow(per.get(publicationOf(c.id, c.cohort))!, -power));
}

/**
 * Per term, the weighted count of a disease's training cases that record it as excluded (resolved,
 * live terms only; a term a case also records present, itself or below, is not excluded by it).
 */
function excludedCounts(cases: readonly Phenopacket[], weights: readonly number[], mapper: TermMapper, live: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  cases.forEach((c, i) => {
    const present = new Set(c.present.flatMap((t) => mapper.closure(t)));
    for (const raw of c.excluded) {
      const t = mapper.resolve(raw);
      if (!live.has(t) || present.has(t)) continue;
      out.set(t, (out.get(t) ?? 0) + weights[i]!);
    }
  });
  return out;
}

/**
 * The case count n(t) a term's pseudo-count update divides by: a case counts fully when its
 * publication mentions t (some case records t or a descendant present, or t or an ancestor
 * excluded) and `unexamined` x its weight otherwise.
 */
function examinedWeight(cases: readonly Phenopacket[], weights: readonly number[], mapper: TermMapper, unexamined: number): (t: string) => number {
  const pubs = new Map<string, { w: number; present: Set<string>; excluded: Set<string> }>();
  cases.forEach((c, i) => {
    const key = publicationOf(c.id, c.cohort);
    const p = pubs.get(key) ?? pubs.set(key, { w: 0, present: new Set(), excluded: new Set() }).get(key)!;
    p.w += weights[i]!;
    for (const t of c.present) for (const x of mapper.closure(t)) p.present.add(x);
    for (const t of c.excluded) p.excluded.add(mapper.resolve(t));
  });
  const list = [...pubs.values()];
  return (t) => {
    let n = 0;
    for (const p of list) n += p.present.has(t) || mapper.closure(t).some((a) => p.excluded.has(a)) ? p.w : unexamined * p.w;
    return n;
  };
}

/**
 * Learn the rare-disease model (see the module comment) from parsed inputs: annotation table, background leaks,
 * per-disease rows (training cases as pseudo-counts for a seen disease; the annotation row, and with `siblingWeight`
 * its relatives' borrowed profile, for an unseen one), derived profiles, priors, genes and actions.
 *
 * @returns the model (manifest parameters: options only when on) and a report of counts
 */
export function learnHpoModel(given: HpoInputs, opts: HpoLearnOptions): { model: KnowledgeModel; report: Record<string, number | string> } {
  const prm: Params = { ...HPO_DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([k, v]) => v !== undefined && k !== 'priceOf' && k !== 'trainPart')) } as Params;
  const twins = prm.mergeTwins > 0 ? mergeTwins(given.annotations, given.geneLinks, given.mondo) : undefined;
  const inp: HpoInputs = twins ? { ...given, annotations: twins.annotations, geneLinks: twins.geneLinks } : given;
  const o = inp.ontology;
  const { terms, parents } = phenotypeTerms(o);
  const live = new Set(terms);
  const byDisease = casesByDisease(inp.train);
  const calibration = prm.calibrate > 0 ? calibrationFor(inp, live, prm, byDisease) : undefined;
  const { pos, neg } = annotationTable(inp, live, prm, calibration?.adjust, (d) => prm.calibrate !== 3 || !byDisease.has(d));
  const diseaseIds = [...new Set([...inp.annotations.keys(), ...byDisease.keys()])].sort();

  // Background frequency of every term: mean over diseases of the noisy-OR closure.
  const closures = new Map<string, Map<string, number>>();
  const bgSum = new Map<string, number>();
  for (const d of diseaseIds) {
    const cl = annotationClosure(o, pos.get(d) ?? new Map(), live);
    closures.set(d, cl);
    for (const [t, p] of cl) bgSum.set(t, (bgSum.get(t) ?? 0) + p);
  }
  const leakOf = (t: string): number => Math.min(0.5, Math.max(prm.leakFloor, (bgSum.get(t) ?? 0) / diseaseIds.length));
  if (prm.transfer > 0) addTransferred(inp, live, prm, { pos, neg, closures, byDisease, leakOf });

  const diseasesOfGene = new Map<string, string[]>();
  for (const [d, gs] of inp.geneLinks) if (inp.annotations.has(d)) for (const g of gs) (diseasesOfGene.get(g) ?? diseasesOfGene.set(g, []).get(g)!).push(d);
  const likelihoods: Record<string, Record<string, number[]>> = {};
  const put = (t: string, d: string, p: number): void => {
    (likelihoods[t] ??= {})[d] = [roundSig(p, 3)];
  };
  const derived = profilesFor(inp, prm, { live, terms, closures, leakOf });
  const siblings = prm.siblingWeight > 0 ? siblingsFor(inp, live, prm, byDisease, closures, leakOf) : new Map<string, Map<string, number>>();
  let seen = 0;
  const absentBasis = new Map<string, ReadonlyMap<string, number>>();
  for (const d of diseaseIds) {
    const cases = byDisease.get(d);
    if (!cases) {
      const sib = siblings.get(d);
      if (!sib || prm.siblingMode >= 2) for (const [t, p] of pos.get(d) ?? []) put(t, d, p);
      if (sib) putBorrowed(sib, closures.get(d)!, prm.siblingMode === 3 ? new Set(pos.get(d)!.keys()) : undefined, leakOf, prm, (t, p) => (neg.get(d)?.has(t) ? undefined : put(t, d, p)));
    } else {
      seen++;
      // Explicit closure: annotation closure and the cases' closures, updated as pseudo-counts.
      const k = new Map<string, number>();
      const weights = caseWeights(cases, prm.publicationPower);
      cases.forEach((c, i) => {
        for (const x of liveClosure(c, inp.mapper, live)) k.set(x, (k.get(x) ?? 0) + weights[i]!);
      });
      const n = weights.reduce((a, b) => a + b, 0);
      const borrowed = inp.annotations.has(d) || !(prm.geneBorrowWeight > 0) ? undefined : sameGeneClosure(cases, diseasesOfGene, closures);
      const fromProfile = inp.annotations.has(d) || borrowed || !(prm.derivedCaseOnly > 0) || cases.length > prm.derivedCaseOnlyMax || !derived.has(d) ? undefined : caseOnlyStart(derived.get(d)!, leakOf, prm.derivedCaseOnlyShrink);
      const ann = borrowed ?? fromProfile ?? closures.get(d)!;
      const w = inp.annotations.has(d) ? prm.caseWeight : borrowed ? prm.geneBorrowWeight : prm.unannotatedWeight;
      const examined = prm.unexaminedWeight < 1 ? examinedWeight(cases, weights, inp.mapper, prm.unexaminedWeight) : undefined;
      const g = prm.publicationShrink > 0 && inp.annotations.has(d) ? publicationShrinkFactor(cases, prm.publicationShrink) : 1;
      if (prm.absentAnnotation > 0 && inp.annotations.has(d)) absentBasis.set(d, ann);
      putCaseUpdated({ ann, k, nOf: examined ?? (() => n), w, g }, leakOf, prm.maxProbability, (t, p) => put(t, d, p));
      if (prm.caseExcludedWeight > 0) {
        for (const [t, e] of excludedCounts(cases, weights, inp.mapper, live)) if (likelihoods[t]?.[d] === undefined && !neg.get(d)?.has(t)) put(t, d, (leakOf(t) * w) / (w + prm.caseExcludedWeight * e));
      }
    }
    for (const t of neg.get(d) ?? []) if (likelihoods[t]?.[d] === undefined) put(t, d, leakOf(t) * prm.notFactor);
  }
  // Diseases only MONDO knows: their derived profile, explicit over ancestors like a seen disease's.
  const derivedOnly = new Map([...derived].filter(([d]) => !byDisease.has(d)));
  if (prm.derivedPrior > 0) for (const [d, p] of derivedOnly) for (const [t, v] of p.closure) put(t, d, Math.min(prm.maxProbability, v));
  const allIds = prm.derivedPrior > 0 ? [...diseaseIds, ...derivedOnly.keys()].sort() : diseaseIds;
  temperRatios(likelihoods, leakOf, (d) => (prm.seenRatioPower > 0 && byDisease.has(d) ? prm.seenRatioPower : prm.ratioPower), prm.maxProbability);
  const basis = absentBasis.size > 0 ? annotationBasis(absentBasis, leakOf, prm) : undefined;
  const unreported = expectedUnreported(o, likelihoods, leakOf, prm.absentWeight, prm.absentCap, prm.maxProbability, basis);
  // After the unreported-feature factor: a relative's credit is not a feature the disease is expected to show.
  const scope = new Set(diseaseIds.filter((d) => (prm.relativeScope >= 3 ? true : byDisease.has(d) && (prm.relativeScope >= 2 || !inp.annotations.has(d)))));
  addRelativeCredit(o, live, likelihoods, leakOf, (d) => closures.get(d), scope, { credit: prm.relativeCredit, depth: prm.relativeDepth, maxRelatives: prm.maxRelatives });
  const built = assemble(inp, opts, prm, { terms, parents, likelihoods, leakOf, byDisease, diseaseIds: allIds, seen, unreported, mergedInto: twins?.mergedInto ?? new Map(), derived: prm.derivedPrior > 0 ? derivedOnly : new Map() });
  return calibration ? { model: built.model, report: { ...built.report, calibration: calibrationSummary(calibration.cal) } } : built;
}

/**
 * The sibling profiles (sibling-cases.ts): borrowers are the annotated diseases without training cases, relatives the
 * diseases with training cases (their genes from the gene table and their cases), rates over live terms.
 */
function siblingsFor(inp: HpoInputs, live: ReadonlySet<string>, prm: Params, byDisease: ReadonlyMap<string, readonly Phenopacket[]>, closures: ReadonlyMap<string, ReadonlyMap<string, number>>, leakOf: (t: string) => number): Map<string, Map<string, number>> {
  if (prm.siblingSimilar > 0) return similarFor(inp, live, prm, byDisease, closures, leakOf);
  const seenRel: SeenRelative[] = [];
  for (const [d, cases] of [...byDisease].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (prm.siblingLenders < 2 && !inp.annotations.has(d)) continue;
    const weights = caseWeights(cases, prm.publicationPower);
    const genes = new Set([...(inp.geneLinks.get(d) ?? []), ...cases.flatMap((c) => c.genes)]);
    seenRel.push({ id: d, label: inp.annotations.get(d)?.name ?? cases[0]!.disease.label, genes, rates: recordedRates(cases.map((c, i) => ({ weight: weights[i]!, closure: liveClosure(c, inp.mapper, live) }))) });
  }
  const borrowers: Borrower[] = [...inp.annotations.values()].filter((a) => !byDisease.has(a.id)).map((a) => ({ id: a.id, label: a.name, genes: inp.geneLinks.get(a.id) ?? new Set<string>() }));
  return siblingProfiles(borrowers, seenRel, { series: prm.siblingSeries > 0, gene: prm.siblingGene > 0, maxGenes: prm.siblingMaxGenes, minRate: prm.siblingMin });
}

/** Sibling profiles from the seen annotated diseases most alike in their annotations (sibling-cases.ts `similarProfiles`). */
function similarFor(inp: HpoInputs, live: ReadonlySet<string>, prm: Params, byDisease: ReadonlyMap<string, readonly Phenopacket[]>, closures: ReadonlyMap<string, ReadonlyMap<string, number>>, leakOf: (t: string) => number): Map<string, Map<string, number>> {
  const lenders = [...byDisease]
    .filter(([d]) => inp.annotations.has(d))
    .map(([d, cases]) => {
      const weights = caseWeights(cases, prm.publicationPower);
      return { id: d, closure: closures.get(d)!, rates: recordedRates(cases.map((c, i) => ({ weight: weights[i]!, closure: liveClosure(c, inp.mapper, live) }))) };
    });
  const borrowers = [...inp.annotations.keys()].filter((d) => !byDisease.has(d)).map((d) => ({ id: d, closure: closures.get(d)! }));
  return similarProfiles(borrowers, lenders, (t) => -Math.log(leakOf(t)), { k: prm.siblingSimilar, minSimilarity: prm.siblingSimilarMin, minRate: prm.siblingMin });
}

/**
 * A borrower's listed probabilities: (w x own + s x sibling) / (w + s), own its annotation closure (or the leak), w the
 * annotation weight `caseWeight`, s `siblingWeight`. Mode 1 lists its whole closure and the borrowed terms so; mode 2
 * keeps its annotation row and lists only the terms the borrowed profile raises; mode 3 only those among `only`.
 */
function putBorrowed(sib: ReadonlyMap<string, number>, closure: ReadonlyMap<string, number>, only: ReadonlySet<string> | undefined, leakOf: (t: string) => number, prm: Params, put: (t: string, p: number) => void): void {
  const w = prm.caseWeight;
  const s = prm.siblingWeight;
  const ts = prm.siblingMode >= 2 ? [...sib.keys()].filter((t) => !only || only.has(t)) : [...new Set([...closure.keys(), ...sib.keys()])];
  for (const t of ts) {
    const own = closure.get(t) ?? leakOf(t);
    const mixed = (w * own + s * (sib.get(t) ?? 0)) / (w + s);
    if (prm.siblingMode === 1) put(t, Math.min(prm.maxProbability, mixed));
    else if (mixed > own) put(t, Math.min(prm.maxProbability, mixed));
  }
}

/** Derived profiles (derived-profiles.ts) of the MONDO OMIM diseases without annotation, by id; empty when off. */
function profilesFor(inp: HpoInputs, prm: Params, ctx: { live: ReadonlySet<string>; terms: readonly string[]; closures: ReadonlyMap<string, ReadonlyMap<string, number>>; leakOf: (t: string) => number }): Map<string, DerivedProfile> {
  if (!(prm.derivedPrior > 0 || prm.derivedCaseOnly > 0) || !inp.mondoDiseases) return new Map();
  const mondoLabel = new Map(inp.mondoDiseases.map((m) => [m.omim, m.label]));
  const annotatedNames = new Map<string, string[]>();
  for (const [d, a] of inp.annotations) annotatedNames.set(d, mondoLabel.has(d) ? [a.name, mondoLabel.get(d)!] : [a.name]);
  const profiles = derivedProfiles(
    { ontology: inp.ontology, live: ctx.live, diseases: inp.mondoDiseases, annotatedNames, closures: ctx.closures, leakOf: ctx.leakOf, index: buildLabelTermIndex(inp.ontology, ctx.terms) },
    { series: prm.derivedSeries > 0, label: prm.derivedLabel > 0, seriesMin: prm.derivedSeriesMin, minMembers: prm.derivedMinMembers, labelFrequency: prm.derivedLabelFrequency, maxTerms: prm.derivedMaxTerms, nameNeighbours: prm.derivedNeighbours, inheritanceWeight: prm.derivedInheritanceWeight, namedTermWeight: prm.derivedNamedWeight },
  );
  return new Map(profiles.map((p) => [p.id, p]));
}

/**
 * Findings of one patient are not independent (a paper describing the brain lists several brain
 * findings), so naive Bayes overcounts agreeing terms. Raising each listed likelihood ratio
 * P(t | d) / leak(t) to a power below 1 discounts every term alike; the result is still a table of
 * probabilities, so each finding's contribution stays exact.
 */
function temperRatios(likelihoods: Record<string, Record<string, number[]>>, leakOf: (t: string) => number, powerOf: (d: string) => number, maxP: number): void {
  for (const t of Object.keys(likelihoods)) {
    const L = leakOf(t);
    const row = likelihoods[t]!;
    for (const d of Object.keys(row)) {
      const power = powerOf(d);
      if (power !== 1) row[d] = [roundSig(Math.min(maxP, L * Math.pow(row[d]![0]! / L, power)), 3)];
    }
  }
}

interface Tables {
  readonly terms: readonly string[];
  readonly parents: Record<string, string[]>;
  readonly likelihoods: Record<string, Record<string, number[]>>;
  readonly leakOf: (t: string) => number;
  readonly byDisease: ReadonlyMap<string, readonly Phenopacket[]>;
  readonly diseaseIds: readonly string[];
  readonly seen: number;
  /** Per disease, log of prod (1 - rho * P(t | d)) over its most specific listed terms (see `expectedUnreported`). */
  readonly unreported: ReadonlyMap<string, number>;
  /** OMIM id -> Orphanet twins merged into it. */
  readonly mergedInto: ReadonlyMap<string, readonly string[]>;
  /** Conditions with a derived profile only (no annotation, no training case). */
  readonly derived: ReadonlyMap<string, DerivedProfile>;
}

/**
 * Features a disease shows that the patient's record does not report count against it, as in a
 * Bernoulli naive Bayes over the disease's most specific listed terms t (those with P(t | d) above the
 * leak and no listed descendant): each contributes log(1 - rho * P(t | d)), rho being the chance that
 * a feature the patient has is recorded (phenopackets record selectively, so rho is small). The sum
 * over all of them goes into the disease's prior; a reported term takes its own factor back, so its
 * listed probability becomes P / (1 - rho * P): observing it then contributes log(P / leak) -
 * log(1 - rho * P), exactly the Bernoulli term. Where that would pass 0.99 it is capped, and the
 * prior takes only the factor P / 0.99 the capped value gives back, so a reported term is always
 * restored exactly. Without this, a disease with many
 * annotations matches more terms by chance and its missing hallmark features cost nothing.
 * Rewrites `likelihoods` in place; returns the log factor per disease.
 */
function expectedUnreported(o: Ontology, likelihoods: Record<string, Record<string, number[]>>, leakOf: (t: string) => number, rhoMax: number, cap = 0, maxP = 0.99, basis?: (d: string, t: string, p: number) => number): Map<string, number> {
  const out = new Map<string, number>();
  if (!(rhoMax > 0)) return out;
  const byDisease = new Map<string, string[]>();
  for (const t of Object.keys(likelihoods).sort()) {
    const L = leakOf(t);
    for (const [d, v] of Object.entries(likelihoods[t]!)) if (v[0]! > L) (byDisease.get(d) ?? byDisease.set(d, []).get(d)!).push(t);
  }
  for (const [d, ts] of byDisease) {
    const nonLeaf = new Set<string>();
    for (const t of ts) for (const a of ancestors(o, t)) nonLeaf.add(a);
    const leaves = ts.filter((t) => !nonLeaf.has(t));
    // A record reports a handful of features, so a disease listing many expects each one less often.
    const expected = leaves.reduce((s, t) => s + likelihoods[t]![d]![0]!, 0);
    const rho = cap > 0 && expected > 0 ? Math.min(rhoMax, cap / expected) : rhoMax;
    let logF = 0;
    for (const t of leaves) {
      const row = likelihoods[t]!;
      const p = row[d]![0]!;
      // How likely a report is to mention t (`absentAnnotation`: partly from the annotations); as p when off.
      const q = basis ? basis(d, t, p) : p;
      // Near 1 the raised probability is capped; the prior then takes only the factor it gives back.
      const raised = roundSig(Math.min(maxP, Math.max(p, p / (1 - rho * q))), 3);
      logF += Math.log(p / raised);
      row[d] = [raised];
    }
    out.set(d, logF);
  }
  return out;
}

/**
 * The expected-unreported basis of `absentAnnotation` a: for a seen annotated disease, (1 - a) x its listed P +
 * a x its annotation P on the same tempered scale (a term only its cases list: the leak, so it expects nothing).
 */
function annotationBasis(ann: ReadonlyMap<string, ReadonlyMap<string, number>>, leakOf: (t: string) => number, prm: Params): (d: string, t: string, p: number) => number {
  const a = prm.absentAnnotation;
  return (d, t, p) => {
    const closure = ann.get(d);
    if (!closure) return p;
    const L = leakOf(t);
    const power = prm.seenRatioPower > 0 ? prm.seenRatioPower : prm.ratioPower;
    const v = Math.min(prm.maxProbability, closure.get(t) ?? L);
    const tempered = power !== 1 ? Math.min(prm.maxProbability, L * Math.pow(v / L, power)) : v;
    return (1 - a) * p + a * tempered;
  };
}

/** HPO codes of a term: itself, then the alt_ids and replaced obsolete ids that resolve to it. */
function termCodes(o: Ontology): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [old, cur] of o.primary) {
    const list = out.get(cur) ?? [];
    list.push(old);
    out.set(cur, list);
  }
  return out;
}

function assemble(inp: HpoInputs, opts: HpoLearnOptions, prm: Params, tb: Tables): { model: KnowledgeModel; report: Record<string, number | string> } {
  const o = inp.ontology;
  const available = new Set(TEST_CLASSES.filter((t) => opts.priceOf(t.code)).map((t) => t.id));
  const reveals = new Map<string, string[]>();
  const olds = termCodes(o);
  const findings: FindingDef[] = [];
  for (const t of tb.terms) {
    const cls = classify(new Set([t, ...ancestors(o, t)]), available);
    (reveals.get(cls.actionId) ?? reveals.set(cls.actionId, []).get(cls.actionId)!).push(t);
    const codes: Coding[] = [{ system: 'HPO', code: t }, ...(olds.get(t) ?? []).sort().map((c) => ({ system: 'HPO', code: c }))];
    findings.push({ id: t, name: o.terms.get(t)!.name, kind: cls.findingKind, valueType: 'binary', leak: roundSig(tb.leakOf(t), 3), codes } satisfies BinaryFinding);
  }
  // Genes: links from the annotations' gene table and from training cases.
  const genesOf = new Map<string, Set<string>>();
  for (const d of tb.diseaseIds) {
    const s = new Set(inp.geneLinks.get(d) ?? []);
    for (const c of tb.byDisease.get(d) ?? []) for (const g of c.genes) s.add(g);
    if (s.size > 0) genesOf.set(d, s);
  }
  const allGenes = [...new Set([...genesOf.values()].flatMap((s) => [...s]))].sort();
  const likelihoods = tb.likelihoods;
  for (const [d, gs] of genesOf) {
    const cases = tb.byDisease.get(d) ?? [];
    for (const g of gs) {
      const prior = prm.geneProbability / gs.size;
      const k = cases.filter((c) => c.genes.includes(g)).length;
      (likelihoods[`${GENE_FINDING_PREFIX}${g}`] ??= {})[d] = [roundSig((prm.caseWeight * prior + k) / (prm.caseWeight + cases.length), 3)];
    }
  }
  for (const g of allGenes) findings.push({ id: `${GENE_FINDING_PREFIX}${g}`, name: `pathogenic variant in ${g}`, kind: 'genetic', valueType: 'binary', leak: 1e-4, codes: [{ system: 'HGNC-symbol', code: g }] });
  const actions = buildActions(reveals, allGenes, opts);
  const conditions = buildConditions(inp, prm, tb, genesOf);
  const model: KnowledgeModel = {
    format: 'ddx-model',
    formatVersion: 1,
    id: 'phenopackets',
    version: '2.0.0',
    name: 'Rare diseases from the HPO annotations and published phenopackets',
    description: 'Derived from the Human Phenotype Ontology annotations (release 2023-01-27) of every annotated OMIM, Orphanet and DECIPHER disease, updated by phenopacket-store training cases; OMIM diseases only MONDO (2026-08-04) knows carry a profile derived from their series and their name; expanded over the HPO is-a hierarchy at compile time.',
    license: 'Apache-2.0 (model); derived tables from the HPO (release 2023-01-27, free with attribution; Orphanet rows CC BY 4.0), phenopacket-store (BSD-3-Clause) and MONDO cross-references (CC BY 4.0)',
    attribution: [
      'This product uses the Human Phenotype Ontology (release 2023-01-27), Köhler et al., Nucleic Acids Res 2021; https://hpo.jax.org. Tables here are derived from phenotype.hpoa, hp.json and genes_to_phenotype.txt, not the files themselves.',
      'Orphanet disease-phenotype annotations (via HPO), CC BY 4.0',
      'GA4GH phenopacket-store, Danis et al. (BSD-3-Clause)',
      'Mondo Disease Ontology (release v2026-08-04), https://mondo.monarchinitiative.org, CC BY 4.0; Vasilevsky NA et al., medRxiv 2022 doi:10.1101/2022.04.13.22273750. Changes: derived (cross-references, and labels of OMIM diseases without HPO annotation, from which phenotype profiles are derived).',
      'Prices: CMS Clinical Laboratory Fee Schedule 2025 Q2; Dx0 test-prices.csv (MIT)',
    ],
    ageBands: AGE_BANDS,
    conditions,
    findings,
    actions,
    likelihoods,
    hierarchy: { parents: tb.parents, descendantCredit: prm.descendantCredit, maxDescendants: prm.maxDescendants, ...(prm.absentPower !== 1 ? { absentPower: prm.absentPower } : {}) },
    cantMissThreshold: 1,
    ...exemplarsOf(inp, prm, tb),
    ...(prm.temperature !== 1 ? { calibration: { temperature: prm.temperature, fittedOn: 'grouped 5-fold cross-validation by publication (phenopacket-store dev folds): expected calibration error of the top-1 posterior' } } : {}),
    manifest: {
      contentHash: `sha256:${'0'.repeat(64)}`,
      createdBy: { tool: 'ddx learn phenopackets', codeVersion: CODE_VERSION },
      training: inp.training.map((t) => ({ ...t })),
      parameters: { ...manifestParams(prm), trainPart: opts.trainPart ?? 'all', trainCases: inp.train.length, diseases: conditions.length, seenDiseases: tb.seen, terms: tb.terms.length, genes: allGenes.length, derived: 'derived from HPO release 2023-01-27 and MONDO v2026-08-04 at build time', derivedDiseases: tb.derived.size },
    },
  };
  return { model, report: { trainCases: inp.train.length, diseases: conditions.length, seenDiseases: tb.seen, derivedDiseases: tb.derived.size, terms: tb.terms.length, genes: allGenes.length } };
}

/** Learner parameters for the manifest; the calibration, transfer, sibling settings, publication shrinkage and a non-symmetric exemplar share only when on (so a model learned without them keeps its bytes). */
function manifestParams(prm: Params): Partial<Params> {
  const off = new Set<string>([
    ...(prm.calibrate > 0 ? [] : ['calibrate', 'calibrateShrink']),
    ...(prm.transfer > 0 ? [] : ['transfer', 'transferShrink', 'transferMin', 'transferRatio', 'transferMax']),
    ...(prm.exemplarForwardShare !== 0.5 ? [] : ['exemplarForwardShare']),
    ...(prm.publicationShrink > 0 ? [] : ['publicationShrink']),
    ...(prm.absentAnnotation > 0 ? [] : ['absentAnnotation']),
    ...(prm.siblingWeight > 0 ? [] : ['siblingWeight', 'siblingMode', 'siblingSeries', 'siblingGene', 'siblingMaxGenes', 'siblingMin', 'siblingLenders', 'siblingSimilar', 'siblingSimilarMin']),
  ]);
  return Object.fromEntries(Object.entries(prm).filter(([k]) => !off.has(k))) as Partial<Params>;
}

/** The exemplar field (exemplars.ts) over the model's phenotype terms; {} when not carried. */
function exemplarsOf(inp: HpoInputs, prm: Params, tb: Tables): { exemplars?: ExemplarRerank } {
  const live = new Set(tb.terms);
  const f = exemplarField(tb.byDisease, inp.mapper, (id) => live.has(id), { carry: prm.exemplars > 0, enabled: prm.exemplarRerank > 0, weight: prm.exemplarWeight, top: prm.exemplarTop, forwardShare: prm.exemplarForwardShare });
  return f ? { exemplars: f } : {};
}

function buildActions(reveals: ReadonlyMap<string, string[]>, genes: readonly string[], opts: HpoLearnOptions): ActionDef[] {
  const actions: ActionDef[] = questionAndTestActions(reveals, opts.priceOf);
  const exome = opts.priceOf(EXOME.code);
  const single = opts.priceOf(SINGLE_GENE.code);
  const geneFindings = genes.map((g) => `${GENE_FINDING_PREFIX}${g}`);
  if (exome && geneFindings.length > 0) actions.push({ id: EXOME.id, kind: EXOME.kind, name: EXOME.name, code: { system: 'CPT', code: EXOME.code }, priceUsd: exome.priceUsd, priceSource: exome.source, reveals: geneFindings });
  if (single) for (const g of genes) actions.push({ id: `${SINGLE_GENE.prefix}${g}`, kind: SINGLE_GENE.kind, name: `${SINGLE_GENE.name}: ${g}`, code: { system: 'CPT', code: SINGLE_GENE.code }, priceUsd: single.priceUsd, priceSource: single.source, reveals: [`${GENE_FINDING_PREFIX}${g}`] });
  return actions;
}

/** Prior factor of an annotated disease from general signals of how often it is reported (1 when off or not annotated). */
function reportedFactor(ann: DiseaseAnnotations | undefined, hasGene: boolean, prm: Params): number {
  if (!ann) return 1;
  let f = Math.pow(1 + (ann.pmids?.length ?? 0), prm.publicationPrior) * Math.pow(1 + ann.phenotypes.length, prm.annotationPrior);
  if (!hasGene) f *= prm.noGeneFactor;
  return f;
}

function buildConditions(inp: HpoInputs, prm: Params, tb: Tables, genesOf: ReadonlyMap<string, ReadonlySet<string>>): ConditionDef[] {
  // An ORPHA disease with exactly one OMIM equivalent (through a shared MONDO id) carries that OMIM id as a code.
  const omimByMondo = new Map<string, string[]>();
  for (const [d, ms] of inp.mondo) if (d.startsWith('OMIM:')) for (const m of ms) (omimByMondo.get(m) ?? omimByMondo.set(m, []).get(m)!).push(d);
  return tb.diseaseIds.map((d) => {
    const ann = inp.annotations.get(d);
    const cases = tb.byDisease.get(d) ?? [];
    const dp = tb.derived.get(d);
    const name = ann?.name ?? cases[0]?.disease.label ?? dp!.name;
    const earliest = (ann?.onsets ?? []).length > 0 ? Math.min(...ann!.onsets.map((t) => ONSET_FROM[t] ?? 0)) : 0;
    const nEff = caseWeights(cases, prm.priorPublicationPower).reduce((a, b) => a + b, 0);
    const base = (dp ? prm.derivedPrior : 1 + (cases.length > 0 ? prm.seenBoost * Math.pow(nEff, prm.priorPower) : 0)) * Math.exp(tb.unreported.get(d) ?? 0) * reportedFactor(ann, genesOf.has(d), prm);
    // X-linked recessive (and nothing else): affected patients are almost always male.
    const xlr = ann !== undefined && ann.inheritance.length > 0 && ann.inheritance.every((t) => t === X_LINKED_RECESSIVE);
    const prior = AGE_BANDS.map((b) => {
      const w = roundSig(base * (b.maxYears <= earliest ? prm.onsetPenalty : 1), 4);
      return [xlr ? roundSig(w * prm.xlrFemaleFactor, 4) : w, w];
    });
    const mondo = inp.mondo.get(d) ?? (dp ? [dp.mondo] : []);
    const omim = d.startsWith('OMIM:') ? [] : [...new Set(mondo.flatMap((m) => omimByMondo.get(m) ?? []))];
    const codes: Coding[] = [
      ...[...(genesOf.get(d) ?? [])].sort().map((g) => ({ system: 'HGNC-symbol', code: g })),
      ...mondo.map((m) => ({ system: 'MONDO', code: m })),
      ...(tb.mergedInto.get(d) ?? []).map((x) => ({ system: 'ORPHA', code: x })),
      ...(omim.length === 1 ? [{ system: 'OMIM', code: omim[0]! }] : []),
      ...(cases.length > 0 ? [{ system: TRAINING_CASES_SYSTEM, code: String(cases.length) }] : []),
      ...(dp ? [{ system: DERIVED_PROFILE_SYSTEM, code: derivationCode(dp), display: derivationNote(dp) }] : []),
    ];
    return { id: d, name, icd10: [], severity: 3, cantMiss: false, codes, prior };
  });
}
