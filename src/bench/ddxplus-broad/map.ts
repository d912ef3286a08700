/**
 * DDXPlus on the broad primary-care model: which DDXPlus pathologies the model covers (by the benchmark
 * judge) and how a patient's DDXPlus evidences become primary-care findings (by the notes pipeline
 * over each evidence's short English statement). Pure: no I/O. No per-case or per-condition tuning;
 * the rules are documented in docs/primary-care.md ("DDXPlus on the broad model").
 */
import type { Observation } from '../../core/evidence.js';
import type { KnowledgeModel } from '../../core/model.js';
import { extractFindings, type Lexicon } from '../../intake/notes/index.js';
import { findingLabel } from '../../learn/ddxplus/labels.js';
import type { RawCondition, RawEvidence } from '../../learn/ddxplus/build-model.js';
import { acceptedIndices, type JudgedDisease } from '../judge.js';
import { judged } from '../vignettes/run.js';

/** A DDXPlus pathology as the judge sees it: English name and its ICD-10 code(s). */
export function ddxplusTruth(c: Pick<RawCondition, 'cond-name-eng' | 'icd10-id'>): JudgedDisease {
  // The release writes some as lists ("j17, j18") and in lower case.
  const codes = c['icd10-id'].split(/[,;\s]+/).map((x) => x.trim().toUpperCase()).filter(Boolean);
  return { name: c['cond-name-eng'], ...(codes.length > 0 ? { icd10: codes } : {}) };
}

/** Model condition indices the judge accepts for a truth, in model order (`acceptedIndices`: the rule every suite that scores names shares). */
export function matchingConditions(model: KnowledgeModel, truth: JudgedDisease): number[] {
  return acceptedIndices(model.conditions.map((_, i) => judged(model, i)), truth);
}

/** DDXPlus pathology name -> matching primary-care condition indices (only pathologies with >= 1 match). */
export function overlap(model: KnowledgeModel, conditions: Readonly<Record<string, Pick<RawCondition, 'cond-name-eng' | 'icd10-id'>>>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const key of Object.keys(conditions).sort()) {
    const m = matchingConditions(model, ddxplusTruth(conditions[key]!));
    if (m.length > 0) out.set(key, m);
  }
  return out;
}

/**
 * Present findings the notes pipeline recognises in short statements (negated or uncertain mentions
 * dropped). Only symptoms, signs and history: a questionnaire answer ("have you ever had a
 * pneumothorax?") is not a lab or imaging result.
 */
export function findingsOfTexts(texts: readonly string[], lex: Lexicon): string[] {
  const ids = new Set<string>();
  for (const t of texts) {
    if (!t.trim()) continue;
    const r = extractFindings(t, lex);
    if (!r.ok) continue;
    for (const o of r.value.findings) {
      const kind = lex.findings.get(o.id)?.kind;
      if ('present' in o && o.present && (kind === 'symptom' || kind === 'sign' || kind === 'history')) ids.add(o.id);
    }
  }
  return [...ids].sort();
}

/** A value name as plain words: laterality "(R)"/"(L)" dropped, other parentheses opened ("finger (index)(R)" -> "finger index"). */
export function valueText(en: string): string {
  return en.replace(/\((R|L)\)/g, ' ').replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The evidence dictionary: evidence key ("E_91" or "E_55_@_V_29") -> primary-care finding ids.
 * Binary evidences: the statement derived from the question (`findingLabel`: name and synonyms).
 * Categorical/multi-choice values with a name: the value name, and "<value> pain" when the question is
 * about pain (pain location: "epigastric" -> "epigastric pain"). Numeric scales and default values
 * ("nowhere", "NA", "N") map to nothing.
 */
export interface EvidenceMap {
  readonly map: ReadonlyMap<string, readonly string[]>;
  /** Default value per evidence (value items equal to it say nothing and are skipped). */
  readonly defaults: ReadonlyMap<string, string>;
}

/** For each DDXPlus evidence (and value), the primary-care findings the notes pipeline reads in its English statement, and each evidence's default value. */
export function buildEvidenceMap(evidences: Readonly<Record<string, RawEvidence>>, lex: Lexicon): EvidenceMap {
  const map = new Map<string, readonly string[]>();
  const defaults = new Map<string, string>();
  for (const name of Object.keys(evidences).sort()) {
    const ev = evidences[name]!;
    defaults.set(name, String(ev.default_value));
    if (ev.data_type === 'B') {
      const label = findingLabel(name, ev.question_en);
      map.set(name, findingsOfTexts([label.name, ...label.synonyms], lex));
      continue;
    }
    const aboutPain = /\bpain\b/i.test(ev.question_en);
    for (const [v, meaning] of Object.entries(ev.value_meaning ?? {})) {
      if (v === String(ev.default_value)) continue;
      const t = valueText(meaning.en);
      map.set(`${name}_@_${v}`, findingsOfTexts(aboutPain ? [t, `${t} pain`] : [t], lex));
    }
  }
  return { map, defaults };
}

/** The patient's evidence items, one per binary evidence or non-default value ("E_55_@_V_29"). */
export function evidenceItems(evidences: ReadonlyMap<string, readonly string[]>, defaults: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [name, values] of evidences) {
    if (values.length === 0) out.push(name);
    for (const v of values) if (v !== defaults.get(name)) out.push(`${name}_@_${v}`);
  }
  return out;
}

/** Present findings for a patient (nothing asserted absent) and how many of its items mapped. */
export function patientFindings(evidences: ReadonlyMap<string, readonly string[]>, em: EvidenceMap): { findings: Observation[]; items: number; mapped: number } {
  const ids = new Set<string>();
  let items = 0, mapped = 0;
  for (const key of evidenceItems(evidences, em.defaults)) {
    items++;
    const f = em.map.get(key) ?? [];
    if (f.length > 0) mapped++;
    for (const id of f) ids.add(id);
  }
  return { findings: [...ids].sort().map((id) => ({ id, present: true })), items, mapped };
}
