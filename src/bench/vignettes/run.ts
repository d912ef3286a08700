/**
 * The vignette suite: OSCE-style MedQA vignettes (AgentClinic) run on the primary-care model. Text
 * goes through the notes pipeline (history and examination -> symptom/sign findings; test results ->
 * lab/imaging findings), vital signs through numeric mappings. The engine starts from the history and
 * examination; test results are revealed only when it orders the test, through the benchmark
 * gatekeeper. The judge (src/bench/judge.ts) matches by normalised names, synonyms and ICD-10.
 */
import { compileModel, type CompiledModel } from '../../core/compile.js';
import type { Observation } from '../../core/evidence.js';
import type { KnowledgeModel, Sex } from '../../core/model.js';
import { beliefFromCase, markSkipped, posterior, type BeliefState } from '../../core/posterior.js';
import { runWorkup, type Oracle } from '../../core/workup.js';
import type { Mode as WorkupMode } from '../../core/next-action.js';
import { buildLexicon, extractFindings, type Lexicon } from '../../intake/notes/index.js';
import { statedDemographics } from '../../intake/notes/demographics.js';
import { createGatekeeper, type HiddenRecord } from '../gatekeeper.js';
import { acceptedIndices, type JudgedDisease } from '../judge.js';
import { carcinomaParents } from '../judge-names.js';
import { labsFromResults, resultLines } from './labs.js';
import { halfOf, type DevHalf } from './split.js';
import { causalParents, type TruthCodes } from './truth-codes.js';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** All string leaves of a JSON value, as "Key: value" lines. */
export function flatten(v: unknown, key = ''): string[] {
  if (typeof v === 'string') return [key ? `${key.replace(/_/g, ' ')}: ${v}` : v];
  if (Array.isArray(v)) return v.flatMap((x) => flatten(x, key));
  if (isObj(v)) return Object.entries(v).flatMap(([k, x]) => flatten(x, k));
  return [];
}

/**
 * Age and sex of an OSCE "Demographics" field through `statedDemographics` (the free-text reader);
 * 40 and male when unstated, as before.
 */
export function parseDemographics(s: string): { age: number; sex: Sex } {
  const d = statedDemographics(s);
  return { age: d.age?.value ?? 40, sex: d.sex?.value ?? 'male' };
}

/**
 * Upper (and lower) limits of normal heart and respiratory rate by age, from the Pediatric Advanced Life
 * Support tables (AHA PALS 2020 provider manual; Fleming S et al., Lancet 2011, for the centile basis):
 * an infant's heart rate of 140 or respiratory rate of 40 is normal, not tachycardia or tachypnoea.
 * Hypotension: systolic < 60 (neonate), < 70 (infant), < 70 + 2 x age in years (1-10), < 90 (older).
 */
export function vitalLimits(age: number): { hrHigh: number; rrHigh: number; sbpLow: number } {
  if (age < 0.25) return { hrHigh: 205, rrHigh: 60, sbpLow: 60 };
  if (age < 1) return { hrHigh: 190, rrHigh: 53, sbpLow: 70 };
  if (age < 3) return { hrHigh: 190, rrHigh: 37, sbpLow: 70 + 2 * Math.floor(age) };
  if (age < 6) return { hrHigh: 140, rrHigh: 28, sbpLow: 70 + 2 * Math.floor(age) };
  if (age < 10) return { hrHigh: 140, rrHigh: 25, sbpLow: 70 + 2 * Math.floor(age) };
  if (age < 12) return { hrHigh: 100, rrHigh: 25, sbpLow: 90 };
  return { hrHigh: 100, rrHigh: 20, sbpLow: 90 };
}

/**
 * Vital signs to sign findings (documented in docs/primary-care.md): T >= 38 C fever (Fahrenheit
 * converted; "normal"/"afebrile"/"normothermic" = no fever); heart rate, respiratory rate and systolic
 * pressure against `vitalLimits(age)`; SpO2 < 92% hypoxaemia. (Bradycardia, hypothermia and raised blood
 * pressure from the same numbers were tried and did not help the dev ranking; not mapped.)
 */
export function vitalFindings(vitals: unknown, age = 40): Observation[] {
  if (!isObj(vitals)) return [];
  const text = flatten(vitals).join('\n');
  const out: Observation[] = [];
  const lim = vitalLimits(age);
  const num = (re: RegExp): number | undefined => { const m = re.exec(text); return m ? Number(m[1]) : undefined; };
  let t = num(/Temperature:\s*([\d.]+)\s*°?\s*C\b/i);
  if (t === undefined) { const f = num(/Temperature:\s*([\d.]+)\s*°?\s*F\b/i); if (f !== undefined) t = (f - 32) / 1.8; }
  if (t !== undefined) {
    out.push({ id: 'fever', present: t >= 38 });
  } else if (/Temperature:\s*(normal|within normal|afebrile|normothermic)/i.test(text)) out.push({ id: 'fever', present: false });
  const hr = num(/Heart[_ ]Rate:\s*(\d+)/i) ?? num(/Pulse:\s*(\d+)/i);
  if (hr !== undefined) out.push({ id: 'tachycardia', present: hr > lim.hrHigh });
  const sbp = num(/Blood[_ ]Pressure[^:]*:\s*(\d+)\s*\//i);
  if (sbp !== undefined) out.push({ id: 'hypotension', present: sbp < lim.sbpLow });
  const rr = num(/(?:Respiratory[_ ]Rate|Respirations):\s*(\d+)/i);
  if (rr !== undefined) out.push({ id: 'tachypnea', present: rr > lim.rrHigh });
  const sat = num(/(?:Oxygen[_ ]Saturation|SpO2|SO2|O2 Sat[a-z]*):\s*(\d+)/i);
  if (sat !== undefined) out.push({ id: 'hypoxemia', present: sat < 92 });
  return out;
}

export interface VignetteCase {
  readonly age: number;
  readonly sex: Sex;
  readonly presenting: readonly Observation[];
  readonly history: readonly Observation[];
  readonly hidden: readonly Observation[];
  readonly diagnosis: string;
  /** Listed symptoms (primary and secondary) and how many of them gave at least one finding. */
  readonly symptomTexts: number;
  readonly recognised: number;
}

/**
 * Findings of a vignette text. A vignette is the story of the present illness, written to be relevant:
 * "history of easy bruising" or "history of a generalized seizure" in it is part of the presentation,
 * so an affirmed mention the notes pipeline marks historical (which in a clinical note keeps only
 * history-kind findings) is taken as present here, unless the text also names it current or negated.
 */
function vignetteFindings(text: string, lex: Lexicon, keep: (id: string) => boolean, who?: { age: number; sex: Sex }): Observation[] {
  if (!text.trim()) return [];
  const r = extractFindings(text.slice(0, 100_000), lex, who ?? {});
  if (!r.ok) return [];
  const out = r.value.findings.filter((o) => keep(o.id));
  const seen = new Set(out.map((o) => o.id));
  for (const m of r.value.mentions) {
    if (!m.historical || m.negated || m.uncertain || m.hypothetical || m.experiencer !== 'patient' || m.valueId !== undefined) continue;
    if (seen.has(m.findingId) || !keep(m.findingId) || lex.findings.get(m.findingId)?.valueType !== 'binary') continue;
    seen.add(m.findingId);
    out.push({ id: m.findingId, present: true });
  }
  return out;
}

/**
 * An OSCE vignette row (`OSCE_Examination`) as a work-up case on the model, read through the notes lexicon:
 * demographics, presenting findings (primary symptom), history (patient's account and examination), hidden findings
 * a work-up can reveal (vital signs, lab rows, written test results), the correct diagnosis and how many listed
 * symptoms were recognised; undefined when the row is not an OSCE vignette.
 */
export function toVignetteCase(raw: unknown, model: KnowledgeModel, lex: Lexicon): VignetteCase | undefined {
  const osce = isObj(raw) ? raw['OSCE_Examination'] : undefined;
  if (!isObj(osce)) return undefined;
  const kind = new Map(model.findings.map((f) => [f.id, f.kind] as const));
  const clinical = (id: string): boolean => { const k = kind.get(id); return k === 'symptom' || k === 'sign' || k === 'history'; };
  const test = (id: string): boolean => { const k = kind.get(id); return k === 'lab' || k === 'imaging'; };
  const actor = isObj(osce['Patient_Actor']) ? osce['Patient_Actor'] : {};
  const { age, sex } = parseDemographics(String(actor['Demographics'] ?? ''));
  const symptoms = isObj(actor['Symptoms']) ? actor['Symptoms'] : {};
  const who = { age, sex };
  const presenting = vignetteFindings(flatten(symptoms['Primary_Symptom']).join('. '), lex, clinical, who);
  const historyText = flatten({ ...actor, Demographics: undefined }).join('.\n');
  const exam = isObj(osce['Physical_Examination_Findings']) ? osce['Physical_Examination_Findings'] : {};
  const examText = flatten({ ...exam, Vital_Signs: undefined }).join('.\n');
  const history = [...vignetteFindings(historyText, lex, clinical, who), ...vignetteFindings(examText, lex, clinical, who)];
  const known = new Set(model.findings.map((f) => f.id));
  const hidden = [
    ...vitalFindings(exam['Vital_Signs'], age),
    ...labsFromResults(osce['Test_Results']).filter((o) => known.has(o.id)),
    ...vignetteFindings(resultLines(osce['Test_Results']).join('.\n'), lex, test, who),
  ];
  const symptomTexts = [...flatten(symptoms['Primary_Symptom']), ...flatten(symptoms['Secondary_Symptoms'])];
  const recognised = symptomTexts.filter((t) => vignetteFindings(t, lex, clinical).length > 0).length;
  return { age, sex, presenting, history, hidden, diagnosis: String(osce['Correct_Diagnosis'] ?? ''), symptomTexts: symptomTexts.length, recognised };
}

/** One observation per finding: the first mention wins, but a present mention beats an absent one. */
function mergeObservations(obs: readonly Observation[]): Observation[] {
  const m = new Map<string, Observation>();
  for (const o of obs) {
    const prev = m.get(o.id);
    if (!prev || ('present' in o && o.present && 'present' in prev && !prev.present)) m.set(o.id, o);
  }
  return [...m.values()];
}

export interface VignetteReport {
  readonly cases: number;
  /** Cases per format: structured OSCE vignettes and MedQA free text. */
  readonly formats?: { readonly osce: number; readonly medqa: number };
  readonly coverage: number;
  readonly top1: number;
  readonly top5: number;
  readonly top10: number;
  readonly mean_cost: number;
  readonly mean_steps: number;
  /** Share of listed symptoms (primary and secondary) that the notes pipeline turned into at least one finding. */
  readonly symptom_recognition: number;
  /** The same figures on the fixed half you may read and the half you only score (src/bench/vignettes/split.ts). */
  readonly halves?: { readonly read: VignetteReport; readonly score: VignetteReport };
}

/** A model condition as the judge sees it: id, name, ICD-10, synonyms and its DOID/MONDO codes. */
export function judged(model: KnowledgeModel, ci: number): JudgedDisease {
  const c = model.conditions[ci]!;
  const codes = (c.codes ?? []).map((x) => x.code).filter((x) => /^(DOID|MONDO):/.test(x));
  return { id: c.id, name: c.name, icd10: c.icd10, ...(c.synonyms ? { synonyms: c.synonyms } : {}), ...(codes.length > 0 ? { codes } : {}) };
}

/**
 * The vignette protocol. A vignette records what the patient said and what the examiner found; a
 * symptom it does not mention is unknown, not absent. So a question (history or bedside action) is
 * answered only from the record (explicit negatives such as "denies fever" are in it as absent); for
 * anything else it gets no answer, and the work-up marks the finding skipped and moves on. Tests and
 * imaging go to the benchmark gatekeeper, whose documented default for an unrecorded result is
 * "normal / not observed".
 */
export function vignetteOracle(tests: Oracle, record: HiddenRecord): Oracle {
  const present = new Set(record.present.map((f) => f.id));
  const absent = new Set(record.absent.map((f) => f.id));
  return (action, state) => {
    if (action.kind !== 'question') return tests(action, state);
    const out: Observation[] = [];
    for (const fi of action.findings) {
      const id = state.cm.findings[fi]!.def.id;
      if (present.has(id)) out.push({ id, present: true });
      else if (absent.has(id)) out.push({ id, present: false });
    }
    return out;
  };
}

/**
 * Findings only a question reveals and the record cannot answer. The vignette's history is the whole
 * interview: everything the patient said is already known from the start, so asking about anything else
 * gets no answer. They start as skipped (as an unanswered question would leave them), so the work-up
 * spends its steps on examination and tests whose results the record holds, not on questions known to
 * be wasted.
 */
export function unanswerableByQuestion(cm: CompiledModel, record: HiddenRecord): number[] {
  const answerable = new Set([...record.present, ...record.absent].map((f) => f.id));
  const out: number[] = [];
  cm.findings.forEach((f, fi) => {
    if (answerable.has(f.def.id) || f.actions.length === 0) return;
    if (f.actions.every((ai) => cm.actions[ai]!.kind === 'question')) out.push(fi);
  });
  return out;
}

/** One vignette's outcome: where the true diagnosis ranked and what the work-up did. */
export interface VignetteOutcome {
  readonly diagnosis: string;
  readonly covered: boolean;
  /** 0-based rank of the first correct condition within the top 10, or -1. */
  readonly hitAt: number;
  /** Condition indices, best first (the whole model). */
  readonly order: readonly number[];
  readonly known: readonly Observation[];
  readonly hiddenRecord: HiddenRecord;
  readonly actionsTaken: readonly string[];
  readonly spentUsd: number;
  readonly stepCount: number;
  readonly vc: VignetteCase;
  /** The final belief (after the work-up, or the instant one for free text) and its posterior, which `order` ranks. */
  readonly belief: BeliefState;
  readonly posterior: Float64Array;
}

export interface VignetteOptions {
  budgetUsd?: number;
  maxSteps?: number;
  mode?: WorkupMode;
  /**
   * Codes of a gold diagnosis name from the disease vocabularies (`truth-codes.ts`): the judge then
   * matches the same disease under another name by a shared DOID/MONDO id or ICD-10-CM code. Without
   * it, names only.
   */
  truthCodes?: (name: string) => TruthCodes;
  /** Findings read from the presentation by another reader (the language model's, `llm.ts`), merged into what is known. */
  extraKnown?: (raw: unknown) => readonly Observation[];
}

/** The model's conditions the judge accepts for a gold diagnosis (`acceptedIndices` over all of them). */
export function acceptedConditions(model: KnowledgeModel, truth: JudgedDisease): Set<number> {
  return new Set(acceptedIndices(model.conditions.map((_, i) => judged(model, i)), truth));
}

/** The gold diagnosis as the judge sees it: its name, and its vocabulary codes when a resolver is given. */
export function truthOf(name: string, opts: VignetteOptions = {}): JudgedDisease {
  const parents = opts.truthCodes ? causalParents(name) : [];
  const cs = [name, ...parents].map((n) => opts.truthCodes?.(n));
  const icd10 = [...new Set(cs.flatMap((c) => c?.icd10 ?? []))];
  const codes = [...new Set(cs.flatMap((c) => c?.codes ?? []))];
  const parentNames = [...new Set([...cs.flatMap((c) => c?.parents ?? []), ...(opts.truthCodes ? carcinomaParents(name) : [])])].sort();
  const vocabularyNames = cs[0]?.names ?? [];
  const ancestorNames = cs[0]?.ancestors ?? [];
  return {
    name, ...(parents.length > 0 ? { synonyms: parents } : {}), ...(vocabularyNames.length > 0 ? { vocabularyNames } : {}), ...(icd10.length > 0 ? { icd10 } : {}), ...(codes.length > 0 ? { codes } : {}),
    ...(parentNames.length > 0 ? { parentNames } : {}), ...(ancestorNames.length > 0 ? { ancestorNames } : {}),
  };
}

/** A MedQA free-text row: `question` (the vignette) and gold `diagnosis`. */
export function isFreeText(raw: unknown): raw is { id?: string; question: string; diagnosis: string } {
  return isObj(raw) && typeof raw['question'] === 'string' && typeof raw['diagnosis'] === 'string';
}

/** The question sentence that closes a MedQA vignette ("Which of the following is the most likely diagnosis?") is not part of the story. */
export function vignetteStory(question: string): string {
  return question.replace(/[^.?!]*\?\s*$/, '').trim() || question;
}

/**
 * Vital signs written in prose ("temperature is 38.9°C (102°F), pulse is 120/min, respirations are
 * 24/min, and blood pressure is 85/50 mm Hg"; "oxygen saturation of 88%") as the structured reader's
 * "Key: value" lines, then read by `vitalFindings` against the same age-specific limits. "Vital signs are
 * within normal limits" is read by the notes pipeline (`intake/notes/normal-vitals.ts`), as in the product.
 */
export function proseVitals(text: string, age: number): Observation[] {
  const lines: string[] = [];
  const grab = (re: RegExp, key: string): void => { const m = re.exec(text); if (m) lines.push(`${key}: ${m[1]}`); };
  grab(/\btemperature\b[^0-9]{0,20}(\d{2,3}(?:\.\d+)?\s*°?\s*[CF])\b/i, 'Temperature');
  grab(/\b(?:pulse|heart rate)\b[^0-9]{0,20}(\d{2,3})\b/i, 'Heart_Rate');
  grab(/\b(?:respirations?|respiratory rate)\b[^0-9]{0,20}(\d{1,3})\b/i, 'Respiratory_Rate');
  grab(/\bblood pressure\b[^0-9]{0,20}(\d{2,3}\s*\/\s*\d{2,3})/i, 'Blood_Pressure');
  grab(/\b(?:oxygen saturation|SpO2|O2 saturation|pulse oximetry)\b[^0-9]{0,30}(\d{2,3})\s*%/i, 'SpO2');
  const obj: Record<string, string> = {};
  for (const l of lines) { const i = l.indexOf(': '); obj[l.slice(0, i)] = l.slice(i + 2); }
  return lines.length > 0 ? vitalFindings(obj, age) : [];
}

/**
 * A MedQA free-text vignette, scored on the instant differential: the whole vignette (without its
 * closing question) goes through the notes pipeline as one note, every recognised finding of any kind
 * (history, examination, stated results) is known at once, age and sex come from the text
 * (`statedDemographics`; 40 and male when unstated, as for OSCE rows), vital signs in prose are read
 * against age limits, and the conditions are ranked by posterior with the same judge.
 */
export function runFreeTextCase(model: KnowledgeModel, cm: CompiledModel, lex: Lexicon, raw: unknown, opts: VignetteOptions = {}): VignetteOutcome | undefined {
  if (!isFreeText(raw) || !raw.diagnosis.trim()) return undefined;
  const story = vignetteStory(raw.question);
  const d = statedDemographics(story);
  const age = d.age?.value ?? 40;
  const sex: Sex = d.sex?.value ?? 'male';
  const truth = truthOf(raw.diagnosis, opts);
  const accepted = acceptedConditions(model, truth);
  const covered = accepted.size > 0;
  const known = mergeObservations([...vignetteFindings(story, lex, () => true, { age, sex }), ...proseVitals(story, age), ...(opts.extraKnown?.(raw) ?? [])]);
  const state = beliefFromCase(cm, { age, sex, findings: known });
  const p = posterior(state);
  const order = Array.from(p.keys()).sort((a, b) => p[b]! - p[a]! || a - b);
  const hitAt = order.slice(0, 10).findIndex((ci) => accepted.has(ci));
  const vc: VignetteCase = { age, sex, presenting: known, history: [], hidden: [], diagnosis: raw.diagnosis, symptomTexts: 0, recognised: 0 };
  return { diagnosis: raw.diagnosis, covered, hitAt, order, known, hiddenRecord: { present: [], absent: [], values: [] }, actionsTaken: [], spentUsd: 0, stepCount: 0, vc, belief: state, posterior: p };
}

/** Run one vignette (undefined when the row is not a vignette or has no diagnosis). */
export function runVignetteCase(model: KnowledgeModel, cm: CompiledModel, lex: Lexicon, raw: unknown, opts: VignetteOptions = {}): VignetteOutcome | undefined {
  const vc = toVignetteCase(raw, model, lex);
  if (!vc || !vc.diagnosis) return undefined;
  const truth = truthOf(vc.diagnosis, opts);
  const accepted = acceptedConditions(model, truth);
  const covered = accepted.size > 0;
  const known = mergeObservations([...vc.presenting, ...vc.history, ...(opts.extraKnown?.(raw) ?? [])]);
  const hidden = mergeObservations(vc.hidden);
  const record: HiddenRecord = {
    present: hidden.filter((o) => 'present' in o && o.present).map((o) => ({ id: o.id })),
    absent: hidden.filter((o) => 'present' in o && !o.present).map((o) => ({ id: o.id })),
    values: [],
  };
  const gk = createGatekeeper(cm, record);
  const start = markSkipped(beliefFromCase(cm, { age: vc.age, sex: vc.sex, findings: known }), unanswerableByQuestion(cm, record));
  const res = runWorkup(start, vignetteOracle(gk.oracle, record), { mode: opts.mode ?? 'budgeted', budgetUsd: opts.budgetUsd ?? 1000, trace: false, rules: { maxSteps: opts.maxSteps ?? 20 } });
  const order = Array.from(res.posterior.keys()).sort((a, b) => res.posterior[b]! - res.posterior[a]! || a - b);
  const hitAt = order.slice(0, 10).findIndex((ci) => accepted.has(ci));
  return { diagnosis: vc.diagnosis, covered, hitAt, order, known, hiddenRecord: record, actionsTaken: res.actionsTaken, spentUsd: res.spentUsd, stepCount: res.stepCount, vc, belief: res.belief, posterior: res.posterior };
}

/** Run one row of either format: an OSCE structured vignette (stepwise) or a MedQA free-text one (instant). */
export function runAnyCase(model: KnowledgeModel, cm: CompiledModel, lex: Lexicon, raw: unknown, opts: VignetteOptions = {}): VignetteOutcome | undefined {
  return isFreeText(raw) ? runFreeTextCase(model, cm, lex, raw, opts) : runVignetteCase(model, cm, lex, raw, opts);
}

interface Tally { n: number; covered: number; t1: number; t5: number; t10: number; cost: number; steps: number; symptomTexts: number; recognised: number; osce: number; medqa: number }
const emptyTally = (): Tally => ({ n: 0, covered: 0, t1: 0, t5: 0, t10: 0, cost: 0, steps: 0, symptomTexts: 0, recognised: 0, osce: 0, medqa: 0 });

function add(t: Tally, o: VignetteOutcome, freeText: boolean): void {
  t.n++;
  if (freeText) t.medqa++;
  else t.osce++;
  t.symptomTexts += o.vc.symptomTexts;
  t.recognised += o.vc.recognised;
  if (o.covered) t.covered++;
  t.cost += o.spentUsd;
  t.steps += o.stepCount;
  if (o.hitAt === 0) t.t1++;
  if (o.hitAt >= 0 && o.hitAt < 5) t.t5++;
  if (o.hitAt >= 0) t.t10++;
}

function report(t: Tally): VignetteReport {
  const { n } = t;
  const r = (x: number): number => (n ? Math.round((x / n) * 1000) / 1000 : 0);
  return {
    cases: n, formats: { osce: t.osce, medqa: t.medqa }, coverage: r(t.covered), top1: r(t.t1), top5: r(t.t5), top10: r(t.t10),
    mean_cost: n ? Math.round((t.cost / n) * 100) / 100 : 0, mean_steps: n ? Math.round((t.steps / n) * 10) / 10 : 0,
    symptom_recognition: t.symptomTexts ? Math.round((t.recognised / t.symptomTexts) * 1000) / 1000 : 0,
  };
}

/**
 * Run every vignette row (OSCE structured or MedQA free text, mixed freely) and report the whole file
 * and each dev half (read / score) separately, so a figure on cases you looked at always comes with
 * the figure on cases you did not.
 */
export function runVignettes(model: KnowledgeModel, rows: readonly unknown[], opts: VignetteOptions = {}): VignetteReport {
  const cm: CompiledModel = compileModel(model);
  const lex = buildLexicon(model);
  const all = emptyTally();
  const halves: Record<DevHalf, Tally> = { read: emptyTally(), score: emptyTally() };
  for (const raw of rows) {
    const o = runAnyCase(model, cm, lex, raw, opts);
    if (!o) continue;
    const ft = isFreeText(raw);
    add(all, o, ft);
    add(halves[halfOf(raw)], o, ft);
  }
  return { ...report(all), halves: { read: report(halves.read), score: report(halves.score) } };
}
