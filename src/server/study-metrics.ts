/**
 * The figures of a clinicians' validation study, from the model's output per case and the
 * reviewers' blinded differentials and ratings: agreement (Cohen's kappa, reviewer–model and
 * between reviewers), top-k concordance, accuracy against the reference diagnosis overall and by
 * sex and age band, calibration, cost per case and the cases of disagreement. Pure functions.
 *
 * The reference diagnosis of a case is the one given with the case when there is one, else the
 * reviewers' majority top-1 (ties broken by condition id, so the result is deterministic).
 */
import type { Rating } from './store/studies.js';

export interface StudyCaseOutcome {
  readonly age: number;
  readonly sex: 'female' | 'male';
  /** Reference diagnoses given with the case (any of them counts as correct). */
  readonly truth: readonly string[];
  /** The model's differential, most likely first. */
  readonly ranked: readonly { readonly id: string; readonly p: number }[];
  /** Conditions the model flagged as must-not-miss. */
  readonly cantMiss: readonly string[];
  /** Condition ids that are can't-miss in the model. */
  readonly cantMissIds: ReadonlySet<string>;
  /** Price of the tests whose results the case contains, USD. */
  readonly costUsd: number;
}

export interface StudyReviewInput {
  readonly caseIndex: number;
  readonly reviewerId: string;
  readonly differential: readonly string[];
  readonly ratings: readonly Rating[] | null;
}

export interface Accuracy { readonly n: number; readonly top1: number | null; readonly top3: number | null }

export interface StudyMetrics {
  readonly n_cases: number;
  readonly n_reviewers: number;
  readonly n_reviews: number;
  readonly n_rated: number;
  readonly cases_with_reference: number;
  readonly reviewer_model_kappa: number | null;
  readonly inter_reviewer_kappa: number | null;
  readonly top_k_concordance: { readonly k: number; readonly rate: number | null }[];
  readonly accuracy: Accuracy & { readonly top5: number | null };
  readonly accuracy_by_sex: ({ readonly group: string } & Accuracy)[];
  readonly accuracy_by_age: ({ readonly group: string } & Accuracy)[];
  readonly calibration: { readonly bins: { lo: number; hi: number; n: number; mean_p: number; observed: number }[]; readonly ece: number | null };
  readonly cant_miss_recall: number | null;
  readonly ratings: Record<Rating['rating'], number>;
  readonly cost_per_case_usd: { readonly mean: number; readonly median: number };
  readonly disagreements: { readonly case_index: number; readonly reasons: string[] }[];
}

export const AGE_BANDS: readonly { id: string; lo: number; hi: number }[] = [
  { id: '0-17', lo: 0, hi: 18 }, { id: '18-39', lo: 18, hi: 40 }, { id: '40-64', lo: 40, hi: 65 }, { id: '65+', lo: 65, hi: 1000 },
];

/** Cohen's kappa for two raters' labels on the same items; null when undefined (no items, or chance agreement is 1). */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): number | null {
  if (pairs.length === 0) return null;
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
    if (x === y) agree++;
  }
  const n = pairs.length;
  let pe = 0;
  for (const [k, ca] of a) pe += (ca / n) * ((b.get(k) ?? 0) / n);
  const po = agree / n;
  if (pe >= 1) return po === 1 ? 1 : null;
  return (po - pe) / (1 - pe);
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/** The reference diagnoses per case: given truth, else the reviewers' majority top-1. */
export function references(cases: readonly StudyCaseOutcome[], reviews: readonly StudyReviewInput[]): (readonly string[])[] {
  return cases.map((c, i) => {
    if (c.truth.length) return c.truth;
    const votes = new Map<string, number>();
    for (const r of reviews) if (r.caseIndex === i && r.differential[0]) votes.set(r.differential[0], (votes.get(r.differential[0]) ?? 0) + 1);
    const best = [...votes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
    return best ? [best[0]] : [];
  });
}

function accuracy(idx: readonly number[], cases: readonly StudyCaseOutcome[], refs: readonly (readonly string[])[]): Accuracy & { top5: number | null } {
  const withRef = idx.filter((i) => refs[i]!.length > 0);
  const hit = (k: number) => mean(withRef.map((i) => (cases[i]!.ranked.slice(0, k).some((r) => refs[i]!.includes(r.id)) ? 1 : 0)));
  return { n: withRef.length, top1: hit(1), top3: hit(3), top5: hit(5) };
}

function calibration(cases: readonly StudyCaseOutcome[], refs: readonly (readonly string[])[]): StudyMetrics['calibration'] {
  const nb = 10;
  const sumP = new Float64Array(nb);
  const sumY = new Float64Array(nb);
  const count = new Uint32Array(nb);
  let total = 0;
  cases.forEach((c, i) => {
    const ref = refs[i]!;
    if (!ref.length) return;
    for (const r of c.ranked.slice(0, 5)) {
      const b = Math.min(nb - 1, Math.floor(r.p * nb));
      sumP[b]! += r.p;
      sumY[b]! += ref.includes(r.id) ? 1 : 0;
      count[b]!++;
      total++;
    }
  });
  const bins = [];
  let ece = 0;
  for (let b = 0; b < nb; b++) {
    const n = count[b]!;
    if (!n) continue;
    const mp = sumP[b]! / n;
    const obs = sumY[b]! / n;
    bins.push({ lo: b / nb, hi: (b + 1) / nb, n, mean_p: mp, observed: obs });
    ece += (n / total) * Math.abs(mp - obs);
  }
  return { bins, ece: total ? ece : null };
}

/** Every figure of the dashboard. */
export function studyMetrics(cases: readonly StudyCaseOutcome[], reviews: readonly StudyReviewInput[]): StudyMetrics {
  const refs = references(cases, reviews);
  const reviewers = [...new Set(reviews.map((r) => r.reviewerId))].sort();
  const top1Of = (r: StudyReviewInput) => r.differential[0] ?? '';

  const perReviewer = reviewers.map((id) => cohenKappa(reviews.filter((r) => r.reviewerId === id).map((r) => [top1Of(r), cases[r.caseIndex]?.ranked[0]?.id ?? ''] as const)));
  const pairKappas: number[] = [];
  for (let a = 0; a < reviewers.length; a++) {
    for (let b = a + 1; b < reviewers.length; b++) {
      const byCase = new Map(reviews.filter((r) => r.reviewerId === reviewers[b]).map((r) => [r.caseIndex, top1Of(r)]));
      const pairs = reviews.filter((r) => r.reviewerId === reviewers[a] && byCase.has(r.caseIndex)).map((r) => [top1Of(r), byCase.get(r.caseIndex)!] as const);
      const k = cohenKappa(pairs);
      if (k !== null) pairKappas.push(k);
    }
  }

  const all = cases.map((_, i) => i);
  const ratings: Record<Rating['rating'], number> = { correct: 0, plausible: 0, wrong: 0, 'dangerous-miss': 0 };
  for (const r of reviews) for (const x of r.ratings ?? []) ratings[x.rating]++;

  // Can't-miss recall: cases whose reference is a can't-miss condition, or where a reviewer marked a
  // dangerous miss; recalled when the model listed the reference (differential or alerts) and no reviewer marked a dangerous miss.
  let cmCases = 0;
  let cmHit = 0;
  cases.forEach((c, i) => {
    const ref = refs[i]!;
    const danger = reviews.some((r) => r.caseIndex === i && (r.ratings ?? []).some((x) => x.rating === 'dangerous-miss'));
    const cmRef = ref.filter((id) => c.cantMissIds.has(id));
    if (!cmRef.length && !danger) return;
    cmCases++;
    const listed = cmRef.length === 0 || cmRef.some((id) => c.ranked.some((r) => r.id === id) || c.cantMiss.includes(id));
    if (listed && !danger) cmHit++;
  });

  const costs = cases.map((c) => c.costUsd).sort((x, y) => x - y);
  const median = costs.length ? (costs.length % 2 ? costs[(costs.length - 1) / 2]! : (costs[costs.length / 2 - 1]! + costs[costs.length / 2]!) / 2) : 0;

  const disagreements: StudyMetrics['disagreements'] = [];
  cases.forEach((c, i) => {
    const reasons: string[] = [];
    const top3 = c.ranked.slice(0, 3).map((r) => r.id);
    for (const r of reviews.filter((x) => x.caseIndex === i)) {
      if (r.differential[0] && !top3.includes(r.differential[0])) reasons.push(`${r.reviewerId}: their leading diagnosis is not in the model's top 3`);
      const bad = (r.ratings ?? []).filter((x) => x.rating === 'dangerous-miss' || (x.rating === 'wrong' && x.condition_id === c.ranked[0]?.id));
      for (const x of bad) reasons.push(`${r.reviewerId}: ${x.rating === 'dangerous-miss' ? 'dangerous miss' : 'model top-1 rated wrong'} (${x.condition_id})`);
    }
    if (refs[i]!.length && c.truth.length && !c.ranked.slice(0, 3).some((r) => refs[i]!.includes(r.id))) reasons.push('reference diagnosis not in the model top 3');
    if (reasons.length) disagreements.push({ case_index: i, reasons });
  });

  return {
    n_cases: cases.length,
    n_reviewers: reviewers.length,
    n_reviews: reviews.length,
    n_rated: reviews.filter((r) => r.ratings !== null).length,
    cases_with_reference: refs.filter((r) => r.length > 0).length,
    reviewer_model_kappa: mean(perReviewer.filter((k): k is number => k !== null)),
    inter_reviewer_kappa: mean(pairKappas),
    top_k_concordance: [1, 3, 5].map((k) => ({ k, rate: mean(reviews.filter((r) => r.differential[0]).map((r) => (cases[r.caseIndex]?.ranked.slice(0, k).some((x) => x.id === r.differential[0]) ? 1 : 0))) })),
    accuracy: accuracy(all, cases, refs),
    accuracy_by_sex: (['female', 'male'] as const).map((s) => ({ group: s, ...accuracy(all.filter((i) => cases[i]!.sex === s), cases, refs) })).map(({ top5: _t, ...a }) => a),
    accuracy_by_age: AGE_BANDS.map((b) => ({ group: b.id, ...accuracy(all.filter((i) => cases[i]!.age >= b.lo && cases[i]!.age < b.hi), cases, refs) })).map(({ top5: _t, ...a }) => a),
    calibration: calibration(cases, refs),
    cant_miss_recall: cmCases ? cmHit / cmCases : null,
    ratings,
    cost_per_case_usd: { mean: mean(costs) ?? 0, median },
    disagreements,
  };
}
