/**
 * Builds the rare-disease model from the data folders: reads the case file (through the PHI gate),
 * keeps the chosen training part, and runs the learner. Shared by `ddx learn phenopackets` and the
 * grouped cross-validation of `ddx bench phenopackets`, so both learn exactly the same way.
 */
import { join } from 'node:path';
import type { KnowledgeModel } from '../../core/model.js';
import { assertDeidentified, jsonRecords } from '../gate.js';
import { parseJsonl, parsePhenopacket, type Phenopacket } from './cases.js';
import { LABELS_FILE, OBO_FILE, loadOntology, readCasesText } from './load.js';
import { isTrainCase, type TrainSelection } from './select.js';
import { learnPhenopacketModel } from './train.js';

export interface BuildOptions {
  readonly phenopacketsDir: string;
  readonly hpoDir: string;
  readonly mondoDir: string;
  readonly train: TrainSelection;
  /** `cases`: the old learner from training cases only (kept to quote old figures). */
  readonly method?: 'hpo' | 'cases';
  readonly caseWeight?: number;
  readonly priorPower?: number;
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
  const onto = loadOntology(o.phenopacketsDir);
  const { model, report } = learnPhenopacketModel(train, onto.mapper, [
    { name: 'cases.jsonl', sha256: cases.sha256, rows: cases.all.length },
    { name: OBO_FILE, sha256: onto.oboSha256, rows: onto.ontology.terms.size },
    { name: LABELS_FILE, sha256: onto.labelsSha256, rows: onto.labelCount },
  ], { trainPart: o.train, priceOf: o.priceOf });
  return { model, report: { cases: cases.all.length, ...report } };
}
