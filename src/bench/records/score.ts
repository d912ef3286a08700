/**
 * `ddx bench records`: the past predicting the future. A model learned from episodes before a date
 * scores the episodes at or after it, read from the same records the way learning reads them (age
 * and sex at the episode, findings in its window; a normal test result is an absent finding). The
 * label must be one of the model's conditions to be scored; coverage says how many were. Reports
 * top-1, top-5, expected calibration error of the top-1 probability, and coverage.
 */
import { beliefFromCase, compileModel, posterior, type Observation } from '../../core/index.js';
import type { KnowledgeModel } from '../../core/model.js';
import { SEXES } from '../../core/model.js';
import { learnFhirCounts } from '../../learn/records/fhir-learn.js';
import type { DatedEpisode } from '../../learn/records/episodes.js';
import { Vocabulary } from '../../learn/records/vocabulary.js';

export interface RecordsBenchResult {
  readonly model: { readonly id: string; readonly contentHash: string };
  readonly after: string;
  readonly episodes: number;
  readonly scored: number;
  readonly coverage: number;
  readonly top1: number;
  readonly top5: number;
  readonly ece: number;
  /** Mean number of findings given per scored episode. */
  readonly meanFindings: number;
  readonly bins: readonly { readonly lo: number; readonly n: number; readonly confidence: number; readonly accuracy: number }[];
}

const BINS = 10;

/** Accumulates scores episode by episode (constant memory). */
export class RecordsScorer {
  private readonly cm;
  private readonly index = new Map<string, number>();
  episodes = 0;
  scored = 0;
  private top1 = 0;
  private top5 = 0;
  private findings = 0;
  private readonly binN = new Float64Array(BINS);
  private readonly binConf = new Float64Array(BINS);
  private readonly binAcc = new Float64Array(BINS);

  constructor(readonly model: KnowledgeModel) {
    this.cm = compileModel(model);
    model.conditions.forEach((c, i) => this.index.set(c.id, i));
  }

  /** Score one episode (only those whose label is a condition of the model). */
  add(e: DatedEpisode): void {
    this.episodes++;
    const truth = e.label.baseId !== undefined ? this.index.get(e.label.baseId) : undefined;
    if (truth === undefined) return;
    const findings: Observation[] = [];
    for (const f of e.present) if (f.baseId) findings.push({ id: f.baseId, present: true });
    for (const f of e.tested) if (f.baseId && !e.present.has(f)) findings.push({ id: f.baseId, present: false });
    findings.sort((a, b) => (a.id < b.id ? -1 : 1));
    const p = posterior(beliefFromCase(this.cm, { age: e.age, sex: SEXES[e.sex]!, findings }));
    const pt = p[truth]!;
    let above = 0;
    let best = 0;
    for (let i = 0; i < p.length; i++) {
      if (p[i]! > pt) above++;
      if (p[i]! > p[best]!) best = i;
    }
    this.scored++;
    this.findings += findings.length;
    if (above === 0) this.top1++;
    if (above < 5) this.top5++;
    const conf = p[best]!;
    const bin = Math.min(BINS - 1, Math.floor(conf * BINS));
    this.binN[bin]!++;
    this.binConf[bin]! += conf;
    if (best === truth) this.binAcc[bin]!++;
  }

  /** The scores so far: top-1, top-5, calibration error and coverage. */
  result(after: string): RecordsBenchResult {
    const r = (x: number): number => Number(x.toFixed(4));
    let ece = 0;
    const bins = [];
    for (let b = 0; b < BINS; b++) {
      const n = this.binN[b]!;
      if (n === 0) continue;
      ece += (n / Math.max(1, this.scored)) * Math.abs(this.binConf[b]! / n - this.binAcc[b]! / n);
      bins.push({ lo: b / BINS, n, confidence: r(this.binConf[b]! / n), accuracy: r(this.binAcc[b]! / n) });
    }
    const s = Math.max(1, this.scored);
    return {
      model: { id: this.model.id, contentHash: this.model.manifest.contentHash },
      after,
      episodes: this.episodes,
      scored: this.scored,
      coverage: r(this.scored / Math.max(1, this.episodes)),
      top1: r(this.top1 / s),
      top5: r(this.top5 / s),
      ece: r(ece),
      meanFindings: r(this.findings / s),
      bins,
    };
  }
}

/** Score the FHIR episodes at or after `after` with `model`. */
export async function benchRecordsFhir(paths: readonly string[], model: KnowledgeModel, after: number, windowDays = 14): Promise<RecordsBenchResult> {
  const scorer = new RecordsScorer(model);
  await learnFhirCounts(paths, new Vocabulary(model), { windowDays, after, onEpisode: (e) => scorer.add(e) });
  return scorer.result(new Date(after).toISOString().slice(0, 10));
}
