/**
 * FHIR R4 Bundle -> engine case. Validates the Bundle's structure, reads the Patient, Observations,
 * Conditions, MedicationStatements, AllergyIntolerances, DocumentReferences and the written results of
 * reports (DiagnosticReport conclusions, free-text Observation values; `written-results.ts`), and accounts for
 * every entry: each one either produced findings (`sources`), was understood but has no finding in
 * this model (`unmapped`), or is listed in `ignored` with the reason. Paths are FHIRPath-like
 * (`Bundle.entry[3].resource.valueQuantity.code`); no resource text ever appears in an issue.
 */
import { childPath, hasErrors, issue, type Issue, type KnowledgeModel, type Observation, type PatientCase, type Result, type Sex } from '../../core/index.js';
import { readDocumentReference, type NoteReader } from './document.js';
import { chooseEpisode, conditionTiming, documentTiming, observationTiming, type Episode, type EpisodeWindow, type Timing } from './episode.js';
import { readAllergy, readCondition, readMedicationStatement, type HistoryRead } from './history.js';
import { findingIndex } from './match.js';
import { observationTime, readObservation, type Basis } from './observation.js';
import { notesReader } from './notes-reader.js';
import { readPatient } from './patient.js';
import { observationText, reportResult, type WrittenResult } from './written-results.js';
import { isRecord, parseFhirDate, str, type Json } from './shape.js';

/** Bundle types accepted as one patient's record (a transaction or batch as Synthea and EHR test data write it; entries' request parts are ignored); others (message, history...) are errors. */
export const ACCEPTED_BUNDLE_TYPES: readonly string[] = ['collection', 'searchset', 'document', 'transaction', 'batch'];
/** Resources that carry no findings themselves but are expected in a record Bundle. */
const CONTEXT_TYPES = new Set(['Medication', 'Encounter', 'Practitioner', 'PractitionerRole', 'Organization', 'Location', 'Composition', 'Device', 'Specimen']);

export interface FindingSource {
  readonly findingId: string;
  /** The observation given to the engine for this finding. */
  readonly observation: Observation;
  /** Path of the resource, component or attachment that produced it. */
  readonly path: string;
  readonly resourceType: string;
  /** The source resource as a reference: its entry's fullUrl, else `Type/id`; absent when it has neither. */
  readonly reference?: string;
  readonly via: 'loinc' | 'code' | 'name' | 'note';
  readonly concept?: string;
  readonly loinc?: string;
  readonly basis?: Basis;
}

export interface IgnoredResource {
  readonly path: string;
  readonly resourceType: string;
  readonly reason: string;
}

/** Something understood that the model has no finding for (a concept, a condition, a medication...). */
export interface UnmappedItem {
  readonly path: string;
  readonly resourceType: string;
  readonly concept?: string;
  /** For a concept: whether the result meant it present (an abnormal result) or absent (a normal one). */
  readonly present?: boolean;
}

export interface BundleCase {
  readonly case: PatientCase;
  readonly sources: readonly FindingSource[];
  readonly ignored: readonly IgnoredResource[];
  readonly unmapped: readonly UnmappedItem[];
  readonly warnings: readonly Issue[];
  /** The date age was computed at (ISO date-time). */
  readonly asOf: string;
  /** The index episode read as current, when the record has encounters or `at` was given. */
  readonly episode?: Episode;
}

export interface BundleToCaseOptions {
  /** Date the age is computed at. Default: the latest Observation effective time, else `today`. */
  readonly asOf?: string;
  /** Fallback for `asOf` when the Bundle has no dated Observation. Default: the current date. */
  readonly today?: string;
  /** Reads DocumentReference notes. Default: the notes pipeline for this model; `false` skips notes. */
  readonly notes?: NoteReader | false;
  /**
   * Index date of a longitudinal record: the episode is the latest Encounter starting on or before it.
   * Default: the latest Encounter. Findings outside the episode's window are not current.
   */
  readonly at?: string;
  /** Read the record as one episode, ignoring encounters and dates (default false). */
  readonly wholeRecord?: boolean;
  /** Used only when the Patient has no usable gender / birthDate (with a warning). */
  readonly sex?: Sex;
  readonly age?: number;
}

interface Entry {
  readonly path: string;
  readonly resource: Json;
  readonly resourceType: string;
  readonly reference?: string;
}

/** Source priority: a measured result beats a recorded history, which beats a note. */
const PRIORITY = { loinc: 3, code: 2, name: 2, note: 1 } as const;

interface Candidate {
  readonly source: Omit<FindingSource, 'observation'>;
  readonly obs: Observation;
  readonly order: number;
}

function entries(bundle: Json, root: string, issues: Issue[]): Entry[] {
  const out: Entry[] = [];
  const raw = bundle['entry'];
  if (raw === undefined) return out;
  if (!Array.isArray(raw)) {
    issues.push(issue('type', childPath(root, 'entry'), 'Bundle.entry must be an array'));
    return out;
  }
  raw.forEach((e, i) => {
    const epath = childPath(childPath(root, 'entry'), i);
    if (!isRecord(e)) {
      issues.push(issue('type', epath, 'entry must be an object'));
      return;
    }
    const rpath = childPath(epath, 'resource');
    const r = e['resource'];
    if (r === undefined) {
      issues.push(issue('required', rpath, 'entry has no resource', 'warning'));
      return;
    }
    if (!isRecord(r)) {
      issues.push(issue('type', rpath, 'resource must be an object'));
      return;
    }
    const resourceType = str(r['resourceType']);
    if (!resourceType) {
      issues.push(issue('required', childPath(rpath, 'resourceType'), 'resource has no resourceType'));
      return;
    }
    const id = str(r['id']);
    const reference = str(e['fullUrl']) ?? (id ? `${resourceType}/${id}` : undefined);
    out.push({ path: rpath, resource: r, resourceType, ...(reference ? { reference } : {}) });
  });
  return out;
}

function subjectRef(e: Entry): string | undefined {
  const key = e.resourceType === 'AllergyIntolerance' ? 'patient' : 'subject';
  const ref = e.resource[key];
  return isRecord(ref) ? str(ref['reference']) : undefined;
}

function refersTo(ref: string, patient: Entry): boolean {
  const id = str(patient.resource['id']);
  if (patient.reference && ref === patient.reference) return true;
  return id !== undefined && (ref === `Patient/${id}` || ref.endsWith(`/Patient/${id}`));
}

function latestObservationTime(list: readonly Entry[]): number | undefined {
  let best: number | undefined;
  for (const e of list) {
    if (e.resourceType !== 'Observation') continue;
    const s = observationTime(e.resource);
    const t = s ? parseFhirDate(s) : undefined;
    if (t !== undefined && (best === undefined || t > best)) best = t;
  }
  return best;
}

function merge(model: KnowledgeModel, candidates: readonly Candidate[]): { findings: Observation[]; sources: FindingSource[] } {
  const byFinding = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byFinding.get(c.obs.id);
    if (list) list.push(c);
    else byFinding.set(c.obs.id, [c]);
  }
  const findings: Observation[] = [];
  const sources: FindingSource[] = [];
  // Model order, so the case is the same whatever order the Bundle lists its entries in.
  for (const def of model.findings) {
    const list = byFinding.get(def.id);
    if (!list) continue;
    const top = Math.max(...list.map((c) => PRIORITY[c.source.via]));
    const group = list.filter((c) => PRIORITY[c.source.via] === top).sort((a, b) => a.order - b.order);
    let obs: Observation;
    const first = group[0]!.obs;
    if ('present' in first) {
      // Within a source kind, present wins: a fever measured at any point of the episode is a fever.
      const present = group.some((c) => 'present' in c.obs && c.obs.present);
      obs = { id: def.id, present };
    } else if ('values' in first) {
      const values = new Set<string>();
      for (const c of group) if ('values' in c.obs) for (const v of c.obs.values) values.add(v);
      obs = { id: def.id, values: [...values].sort() };
    } else obs = first;
    findings.push(obs);
    for (const c of group) {
      const agrees = 'present' in obs ? 'present' in c.obs && c.obs.present === obs.present : true;
      if (agrees) sources.push({ ...c.source, observation: obs });
    }
  }
  return { findings, sources };
}

/** Everything reading the entries accumulates, shared by the per-resource readers below. */
interface Reading {
  readonly issues: Issue[];
  readonly ignored: IgnoredResource[];
  readonly unmapped: UnmappedItem[];
  readonly candidates: Candidate[];
  /** Next candidate's position, so ties between sources keep the Bundle's order. */
  order: number;
  /** The note reader, made on first use (notes are the costly part). */
  reader: NoteReader | undefined;
}

/** What the per-resource readers need to know about the Bundle and the call. */
interface ReadContext {
  readonly model: KnowledgeModel;
  readonly options: BundleToCaseOptions;
  readonly index: ReturnType<typeof findingIndex>;
  readonly byRef: Map<string, Json>;
  readonly win: EpisodeWindow | undefined;
  readonly ctx: { sex: Sex | undefined; age: number | undefined };
}

/** Check the Bundle's envelope (an object, resourceType, type) and list its entries; a failed result when any of it is an error. */
function readEnvelope(bundle: unknown, root: string, issues: Issue[]): Result<Entry[]> {
  if (!isRecord(bundle)) return { ok: false, issues: [issue('type', root, 'input must be a FHIR Bundle (a JSON object)')] };
  if (bundle['resourceType'] !== 'Bundle') {
    return { ok: false, issues: [issue('resource-type', childPath(root, 'resourceType'), 'resourceType must be "Bundle"')] };
  }
  const type = bundle['type'];
  if (typeof type !== 'string') issues.push(issue('required', childPath(root, 'type'), 'Bundle.type is required'));
  else if (!ACCEPTED_BUNDLE_TYPES.includes(type)) {
    issues.push(issue('bundle-type', childPath(root, 'type'), `Bundle.type must be one of ${ACCEPTED_BUNDLE_TYPES.join(', ')} (a patient record)`));
  }
  const list = entries(bundle, root, issues);
  if (hasErrors(issues)) return { ok: false, issues };
  return { ok: true, value: list, issues };
}

/** The Patient entries, with an issue when there is none or more than one. */
function patientEntries(list: readonly Entry[], root: string, issues: Issue[]): Entry[] {
  const patients = list.filter((e) => e.resourceType === 'Patient');
  if (patients.length === 0) issues.push(issue('no-patient', childPath(root, 'entry'), 'the Bundle has no Patient resource (age and sex are needed)'));
  if (patients.length > 1) issues.push(issue('multiple-patients', patients[1]!.path, 'the Bundle has more than one Patient; send one patient per Bundle'));
  return patients;
}

/** The index episode and the date the case is read at; `recordDated` when that date comes from the record or the caller, not today's clock. */
function caseDates(list: readonly Entry[], options: BundleToCaseOptions, issues: Issue[]): { win: EpisodeWindow | undefined; asOfMs: number; recordDated: boolean } {
  let asOfMs: number | undefined;
  if (options.asOf !== undefined) {
    asOfMs = parseFhirDate(options.asOf);
    if (asOfMs === undefined) issues.push(issue('type', 'options.asOf', 'asOf must be a FHIR date or dateTime'));
  }
  let atMs: number | undefined;
  if (options.at !== undefined) {
    atMs = parseFhirDate(options.at);
    if (atMs === undefined) issues.push(issue('type', 'options.at', 'at must be a FHIR date or dateTime'));
  }
  const win = options.wholeRecord ? undefined : chooseEpisode(list, atMs);
  asOfMs ??= win?.start ?? latestObservationTime(list);
  // The case is dated only by the record itself or the caller's asOf/at (period priors), never by today's clock.
  const recordDated = asOfMs !== undefined;
  asOfMs ??= parseFhirDate(options.today ?? '') ?? Date.now();
  return { win, asOfMs, recordDated };
}

/** Every entry's resource by its fullUrl and by `Type/id`, for resolving references between entries. */
function resourcesByRef(list: readonly Entry[]): Map<string, Json> {
  const byRef = new Map<string, Json>();
  for (const e of list) {
    if (e.reference) byRef.set(e.reference, e.resource);
    const id = str(e.resource['id']);
    if (id) byRef.set(`${e.resourceType}/${id}`, e.resource);
  }
  return byRef;
}

/** The entry's reference as a spreadable field (none when it has neither fullUrl nor id). */
function refOf(e: Entry): { reference?: string } {
  return e.reference ? { reference: e.reference } : {};
}

/** Ignore an entry dated before or after the index episode; true when it was. */
function outsideEpisode(acc: Reading, e: Entry, t: Timing): boolean {
  if (t !== 'before' && t !== 'after') return false;
  acc.ignored.push({ path: e.path, resourceType: e.resourceType, reason: t === 'before' ? 'before the index episode' : 'after the index episode' });
  return true;
}

/** A phrase reader for Conditions: the findings a free-text condition name states as present. */
function phraseReader(acc: Reading, rc: ReadContext): (text: string) => string[] {
  return (text) => {
    acc.reader ??= rc.options.notes === false ? undefined : rc.options.notes ?? notesReader(rc.model, rc.ctx);
    if (!acc.reader) return [];
    const x = acc.reader(text);
    return x.ok ? x.value.findings.filter((o) => 'present' in o && o.present).map((o) => o.id) : [];
  };
}

/** Record a Condition / MedicationStatement / AllergyIntolerance read: its issues, why it was ignored or unmapped, its findings. */
function addHistory(acc: Reading, e: Entry, r: HistoryRead): void {
  acc.issues.push(...r.issues);
  if (r.ignored) acc.ignored.push({ path: e.path, resourceType: e.resourceType, reason: r.ignored });
  else if (r.unmapped) acc.unmapped.push({ path: e.path, resourceType: e.resourceType });
  for (const f of r.findings) {
    acc.candidates.push({ obs: { id: f.id, present: f.present }, order: acc.order++, source: { findingId: f.id, path: e.path, resourceType: e.resourceType, ...refOf(e), via: r.by ?? 'code' } });
  }
}

/** An Observation: each concept its result means becomes a candidate for every finding mapped to it. */
function readObservationEntry(acc: Reading, rc: ReadContext, e: Entry): void {
  if (rc.win && outsideEpisode(acc, e, observationTiming(rc.win, e.resource))) return;
  const r = readObservation(e.resource, e.path, rc.ctx);
  acc.issues.push(...r.issues);
  // A code that is no mapped test, with its result in words ("EKG impression: ST elevation in II, III, aVF").
  const written = r.ignored !== undefined && r.outcomes.length === 0 ? observationText(e.resource, e.path) : undefined;
  if (written) {
    readWritten(acc, rc, e, written);
    return;
  }
  if (r.ignored) acc.ignored.push({ path: e.path, resourceType: e.resourceType, reason: r.ignored });
  for (const o of r.outcomes) {
    const ids = rc.index.byConcept.get(o.concept);
    if (!ids) {
      acc.unmapped.push({ path: o.path, resourceType: e.resourceType, concept: o.concept, present: o.present });
      continue;
    }
    for (const id of ids) {
      acc.candidates.push({ obs: { id, present: o.present }, order: acc.order++, source: { findingId: id, path: o.path, resourceType: e.resourceType, ...refOf(e), via: 'loinc', concept: o.concept, loinc: o.loinc, basis: o.basis } });
    }
  }
}

/** A DiagnosticReport: its conclusion, a written result, read by the notes pipeline (its results are their own Observations). */
function readReportEntry(acc: Reading, rc: ReadContext, e: Entry): void {
  if (rc.win && outsideEpisode(acc, e, observationTiming(rc.win, e.resource))) return;
  // Required in R4; read as usable when missing, as an Observation without one is.
  if (str(e.resource['status']) === undefined) acc.issues.push(issue('required', childPath(e.path, 'status'), 'DiagnosticReport.status is required', 'warning'));
  const r = reportResult(e.resource, e.path);
  if ('ignored' in r) acc.ignored.push({ path: e.path, resourceType: e.resourceType, reason: r.ignored });
  else readWritten(acc, rc, e, r);
}

/** A written result (`written-results.ts`) through the note reader: its findings, else listed as unmapped. */
function readWritten(acc: Reading, rc: ReadContext, e: Entry, w: WrittenResult): void {
  if (rc.options.notes === false) {
    acc.ignored.push({ path: e.path, resourceType: e.resourceType, reason: 'written result not read (notes disabled by option)' });
    return;
  }
  if (!readNoteText(acc, rc, e, w.text, w.path, w.path)) acc.unmapped.push({ path: e.path, resourceType: e.resourceType });
}

/**
 * One text through the note reader (the caller has checked that notes are read): its findings become candidates
 * sourced at `path`, its problems warnings at `issuePath` (they never fail the Bundle). Whether it gave a finding.
 */
function readNoteText(acc: Reading, rc: ReadContext, e: Entry, text: string, path: string, issuePath: string): boolean {
  acc.reader ??= rc.options.notes || notesReader(rc.model, rc.ctx);
  const x = acc.reader(text);
  for (const i of x.issues) acc.issues.push(issue(i.code, `${issuePath}${i.path.replace(/^\$/, '')}`, i.message, 'warning'));
  if (!x.ok) return false;
  for (const obs of x.value.findings) acc.candidates.push({ obs, order: acc.order++, source: { findingId: obs.id, path, resourceType: e.resourceType, ...refOf(e), via: 'note' } });
  return x.value.findings.length > 0;
}

/** A Condition: current when it falls in the episode and is not resolved before it, history otherwise. */
function readConditionEntry(acc: Reading, rc: ReadContext, e: Entry): void {
  const ct = rc.win ? conditionTiming(rc.win, e.resource) : undefined;
  if (ct && ct.timing === 'after') {
    outsideEpisode(acc, e, 'after');
    return;
  }
  const at = !ct || ct.timing === 'undated' ? undefined : ct.timing === 'current' && !ct.resolvedBefore ? 'current' : 'history';
  addHistory(acc, e, readCondition(e.resource, e.path, rc.index, { ...(at ? { at } : {}), phrase: phraseReader(acc, rc) }));
}

/** A DocumentReference: its notes read by the notes pipeline; note problems are warnings, never errors. */
function readDocumentEntry(acc: Reading, rc: ReadContext, e: Entry): void {
  if (rc.win && outsideEpisode(acc, e, documentTiming(rc.win, e.resource))) return;
  const r = readDocumentReference(e.resource, e.path);
  acc.issues.push(...r.issues);
  if (r.ignored) {
    acc.ignored.push({ path: e.path, resourceType: e.resourceType, reason: r.ignored });
    return;
  }
  if (rc.options.notes === false) {
    acc.ignored.push({ path: e.path, resourceType: e.resourceType, reason: 'notes not read (disabled by option)' });
    return;
  }
  let used = false;
  // Note problems are warnings at the attachment's data path.
  for (const note of r.notes) if (readNoteText(acc, rc, e, note.text, note.path, childPath(note.path, 'data'))) used = true;
  if (!used) acc.unmapped.push({ path: e.path, resourceType: e.resourceType });
}

/** Read one non-Patient entry: skip it when it is about another patient, else dispatch on its resource type. */
function readEntry(acc: Reading, rc: ReadContext, e: Entry, patient: Entry | undefined): void {
  const subject = subjectRef(e);
  if (patient && subject && subject.includes('Patient') && !refersTo(subject, patient)) {
    acc.issues.push(issue('other-subject', e.path, 'resource is about a different Patient than the Bundle\'s; not used', 'warning'));
    acc.ignored.push({ path: e.path, resourceType: e.resourceType, reason: 'subject is not the Bundle\'s Patient' });
    return;
  }
  switch (e.resourceType) {
    case 'Observation':
      readObservationEntry(acc, rc, e);
      break;
    case 'Condition':
      readConditionEntry(acc, rc, e);
      break;
    case 'MedicationStatement':
      addHistory(acc, e, readMedicationStatement(e.resource, e.path, rc.index, (r) => rc.byRef.get(r) ?? rc.byRef.get(r.replace(/^#/, ''))));
      break;
    case 'AllergyIntolerance':
      addHistory(acc, e, readAllergy(e.resource, e.path, rc.index));
      break;
    case 'DocumentReference':
      readDocumentEntry(acc, rc, e);
      break;
    case 'DiagnosticReport':
      readReportEntry(acc, rc, e);
      break;
    default:
      acc.ignored.push({ path: e.path, resourceType: e.resourceType, reason: CONTEXT_TYPES.has(e.resourceType) ? 'context resource (no findings read from it)' : 'resource type not supported' });
  }
}

/**
 * Read a FHIR R4 Bundle into a `PatientCase` for `model`. Errors (not a Bundle, wrong Bundle type,
 * malformed entries, no usable Patient, impossible values) fail the result; everything else is a
 * warning and the case is still built.
 */
export function bundleToCase(bundle: unknown, model: KnowledgeModel, options: BundleToCaseOptions = {}): Result<BundleCase> {
  const root = 'Bundle';
  const issues: Issue[] = [];
  const envelope = readEnvelope(bundle, root, issues);
  if (!envelope.ok) return envelope;
  const list = envelope.value;

  const acc: Reading = { issues, ignored: [], unmapped: [], candidates: [], order: 0, reader: undefined };
  const patients = patientEntries(list, root, issues);
  const { win, asOfMs, recordDated } = caseDates(list, options, issues);
  const patient = patients[0];
  const pr = patient ? readPatient(patient.resource, patient.path, asOfMs, { ...(options.age !== undefined ? { age: options.age } : {}), ...(options.sex ? { sex: options.sex } : {}) }) : undefined;
  if (pr) issues.push(...pr.issues);
  const ctx = { sex: pr?.sex, age: pr?.age };

  const rc: ReadContext = { model, options, index: findingIndex(model), byRef: resourcesByRef(list), win, ctx };
  for (const e of list) {
    if (e.resourceType === 'Patient') continue;
    readEntry(acc, rc, e, patient);
  }

  if (hasErrors(issues) || ctx.age === undefined || ctx.sex === undefined) return { ok: false, issues };
  const { findings, sources } = merge(model, acc.candidates);
  const value: BundleCase = {
    case: { age: ctx.age, sex: ctx.sex, findings, ...(recordDated ? { date: new Date(asOfMs).toISOString().slice(0, 10) } : {}) },
    sources,
    ignored: acc.ignored,
    unmapped: acc.unmapped,
    warnings: issues,
    asOf: new Date(asOfMs).toISOString(),
    ...(win ? { episode: win.episode } : {}),
  };
  return { ok: true, value, issues };
}
