/** `learnPrimaryCare`: read SymCat, Columbia KB, prices and knowledge/primary-care, build and write the model. */
import { join } from 'node:path';
import type { KnowledgeModel } from '../../core/model.js';
import { writeModelArtifact } from '../artifact.js';
import { buildPrimaryCareModel, ONTOLOGY_KNOWLEDGE } from './build.js';
import { loadKnowledge } from './knowledge.js';
import { readColumbia, readPrices, readSymcat } from './sources.js';
import { readOntologies } from './ontologies.js';
import { readPhenotypes } from './phenotypes.js';
import { readPeriodPriors, withPeriodPriors } from './period-prevalence.js';
import { readAgeLikelihoods, withAgeLikelihoods } from './age-likelihoods.js';
import { readAgePrevalence, withAgePrevalence } from './age-prevalence.js';

export { buildPrimaryCareModel } from './build.js';
export { loadKnowledge } from './knowledge.js';

/** Build the primary-care model from the data and knowledge folders, with its prevalence and age hooks applied. */
export function buildFromPaths(dataDir: string, knowledgeDir: string): KnowledgeModel {
  const sym = readSymcat(dataDir);
  const col = readColumbia(dataDir);
  const prices = readPrices(dataDir);
  const knowledge = loadKnowledge(knowledgeDir);
  const ontologies = readOntologies(dataDir);
  // HPO and DO symptom links are read only when a part of the ontology knowledge step is on.
  const phenotypes = Object.values(ONTOLOGY_KNOWLEDGE).some(Boolean) ? readPhenotypes(dataDir) : undefined;
  const model = buildPrimaryCareModel({
    symcat: sym.data, columbia: col.entries, prices, knowledge, ontologies, ...(phenotypes ? { phenotypes } : {}),
    trainingFiles: [...sym.files, col.file, ...prices.files, ...ontologies.files, ...(phenotypes?.files ?? [])],
  });
  // Hook (owner: real): prevalence by period, from knowledge/primary-care/period-prevalence.json.
  const dated = withPeriodPriors(model, readPeriodPriors(knowledgeDir, model));
  // Hook (owner: real): prevalence by age band, from knowledge/primary-care/age-prevalence.json.
  const aged = withAgePrevalence(dated, readAgePrevalence(knowledgeDir, dated));
  // Hook (owner: real): symptom frequencies by age, from knowledge/primary-care/age-likelihoods.json.
  return withAgeLikelihoods(aged, readAgeLikelihoods(knowledgeDir, aged));
}

/** Build the primary-care model and write it as an artifact to `opts.out`. */
export function learnPrimaryCare(opts: { dataDir: string; out: string; knowledgeDir?: string }): { model: KnowledgeModel; bytes: number } {
  const model = buildFromPaths(opts.dataDir, opts.knowledgeDir ?? join(process.cwd(), 'knowledge', 'primary-care'));
  return writeModelArtifact(opts.out, model);
}
