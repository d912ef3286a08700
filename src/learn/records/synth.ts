/**
 * Synthetic longitudinal patients sampled from a knowledge model, deterministic by seed: a sex, a
 * birth date, then episodes spaced further apart than the finding window, each an encounter with a
 * diagnosis drawn from the model's prior for the patient's age band and sex, the findings drawn from
 * its likelihoods (and leaks), and lab results written as values against the default ranges of the
 * test table. Written as FHIR NDJSON (Patient, Encounter, Condition, Observation) with constant
 * memory; the parameter-recovery test and the throughput benchmark learn from it.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, type Rng } from '../../core/random.js';
import { SEXES, type BinaryFinding, type KnowledgeModel } from '../../core/model.js';
import { CONCEPT_SYSTEM } from '../../intake/fhir/concepts.js';
import { findingIndex } from '../../intake/fhir/match.js';
import { defaultRange, TESTS, type LabTest } from '../../intake/fhir/loinc-tests.js';
import { SYSTEMS } from '../../intake/fhir/shape.js';
import { DDX_CONDITION_SYSTEM, DDX_FINDING_SYSTEM } from './vocabulary.js';

const DAY = 86_400_000;
/** Episodes are generated up to this date (fixed, so the output never depends on the clock). */
export const SYNTH_END = Date.UTC(2025, 0, 1);

export interface SynthOptions {
  readonly patients: number;
  readonly seed: number;
  /** Draw findings a condition has no likelihood for at their leak rate (default true). */
  readonly leaks?: boolean;
  /** Most visits for a new problem per patient (uniform 1..max, default 4); long-term reviews come on top. */
  readonly maxEpisodes?: number;
}

/** Years of record per patient: visits fall on slots 60-180 days apart over this span before SYNTH_END. */
export const RECORD_YEARS = 10;

/**
 * Long-term conditions that are reviewed at later visits, by ICD-10 code: the disease areas of the
 * registers English general practice keeps for scheduled reviews (the NHS Quality and Outcomes
 * Framework: hypertension, coronary heart disease, atrial fibrillation, heart failure, peripheral
 * arterial disease, diabetes, obesity, asthma, COPD, chronic kidney disease, dementia, depression,
 * severe mental illness, epilepsy, osteoporosis, rheumatoid arthritis). Acute events of those areas
 * (infarction I21-I24, stroke and TIA, diabetic ketoacidosis and hyperosmolar states E1x.0/E1x.1)
 * are not reviewed. This is what makes real visit counts skewed: a few long-term conditions take a
 * large share of encounters, whatever the spread of presenting problems.
 */
const LONG_TERM = /^(I1[0-5]|I20|I25|I48|I50|I73|E1[0-4](?!\.[01])|E66|J4[45]|N18|F0[0-3]|G30|F2\d|F3[0-3]|G40|M8[01]|M0[56])/;

/** Whether a condition is reviewed at later visits once diagnosed (see LONG_TERM). */
export function isLongTerm(icd10: readonly string[]): boolean {
  return icd10.some((c) => LONG_TERM.test(c));
}

interface LabPlan {
  readonly test: LabTest;
  readonly loinc: string;
  readonly dir: 'H' | 'L' | 'P';
}

/** A binary finding and how it is written: a test result, or a coded observation when present. */
interface FindingPlan {
  readonly def: BinaryFinding;
  readonly lab?: LabPlan;
}

export interface SynthPlan {
  readonly model: KnowledgeModel;
  /** Cumulative prior per band*2+sex over conditions. */
  readonly cdf: Float64Array[];
  readonly findings: FindingPlan[];
  /** Per condition: indices into `findings` with their probability. */
  readonly entries: { readonly f: Int32Array; readonly p: Float64Array }[];
  readonly leak: Float64Array;
  /** Per condition: 1 when it is reviewed at later visits. */
  readonly longTerm: Uint8Array;
}

/** Precompute the sampling tables of a model. */
export function synthPlan(model: KnowledgeModel): SynthPlan {
  const index = findingIndex(model);
  const labOf = new Map<string, LabPlan>();
  for (const t of TESTS) {
    const dirs: [('H' | 'L' | 'P'), string | undefined][] = t.kind === 'qualitative' ? [['P', t.positive]] : [['H', t.high], ['L', t.low]];
    for (const [dir, concept] of dirs) {
      if (!concept) continue;
      for (const id of index.byConcept.get(concept) ?? []) if (!labOf.has(id)) labOf.set(id, { test: t, loinc: t.loinc[0]!, dir });
    }
  }
  const findings: FindingPlan[] = [];
  const fIx = new Map<string, number>();
  for (const f of model.findings) {
    if (f.valueType !== 'binary') continue;
    fIx.set(f.id, findings.length);
    const lab = labOf.get(f.id);
    findings.push({ def: f, ...(lab ? { lab } : {}) });
  }
  const cIx = new Map(model.conditions.map((c, i) => [c.id, i] as const));
  const lists = model.conditions.map(() => [] as [number, number][]);
  for (const [fid, row] of Object.entries(model.likelihoods)) {
    const fi = fIx.get(fid);
    if (fi === undefined) continue;
    for (const [cid, v] of Object.entries(row)) {
      const ci = cIx.get(cid);
      if (ci !== undefined && v[0] !== undefined) lists[ci]!.push([fi, v[0]]);
    }
  }
  const entries = lists.map((l) => {
    l.sort((a, b) => a[0] - b[0]);
    return { f: Int32Array.from(l.map((x) => x[0])), p: Float64Array.from(l.map((x) => x[1])) };
  });
  const cells = model.ageBands.length * 2;
  const cdf: Float64Array[] = [];
  for (let cell = 0; cell < cells; cell++) {
    const b = Math.floor(cell / 2);
    const s = cell % 2;
    const acc = new Float64Array(model.conditions.length);
    let sum = 0;
    model.conditions.forEach((c, i) => {
      sum += c.prior[b]?.[s] ?? 0;
      acc[i] = sum;
    });
    cdf.push(acc);
  }
  return { model, cdf, findings, entries, leak: Float64Array.from(findings.map((f) => f.def.leak)), longTerm: Uint8Array.from(model.conditions.map((c) => (isLongTerm(c.icd10) ? 1 : 0))) };
}

function pick(cdf: Float64Array, u: number): number {
  const target = u * cdf[cdf.length - 1]!;
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A value in the test's unit: abnormal in `dir` when `present` (beyond the range, at most 30% past
 * it and inside the test's plausible bounds, so a reader never drops it as impossible), inside the
 * normal range otherwise (a one-sided range: up to 30% on its normal side).
 */
function labValue(plan: LabPlan, present: boolean, sex: 'female' | 'male', age: number, rng: Rng): number | undefined {
  const test = plan.test;
  if (test.kind !== 'quantity') return undefined;
  const r = defaultRange(test, sex, age);
  if (!r || (r.low === undefined && r.high === undefined)) return undefined;
  const [pmin, pmax] = test.plausible;
  const u = 0.3 + 0.4 * rng.next();
  let v: number;
  if (present && plan.dir === 'H' && r.high !== undefined) v = r.high + (Math.min(pmax, r.high * 1.3) - r.high) * u;
  else if (present && plan.dir === 'L' && r.low !== undefined) v = r.low - (r.low - Math.max(pmin, r.low * 0.7)) * u;
  else if (present) return undefined;
  else if (r.low !== undefined && r.high !== undefined) v = r.low + (r.high - r.low) * u;
  else if (r.low !== undefined) v = r.low + (Math.min(pmax, r.low * 1.3) - r.low) * u;
  else v = Math.max(pmin, r.high! * u);
  return Number(v.toFixed(3));
}

/** Buffered line writer per resource type. */
class NdjsonOut {
  private readonly fds = new Map<string, number>();
  private readonly buf = new Map<string, string[]>();
  private readonly size = new Map<string, number>();
  bytes = 0;
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }
  write(type: string, r: object): void {
    const line = JSON.stringify(r);
    let b = this.buf.get(type);
    if (!b) {
      b = [];
      this.buf.set(type, b);
      this.fds.set(type, openSync(join(this.dir, `${type}.000.ndjson`), 'w'));
    }
    b.push(line);
    const n = (this.size.get(type) ?? 0) + line.length + 1;
    this.size.set(type, n);
    if (n > 1 << 20) this.flush(type);
  }
  private flush(type: string): void {
    const b = this.buf.get(type)!;
    if (b.length === 0) return;
    this.bytes += writeSync(this.fds.get(type)!, `${b.join('\n')}\n`);
    this.buf.set(type, []);
    this.size.set(type, 0);
  }
  close(): void {
    for (const t of this.buf.keys()) this.flush(t);
    for (const fd of this.fds.values()) closeSync(fd);
  }
}

export interface SynthSummary {
  readonly patients: number;
  readonly episodes: number;
  readonly resources: Readonly<Record<string, number>>;
  readonly bytes: number;
}

/** One synthFhir run: its tables, random stream, output and counters, shared by the steps below. */
interface SynthRun {
  readonly model: KnowledgeModel;
  readonly plan: SynthPlan;
  readonly rng: Rng;
  readonly seed: number;
  readonly leaks: boolean;
  readonly maxEp: number;
  readonly emit: (type: string, r: object) => void;
  episodes: number;
  obsId: number;
}

/** One visit of a patient: who, when, and the references its resources share. */
interface Visit {
  readonly sex: 'female' | 'male';
  readonly age: number;
  readonly when: string;
  readonly subject: { reference: string };
  readonly encounter: { reference: string };
}

/**
 * Visit slots 60-180 days apart over the last RECORD_YEARS years (so finding windows never overlap),
 * oldest first.
 */
function visitSlots(rng: Rng, birth: number): number[] {
  const slots: number[] = [];
  const from = Math.max(SYNTH_END - RECORD_YEARS * 365 * DAY, birth + 30 * DAY);
  for (let t = SYNTH_END - (1 + rng.int(120)) * DAY; t > from; t -= (60 + rng.int(120)) * DAY) slots.unshift(t);
  return slots;
}

/** Mark 1..maxEp distinct slots (at most all of them) as visits for a new problem. */
function newProblemSlots(rng: Rng, n: number, maxEp: number): Uint8Array {
  const isNew = new Uint8Array(n);
  for (let k = Math.min(n, 1 + rng.int(maxEp)); k > 0; ) {
    const j = rng.int(n);
    if (isNew[j] === 0) {
      isNew[j] = 1;
      k--;
    }
  }
  return isNew;
}

/** Draw a visit's findings for condition `ci` and write the Observations: test results, or coded findings when present. */
function emitFindings(run: SynthRun, ci: number, v: Visit): void {
  const { plan, rng, seed, emit } = run;
  const { subject, encounter, when } = v;
  const e = plan.entries[ci]!;
  let k = 0;
  for (let fi = 0; fi < plan.findings.length; fi++) {
    let p: number;
    let isEntry = false;
    if (k < e.f.length && e.f[k] === fi) {
      p = e.p[k++]!;
      isEntry = true;
    } else if (run.leaks) p = plan.leak[fi]!;
    else continue;
    const present = rng.next() < p;
    const f = plan.findings[fi]!;
    if (f.lab) {
      // A test is ordered when the condition calls for it (it has a likelihood), or when the result is abnormal by leak.
      if (!isEntry && !present) continue;
      const base = { resourceType: 'Observation', id: `o${seed}-${run.obsId++}`, status: 'final', subject, encounter, effectiveDateTime: when, code: { coding: [{ system: SYSTEMS.loinc, code: f.lab.loinc }] } };
      if (f.lab.test.kind === 'qualitative') {
        emit('Observation', { ...base, valueCodeableConcept: { coding: [{ system: SYSTEMS.snomed, code: present ? '10828004' : '260385009' }] } });
      } else {
        const value = labValue(f.lab, present, v.sex, v.age, rng);
        if (value === undefined) continue;
        emit('Observation', { ...base, valueQuantity: { value, unit: f.lab.test.unit, system: 'http://unitsofmeasure.org', code: f.lab.test.unit } });
      }
    } else if (present) {
      const codes = (f.def.codes ?? []).filter((x) => x.system === CONCEPT_SYSTEM || x.system.startsWith('http'));
      emit('Observation', { resourceType: 'Observation', id: `o${seed}-${run.obsId++}`, status: 'final', subject, encounter, effectiveDateTime: when, code: { coding: [{ system: DDX_FINDING_SYSTEM, code: f.def.id, display: f.def.name }, ...codes.slice(0, 1)] }, valueBoolean: true });
    }
  }
}

/** Write one episode: the Encounter, its diagnosis (condition `ci`) and its findings. */
function emitEpisode(run: SynthRun, pid: string, j: number, at: number, ci: number, sex: 'female' | 'male', age: number): void {
  const c = run.model.conditions[ci]!;
  run.episodes++;
  const eid = `${pid}-e${j}`;
  const when = `${isoDate(at)}T10:00:00Z`;
  const subject = { reference: `Patient/${pid}` };
  const encounter = { reference: `Encounter/${eid}` };
  run.emit('Encounter', { resourceType: 'Encounter', id: eid, status: 'finished', class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' }, subject, period: { start: when, end: when } });
  run.emit('Condition', {
    resourceType: 'Condition', id: `${eid}-dx`, subject, encounter, onsetDateTime: when,
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'encounter-diagnosis' }] }],
    code: { coding: [{ system: DDX_CONDITION_SYSTEM, code: c.id, display: c.name }, ...c.icd10.map((code) => ({ system: SYSTEMS.icd10cm, code }))] },
  });
  emitFindings(run, ci, { sex, age, when, subject, encounter });
}

/** Write patient `i`: the Patient, then an episode per new-problem visit and per review of a long-term condition. */
function synthPatient(run: SynthRun, i: number): void {
  const { model, plan, rng } = run;
  const pid = `p${run.seed}-${i}`;
  const sexI = rng.next() < 0.5 ? 0 : 1;
  const sex = SEXES[sexI]!;
  const birth = SYNTH_END - Math.floor(rng.next() * 90 * 365.25) * DAY;
  run.emit('Patient', { resourceType: 'Patient', id: pid, gender: sex, birthDate: isoDate(birth) });
  // A few slots are visits for a new problem, drawn from the prior; once a long-term
  // condition is diagnosed, every other later slot is its review (every 2-6 months).
  const slots = visitSlots(rng, birth);
  const isNew = newProblemSlots(rng, slots.length, run.maxEp);
  let reviewed = -1;
  slots.forEach((at, j) => {
    if (isNew[j] === 0 && reviewed < 0) return;
    const age = Math.floor((at - birth) / (365.25 * DAY));
    const band = model.ageBands.findIndex((b) => age >= b.minYears && age < b.maxYears);
    if (band < 0) return;
    const ci = isNew[j] === 1 ? pick(plan.cdf[band * 2 + sexI]!, rng.next()) : reviewed;
    if (reviewed < 0 && plan.longTerm[ci] === 1) reviewed = ci;
    emitEpisode(run, pid, j, at, ci, sex, age);
  });
}

/** Write `opts.patients` synthetic patients as FHIR NDJSON into `dir`. */
export function synthFhir(model: KnowledgeModel, dir: string, opts: SynthOptions): SynthSummary {
  const plan = synthPlan(model);
  const rng = createRng(opts.seed);
  const out = new NdjsonOut(dir);
  const counts: Record<string, number> = {};
  const emit = (type: string, r: object): void => {
    counts[type] = (counts[type] ?? 0) + 1;
    out.write(type, r);
  };
  const run: SynthRun = { model, plan, rng, seed: opts.seed, leaks: opts.leaks ?? true, maxEp: opts.maxEpisodes ?? 4, emit, episodes: 0, obsId: 0 };
  try {
    for (let i = 0; i < opts.patients; i++) synthPatient(run, i);
  } finally {
    out.close();
  }
  return { patients: opts.patients, episodes: run.episodes, resources: counts, bytes: out.bytes };
}
