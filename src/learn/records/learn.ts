/**
 * `learnRecords`: one entry point for every records source. Counts come from FHIR files (streamed in
 * this process) or from an OMOP CDM database (GROUP BY queries run inside it); then an optional
 * private release, then the model is built over the base. The report lists what could not be mapped
 * (code, role and count), the resources read and the reasons episodes were skipped.
 */
import type { KnowledgeModel, TrainingFile } from '../../core/model.js';
import { type RecordCounts } from './counts.js';
import { buildRecordsModel, DEFAULT_BUILD } from './build-model.js';
import { learnFhirCounts } from './fhir-learn.js';
import { learnOmopCounts, type SqlClient } from './omop-sql.js';
import { privateCounts, sensitivities, type DpOptions } from './private-counts.js';
import { Vocabulary } from './vocabulary.js';
import type { DatedEpisode } from './episodes.js';

export type RecordsSource =
  | { readonly kind: 'fhir'; readonly paths: readonly string[] }
  | { readonly kind: 'omop'; readonly client: SqlClient; readonly schema: string; readonly label: string; readonly training?: readonly TrainingFile[] };

export interface LearnRecordsOptions {
  readonly base?: KnowledgeModel;
  readonly until?: number;
  readonly windowDays?: number;
  readonly minCount?: number;
  readonly priorStrength?: number;
  readonly likelihoodStrength?: number;
  readonly dp?: DpOptions;
  readonly onEpisode?: (e: DatedEpisode) => void;
  /** FHIR: worker threads (default: by input size and cores; 0 = read in this thread). */
  readonly workers?: number;
}

export interface UnmappedRow {
  readonly role: string;
  readonly system: string;
  readonly code: string;
  readonly display: string;
  readonly n: number;
}

export interface RecordsReport {
  readonly patients: number;
  readonly episodes: number;
  readonly labels: number;
  readonly resources: Readonly<Record<string, number>>;
  readonly skipped: Readonly<Record<string, number>>;
  readonly unmapped: readonly UnmappedRow[];
  /** Episodes per diagnosis label (exact counts, for the local operator; never in the artifact). */
  readonly labelEpisodes: Readonly<Record<string, number>>;
  readonly bytes?: number;
  /** FHIR: worker threads used (absent: none). */
  readonly workers?: number;
}

export interface LearnRecordsResult {
  readonly model: KnowledgeModel;
  readonly report: RecordsReport;
}

const sorted = (m: ReadonlyMap<string, number>): Record<string, number> => Object.fromEntries([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));

/** Learns a model from a records source (FHIR files or OMOP database): counts, an optional private release, then the model over the base. */
export async function learnRecords(source: RecordsSource, opts: LearnRecordsOptions = {}): Promise<LearnRecordsResult> {
  const vocab = new Vocabulary(opts.base);
  const windowDays = opts.windowDays ?? 14;
  const episodeOpts = {
    windowDays,
    ...(opts.until !== undefined ? { until: opts.until } : {}),
    ...(opts.dp ? { maxEpisodes: opts.dp.maxEpisodes, maxFindings: opts.dp.maxFindings } : {}),
    ...(opts.onEpisode ? { onEpisode: opts.onEpisode } : {}),
  };
  let counts: RecordCounts;
  let training: TrainingFile[];
  let resources: ReadonlyMap<string, number>;
  let bytes: number | undefined;
  let workers = 0;
  if (source.kind === 'fhir') {
    const r = await learnFhirCounts(source.paths, vocab, { ...episodeOpts, ...(opts.workers !== undefined ? { workers: opts.workers } : {}) });
    ({ counts, training, resources, bytes, workers } = r);
  } else {
    const r = await learnOmopCounts(source.client, source.schema, vocab, episodeOpts);
    counts = r.counts;
    training = [...(source.training ?? []), ...r.training];
    resources = r.tables;
  }
  const raw = counts;
  let groups: { name: string; epsilon: number; sensitivity: number }[] = [];
  if (opts.dp) {
    if (!opts.base) throw new Error('a private release needs a base model (its concepts fix the released domain)');
    const r = privateCounts(counts, vocab, opts.base, opts.dp);
    counts = r.counts;
    groups = r.groups.map((g) => ({ name: g.name, epsilon: g.epsilon, sensitivity: g.sensitivity }));
  }
  const minCount = opts.minCount ?? DEFAULT_BUILD.minCount;
  const parameters: Record<string, string | number | boolean> = {
    source: source.kind === 'fhir' ? 'fhir' : 'omop',
    windowDays,
    minCount,
    priorStrength: opts.priorStrength ?? DEFAULT_BUILD.priorStrength,
    likelihoodStrength: opts.likelihoodStrength ?? DEFAULT_BUILD.likelihoodStrength,
    base: opts.base ? `${opts.base.id}@${opts.base.manifest.contentHash}` : 'none',
    episodes: counts.episodes,
    // Patient and label counts are exact; with ε only the noisy episode total is released.
    ...(opts.dp ? {} : { patients: raw.patients, labels: raw.prior.size }),
    ...(opts.until !== undefined ? { until: new Date(opts.until).toISOString().slice(0, 10) } : {}),
    ...(opts.dp ? { epsilon: opts.dp.epsilon, dpMechanism: 'discrete Laplace per count, basic composition', dpMaxEpisodesPerPatient: opts.dp.maxEpisodes, dpMaxFindingsPerEpisode: opts.dp.maxFindings, dpGroups: JSON.stringify(groups), dpSensitivity: JSON.stringify(sensitivities(opts.dp)) } : {}),
  };
  const model = buildRecordsModel(counts, vocab, {
    minCount,
    priorStrength: opts.priorStrength ?? DEFAULT_BUILD.priorStrength,
    likelihoodStrength: opts.likelihoodStrength ?? DEFAULT_BUILD.likelihoodStrength,
    manifest: { training, parameters, notes: 'Counts of episodes (an encounter with a diagnosis) and of findings in the window before them; no row-level data. See docs/records.md.' },
  });
  const unmapped = [...vocab.unmapped.values()].map((u) => ({ ...u })).sort((a, b) => b.n - a.n || (a.code < b.code ? -1 : 1));
  const report: RecordsReport = {
    patients: raw.patients,
    episodes: raw.episodes,
    labels: raw.prior.size,
    resources: sorted(resources),
    skipped: sorted(raw.skipped),
    unmapped,
    labelEpisodes: Object.fromEntries([...raw.prior.keys()].sort().map((k) => [k, raw.labelTotal(k)] as const)),
    ...(bytes !== undefined ? { bytes } : {}),
    ...(workers > 0 ? { workers } : {}),
  };
  return { model, report };
}
