/**
 * Reading phenopacket-store case lines (GA4GH phenopacket-store as flattened JSONL: id, cohort, sex,
 * ISO-8601 age, diseases, present_hpo, excluded_hpo, genes) with per-line, per-field errors, and the
 * deterministic train/dev split by case-id hash.
 */
import { childPath, issue, type Issue, type Result } from '../../core/issues.js';
import { hashSeed } from '../../core/random.js';

export interface Phenopacket {
  readonly id: string;
  /** The phenopacket-store cohort (usually the gene), the fallback publication key. */
  readonly cohort?: string;
  readonly sex: 'female' | 'male' | 'unknown';
  readonly ageYears?: number;
  readonly disease: { readonly id: string; readonly label: string };
  readonly present: readonly string[];
  readonly excluded: readonly string[];
  readonly genes: readonly string[];
}

/** ISO-8601 duration ("P2Y6M", "P10D") to years; undefined when absent or unparseable. */
export function isoAgeYears(s: unknown): number | undefined {
  if (typeof s !== 'string') return undefined;
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?$/.exec(s);
  if (!m || s === 'P') return undefined;
  const y = Number(m[1] ?? 0) + Number(m[2] ?? 0) / 12 + Number(m[3] ?? 0) / 52.18 + Number(m[4] ?? 0) / 365.25;
  return Math.min(130, y);
}

const HPO_ID = /^HP:\d{7}$/;

export function parsePhenopacket(raw: unknown, path = '$'): Result<Phenopacket> {
  const issues: Issue[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, issues: [issue('type', path, 'a case must be a JSON object')] };
  const o = raw as Record<string, unknown>;
  const id = o['id'];
  if (typeof id !== 'string' || id === '') issues.push(issue(id === undefined ? 'required' : 'type', childPath(path, 'id'), 'id must be a non-empty string'));
  const diseases = o['diseases'];
  let disease: Phenopacket['disease'] | undefined;
  if (!Array.isArray(diseases) || diseases.length === 0) issues.push(issue(diseases === undefined ? 'required' : 'type', childPath(path, 'diseases'), 'diseases must be a non-empty array'));
  else {
    const d = diseases[0] as Record<string, unknown> | null;
    if (typeof d !== 'object' || d === null || typeof d['id'] !== 'string' || typeof d['label'] !== 'string') issues.push(issue('type', `${childPath(path, 'diseases')}[0]`, 'a disease must have string id and label'));
    else disease = { id: d['id'], label: d['label'] };
  }
  const list = (key: string, re?: RegExp): string[] => {
    const v = o[key] ?? [];
    if (!Array.isArray(v)) {
      issues.push(issue('type', childPath(path, key), `${key} must be an array of strings`));
      return [];
    }
    const out: string[] = [];
    v.forEach((t, i) => {
      if (typeof t !== 'string' || (re && !re.test(t))) issues.push(issue('format', `${childPath(path, key)}[${i}]`, re ? `${key} entries must be HPO ids like HP:0001250` : `${key} entries must be strings`));
      else out.push(t);
    });
    return [...new Set(out)].sort();
  };
  const present = list('present_hpo', HPO_ID);
  const excluded = list('excluded_hpo', HPO_ID);
  const genes = list('genes');
  const sexRaw = o['sex'];
  const sex = sexRaw === 'FEMALE' ? 'female' : sexRaw === 'MALE' ? 'male' : 'unknown';
  const ageYears = isoAgeYears(o['age']);
  const cohort = typeof o['cohort'] === 'string' && o['cohort'] !== '' ? o['cohort'] : undefined;
  if (issues.length > 0 || typeof id !== 'string' || !disease) return { ok: false, issues };
  return { ok: true, value: { id, ...(cohort !== undefined ? { cohort } : {}), sex, ...(ageYears !== undefined ? { ageYears } : {}), disease, present, excluded, genes }, issues };
}

export interface ParsedLines<T> {
  readonly items: T[];
  /** One entry per skipped line: 1-based line number and the issues found. */
  readonly skipped: { readonly line: number; readonly issues: readonly Issue[] }[];
}

/** Parse a JSONL text; malformed lines are skipped and reported with their line number, the rest go on. */
export function parseJsonl<T>(text: string, parse: (raw: unknown, path: string) => Result<T>): ParsedLines<T> {
  const items: T[] = [];
  const skipped: { line: number; issues: Issue[] }[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const path = `line ${i + 1}: $`;
    let raw: unknown;
    try {
      raw = JSON.parse(line) as unknown;
    } catch {
      skipped.push({ line: i + 1, issues: [issue('json', path, 'not valid JSON')] });
      return;
    }
    const r = parse(raw, path);
    if (r.ok) items.push(r.value);
    else skipped.push({ line: i + 1, issues: [...r.issues] });
  });
  return { items, skipped };
}

/** Deterministic split: a case is in dev when hash(id) mod 100 < devPercent (default 20). */
export function isDevCase(id: string, devPercent = 20): boolean {
  return hashSeed(id, 0x5eed) % 100 < devPercent;
}
