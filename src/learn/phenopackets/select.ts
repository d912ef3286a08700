/**
 * Choosing the cases of one side of a dev split: the training part a model learns from, and the
 * case lines a benchmark scores, by publication (see split.ts) or by the old case-id hash.
 */
import { isDevCase } from './cases.js';
import { inEvalPart, inTrainPart, publicationOf, type EvalPart, type TrainPart } from './split.js';

/** Training part, or the old split (`case-hash`: every case whose id hash is not dev). */
export type TrainSelection = TrainPart | 'case-hash';

export function isTrainCase(c: { readonly id: string; readonly cohort?: string }, train: TrainSelection): boolean {
  if (train === 'case-hash') return !isDevCase(c.id);
  return inTrainPart(publicationOf(c.id, c.cohort), train);
}

export function isEvalCase(c: { readonly id: string; readonly cohort?: string }, part: EvalPart): boolean {
  if (part === 'case-hash') return isDevCase(c.id);
  return inEvalPart(publicationOf(c.id, c.cohort), part);
}

/**
 * The lines of a JSONL text in an evaluation part. A line without a readable id is kept, so the
 * runner reports it as malformed instead of it vanishing.
 */
export function selectLines(text: string, part: EvalPart): string {
  const kept = text.split('\n').filter((line) => {
    if (line.trim() === '') return false;
    let o: { id?: unknown; cohort?: unknown } | undefined;
    try {
      o = JSON.parse(line) as { id?: unknown; cohort?: unknown };
    } catch {
      return true;
    }
    if (typeof o?.id !== 'string') return true;
    return isEvalCase({ id: o.id, ...(typeof o.cohort === 'string' ? { cohort: o.cohort } : {}) }, part);
  });
  return `${kept.join('\n')}\n`;
}
