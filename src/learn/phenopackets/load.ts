/**
 * File loading for the phenopackets learner and benchmark: the ontology, labels and case file from a
 * data directory, with hashes for the model manifest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, issue } from '../../core/issues.js';
import { sha256Hex } from '../artifact.js';
import { parseObo, type Ontology } from './obo.js';
import { createTermMapper, type TermMapper } from './terms.js';

export const OBO_FILE = 'hp-2015-01-27.obo';
export const LABELS_FILE = 'hpo-labels.json';

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InputError([issue('file', path, 'cannot read file')]);
  }
}

export interface LoadedOntology {
  readonly ontology: Ontology;
  readonly mapper: TermMapper;
  readonly oboSha256: string;
  readonly labelsSha256: string;
  readonly labelCount: number;
}

export function loadOntology(dataDir: string): LoadedOntology {
  const oboText = read(join(dataDir, OBO_FILE));
  const labelsText = read(join(dataDir, LABELS_FILE));
  let labels: Record<string, string>;
  try {
    labels = JSON.parse(labelsText) as Record<string, string>;
  } catch {
    throw new InputError([issue('json', join(dataDir, LABELS_FILE), 'not valid JSON')]);
  }
  const ontology = parseObo(oboText);
  return { ontology, mapper: createTermMapper(ontology, labels), oboSha256: sha256Hex(oboText), labelsSha256: sha256Hex(labelsText), labelCount: Object.keys(labels).length };
}

export function readCasesText(path: string): { text: string; sha256: string } {
  const text = read(path);
  return { text, sha256: sha256Hex(text) };
}
