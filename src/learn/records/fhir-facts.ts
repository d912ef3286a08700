/**
 * One FHIR resource -> the minimal facts a records learner needs, keyed by patient: birth date and
 * sex from Patient; start times from Encounter; diagnosis labels and coded findings from Condition
 * and coded Observations; raw test results from lab Observations (interpreted later, when the
 * patient's age and sex are known); history from MedicationRequest and Procedure; findings from
 * notes after de-identification. Names, addresses, identifiers and other fields are never read, so
 * they cannot reach a model. Every text that is read goes through the learning gate.
 */
import type { Observation } from '../../core/evidence.js';
import type { KnowledgeModel } from '../../core/model.js';
import { readDocumentReference } from '../../intake/fhir/document.js';
import { BP_PANEL_CODES, TEST_BY_LOINC } from '../../intake/fhir/loinc-tests.js';
import { notesReader } from '../../intake/fhir/notes-reader.js';
import { SYSTEMS, arr, codeIn, codings, isRecord, labels, parseFhirDate, str, type CodingLike, type Json } from '../../intake/fhir/shape.js';
import { deidentifyText } from '../../privacy/deid/index.js';
import { detach } from './line-reader.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Facts as compact tuples (they are spilled to disk as JSON lines):
 * P patient [birth ms | null, sex 0 female / 1 male / -1 unknown]; E encounter [id, start ms];
 * D diagnosis [encounter id, at, label key]; F finding [encounter id, at, finding key, present 0/1];
 * H history (medication, procedure) [at, finding key]; O test result [encounter id, at, minimal Observation].
 */
export type Fact =
  | readonly ['P', string, number | null, number]
  | readonly ['E', string, string, number]
  | readonly ['D', string, string, number, string]
  | readonly ['F', string, string, number, string, number]
  | readonly ['H', string, number, string]
  | readonly ['O', string, string, number, Json];

/** The last segment of a reference (`Patient/abc`, `urn:uuid:abc`, `https://x/Patient/abc` -> `abc`). */
export function refId(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const s = ref.startsWith('urn:uuid:') ? ref.slice(9) : ref;
  const i = s.lastIndexOf('/');
  return i >= 0 ? s.slice(i + 1) : s;
}

function refOf(x: unknown): string | undefined {
  return isRecord(x) ? refId(str(x['reference'])) : undefined;
}

// Resources of one encounter share their timestamps: remember the last few parses (keys detached
// from the line they came from, or each would keep its read block alive).
const dateMemo = new Map<string, number | undefined>();
function parseDate(s: string): number | undefined {
  if (dateMemo.has(s)) return dateMemo.get(s);
  const t = parseFhirDate(s);
  if (dateMemo.size > 4096) dateMemo.clear();
  dateMemo.set(detach(s), t);
  return t;
}

/** The first of the given values that is a FHIR date or dateTime, as epoch ms (memoised per string). */
export function time(...xs: unknown[]): number | undefined {
  for (const x of xs) {
    const s = str(x);
    const t = s ? parseDate(s) : undefined;
    if (t !== undefined) return t;
  }
  return undefined;
}

function periodStart(p: unknown): unknown {
  return isRecord(p) ? p['start'] : undefined;
}

/** The fields of a lab Observation kept for reading it later (fhir-lines.ts writes them in this order too). */
export const OBS_KEEP = ['status', 'code', 'valueQuantity', 'valueCodeableConcept', 'valueString', 'valueBoolean', 'interpretation', 'referenceRange', 'component', 'dataAbsentReason'];

/** Texts the learner reads from a resource (code displays and texts, string values), for the gate. */
export type TextSink = (field: string, text: string) => void;

export interface ProjectContext {
  readonly vocab: Vocabulary;
  readonly base: KnowledgeModel | undefined;
  readonly gate: TextSink;
  /** Counts of resources read and skipped, by `type` or `type: reason`. */
  readonly tally: (key: string) => void;
  readonly emit: (f: Fact) => void;
  /** Emit a fact already written as its JSON line (the fast line reader's test results); by default parsed and emitted. */
  readonly emitLine?: (patient: string, line: string) => void;
  notes?: ((text: string) => readonly Observation[]) | undefined;
}

/**
 * A coding's display is terminology text, not patient data; free text is what a person typed: the
 * CodeableConcept's `text` when it is not simply one of its codings' displays.
 */
function gateCodes(ctx: ProjectContext, field: string, cc: unknown, list?: readonly CodingLike[]): void {
  if (!isRecord(cc)) return;
  const text = str(cc['text']);
  if (text && !(list ?? codings(cc).map((c) => c.coding)).some((c) => c.display === text)) ctx.gate(`${field}.text`, text);
}

function noteReader(ctx: ProjectContext): ((text: string) => readonly Observation[]) | undefined {
  if (ctx.notes || !ctx.base) return ctx.notes;
  const read = notesReader(ctx.base);
  ctx.notes = (text) => {
    // De-identify first: the notes pipeline, and so the model, only ever sees redacted text.
    const d = deidentifyText(text, { mode: 'redact' });
    if (!d.ok) return [];
    const r = read(d.value.text);
    return r.ok ? r.value.findings : [];
  };
  return ctx.notes;
}

function condition(r: Json, p: string, ctx: ProjectContext): void {
  const ver = codeIn(r['verificationStatus'], [SYSTEMS.conditionVerification], true);
  if (ver === 'entered-in-error' || ver === 'refuted' || ver === 'unconfirmed' || ver === 'differential' || ver === 'provisional') return ctx.tally(`Condition: verification ${ver}`);
  const at = time(r['onsetDateTime'], periodStart(r['onsetPeriod']), r['recordedDate']);
  if (at === undefined) return ctx.tally('Condition: no date');
  gateCodes(ctx, 'Condition.code', r['code']);
  const m = ctx.vocab.map(codings(r['code']).map((c) => c.coding), str(isRecord(r['code']) ? r['code']['text'] : undefined), 'condition');
  const enc = refOf(r['encounter']) ?? '';
  if (m.role === 'condition') ctx.emit(['D', p, enc, at, m.label.key]);
  else if (m.role === 'finding') for (const f of m.findings) ctx.emit(['F', p, enc, at, f.key, 1]);
}

/** Present unless the result says absent (false, negative, normal). */
function codedPresence(r: Json): number | undefined {
  if (r['valueQuantity'] !== undefined) return undefined;
  if (r['valueBoolean'] === false) return 0;
  const interp = codeIn(r['interpretation'], [SYSTEMS.interpretation, SYSTEMS.interpretationV2], true);
  if (interp === 'N' || interp === 'NEG' || interp === 'ND') return 0;
  const value = labels(r['valueCodeableConcept']).join(' ').toLowerCase();
  if (/\b(negative|absent|not detected|no)\b/.test(value)) return 0;
  return 1;
}

function observation(r: Json, p: string, ctx: ProjectContext): void {
  const status = str(r['status']);
  if (status === 'entered-in-error' || status === 'cancelled') return ctx.tally(`Observation: status ${status}`);
  const at = time(r['effectiveDateTime'], r['effectiveInstant'], periodStart(r['effectivePeriod']), r['issued']);
  if (at === undefined) return ctx.tally('Observation: no date');
  const enc = refOf(r['encounter']) ?? '';
  const cs = codings(r['code']).map((c) => c.coding);
  const loinc = cs.find((c) => c.system === SYSTEMS.loinc && c.code)?.code;
  if (loinc && (TEST_BY_LOINC.has(loinc) || BP_PANEL_CODES.includes(loinc))) {
    const min: Json = {};
    for (const k of OBS_KEEP) if (r[k] !== undefined) min[k] = r[k];
    if (typeof r['valueString'] === 'string') ctx.gate('Observation.valueString', r['valueString']);
    return ctx.emit(['O', p, enc, at, min]);
  }
  const present = codedPresence(r);
  if (present === undefined) return ctx.tally('Observation: a measurement with no test mapping');
  gateCodes(ctx, 'Observation.code', r['code'], cs);
  const m = ctx.vocab.map(cs, str(isRecord(r['code']) ? r['code']['text'] : undefined), 'finding');
  if (m.role === 'finding') for (const f of m.findings) ctx.emit(['F', p, enc, at, f.key, present]);
}

function history(r: Json, p: string, ctx: ProjectContext, type: string, cc: unknown, at: number | undefined): void {
  const status = str(r['status']);
  if (status === 'entered-in-error' || status === 'not-done' || status === 'cancelled') return ctx.tally(`${type}: status ${status}`);
  if (at === undefined) return ctx.tally(`${type}: no date`);
  if (!isRecord(cc)) return ctx.tally(`${type}: no code`);
  gateCodes(ctx, `${type}.code`, cc);
  const m = ctx.vocab.map(codings(cc).map((c) => c.coding), str(cc['text']), 'history');
  if (m.role === 'finding') for (const f of m.findings) ctx.emit(['H', p, at, f.key]);
}

function documentReference(r: Json, p: string, ctx: ProjectContext): void {
  const read = noteReader(ctx);
  if (!read) return ctx.tally('DocumentReference: not read without a base model (no vocabulary for notes)');
  const context = isRecord(r['context']) ? r['context'] : {};
  const at = time(periodStart(context['period']), r['date']);
  if (at === undefined) return ctx.tally('DocumentReference: no date');
  // A superseded note was the record at its time; only entered-in-error is excluded.
  const doc = readDocumentReference(str(r['status']) === 'superseded' ? { ...r, status: 'current' } : r, 'DocumentReference');
  if (doc.ignored) return ctx.tally(`DocumentReference: ${doc.ignored}`);
  const enc = refId(str(isRecord(arr(context['encounter'])[0]) ? (arr(context['encounter'])[0] as Json)['reference'] : undefined)) ?? '';
  for (const note of doc.notes) {
    for (const o of read(note.text)) if ('present' in o) ctx.emit(['F', p, enc, at, o.id, o.present ? 1 : 0]);
  }
}

const READ_TYPES = new Set(['Encounter', 'Condition', 'Observation', 'MedicationRequest', 'Procedure', 'DocumentReference']);

/** Project one resource (not a Bundle) into facts. */
export function projectResource(r: Json, ctx: ProjectContext, bundlePatient?: string): void {
  const type = str(r['resourceType']) ?? 'unknown';
  if (type === 'Patient') {
    const id = str(r['id']) ?? bundlePatient;
    if (!id) return ctx.tally('Patient: no id');
    const g = r['gender'];
    const birth = str(r['birthDate']);
    ctx.emit(['P', id, birth ? (parseFhirDate(birth) ?? null) : null, g === 'female' ? 0 : g === 'male' ? 1 : -1]);
    return ctx.tally('Patient');
  }
  if (!READ_TYPES.has(type)) return ctx.tally(`${type}: not read`);
  const p = refOf(r['subject']) ?? bundlePatient;
  if (!p) return ctx.tally(`${type}: no subject`);
  ctx.tally(type);
  switch (type) {
    case 'Encounter': {
      const at = time(periodStart(r['period']));
      const id = str(r['id']);
      if (at !== undefined && id) ctx.emit(['E', p, id, at]);
      return;
    }
    case 'Condition':
      return condition(r, p, ctx);
    case 'Observation':
      return observation(r, p, ctx);
    case 'MedicationRequest':
      return history(r, p, ctx, type, r['medicationCodeableConcept'], time(r['authoredOn']));
    case 'Procedure':
      return history(r, p, ctx, type, r['code'], time(r['performedDateTime'], periodStart(r['performedPeriod'])));
    case 'DocumentReference':
      return documentReference(r, p, ctx);
    default:
      return;
  }
}

/** Project a resource, or every entry of a Bundle (entries refer to their Patient by fullUrl or id). */
export function projectJson(v: unknown, ctx: ProjectContext): void {
  if (!isRecord(v)) return ctx.tally('not a JSON object');
  if (v['resourceType'] !== 'Bundle') return projectResource(v, ctx);
  const entries = arr(v['entry']).map((e) => (isRecord(e) && isRecord(e['resource']) ? e['resource'] : undefined)).filter((x): x is Json => x !== undefined);
  const patient = entries.find((e) => e['resourceType'] === 'Patient');
  const pid = patient ? str(patient['id']) : undefined;
  for (const e of entries) projectResource(e, ctx, pid);
}
