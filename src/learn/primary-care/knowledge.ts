/**
 * Reads the authored, cited knowledge files in knowledge/primary-care/ (conditions, test catalog,
 * Columbia merge map, authored conditions, red flags, next steps, vocabulary). Every problem is
 * reported as an Issue whose path starts with the file name, so a bad entry fails the build with
 * file and JSON path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, issue, type Issue } from '../../core/issues.js';
import type { CareLevel, Severity } from '../../core/model.js';

export interface ConditionFacts {
  readonly icd10: readonly string[];
  readonly severity: Severity;
  readonly careLevel: CareLevel;
  readonly cantMiss: boolean;
  readonly synonyms: readonly string[];
}

/** [sensitivity, reference key, optional "weak"]. */
export type CitedValue = readonly [number, string, ...string[]];

export interface CatalogFinding {
  readonly name: string;
  readonly synonyms?: readonly string[];
  readonly kind: 'sign' | 'lab' | 'imaging';
  readonly spec: number;
  readonly ref: string;
  readonly sens: Readonly<Record<string, CitedValue>>;
}

export interface CatalogTest {
  readonly id: string;
  readonly name: string;
  readonly kind: 'question' | 'test' | 'panel' | 'imaging' | 'procedure';
  readonly system?: 'CPT' | 'HCPCS';
  readonly code?: string;
  readonly price?: 'clfs' | 'test-prices';
  readonly priceProxyCode?: string;
  readonly reveals: readonly string[];
}

export interface TestCatalog {
  readonly references: Readonly<Record<string, string>>;
  readonly findings: Readonly<Record<string, CatalogFinding>>;
  readonly tests: readonly CatalogTest[];
}

export interface AuthoredCondition {
  readonly id: string;
  readonly name: string;
  readonly ref: string;
  readonly ageRisk: readonly number[];
  readonly sexRisk: readonly number[];
  readonly findings: Readonly<Record<string, number>>;
}

export interface ColumbiaMap {
  readonly diseases: Readonly<Record<string, string | null>>;
  readonly symptoms: Readonly<Record<string, string | null>>;
  readonly dropSymptoms: readonly string[];
}

export interface Vocabulary {
  /** finding id -> extra synonyms and lay terms. */
  readonly synonyms: Readonly<Record<string, readonly string[]>>;
  /** SymCat symptom slugs that are examination signs rather than reported symptoms. */
  readonly signs: readonly string[];
}

export interface Knowledge {
  readonly dir: string;
  readonly conditions: ReadonlyMap<string, ConditionFacts>;
  readonly catalog: TestCatalog;
  readonly authored: { readonly references: Readonly<Record<string, string>>; readonly conditions: readonly AuthoredCondition[] };
  readonly columbia: ColumbiaMap;
  readonly vocabulary: Vocabulary;
  readonly redFlags: unknown;
  readonly nextSteps: unknown;
}

const CARE: readonly CareLevel[] = ['emergency', 'urgent', 'routine', 'self-care'];

function readJson(dir: string, file: string, issues: Issue[]): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  } catch {
    issues.push(issue('json', `${file}:$`, 'missing or not valid JSON'));
    return {};
  }
}

export function parseConditionsTsv(text: string, file: string, issues: Issue[]): Map<string, ConditionFacts> {
  const out = new Map<string, ConditionFacts>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line || line.startsWith('#')) return;
    const at = `${file}:${i + 1}`;
    const [id, icd, sev, care, cm, syn] = line.split('\t');
    const severity = Number(sev);
    if (!id || icd === undefined || !Number.isInteger(severity) || severity < 1 || severity > 5 || !CARE.includes(care as CareLevel) || (cm !== 'y' && cm !== 'n')) {
      issues.push(issue('format', at, 'expected: id, icd10, severity 1..5, careLevel, cantMiss y/n, synonyms'));
      return;
    }
    if (out.has(id)) issues.push(issue('duplicate', at, `condition "${id}" listed twice`));
    out.set(id, {
      icd10: icd === '-' ? [] : icd.split(',').map((s) => s.trim()).filter(Boolean),
      severity: severity as Severity,
      careLevel: care as CareLevel,
      cantMiss: cm === 'y',
      synonyms: syn ? syn.split('|').map((s) => s.trim()).filter(Boolean) : [],
    });
  });
  return out;
}

export function loadKnowledge(dir: string): Knowledge {
  const issues: Issue[] = [];
  let tsv = '';
  try {
    tsv = readFileSync(join(dir, 'conditions.tsv'), 'utf8');
  } catch {
    issues.push(issue('missing', 'conditions.tsv:$', 'cannot read'));
  }
  const conditions = parseConditionsTsv(tsv, 'conditions.tsv', issues);
  const k: Knowledge = {
    dir,
    conditions,
    catalog: readJson(dir, 'tests.json', issues) as TestCatalog,
    authored: readJson(dir, 'authored-conditions.json', issues) as Knowledge['authored'],
    columbia: readJson(dir, 'columbia-map.json', issues) as ColumbiaMap,
    vocabulary: readJson(dir, 'vocabulary.json', issues) as Vocabulary,
    redFlags: readJson(dir, 'red-flags.json', issues),
    nextSteps: readJson(dir, 'next-steps.json', issues),
  };
  if (issues.length > 0) throw new InputError(issues);
  return k;
}
