/**
 * Small synthetic models for tests: `makeModel` (three conditions, binary, categorical and multi-choice findings,
 * one priced test) and `treeModel` (binary terms in an is-a hierarchy, for the similarity and re-rank tests). Not
 * clinical knowledge; the numbers are chosen to make behaviour easy to check.
 */
import type { KnowledgeModel } from '../core/model.js';

/** A small valid test model, with any fields overridden. */
export function makeModel(overrides: Partial<KnowledgeModel> = {}): KnowledgeModel {
  return {
    format: 'ddx-model',
    formatVersion: 1,
    id: 'test-model',
    version: '1.0.0',
    name: 'Synthetic test model',
    description: 'Three conditions for unit tests',
    ageBands: [
      { id: '0-18', minYears: 0, maxYears: 18 },
      { id: '18-130', minYears: 18, maxYears: 131 },
    ],
    conditions: [
      { id: 'flu', name: 'Influenza', icd10: ['J11'], severity: 4, cantMiss: false, prior: [[3, 3], [2, 2]] },
      { id: 'pe', name: 'Pulmonary embolism', icd10: ['I26'], severity: 1, cantMiss: true, prior: [[0.1, 0.1], [0.5, 0.5]] },
      { id: 'uti', name: 'Urinary tract infection', icd10: ['N39.0'], severity: 4, cantMiss: false, prior: [[1, 0.2], [2, 0.5]] },
    ],
    findings: [
      { id: 'fever', name: 'fever', synonyms: ['pyrexia'], kind: 'symptom', valueType: 'binary', question: 'Any fever?', leak: 0.05 },
      { id: 'dyspnea', name: 'shortness of breath', synonyms: ['SOB'], kind: 'symptom', valueType: 'binary', question: 'Short of breath?', leak: 0.02 },
      { id: 'dysuria', name: 'painful urination', kind: 'symptom', valueType: 'binary', question: 'Does it burn to pass urine?', leak: 0.01 },
      {
        id: 'pain-site', name: 'site of pain', kind: 'symptom', valueType: 'categorical', question: 'Where is the pain?',
        values: [{ id: 'none', name: 'nowhere' }, { id: 'chest', name: 'chest' }, { id: 'flank', name: 'flank' }],
        defaultValue: 'none', leak: [0.9, 0.05, 0.05],
      },
      {
        id: 'risk', name: 'risk factors', kind: 'history', valueType: 'multi', question: 'Any of these?',
        values: [{ id: 'none', name: 'none' }, { id: 'surgery', name: 'recent surgery' }, { id: 'travel', name: 'long travel' }],
        defaultValue: 'none', leak: [0, 0.05, 0.05],
      },
      { id: 'ddimer-high', name: 'raised D-dimer', kind: 'lab', valueType: 'binary', leak: 0.1 },
    ],
    actions: [
      { id: 'ask:fever', kind: 'question', name: 'Ask about fever', reveals: ['fever'] },
      { id: 'ask:dyspnea', kind: 'question', name: 'Ask about breathlessness', reveals: ['dyspnea'] },
      { id: 'ask:dysuria', kind: 'question', name: 'Ask about dysuria', reveals: ['dysuria'] },
      { id: 'ask:pain-site', kind: 'question', name: 'Ask where the pain is', reveals: ['pain-site'] },
      { id: 'ask:risk', kind: 'question', name: 'Ask about risk factors', reveals: ['risk'] },
      { id: 'test:ddimer', kind: 'test', name: 'D-dimer', code: { system: 'CPT', code: '85379' }, priceUsd: 13.2, reveals: ['ddimer-high'] },
    ],
    likelihoods: {
      fever: { flu: [0.9], pe: [0.2], uti: [0.3] },
      dyspnea: { flu: [0.3], pe: [0.85] },
      dysuria: { uti: [0.9] },
      'pain-site': { flu: [0.8, 0.15, 0.05], pe: [0.3, 0.65, 0.05], uti: [0.5, 0.05, 0.45] },
      risk: { pe: [0, 0.4, 0.3] },
      'ddimer-high': { pe: [0.97], flu: [0.2] },
    },
    cantMissThreshold: 0.02,
    manifest: { contentHash: `sha256:${'0'.repeat(64)}`, createdBy: { tool: 'fixture', codeVersion: '0' }, training: [] },
    ...overrides,
  };
}

/** What `treeModel` builds from: priors by condition id, leaks by term id (in order), likelihoods, is-a parents. */
export interface TreeModelSpec {
  readonly description: string;
  readonly priors: Readonly<Record<string, number>>;
  readonly leaks: Readonly<Record<string, number>>;
  readonly likelihoods: KnowledgeModel['likelihoods'];
  readonly parents: Readonly<Record<string, string[]>>;
  readonly exemplars?: KnowledgeModel['exemplars'];
}

/**
 * A model over binary terms in an is-a hierarchy (one age band, the same prior for both sexes; a term is named
 * "<id> name"), for the similarity and exemplar re-rank tests.
 */
export function treeModel(s: TreeModelSpec): KnowledgeModel {
  return {
    format: 'ddx-model', formatVersion: 1, id: 't', version: '1', name: 'tree', description: s.description,
    ageBands: [{ id: 'all', minYears: 0, maxYears: 131 }],
    conditions: Object.entries(s.priors).map(([id, pr]) => ({ id, name: id, icd10: [], severity: 3 as const, cantMiss: false, prior: [[pr, pr]] })),
    findings: Object.entries(s.leaks).map(([id, leak]) => ({ id, name: `${id} name`, kind: 'sign' as const, valueType: 'binary' as const, leak })),
    actions: [],
    likelihoods: s.likelihoods,
    hierarchy: { parents: s.parents, descendantCredit: 0.5, maxDescendants: 10 },
    ...(s.exemplars ? { exemplars: s.exemplars } : {}),
    manifest: { contentHash: `sha256:${'0'.repeat(64)}`, createdBy: { tool: 'test', codeVersion: '0' }, training: [] },
  };
}
