/**
 * FHIR R4 Bundle -> engine case. Validates the Bundle's structure, reads the Patient, Observations,
 * Conditions, MedicationStatements, AllergyIntolerances and DocumentReferences, and accounts for
 * every entry: each one either produced findings (`sources`), was understood but has no finding in
 * this model (`unmapped`), or is listed in `ignored` with the reason. Paths are FHIRPath-like
 * (`Bundle.entry[3].resource.valueQuantity.code`); no resource text ever appears in an issue.
 */
import { childPath, hasErrors, issue, type Issue, type KnowledgeModel, type Observation, type PatientCase, type Result, type Sex } from '../../core/index.js';
import { readDocumentReference, type NoteReader } from './document.js';
import { chooseEpisode, conditionTiming, documentTiming, observationTiming, type Episode, type Timing } from './episode.js';
import { readAllergy, readCondition, readMedicationStatement, type HistoryRead } from './history.js';
import { findingIndex } from './match.js';
import { observationTime, readObservation, type Basis } from './observation.js';
import { notesReader } from './notes-reader.js';
import { readPatient } from './patient.js';
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

/**
 * Read a FHIR R4 Bundle into a `PatientCase` for `model`. Errors (not a Bundle, wrong Bundle type,
 * malformed entries, no usable Patient, impossible values) fail the result; everything else is a
 * warning and the case is still built.
 */
export function bundleToCase(bundle: unknown, model: KnowledgeModel, options: BundleToCaseOptions = {}): Result<BundleCase> {
  const root = 'Bundle';
  const issues: Issue[] = [];
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

  const ignored: IgnoredResource[] = [];
  const unmapped: UnmappedItem[] = [];
  const patients = list.filter((e) => e.resourceType === 'Patient');
  if (patients.length === 0) issues.push(issue('no-patient', childPath(root, 'entry'), 'the Bundle has no Patient resource (age and sex are needed)'));
  if (patients.length > 1) issues.push(issue('multiple-patients', patients[1]!.path, 'the Bundle has more than one Patient; send one patient per Bundle'));

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
  const patient = patients[0];
  const pr = patient ? readPatient(patient.resource, patient.path, asOfMs, { ...(options.age !== undefined ? { age: options.age } : {}), ...(options.sex ? { sex: options.sex } : {}) }) : undefined;
  if (pr) issues.push(...pr.issues);
  const ctx = { sex: pr?.sex, age: pr?.age };

  const index = findingIndex(model);
  const byRef = new Map<string, Json>();
  for (const e of list) {
    if (e.reference) byRef.set(e.reference, e.resource);
    const id = str(e.resource['id']);
    if (id) byRef.set(`${e.resourceType}/${id}`, e.resource);
  }
  const candidates: Candidate[] = [];
  let order = 0;
  let reader: NoteReader | undefined;
  const ref = (e: Entry): { reference?: string } => (e.reference ? { reference: e.reference } : {});
  const outside = (e: Entry, t: Timing): boolean => {
    if (t !== 'before' && t !== 'after') return false;
    ignored.push({ path: e.path, resourceType: e.resourceType, reason: t === 'before' ? 'before the index episode' : 'after the index episode' });
    return true;
  };
  const phrase = (text: string): string[] => {
    reader ??= options.notes === false ? undefined : options.notes ?? notesReader(model, ctx);
    if (!reader) return [];
    const x = reader(text);
    return x.ok ? x.value.findings.filter((o) => 'present' in o && o.present).map((o) => o.id) : [];
  };
  const history = (e: Entry, r: HistoryRead): void => {
    issues.push(...r.issues);
    if (r.ignored) ignored.push({ path: e.path, resourceType: e.resourceType, reason: r.ignored });
    else if (r.unmapped) unmapped.push({ path: e.path, resourceType: e.resourceType });
    for (const f of r.findings) {
      candidates.push({ obs: { id: f.id, present: f.present }, order: order++, source: { findingId: f.id, path: e.path, resourceType: e.resourceType, ...ref(e), via: r.by ?? 'code' } });
    }
  };

  for (const e of list) {
    if (e.resourceType === 'Patient') continue;
    const subject = subjectRef(e);
    if (patient && subject && subject.includes('Patient') && !refersTo(subject, patient)) {
      issues.push(issue('other-subject', e.path, 'resource is about a different Patient than the Bundle\'s; not used', 'warning'));
      ignored.push({ path: e.path, resourceType: e.resourceType, reason: 'subject is not the Bundle\'s Patient' });
      continue;
    }
    switch (e.resourceType) {
      case 'Observation': {
        if (win && outside(e, observationTiming(win, e.resource))) break;
        const r = readObservation(e.resource, e.path, ctx);
        issues.push(...r.issues);
        if (r.ignored) ignored.push({ path: e.path, resourceType: e.resourceType, reason: r.ignored });
        for (const o of r.outcomes) {
          const ids = index.byConcept.get(o.concept);
          if (!ids) {
            unmapped.push({ path: o.path, resourceType: e.resourceType, concept: o.concept, present: o.present });
            continue;
          }
          for (const id of ids) {
            candidates.push({ obs: { id, present: o.present }, order: order++, source: { findingId: id, path: o.path, resourceType: e.resourceType, ...ref(e), via: 'loinc', concept: o.concept, loinc: o.loinc, basis: o.basis } });
          }
        }
        break;
      }
      case 'Condition': {
        const ct = win ? conditionTiming(win, e.resource) : undefined;
        if (ct && ct.timing === 'after') {
          outside(e, 'after');
          break;
        }
        const at = !ct || ct.timing === 'undated' ? undefined : ct.timing === 'current' && !ct.resolvedBefore ? 'current' : 'history';
        history(e, readCondition(e.resource, e.path, index, { ...(at ? { at } : {}), phrase }));
        break;
      }
      case 'MedicationStatement':
        history(e, readMedicationStatement(e.resource, e.path, index, (r) => byRef.get(r) ?? byRef.get(r.replace(/^#/, ''))));
        break;
      case 'AllergyIntolerance':
        history(e, readAllergy(e.resource, e.path, index));
        break;
      case 'DocumentReference': {
        if (win && outside(e, documentTiming(win, e.resource))) break;
        const r = readDocumentReference(e.resource, e.path);
        issues.push(...r.issues);
        if (r.ignored) {
          ignored.push({ path: e.path, resourceType: e.resourceType, reason: r.ignored });
          break;
        }
        if (options.notes === false) {
          ignored.push({ path: e.path, resourceType: e.resourceType, reason: 'notes not read (disabled by option)' });
          break;
        }
        reader ??= options.notes ?? notesReader(model, ctx);
        let used = false;
        for (const note of r.notes) {
          const x = reader(note.text);
          // Note problems never fail the Bundle: they are warnings at the attachment's data path.
          for (const i of x.issues) issues.push(issue(i.code, `${childPath(note.path, 'data')}${i.path.replace(/^\$/, '')}`, i.message, 'warning'));
          if (!x.ok) continue;
          for (const obs of x.value.findings) {
            used = true;
            candidates.push({ obs, order: order++, source: { findingId: obs.id, path: note.path, resourceType: e.resourceType, ...ref(e), via: 'note' } });
          }
        }
        if (!used) unmapped.push({ path: e.path, resourceType: e.resourceType });
        break;
      }
      default:
        ignored.push({ path: e.path, resourceType: e.resourceType, reason: CONTEXT_TYPES.has(e.resourceType) ? 'context resource (no findings read from it)' : 'resource type not supported' });
    }
  }

  if (hasErrors(issues) || ctx.age === undefined || ctx.sex === undefined) return { ok: false, issues };
  const { findings, sources } = merge(model, candidates);
  const value: BundleCase = {
    case: { age: ctx.age, sex: ctx.sex, findings, ...(recordDated ? { date: new Date(asOfMs).toISOString().slice(0, 10) } : {}) },
    sources,
    ignored,
    unmapped,
    warnings: issues,
    asOf: new Date(asOfMs).toISOString(),
    ...(win ? { episode: win.episode } : {}),
  };
  return { ok: true, value, issues };
}
