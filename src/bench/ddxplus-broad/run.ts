/**
 * The DDXPlus-broad suite: DDXPlus patients whose pathology the primary-care model covers, diagnosed
 * instantly (every mapped finding given at once, nothing asserted absent) with the broad model. A hit
 * at k is any of the top k conditions judged correct (score >= 4) against the DDXPlus pathology.
 */
import { compileModel } from '../../core/compile.js';
import type { KnowledgeModel } from '../../core/model.js';
import { beliefFromCase, posterior } from '../../core/posterior.js';
import { buildLexicon } from '../../intake/notes/index.js';
import type { RawCondition, RawEvidence } from '../../learn/ddxplus/build-model.js';
import type { DdxplusPatient } from '../../learn/ddxplus/records.js';
import { buildEvidenceMap, overlap, patientFindings } from './map.js';

export interface DdxplusBroadReport {
  /** Patients whose pathology overlaps the model (the scored cases), and all patients read. */
  readonly cases: number;
  readonly patients: number;
  readonly overlap_conditions: number;
  readonly ddxplus_conditions: number;
  readonly top1: number;
  readonly top5: number;
  readonly top10: number;
  /** Share of the scored patients' evidence items (binary evidences and non-default values) mapping to >= 1 finding. */
  readonly evidence_coverage: number;
  /** Share of dictionary entries (binary evidences and non-default values) mapping to >= 1 finding. */
  readonly dictionary_coverage: number;
  readonly mean_findings: number;
  /** DDXPlus pathology -> matching primary-care condition ids. */
  readonly overlap: Readonly<Record<string, readonly string[]>>;
  /** Per overlapping pathology: [cases, top5 hits]. */
  readonly by_condition: Readonly<Record<string, readonly [number, number]>>;
}

/** The DDXPlus-broad suite: the covered patients diagnosed instantly on the broad model, scored top-k by the judge. */
export function runDdxplusBroad(
  model: KnowledgeModel,
  conditions: Readonly<Record<string, RawCondition>>,
  evidences: Readonly<Record<string, RawEvidence>>,
  patients: readonly DdxplusPatient[],
): DdxplusBroadReport {
  const cm = compileModel(model);
  const lex = buildLexicon(model);
  const ov = overlap(model, conditions);
  const em = buildEvidenceMap(evidences, lex);
  let n = 0, t1 = 0, t5 = 0, t10 = 0, items = 0, mapped = 0, nf = 0;
  const by: Record<string, [number, number]> = {};
  for (const p of patients) {
    const truth = ov.get(p.pathology);
    if (!truth) continue;
    n++;
    const pf = patientFindings(p.evidences, em);
    items += pf.items;
    mapped += pf.mapped;
    nf += pf.findings.length;
    const post = posterior(beliefFromCase(cm, { age: p.age, sex: p.sex, findings: pf.findings }));
    const order = Array.from(post.keys()).sort((a, b) => post[b]! - post[a]! || a - b);
    const ok = new Set(truth);
    const hitAt = order.slice(0, 10).findIndex((ci) => ok.has(ci));
    const row = (by[p.pathology] ??= [0, 0]);
    row[0]++;
    if (hitAt === 0) t1++;
    if (hitAt >= 0 && hitAt < 5) { t5++; row[1]++; }
    if (hitAt >= 0) t10++;
  }
  const r = (x: number, d: number): number => (d ? Math.round((x / d) * 1000) / 1000 : 0);
  const dict = [...em.map.values()];
  const overlapOut: Record<string, string[]> = {};
  for (const [k, v] of ov) overlapOut[k] = v.map((ci) => model.conditions[ci]!.id);
  return {
    cases: n,
    patients: patients.length,
    overlap_conditions: ov.size,
    ddxplus_conditions: Object.keys(conditions).length,
    top1: r(t1, n),
    top5: r(t5, n),
    top10: r(t10, n),
    evidence_coverage: r(mapped, items),
    dictionary_coverage: r(dict.filter((f) => f.length > 0).length, dict.length),
    mean_findings: n ? Math.round((nf / n) * 10) / 10 : 0,
    overlap: overlapOut,
    by_condition: Object.fromEntries(Object.keys(by).sort().map((k) => [k, by[k]!] as const)),
  };
}
