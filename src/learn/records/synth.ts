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
  /** Most episodes per patient (uniform 1..max, default 4). */
  readonly maxEpisodes?: number;
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
  return { model, cdf, findings, entries, leak: Float64Array.from(findings.map((f) => f.def.leak)) };
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

/** A value in the test's unit: abnormal in `dir` when `present`, mid-normal otherwise. */
function labValue(plan: LabPlan, present: boolean, sex: 'female' | 'male', age: number, rng: Rng): number | undefined {
  if (plan.test.kind !== 'quantity') return undefined;
  const r = defaultRange(plan.test, sex, age);
  if (!r) return undefined;
  const jitter = 0.9 + 0.2 * rng.next();
  const lo = r.low ?? (r.high !== undefined ? r.high * 0.3 : 0);
  const hi = r.high ?? (r.low !== undefined ? r.low * 1.5 : 1);
  if (!present) return Number((((lo + hi) / 2) * (0.95 + 0.1 * rng.next())).toFixed(3));
  if (plan.dir === 'H') return Number((hi * 1.3 * jitter + 0.01).toFixed(3));
  return Number((lo * 0.7 * jitter).toFixed(3));
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
  const maxEp = opts.maxEpisodes ?? 4;
  const leaks = opts.leaks ?? true;
  let episodes = 0;
  let obsId = 0;
  try {
    for (let i = 0; i < opts.patients; i++) {
      const pid = `p${opts.seed}-${i}`;
      const sexI = rng.next() < 0.5 ? 0 : 1;
      const sex = SEXES[sexI]!;
      const birth = SYNTH_END - Math.floor(rng.next() * 90 * 365.25) * DAY;
      emit('Patient', { resourceType: 'Patient', id: pid, gender: sex, birthDate: isoDate(birth) });
      const n = 1 + rng.int(maxEp);
      // Episodes 60-180 days apart, ending before SYNTH_END: windows never overlap.
      let t = SYNTH_END - Math.floor(rng.next() * 365) * DAY;
      const times: number[] = [];
      for (let j = 0; j < n && t > birth + 30 * DAY; j++) {
        times.unshift(t);
        t -= (60 + rng.int(120)) * DAY;
      }
      times.forEach((at, j) => {
        const age = Math.floor((at - birth) / (365.25 * DAY));
        const band = model.ageBands.findIndex((b) => age >= b.minYears && age < b.maxYears);
        if (band < 0) return;
        const ci = pick(plan.cdf[band * 2 + sexI]!, rng.next());
        const c = model.conditions[ci]!;
        episodes++;
        const eid = `${pid}-e${j}`;
        const when = `${isoDate(at)}T10:00:00Z`;
        const subject = { reference: `Patient/${pid}` };
        const encounter = { reference: `Encounter/${eid}` };
        emit('Encounter', { resourceType: 'Encounter', id: eid, status: 'finished', class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' }, subject, period: { start: when, end: when } });
        emit('Condition', {
          resourceType: 'Condition', id: `${eid}-dx`, subject, encounter, onsetDateTime: when,
          category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'encounter-diagnosis' }] }],
          code: { coding: [{ system: DDX_CONDITION_SYSTEM, code: c.id, display: c.name }, ...c.icd10.map((code) => ({ system: SYSTEMS.icd10cm, code }))] },
        });
        const e = plan.entries[ci]!;
        let k = 0;
        for (let fi = 0; fi < plan.findings.length; fi++) {
          let p: number;
          let isEntry = false;
          if (k < e.f.length && e.f[k] === fi) {
            p = e.p[k++]!;
            isEntry = true;
          } else if (leaks) p = plan.leak[fi]!;
          else continue;
          const present = rng.next() < p;
          const f = plan.findings[fi]!;
          if (f.lab) {
            // A test is ordered when the condition calls for it (it has a likelihood), or when the result is abnormal by leak.
            if (!isEntry && !present) continue;
            const base = { resourceType: 'Observation', id: `o${opts.seed}-${obsId++}`, status: 'final', subject, encounter, effectiveDateTime: when, code: { coding: [{ system: SYSTEMS.loinc, code: f.lab.loinc }] } };
            if (f.lab.test.kind === 'qualitative') {
              emit('Observation', { ...base, valueCodeableConcept: { coding: [{ system: SYSTEMS.snomed, code: present ? '10828004' : '260385009' }] } });
            } else {
              const v = labValue(f.lab, present, sex, age, rng);
              if (v === undefined) continue;
              emit('Observation', { ...base, valueQuantity: { value: v, unit: f.lab.test.unit, system: 'http://unitsofmeasure.org', code: f.lab.test.unit } });
            }
          } else if (present) {
            const codes = (f.def.codes ?? []).filter((x) => x.system === CONCEPT_SYSTEM || x.system.startsWith('http'));
            emit('Observation', { resourceType: 'Observation', id: `o${opts.seed}-${obsId++}`, status: 'final', subject, encounter, effectiveDateTime: when, code: { coding: [{ system: DDX_FINDING_SYSTEM, code: f.def.id, display: f.def.name }, ...codes.slice(0, 1)] }, valueBoolean: true });
          }
        }
      });
    }
  } finally {
    out.close();
  }
  return { patients: opts.patients, episodes, resources: counts, bytes: out.bytes };
}
