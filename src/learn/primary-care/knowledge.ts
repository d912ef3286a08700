/**
 * Reads the authored, cited knowledge files in knowledge/primary-care/ (conditions, test catalog,
 * Columbia merge map, authored conditions, red flags, next steps, vocabulary). Every problem is
 * reported as an Issue whose path starts with the file name, so a bad entry fails the build with
 * file and JSON path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, issue, type Issue } from '../../core/issues.js';
import { FINDING_EXPOSURES, type CareLevel, type FindingExposure, type Severity } from '../../core/model.js';

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
  /** An exposure a history states (docs/model-format.md, "Exposures"); checked in build.ts. */
  readonly exposure?: FindingExposure;
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

/** Prevalence class of a condition (order of magnitude; see docs/primary-care.md, "Priors"). */
export type PrevalenceClass = 'vc' | 'c' | 'u' | 'r';
export const PREVALENCE_CLASSES: readonly PrevalenceClass[] = ['vc', 'c', 'u', 'r'];

/** A finding authored for the breadth conditions (examination signs, history items) absent from SymCat. */
export interface AuthoredFinding {
  readonly id: string;
  readonly kind: 'symptom' | 'sign' | 'history';
  readonly name: string;
  readonly synonyms: readonly string[];
  /** Optional fifth column: an exposure a history states (docs/model-format.md, "Exposures"). */
  readonly exposure?: FindingExposure;
}

/** Frequency classes used in authored-conditions.tsv, from textbook wording (see the file header). */
export const FREQ_CLASSES: Readonly<Record<string, number>> = { T: 0.8, C: 0.5, O: 0.25, R: 0.1 };

/** One line of authored-conditions.tsv: a breadth condition (or extra findings for an existing one). */
export interface BreadthCondition {
  readonly id: string;
  readonly line: number;
  /** Absent ("-") when the line only adds findings to an existing SymCat condition. */
  readonly name?: string;
  readonly facts?: ConditionFacts;
  readonly prevalence?: PrevalenceClass;
  readonly age: string;
  readonly sex: string;
  readonly ref: string;
  /** finding id -> frequency class letter. */
  readonly findings: readonly (readonly [string, string])[];
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
  readonly authoredFindings: readonly AuthoredFinding[];
  readonly breadth: readonly BreadthCondition[];
  /** authored-conditions.tsv references: key -> citation. */
  readonly breadthRefs: Readonly<Record<string, string>>;
  /** condition id -> prevalence class (prevalence.tsv and authored-conditions.tsv). */
  readonly prevalence: ReadonlyMap<string, PrevalenceClass>;
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

function readText(dir: string, file: string, issues: Issue[]): string {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch {
    issues.push(issue('missing', `${file}:$`, 'cannot read'));
    return '';
  }
}

function dataLines(text: string): { line: string; n: number }[] {
  return text.split('\n').map((l, i) => ({ line: l.replace(/\r$/, ''), n: i + 1 })).filter((x) => x.line.trim() && !x.line.startsWith('#'));
}

export function parseAuthoredFindings(text: string, file: string, issues: Issue[]): AuthoredFinding[] {
  const out: AuthoredFinding[] = [];
  for (const { line, n } of dataLines(text)) {
    const [id, kind, name, syn, exp] = line.split('\t');
    const exposure = exp?.trim() ? exp.trim() : undefined;
    if (!id || !name || (kind !== 'symptom' && kind !== 'sign' && kind !== 'history') || (exposure !== undefined && !(FINDING_EXPOSURES as readonly string[]).includes(exposure))) {
      issues.push(issue('format', `${file}:${n}`, `expected: id, kind (symptom|sign|history), name, synonyms, optional exposure (${FINDING_EXPOSURES.join('|')})`));
      continue;
    }
    out.push({ id, kind, name, synonyms: syn ? syn.split('|').map((x) => x.trim()).filter(Boolean) : [], ...(exposure ? { exposure: exposure as FindingExposure } : {}) });
  }
  return out;
}

/** `@ref key<TAB>citation` lines declare references; other lines are conditions. */
export function parseBreadth(text: string, file: string, issues: Issue[]): { refs: Record<string, string>; rows: BreadthCondition[] } {
  const refs: Record<string, string> = {};
  const rows: BreadthCondition[] = [];
  for (const { line, n } of dataLines(text)) {
    const at = `${file}:${n}`;
    if (line.startsWith('@ref')) {
      const [, key, cite] = line.split('\t');
      if (!key || !cite) issues.push(issue('format', at, 'expected: @ref, key, citation'));
      else refs[key] = cite;
      continue;
    }
    const [id, name, icd, sev, care, cm, prev, age, sex, ref, fnd, syn] = line.split('\t');
    if (!id || !name || !age || !sex || !ref || fnd === undefined) {
      issues.push(issue('format', at, 'expected 12 columns: id, name, icd10, severity, careLevel, cantMiss, prevalence, age, sex, ref, findings, synonyms'));
      continue;
    }
    const findings: [string, string][] = [];
    for (const part of fnd.split('|').map((x) => x.trim()).filter(Boolean)) {
      const [fid, cls] = part.split(':');
      if (!fid || !cls || !(cls in FREQ_CLASSES)) issues.push(issue('format', `${at}:findings`, `"${part}": expected finding:T|C|O|R`));
      else findings.push([fid, cls]);
    }
    const prevalence = PREVALENCE_CLASSES.includes(prev as PrevalenceClass) ? (prev as PrevalenceClass) : undefined;
    if (prev !== '-' && !prevalence) issues.push(issue('format', `${at}:prevalence`, 'prevalence must be vc, c, u, r or -'));
    let facts: ConditionFacts | undefined;
    if (name !== '-') {
      const severity = Number(sev);
      if (!Number.isInteger(severity) || severity < 1 || severity > 5 || !CARE.includes(care as CareLevel) || (cm !== 'y' && cm !== 'n')) {
        issues.push(issue('format', at, 'a new condition needs severity 1..5, careLevel and cantMiss y/n'));
        continue;
      }
      facts = {
        icd10: !icd || icd === '-' ? [] : icd.split(',').map((x) => x.trim()).filter(Boolean),
        severity: severity as Severity, careLevel: care as CareLevel, cantMiss: cm === 'y',
        synonyms: syn ? syn.split('|').map((x) => x.trim()).filter(Boolean) : [],
      };
    }
    rows.push({ id, line: n, ...(name !== '-' ? { name } : {}), ...(facts ? { facts } : {}), ...(prevalence ? { prevalence } : {}), age, sex, ref, findings });
  }
  return { refs, rows };
}

export function parsePrevalence(text: string, file: string, issues: Issue[]): Map<string, PrevalenceClass> {
  const out = new Map<string, PrevalenceClass>();
  for (const { line, n } of dataLines(text)) {
    const [id, cls] = line.split('\t');
    if (!id || !PREVALENCE_CLASSES.includes(cls as PrevalenceClass)) issues.push(issue('format', `${file}:${n}`, 'expected: id, class (vc|c|u|r)'));
    else if (out.has(id)) issues.push(issue('duplicate', `${file}:${n}`, `condition "${id}" listed twice`));
    else out.set(id, cls as PrevalenceClass);
  }
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
  const authoredFindings = parseAuthoredFindings(readText(dir, 'authored-findings.tsv', issues), 'authored-findings.tsv', issues);
  const breadth = parseBreadth(readText(dir, 'authored-conditions.tsv', issues), 'authored-conditions.tsv', issues);
  const prevalence = parsePrevalence(readText(dir, 'prevalence.tsv', issues), 'prevalence.tsv', issues);
  for (const b of breadth.rows) {
    if (b.facts) {
      if (conditions.has(b.id)) issues.push(issue('duplicate', `authored-conditions.tsv:${b.line}`, `condition "${b.id}" already has facts in conditions.tsv`));
      else conditions.set(b.id, b.facts);
    }
    if (b.prevalence) {
      if (prevalence.has(b.id)) issues.push(issue('duplicate', `authored-conditions.tsv:${b.line}`, `condition "${b.id}" already has a prevalence class`));
      else prevalence.set(b.id, b.prevalence);
    }
  }
  const k: Knowledge = {
    authoredFindings,
    breadth: breadth.rows,
    breadthRefs: breadth.refs,
    prevalence,
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
