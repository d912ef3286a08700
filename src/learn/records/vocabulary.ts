/**
 * The vocabulary a records learner counts in: diagnosis labels and findings, each either a concept of
 * the base model (matched by code, ICD-10 ancestor or name) or a new concept keyed by its code. Codes
 * are mapped once per distinct coding (a cache bounded by the vocabulary, not by the patients), and
 * what cannot be mapped is tallied by role with counts for the report. Social-context codes
 * (employment, education, housing...) are never findings unless the base model has them.
 */
import type { AgeBand, Coding, FindingKind, KnowledgeModel } from '../../core/model.js';
import { DEFAULT_BANDS } from './age-bands.js';
import { CONCEPT_SYSTEM, normaliseName } from '../../intake/fhir/concepts.js';
import { findingIndex, matchCoded, normaliseCode, systemKey, type FindingIndex } from '../../intake/fhir/match.js';
import { TESTS } from '../../intake/fhir/loinc-tests.js';
import type { CodingLike } from '../../intake/fhir/shape.js';
import { detach } from './line-reader.js';

/** Codings the synthetic generator (and any exporter that knows ddx) uses to name a concept directly. */
export const DDX_CONDITION_SYSTEM = 'https://ddx.dev/condition';
export const DDX_FINDING_SYSTEM = 'https://ddx.dev/finding';

export interface LabelInfo {
  readonly key: string;
  readonly name: string;
  readonly codes: readonly Coding[];
  /** The base model's condition id, when mapped. */
  readonly baseId?: string;
}

export interface FindingInfo {
  readonly key: string;
  readonly name: string;
  readonly kind: FindingKind;
  readonly codes: readonly Coding[];
  readonly baseId?: string;
  /** A result of a test: absent is recorded (a normal result), so its denominator is "tested", not "seen". */
  readonly measured: boolean;
}

export type Mapped =
  | { readonly role: 'condition'; readonly label: LabelInfo }
  | { readonly role: 'finding'; readonly findings: readonly FindingInfo[] }
  | { readonly role: 'social' }
  | { readonly role: 'unmapped' };

export interface UnmappedTally {
  readonly role: string;
  readonly system: string;
  readonly code: string;
  readonly display: string;
  n: number;
}

/** SNOMED CT's semantic tag: "Fever (finding)" -> finding. */
export function semanticTag(display: string | undefined): string | undefined {
  const m = display ? /\(([a-z ]+)\)\s*$/i.exec(display) : null;
  return m ? m[1]!.toLowerCase() : undefined;
}

/** A display name without its trailing semantic tag, e.g. `(finding)`. */
export function stripTag(display: string): string {
  return display.replace(/\s*\([a-z ]+\)\s*$/i, '').trim();
}

/**
 * Social context rather than clinical findings (SNOMED's "social context finding" area and the
 * social-determinant screens EHRs record as Conditions). Matched on the display's words.
 */
const SOCIAL = /\b(employment|employed|unemploy\w*|labor force|labour force|education|school|college|criminal record|incarcerat\w*|housing|homeless\w*|transport problem|social isolation|social contact|intimate partner|violence in the environment|refugee|income|insurance|lack of access|risk activity|military service|armed forces|veteran|address|language|race|ethnicity|hispanic|latino|stress)\b/i;

/** Whether a display name is social context rather than a clinical finding. */
export function isSocial(display: string | undefined): boolean {
  return display !== undefined && SOCIAL.test(display);
}

function slug(s: string): string {
  return normaliseName(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'x';
}

/** A coding kept for good: its strings copied off the line they were read from (line-reader.ts `detach`). */
function keep(c: Coding): Coding {
  return { system: detach(c.system), code: detach(c.code), ...(c.display !== undefined ? { display: detach(c.display) } : {}) };
}

function codingOf(c: CodingLike): Coding | undefined {
  if (!c.code || !c.system) return undefined;
  return { system: c.system, code: c.code, ...(c.display ? { display: c.display } : {}) };
}

interface ConditionIndex {
  readonly byCode: Map<string, string>;
  readonly icd10: { code: string; id: string }[];
  readonly byName: Map<string, string>;
}

function conditionIndex(model: KnowledgeModel): ConditionIndex {
  const byCode = new Map<string, string>();
  const byName = new Map<string, string>();
  const icd10: { code: string; id: string }[] = [];
  for (const c of model.conditions) {
    byCode.set(`ddx|${c.id}`, c.id);
    for (const code of c.icd10) {
      const n = normaliseCode('icd10', code);
      if (!byCode.has(`icd10|${n}`)) byCode.set(`icd10|${n}`, c.id);
      icd10.push({ code: n, id: c.id });
    }
    for (const x of c.codes ?? []) {
      const k = systemKey(x.system);
      const key = `${k}|${normaliseCode(k, x.code)}`;
      if (!byCode.has(key)) byCode.set(key, c.id);
    }
    for (const n of [c.name, ...(c.synonyms ?? [])]) {
      const key = normaliseName(n);
      if (key && !byName.has(key)) byName.set(key, c.id);
    }
  }
  // Longest code first, so the most specific ancestor wins.
  icd10.sort((a, b) => b.code.length - a.code.length || a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
  return { byCode, icd10, byName };
}

/** Findings of the base model a lab concept stands for, and which findings are test results. */
function measuredFindings(index: FindingIndex): Set<string> {
  const out = new Set<string>();
  for (const t of TESTS) {
    const concepts = t.kind === 'qualitative' ? [t.positive] : [t.high, t.low];
    for (const c of concepts) if (c) for (const id of index.byConcept.get(c) ?? []) out.add(id);
  }
  return out;
}

/** What a vocabulary has seen, as plain data: passed between worker threads and merged. */
export interface VocabularyState {
  readonly labels: readonly LabelInfo[];
  readonly findings: readonly FindingInfo[];
  readonly unmapped: readonly UnmappedTally[];
}

/** Maps codes to labels and findings, for one base model (or none), and remembers what it saw. */
export class Vocabulary {
  readonly base: KnowledgeModel | undefined;
  readonly bands: readonly AgeBand[];
  readonly labels = new Map<string, LabelInfo>();
  readonly findings = new Map<string, FindingInfo>();
  readonly unmapped = new Map<string, UnmappedTally>();
  private readonly cache = new Map<string, Mapped>();
  private readonly cindex: ConditionIndex | undefined;
  private readonly findex: FindingIndex | undefined;
  private readonly measured: Set<string>;
  private readonly conceptCache = new Map<string, readonly FindingInfo[]>();
  private readonly baseFindingDefs: ReadonlyMap<string, KnowledgeModel['findings'][number]>;
  private readonly baseConditionDefs: ReadonlyMap<string, KnowledgeModel['conditions'][number]>;

  constructor(base?: KnowledgeModel) {
    this.base = base;
    this.bands = base?.ageBands ?? DEFAULT_BANDS;
    this.cindex = base ? conditionIndex(base) : undefined;
    this.findex = base ? findingIndex(base) : undefined;
    this.measured = this.findex ? measuredFindings(this.findex) : new Set();
    this.baseFindingDefs = new Map((base?.findings ?? []).map((f) => [f.id, f] as const));
    this.baseConditionDefs = new Map((base?.conditions ?? []).map((c) => [c.id, c] as const));
  }

  private label(key: string, name: string, codes: readonly Coding[], baseId?: string): LabelInfo {
    let l = this.labels.get(key);
    if (!l) {
      key = detach(key);
      l = { key, name: detach(name), codes: codes.map(keep), ...(baseId ? { baseId: detach(baseId) } : {}) };
      this.labels.set(key, l);
    }
    return l;
  }

  private finding(key: string, name: string, kind: FindingKind, codes: readonly Coding[], measured: boolean, baseId?: string): FindingInfo {
    let f = this.findings.get(key);
    if (!f) {
      key = detach(key);
      f = { key, name: detach(name), kind, codes: codes.map(keep), measured, ...(baseId ? { baseId: detach(baseId) } : {}) };
      this.findings.set(key, f);
    }
    return f;
  }

  /** Labels, findings and unmapped tallies seen so far (plain data). */
  exportState(): VocabularyState {
    return { labels: [...this.labels.values()], findings: [...this.findings.values()], unmapped: [...this.unmapped.values()] };
  }

  /**
   * Merge another vocabulary's state: labels and findings not yet known are added (the first seen
   * keeps its name, so merge in input order), unmapped tallies are summed.
   */
  importState(state: VocabularyState): void {
    for (const l of state.labels) if (!this.labels.has(l.key)) this.labels.set(l.key, l);
    for (const f of state.findings) if (!this.findings.has(f.key)) this.findings.set(f.key, f);
    for (const u of state.unmapped) this.tally(u.role, { system: u.system, code: u.code, display: u.display }, u.n);
  }

  /** Forget the unmapped tallies (a worker sends them once, then counts afresh). */
  clearUnmapped(): void {
    this.unmapped.clear();
  }

  /** The label for a condition of the base model, or undefined when it has none by that id. */
  baseLabel(id: string): LabelInfo | undefined {
    const def = this.baseConditionDefs.get(id);
    return def ? this.label(id, def.name, [], id) : undefined;
  }

  /** The finding for a base-model finding id, or undefined when it has none by that id. */
  baseFinding(id: string): FindingInfo | undefined {
    const hit = this.findings.get(id);
    if (hit?.baseId !== undefined) return hit;
    const def = this.baseFindingDefs.get(id);
    if (!def) return undefined;
    return this.finding(id, def.name, def.kind, def.codes ?? [], this.measured.has(id), id);
  }

  /** Findings a lab concept (`hemoglobin-low`...) stands for: the base model's, or a new measured finding keyed by the concept. */
  conceptFindings(concept: string): readonly FindingInfo[] {
    let out = this.conceptCache.get(concept);
    if (!out) {
      if (this.findex) out = (this.findex.byConcept.get(concept) ?? []).map((id) => this.baseFinding(id)!).filter(Boolean);
      else out = [this.finding(concept, concept.replace(/-/g, ' '), 'lab', [{ system: CONCEPT_SYSTEM, code: concept }], true)];
      this.conceptCache.set(concept, out);
    }
    // Counted per result read (not once per vocabulary), so worker threads sum to the one-thread count.
    if (out.length === 0) this.tally('lab', { system: CONCEPT_SYSTEM, code: concept, display: concept }, 1);
    return out;
  }

  /** Count something that could not be mapped (by role and code; never patient data). */
  tally(role: string, c: CodingLike, n: number): void {
    const key = `${role}\u0000${c.system ?? ''}\u0000${c.code ?? ''}`;
    const t = this.unmapped.get(key);
    if (t) t.n += n;
    else this.unmapped.set(detach(key), { role, system: detach(c.system ?? ''), code: detach(c.code ?? ''), display: detach(c.display ?? ''), n });
  }

  /**
   * Map a coded thing. `hint` says what the record type suggests: `condition` (a Condition or
   * condition_occurrence: a diagnosis unless it maps to a finding or is tagged a finding), `finding`
   * (an Observation or observation row), `history` (medication, procedure: findings only).
   */
  map(codes: readonly CodingLike[], text: string | undefined, hint: 'condition' | 'finding' | 'history'): Mapped {
    const first = codes.find((c) => c.code) ?? {};
    const cacheKey = `${hint}\u0000${codes.map((c) => `${c.system ?? ''}|${c.code ?? ''}`).join(',')}\u0000${codes.length === 0 ? text ?? '' : ''}`;
    let m = this.cache.get(cacheKey);
    if (!m) {
      m = this.resolve(codes, text, hint);
      if (this.cache.size < 200_000) this.cache.set(detach(cacheKey), m);
    }
    if (m.role === 'unmapped' || m.role === 'social') this.tally(`${hint}${m.role === 'social' ? ' (social)' : ''}`, { ...first, ...(first.display || !text ? {} : { display: text }) }, 1);
    return m;
  }

  private resolve(codes: readonly CodingLike[], text: string | undefined, hint: 'condition' | 'finding' | 'history'): Mapped {
    const display = codes.find((c) => c.display)?.display ?? text;
    const tag = semanticTag(display);
    const names = [display, text].filter((x): x is string => !!x).map(stripTag);
    const direct = this.direct(codes);
    if (direct) return direct;
    const preferFinding = hint !== 'condition' || tag === 'finding' || tag === 'observable entity';
    const asCondition = hint === 'history' ? undefined : this.matchCondition(codes, names);
    const asFinding = this.matchFindings(codes, names, hint);
    if (preferFinding && asFinding) return asFinding;
    if (asCondition) return asCondition;
    if (asFinding) return asFinding;
    if (isSocial(display)) return { role: 'social' };
    if (hint === 'history' || tag === 'situation' || tag === 'procedure' || tag === 'regime/therapy') return { role: 'unmapped' };
    // New to the base model (or there is none): a new concept keyed by its first code.
    const c = codes.map(codingOf).find((x): x is Coding => x !== undefined);
    if (!c) return { role: 'unmapped' };
    // A LOINC-coded observation outside the test table is a question or a score (a survey item), not a finding.
    if (hint === 'finding' && systemKey(c.system) === 'loinc') return { role: 'unmapped' };
    const k = systemKey(c.system);
    const key = `${k === 'other' ? slug(c.system) : k}:${normaliseCode(k, c.code)}`;
    const name = names[0] ?? key;
    if (preferFinding) return { role: 'finding', findings: [this.finding(key, name, tag === 'finding' ? 'symptom' : 'sign', [c], false)] };
    return { role: 'condition', label: this.label(key, name, [c]) };
  }

  /** ddx's own systems name the concept directly (the synthetic generator writes them). */
  private direct(codes: readonly CodingLike[]): Mapped | undefined {
    for (const c of codes) {
      if (!c.code || !c.system) continue;
      if (c.system === DDX_CONDITION_SYSTEM || c.system.startsWith(`${DDX_CONDITION_SYSTEM}/`)) {
        const def = this.baseConditionDefs.get(c.code);
        if (this.base && !def) continue;
        return { role: 'condition', label: this.label(c.code, def?.name ?? c.display ?? c.code, def ? [] : codes.map(codingOf).filter((x): x is Coding => !!x && x.system !== c.system), def?.id) };
      }
      if (c.system === DDX_FINDING_SYSTEM) {
        const base = this.baseFinding(c.code);
        if (this.base && !base) continue;
        return { role: 'finding', findings: [base ?? this.finding(c.code, c.display ?? c.code, 'symptom', [], false)] };
      }
    }
    return undefined;
  }

  private matchCondition(codes: readonly CodingLike[], names: readonly string[]): Mapped | undefined {
    const ix = this.cindex;
    if (!ix) return undefined;
    let id: string | undefined;
    for (const c of codes) {
      if (!c.code) continue;
      const k = systemKey(c.system);
      const n = normaliseCode(k, c.code);
      id = ix.byCode.get(`${k}|${n}`);
      if (!id && k === 'icd10') id = ix.icd10.find((e) => n.startsWith(e.code))?.id;
      if (id) break;
    }
    if (!id) for (const n of names) if ((id = ix.byName.get(normaliseName(n)))) break;
    if (!id) return undefined;
    const def = this.baseConditionDefs.get(id)!;
    return { role: 'condition', label: this.label(id, def.name, [], id) };
  }

  private matchFindings(codes: readonly CodingLike[], names: readonly string[], hint: string): Mapped | undefined {
    if (!this.findex) return undefined;
    const variants = hint === 'history' ? names.flatMap((n) => [n, `taking ${n}`, `history of ${n}`]) : names;
    const m = matchCoded(this.findex, codes, variants);
    if (!m) return undefined;
    const findings = m.ids.map((id) => this.baseFinding(id)).filter((f): f is FindingInfo => f !== undefined);
    return findings.length > 0 ? { role: 'finding', findings } : undefined;
  }

  /** History findings of the base model an earlier diagnosis stands for ("history of X"). */
  historyFindings(label: LabelInfo): readonly FindingInfo[] {
    if (!this.findex || !this.base) return [];
    const key = `history\u0000${label.key}`;
    const hit = this.conceptCache.get(key);
    if (hit) return hit;
    const def = label.baseId ? this.baseConditionDefs.get(label.baseId) : undefined;
    const codes: CodingLike[] = [...label.codes, ...(def ? def.icd10.map((code) => ({ system: 'icd10', code })) : [])];
    const names = [label.name, ...(def?.synonyms ?? [])].flatMap((n) => [`history of ${n}`, `known ${n}`, `previous ${n}`]);
    const m = matchCoded(this.findex, codes, names);
    const out = (m?.ids ?? []).filter((id) => this.findex!.kind.get(id) === 'history').map((id) => this.baseFinding(id)!).filter(Boolean);
    this.conceptCache.set(key, out);
    return out;
  }
}
