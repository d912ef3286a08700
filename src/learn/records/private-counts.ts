/**
 * Differentially private release of record counts. The released domain is fixed in advance by the
 * base model (its conditions, binary findings and age-sex cells), so which concepts appear never
 * depends on the data; every cell of that domain, zero or not, gets discrete Laplace noise. Each
 * patient adds at most `maxEpisodes` episodes with at most `maxFindings` present and tested findings
 * each (clipped when the episodes are formed), which bounds the L1 sensitivity of each group.
 */
import type { KnowledgeModel } from '../../core/model.js';
import type { IntRng } from '../../privacy/dp/index.js';
import { noiseCountGroups, type NoisedGroup } from '../dp-counts.js';
import { RecordCounts } from './counts.js';
import type { Vocabulary } from './vocabulary.js';

export interface DpOptions {
  readonly epsilon: number;
  readonly rng: IntRng;
  readonly maxEpisodes: number;
  readonly maxFindings: number;
}

/** Shares of ε: priors, present counts, tested counts. */
const SHARES = [0.2, 0.4, 0.4] as const;

/** The L1 sensitivity of each count group when a patient contributes at most `maxEpisodes` episodes of `maxFindings` findings. */
export function sensitivities(o: Pick<DpOptions, 'maxEpisodes' | 'maxFindings'>): { prior: number; present: number; tested: number } {
  return { prior: o.maxEpisodes, present: o.maxEpisodes * o.maxFindings, tested: o.maxEpisodes * o.maxFindings };
}

/** Noisy counts over the base model's domain only; local concepts outside it are not released. */
export function privateCounts(counts: RecordCounts, vocab: Vocabulary, base: KnowledgeModel, o: DpOptions): { counts: RecordCounts; groups: NoisedGroup[] } {
  const labels = base.conditions.map((c) => c.id);
  const findings = base.findings.filter((f) => f.valueType === 'binary').map((f) => f.id);
  for (const id of findings) vocab.baseFinding(id);
  for (const id of labels) vocab.baseLabel(id);
  const cells = counts.bands.length * 2;
  const prior = new Int32Array(labels.length * cells);
  const present = new Int32Array(labels.length * findings.length);
  const tested = new Int32Array(labels.length * findings.length);
  labels.forEach((l, i) => {
    const row = counts.prior.get(l);
    if (row) for (let j = 0; j < cells; j++) prior[i * cells + j] = row[j]!;
    findings.forEach((f, j) => {
      const c = counts.pair(l, f);
      present[i * findings.length + j] = c.present;
      tested[i * findings.length + j] = c.tested;
    });
  });
  const s = sensitivities(o);
  const groups = noiseCountGroups([
    { name: 'prior', counts: prior, sensitivity: s.prior, share: SHARES[0] },
    { name: 'present', counts: present, sensitivity: s.present, share: SHARES[1] },
    { name: 'tested', counts: tested, sensitivity: s.tested, share: SHARES[2] },
  ], o.epsilon, o.rng);
  const out = new RecordCounts(counts.bands);
  const [gp, gx, gt] = groups as [NoisedGroup, NoisedGroup, NoisedGroup];
  labels.forEach((l, i) => {
    for (let j = 0; j < cells; j++) {
      const v = gp.counts[i * cells + j]!;
      if (v > 0) out.addPrior(l, Math.floor(j / 2), j % 2, v);
    }
    findings.forEach((f, j) => {
      const x = gx.counts[i * findings.length + j]!;
      const t = gt.counts[i * findings.length + j]!;
      if (x > 0) out.addPresent(l, f, x);
      if (t > 0) out.addTested(l, f, t);
    });
  });
  out.episodes = Math.max(0, Math.round([...out.prior.values()].reduce((a, r) => a + r.reduce((x, y) => x + y, 0), 0)));
  return { counts: out, groups };
}
