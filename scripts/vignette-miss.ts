/**
 * What the two vignette failure scripts share (dev tools, not benchmarks): the log likelihood ratio
 * of an observation for the true condition, the rough cause of a top-5 miss, and the printed lines
 * for one case and for the tally of causes.
 */
import type { KnowledgeModel } from '../src/core/model.js';

export type MissCause = 'hit' | 'not-covered' | 'not-recognised' | 'likelihoods';

/** log LR of one binary observation for condition `cid` (0 for other finding kinds). */
export function logLr(model: KnowledgeModel, fid: string, present: boolean, cid: string): number {
  const f = model.findings.find((x) => x.id === fid);
  if (!f || f.valueType !== 'binary') return 0;
  const p = model.likelihoods[fid]?.[cid]?.[0] ?? f.leak;
  return present ? Math.log(p / f.leak) : Math.log((1 - p) / (1 - f.leak));
}

/** A miss at top 5 is not covered (no rank), not recognised (<= 1 supporting finding) or a likelihood problem. */
export function missCause(rank: number, supporting: number): MissCause {
  if (rank >= 0 && rank < 5) return 'hit';
  if (rank < 0) return 'not-covered';
  return supporting <= 1 ? 'not-recognised' : 'likelihoods';
}

interface CaseView {
  readonly diagnosis: string;
  readonly order: readonly number[];
  readonly known: readonly ({ readonly id: string } & ({ readonly present: boolean } | object))[];
  readonly vc: { readonly age: number; readonly sex: string };
}

/** The header, top 5 and read findings (with their log LR for the true condition) of one case. */
export function printCase(model: KnowledgeModel, idx: number, o: CaseView, cause: MissCause, rank: number, trueId: string): void {
  const fmt = (ci: number): string => `${model.conditions[ci]!.name}`;
  console.log(`\n#${idx} ${o.diagnosis}  [${cause}] rank=${rank >= 0 ? rank + 1 : '-'}${trueId ? ` (${trueId})` : ''}  age=${o.vc.age.toFixed(1)} ${o.vc.sex}`);
  console.log(`  top5: ${o.order.slice(0, 5).map(fmt).join(' | ')}`);
  const obs = o.known.map((x) => `${'present' in x && !x.present ? '-' : ''}${x.id}${trueId && 'present' in x ? `(${logLr(model, x.id, x.present, trueId).toFixed(1)})` : ''}`);
  console.log(`  known: ${obs.join(', ')}`);
}

/** The findings the true condition lists, with their likelihoods. */
export function printTrueLists(model: KnowledgeModel, trueId: string): void {
  if (!trueId) return;
  const listed = Object.keys(model.likelihoods).filter((f) => model.likelihoods[f]![trueId] !== undefined);
  console.log(`  true lists: ${listed.map((f) => `${f}:${model.likelihoods[f]![trueId]![0]!.toFixed(2)}`).join(', ')}`);
}

/** The tally of causes, with the cases of each miss unless quiet. */
export function printCauses(title: string, causes: ReadonlyMap<string, readonly string[]>, quiet: boolean): void {
  console.log(`\n== ${title} ==`);
  for (const [k, v] of [...causes].sort()) console.log(`${k}: ${v.length}${k === 'hit' || quiet ? '' : `\n  ${v.join('\n  ')}`}`);
}
