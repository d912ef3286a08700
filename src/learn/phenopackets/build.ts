/**
 * Builds the rare-disease model from the data folders: reads the case file (through the PHI gate),
 * keeps the chosen training part, and runs the learner. Shared by `ddx learn phenopackets` and the
 * grouped cross-validation of `ddx bench phenopackets`, so both learn exactly the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputError, issue } from '../../core/issues.js';
import { sha256Hex } from '../artifact.js';
import { parseHpoJson } from './hpo-json.js';
import { learnHpoModel, type HpoInputs, type HpoLearnOptions } from './hpo-model.js';
import { parseGeneLinks, parseHpoa } from './hpoa.js';
import { createTermMapper } from './terms.js';
import type { KnowledgeModel, TrainingFile } from '../../core/model.js';
import { assertDeidentified, jsonRecords } from '../gate.js';
import { parseJsonl, parsePhenopacket, type Phenopacket } from './cases.js';
import { LABELS_FILE, OBO_FILE, loadOntology, readCasesText } from './load.js';
import { isTrainCase, type TrainSelection } from './select.js';
import { learnPhenopacketModel } from './train.js';
import { parseMondoOmimDiseases } from '../mondo-diseases.js';

export interface BuildOptions {
  readonly phenopacketsDir: string;
  readonly hpoDir: string;
  readonly mondoDir: string;
  readonly train: TrainSelection;
  /** `cases`: the old learner from training cases only (kept to quote old figures). */
  readonly method?: 'hpo' | 'cases';
  /** Learner parameters of the HPO method (defaults in `HPO_DEFAULTS`). */
  readonly params?: Partial<Omit<HpoLearnOptions, 'priceOf' | 'trainPart'>>;
  readonly warn?: (message: string) => void;
  /** Price lookup by CPT code (the benchmark's price table), for the stepwise actions. */
  readonly priceOf: (code: string) => { priceUsd: number; source: string } | undefined;
}

export interface LoadedCases {
  readonly all: readonly Phenopacket[];
  readonly sha256: string;
}

export function loadCases(phenopacketsDir: string, warn?: (m: string) => void): LoadedCases {
  const cases = readCasesText(join(phenopacketsDir, 'cases.jsonl'));
  // Published case reports carry coded fields only; their ids, gene cohorts and ontology labels are
  // terminology, not identifiers, so the gate skips exactly those fields and checks everything else.
  assertDeidentified('cases.jsonl', jsonRecords(cases.text), { allowFields: ['id', 'cohort', 'genes', 'diseases[].label'] });
  const parsed = parseJsonl(cases.text, parsePhenopacket);
  for (const s of parsed.skipped) warn?.(`cases.jsonl line ${s.line} skipped: ${s.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return { all: parsed.items, sha256: cases.sha256 };
}

export function buildPhenopacketModel(o: BuildOptions, loaded?: LoadedCases): { model: KnowledgeModel; report: Record<string, unknown> } {
  const cases = loaded ?? loadCases(o.phenopacketsDir, o.warn);
  const train = cases.all.filter((c) => isTrainCase(c, o.train));
  return buildFromCases(o, cases, train);
}

function buildFromCases(o: BuildOptions, cases: LoadedCases, train: readonly Phenopacket[]): { model: KnowledgeModel; report: Record<string, unknown> } {
  if ((o.method ?? 'hpo') === 'hpo') return buildFromHpo(o, cases, train);
  const onto = loadOntology(o.phenopacketsDir);
  const { model, report } = learnPhenopacketModel(train, onto.mapper, [
    { name: 'cases.jsonl', sha256: cases.sha256, rows: cases.all.length },
    { name: OBO_FILE, sha256: onto.oboSha256, rows: onto.ontology.terms.size },
    { name: LABELS_FILE, sha256: onto.labelsSha256, rows: onto.labelCount },
  ], { trainPart: o.train, priceOf: o.priceOf });
  return { model, report: { cases: cases.all.length, ...report } };
}

function readGz(path: string): { text: string; sha256: string } {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    throw new InputError([issue('file', path, 'cannot read file')]);
  }
  return { text: gunzipSync(buf).toString('utf8'), sha256: sha256Hex(buf) };
}

/** OMIM and ORPHA ids -> MONDO ids with an exact match, from the MONDO cross-reference table. */
export function parseMondoXrefs(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const lines = text.split('\n');
  const head = (lines[0] ?? '').split('\t');
  const omimCol = head.indexOf('exact_OMIM');
  const orphaCol = head.indexOf('exact_ORPHA');
  const obsCol = head.indexOf('is_obsolete');
  for (const line of lines.slice(1)) {
    const col = line.split('\t');
    const mondo = col[0];
    if (!mondo?.startsWith('MONDO:') || col[obsCol] === 'true') continue;
    const ids = [...(col[omimCol] ?? '').split('|'), ...(col[orphaCol] ?? '').split('|').map((x) => x.replace(/^Orphanet:/, 'ORPHA:'))].filter((x) => /^(OMIM|ORPHA):\d+$/.test(x));
    for (const id of ids) (out.get(id) ?? out.set(id, []).get(id)!).push(mondo);
  }
  return out;
}

export const HPO_FILES = { ontology: 'hp.json.gz', annotations: 'phenotype.hpoa.gz', genes: 'genes_to_phenotype.txt.gz' } as const;
export const MONDO_FILE = 'mondo_terms_xrefs.derived.tsv.gz';

/** The HPO release files, MONDO cross-references and labels, parsed once (cross-validation reuses them per fold). */
export interface HpoSources {
  readonly inputs: Omit<HpoInputs, 'train' | 'training'>;
  readonly files: readonly TrainingFile[];
}

export function loadHpoSources(o: Pick<BuildOptions, 'hpoDir' | 'mondoDir' | 'phenopacketsDir'>): HpoSources {
  const hp = readGz(join(o.hpoDir, HPO_FILES.ontology));
  const hpoa = readGz(join(o.hpoDir, HPO_FILES.annotations));
  const genes = readGz(join(o.hpoDir, HPO_FILES.genes));
  const mondo = readGz(join(o.mondoDir, MONDO_FILE));
  const ontology = parseHpoJson(hp.text);
  const labelsText = readCasesText(join(o.phenopacketsDir, LABELS_FILE));
  const labels = JSON.parse(labelsText.text) as Record<string, string>;
  const annotations = parseHpoa(hpoa.text);
  return {
    inputs: { ontology, mapper: createTermMapper(ontology, labels), annotations, geneLinks: parseGeneLinks(genes.text), mondo: parseMondoXrefs(mondo.text), mondoDiseases: parseMondoOmimDiseases(mondo.text) },
    files: [
      { name: HPO_FILES.ontology, sha256: hp.sha256, rows: ontology.terms.size },
      { name: HPO_FILES.annotations, sha256: hpoa.sha256, rows: annotations.size },
      { name: HPO_FILES.genes, sha256: genes.sha256, rows: genes.text.split('\n').length - 1 },
      { name: MONDO_FILE, sha256: mondo.sha256, rows: mondo.text.split('\n').length - 1 },
      { name: LABELS_FILE, sha256: labelsText.sha256, rows: Object.keys(labels).length },
    ],
  };
}

let sourcesCache: { key: string; sources: HpoSources } | undefined;

function buildFromHpo(o: BuildOptions, cases: LoadedCases, train: readonly Phenopacket[]): { model: KnowledgeModel; report: Record<string, unknown> } {
  const key = JSON.stringify([o.hpoDir, o.mondoDir, o.phenopacketsDir]);
  if (sourcesCache?.key !== key) sourcesCache = { key, sources: loadHpoSources(o) };
  const src = sourcesCache.sources;
  const { model, report } = learnHpoModel(
    { ...src.inputs, train, training: [{ name: 'cases.jsonl', sha256: cases.sha256, rows: cases.all.length }, ...src.files] },
    { ...(o.params ?? {}), trainPart: o.train, priceOf: o.priceOf },
  );
  return { model, report: { cases: cases.all.length, ...report } };
}
