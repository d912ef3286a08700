/**
 * The fast path of the records learner's NDJSON reader: Observation, Condition and Encounter lines
 * (nearly all of a bulk export's bytes) projected to facts straight from the line text, without
 * `JSON.parse` building the resource and without the general projection's copies. It produces
 * exactly the facts, tallies and gated texts `projectResource` (fhir-facts.ts) produces; a lab
 * result's fact is written as its JSON line from the raw spans of the fields kept, so it is not
 * built and serialised again. Anything outside the common shapes (other resource types, an
 * interpretation or reference range, a field of an unexpected type, a line with escapes it cannot
 * decode, invalid JSON) returns false, and the caller takes the general path, which also reports
 * invalid lines. `fhir-lines.test.ts` checks the two paths agree line by line.
 */
import { BP_PANEL_CODES, TEST_BY_LOINC } from '../../intake/fhir/loinc-tests.js';
import { SYSTEMS, type CodingLike } from '../../intake/fhir/shape.js';
import { JsonCursor } from './json-cursor.js';
import { refId, time, type ProjectContext } from './fhir-facts.js';

/** A CodeableConcept as `codings()` and `str(cc.text)` see it, and its raw JSON. */
interface Concept {
  readonly codes: CodingLike[];
  readonly text: string | undefined;
  readonly raw: string;
}

/** What one line says, for the three resource types read here. `undefined`: the field is absent. */
interface Line {
  type: string | undefined;
  id: string | undefined;
  subject: string | undefined;
  encounter: string | undefined;
  status: string | undefined;
  statusRaw: string | undefined;
  code: Concept | undefined;
  verification: Concept | undefined;
  effective: string | undefined;
  issued: string | undefined;
  onset: string | undefined;
  onsetStart: string | undefined;
  recorded: string | undefined;
  periodStart: string | undefined;
  valueQuantity: string | undefined;
  valueBoolean: boolean | undefined;
  valueConcept: Concept | undefined;
  /** A field the Observation projection reads that this reader does not (interpretation, range...). */
  observationOther: boolean;
}

const cur = new JsonCursor();
/** Fields the general Observation projection reads and this reader leaves to it. */
const OBSERVATION_OTHER = new Set(['effectiveInstant', 'effectivePeriod', 'interpretation', 'referenceRange', 'component', 'dataAbsentReason', 'valueString']);
const NEGATIVE_VALUE = /\b(negative|absent|not detected|no)\b/;

function nonEmpty(s: string | undefined): string | undefined {
  return s === '' ? undefined : s;
}

/** The string member `name` of an object ('' when absent); undefined when the object or that member cannot be read. */
function memberString(name: string): string | undefined {
  let out = '';
  if (!cur.open(123)) return undefined;
  for (let first = true; cur.more(first, 125); first = false) {
    const k = cur.key();
    if (k === undefined) return undefined;
    if (k !== name) {
      if (!cur.skip()) return undefined;
      continue;
    }
    const v = cur.string();
    if (v === undefined) return undefined;
    out = v;
  }
  return cur.bad ? undefined : out;
}

/** A Coding as `codings()` builds it: only its non-empty system, code and display, in that order. */
function coding(codes: CodingLike[]): boolean {
  let system = '';
  let code = '';
  let display = '';
  if (!cur.open(123)) return false;
  for (let first = true; cur.more(first, 125); first = false) {
    const k = cur.key();
    if (k === undefined) return false;
    if (k !== 'system' && k !== 'code' && k !== 'display') {
      if (!cur.skip()) return false;
      continue;
    }
    const v = cur.string();
    if (v === undefined) return false;
    if (k === 'system') system = v;
    else if (k === 'code') code = v;
    else display = v;
  }
  if (cur.bad) return false;
  const c: { system?: string; code?: string; display?: string } = {};
  if (system) c.system = system;
  if (code) c.code = code;
  if (display) c.display = display;
  codes.push(c);
  return true;
}

function concept(): Concept | undefined {
  cur.peek();
  const start = cur.i;
  let codes: CodingLike[] = [];
  let text: string | undefined;
  if (!cur.open(123)) return undefined;
  for (let first = true; cur.more(first, 125); first = false) {
    const k = cur.key();
    if (k === undefined) return undefined;
    if (k === 'coding') {
      codes = [];
      if (!cur.open(91)) return undefined;
      for (let f = true; cur.more(f, 93); f = false) if (!coding(codes)) return undefined;
      if (cur.bad) return undefined;
    } else if (k === 'text') {
      text = cur.string();
      if (text === undefined) return undefined;
    } else if (!cur.skip()) return undefined;
  }
  if (cur.bad) return undefined;
  return { codes, text: nonEmpty(text), raw: cur.s.slice(start, cur.i) };
}

function stringField(): string | undefined {
  return cur.string();
}

/** Read the fields of one member into `l`; false when it cannot be read here. */
function member(l: Line, k: string): boolean {
  switch (k) {
    case 'resourceType':
      return (l.type = stringField()) !== undefined;
    case 'id':
      return (l.id = stringField()) !== undefined;
    case 'subject':
      return (l.subject = memberString('reference')) !== undefined;
    case 'encounter':
      return (l.encounter = memberString('reference')) !== undefined;
    case 'status': {
      cur.peek();
      const start = cur.i;
      l.status = stringField();
      l.statusRaw = cur.s.slice(start, cur.i);
      return l.status !== undefined;
    }
    case 'code':
      return (l.code = concept()) !== undefined;
    case 'verificationStatus':
      return (l.verification = concept()) !== undefined;
    case 'effectiveDateTime':
      return (l.effective = stringField()) !== undefined;
    case 'issued':
      return (l.issued = stringField()) !== undefined;
    case 'onsetDateTime':
      return (l.onset = stringField()) !== undefined;
    case 'onsetPeriod':
      return (l.onsetStart = memberString('start')) !== undefined;
    case 'recordedDate':
      return (l.recorded = stringField()) !== undefined;
    case 'period':
      return (l.periodStart = memberString('start')) !== undefined;
    case 'valueQuantity':
      return cur.peek() === 123 && (l.valueQuantity = cur.raw()) !== undefined;
    case 'valueBoolean':
      return (l.valueBoolean = cur.boolean()) !== undefined;
    case 'valueCodeableConcept':
      return (l.valueConcept = concept()) !== undefined;
    default:
      if (OBSERVATION_OTHER.has(k)) l.observationOther = true;
      return cur.skip();
  }
}

function readLine(line: string): Line | undefined {
  if (!cur.reset(line)) return undefined;
  const l: Line = {
    type: undefined, id: undefined, subject: undefined, encounter: undefined, status: undefined, statusRaw: undefined,
    code: undefined, verification: undefined, effective: undefined, issued: undefined, onset: undefined, onsetStart: undefined,
    recorded: undefined, periodStart: undefined, valueQuantity: undefined, valueBoolean: undefined, valueConcept: undefined,
    observationOther: false,
  };
  if (!cur.open(123)) return undefined;
  for (let first = true; cur.more(first, 125); first = false) {
    const k = cur.key();
    if (k === undefined || !member(l, k)) return undefined;
  }
  return !cur.bad && cur.atEnd() ? l : undefined;
}

/** The first code of a concept in the given system, or with no system (as `codeIn(cc, [system], true)`). */
function codeIn(c: Concept | undefined, system: string): string | undefined {
  for (const x of c?.codes ?? []) if (x.code && (x.system ? x.system === system : true)) return x.code;
  return undefined;
}

/** Gate a concept's free text: its `text` when it is not one of its codings' displays. */
function gateText(ctx: ProjectContext, field: string, c: Concept | undefined): void {
  if (!c?.text) return;
  for (const x of c.codes) if (x.display === c.text) return;
  ctx.gate(`${field}.text`, c.text);
}

function observation(l: Line, p: string, ctx: ProjectContext): void {
  const status = nonEmpty(l.status);
  if (status === 'entered-in-error' || status === 'cancelled') return ctx.tally(`Observation: status ${status}`);
  const at = time(l.effective, undefined, undefined, l.issued);
  if (at === undefined) return ctx.tally('Observation: no date');
  const enc = refId(nonEmpty(l.encounter)) ?? '';
  const cs = l.code?.codes ?? [];
  let loinc: string | undefined;
  for (const c of cs) {
    if (c.system === SYSTEMS.loinc && c.code) {
      loinc = c.code;
      break;
    }
  }
  if (loinc && (TEST_BY_LOINC.has(loinc) || BP_PANEL_CODES.includes(loinc))) {
    // The kept fields in OBS_KEEP order, as their raw JSON: parsed back, the same object the general path writes.
    let kept = l.statusRaw !== undefined ? `,"status":${l.statusRaw}` : '';
    if (l.code) kept += `,"code":${l.code.raw}`;
    if (l.valueQuantity !== undefined) kept += `,"valueQuantity":${l.valueQuantity}`;
    if (l.valueConcept) kept += `,"valueCodeableConcept":${l.valueConcept.raw}`;
    if (l.valueBoolean !== undefined) kept += `,"valueBoolean":${l.valueBoolean}`;
    const line = `["O",${JSON.stringify(p)},${JSON.stringify(enc)},${at},{${kept.slice(1)}}]`;
    if (ctx.emitLine) ctx.emitLine(p, line);
    else ctx.emit(JSON.parse(line) as ['O', string, string, number, Record<string, unknown>]);
    return;
  }
  if (l.valueQuantity !== undefined) return ctx.tally('Observation: a measurement with no test mapping');
  let present = 1;
  if (l.valueBoolean === false) present = 0;
  else if (l.valueConcept) {
    // As `labels(cc).join(' ')`: the text, then each coding's display.
    const labels: string[] = l.valueConcept.text ? [l.valueConcept.text] : [];
    for (const c of l.valueConcept.codes) if (c.display) labels.push(c.display);
    if (NEGATIVE_VALUE.test(labels.join(' ').toLowerCase())) present = 0;
  }
  gateText(ctx, 'Observation.code', l.code);
  const m = ctx.vocab.map(cs, l.code?.text, 'finding');
  if (m.role === 'finding') for (const f of m.findings) ctx.emit(['F', p, enc, at, f.key, present]);
}

function condition(l: Line, p: string, ctx: ProjectContext): void {
  const ver = codeIn(l.verification, SYSTEMS.conditionVerification);
  if (ver === 'entered-in-error' || ver === 'refuted' || ver === 'unconfirmed' || ver === 'differential' || ver === 'provisional') return ctx.tally(`Condition: verification ${ver}`);
  const at = time(l.onset, nonEmpty(l.onsetStart), l.recorded);
  if (at === undefined) return ctx.tally('Condition: no date');
  gateText(ctx, 'Condition.code', l.code);
  const m = ctx.vocab.map(l.code?.codes ?? [], l.code?.text, 'condition');
  const enc = refId(nonEmpty(l.encounter)) ?? '';
  if (m.role === 'condition') ctx.emit(['D', p, enc, at, m.label.key]);
  else if (m.role === 'finding') for (const f of m.findings) ctx.emit(['F', p, enc, at, f.key, 1]);
}

/**
 * Project one NDJSON line when it is an Observation, Condition or Encounter of a common shape;
 * false (nothing done) otherwise, for the general path to take it.
 */
export function projectLine(line: string, ctx: ProjectContext): boolean {
  // Most lines open with their type: skip the ones read only by the general path at once.
  if (line.startsWith('{"resourceType":"') && !/^(?:Observation|Condition|Encounter)"/.test(line.slice(17, 30))) return false;
  const l = readLine(line);
  if (!l) return false;
  const type = l.type;
  if (type !== 'Observation' && type !== 'Condition' && type !== 'Encounter') return false;
  if (type === 'Observation' && l.observationOther) return false;
  const p = refId(nonEmpty(l.subject));
  if (!p) return false;
  ctx.tally(type);
  if (type === 'Observation') observation(l, p, ctx);
  else if (type === 'Condition') condition(l, p, ctx);
  else {
    const at = time(nonEmpty(l.periodStart));
    const id = nonEmpty(l.id);
    if (at !== undefined && id) ctx.emit(['E', p, id, at]);
  }
  return true;
}
