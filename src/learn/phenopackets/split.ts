/**
 * Dev splits of phenopacket-store by publication. Cases of one publication share authors, a way of
 * recording phenotypes and often a family, so a split by case id measures memory of cohorts; the
 * unseen cases come from publications never seen. Each publication (the PMID in the case id, else
 * the cohort) is hashed once: a third is the untouched part (scored only at the very end), the rest
 * is cut into `FOLDS` groups for grouped cross-validation. No publication is on two sides.
 */
import { hashSeed } from '../../core/random.js';

export const FOLDS = 5;
const SPLIT_SEED = 0x70b1;

/** The publication a case comes from: `PMID_<n>` in its id, else its cohort, else its id. */
export function publicationOf(id: string, cohort?: string): string {
  const m = /PMID_(\d+)/.exec(id);
  if (m) return `PMID:${m[1]!}`;
  return cohort !== undefined && cohort !== '' ? `cohort:${cohort}` : `case:${id}`;
}

/** Where a publication falls: the untouched third, or a cross-validation fold 0..FOLDS-1. */
export type SplitPart = { readonly part: 'final' } | { readonly part: 'dev'; readonly fold: number };

export function splitPartOf(publication: string): SplitPart {
  const h = hashSeed(publication, SPLIT_SEED);
  if (h % 3 === 0) return { part: 'final' };
  return { part: 'dev', fold: Math.floor(h / 3) % FOLDS };
}

/**
 * Which cases a model is trained on: `all` (the shipped model), `dev` (all but the untouched third),
 * or `fold-K` (dev minus fold K, for cross-validation).
 */
export type TrainPart = 'all' | 'dev' | `fold-${number}`;
/** Which cases are scored: `fold-K`, `final` (the untouched third), `case-hash` (the old split by id hash). */
export type EvalPart = 'final' | 'case-hash' | `fold-${number}`;

export function parseTrainPart(s: string): TrainPart | undefined {
  if (s === 'all' || s === 'dev') return s;
  const m = /^fold-(\d+)$/.exec(s);
  return m && Number(m[1]) < FOLDS ? (s as TrainPart) : undefined;
}

export function parseEvalPart(s: string): EvalPart | undefined {
  if (s === 'final' || s === 'case-hash') return s;
  const m = /^fold-(\d+)$/.exec(s);
  return m && Number(m[1]) < FOLDS ? (s as EvalPart) : undefined;
}

function foldOf(part: string): number {
  return Number(part.slice('fold-'.length));
}

/** True when a case of this publication is in the training part. */
export function inTrainPart(publication: string, train: TrainPart): boolean {
  if (train === 'all') return true;
  const s = splitPartOf(publication);
  if (s.part === 'final') return false;
  return train === 'dev' || s.fold !== foldOf(train);
}

/** True when a case of this publication is scored in the evaluation part (case-hash is decided by id elsewhere). */
export function inEvalPart(publication: string, part: Exclude<EvalPart, 'case-hash'>): boolean {
  const s = splitPartOf(publication);
  if (part === 'final') return s.part === 'final';
  return s.part === 'dev' && s.fold === foldOf(part);
}

/** Whether a model trained on `train` has seen any case of `part` (then scoring it would measure memory). */
export function overlaps(train: TrainPart, part: Exclude<EvalPart, 'case-hash'>): boolean {
  if (train === 'all') return true;
  if (part === 'final') return false;
  // fold-K is dev without fold K: it holds every other fold.
  return train === 'dev' || train !== part;
}
