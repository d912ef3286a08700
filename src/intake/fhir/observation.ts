/**
 * Reads one FHIR Observation into concept outcomes (`fever` present, `troponin-high` absent...).
 * Order of evidence: the sender's interpretation code, then the Observation's own reference range,
 * then our documented default range. Values are converted to the test's unit through the UCUM table
 * first; an unknown unit is reported and never guessed, and an impossible value is an error. A
 * measured test's value written as a string ("<0.01 ng/mL") is read as that Quantity.
 */
import { childPath, issue, type Issue, type Sex } from '../../core/index.js';
import { BP_PANEL_CODES, TEST_BY_LOINC, defaultRange, inGrade, type LabTest, type QuantityTest } from './loinc-tests.js';
import { SYSTEMS, arr, codeIn, codings, isRecord, labels, num, statusReason, str, type Json } from './shape.js';
import { convert, resolveUnit } from './ucum.js';

export type Flag = 'H' | 'L' | 'N' | 'A' | 'POS' | 'NEG' | 'IND';
export type Basis = 'interpretation' | 'reference-range' | 'default-range' | 'value';

export interface ConceptOutcome {
  readonly concept: string;
  readonly present: boolean;
  readonly loinc: string;
  readonly basis: Basis;
  /** Path of the Observation (or component) that gave it. */
  readonly path: string;
}

export interface ObservationRead {
  readonly outcomes: ConceptOutcome[];
  readonly issues: Issue[];
  /** Set when nothing could be read, with the reason (no input text in it). */
  readonly ignored?: string;
}

interface PatientContext {
  readonly sex: Sex | undefined;
  readonly age: number | undefined;
}

const INTERPRETATION: Readonly<Record<string, Flag>> = {
  H: 'H', HH: 'H', HU: 'H', '>': 'H', L: 'L', LL: 'L', LU: 'L', '<': 'L', N: 'N',
  A: 'A', AA: 'A', POS: 'POS', DET: 'POS', NEG: 'NEG', ND: 'NEG', IND: 'IND',
};

/** Observation statuses whose value is a result (others are listed as ignored). */
export const USABLE_STATUS: ReadonlySet<string> = new Set(['final', 'amended', 'corrected', 'preliminary', 'unknown']);

/** Every FHIR R4 Observation.status (the ignored reason names only these). */
const R4_STATUS: ReadonlySet<string> = new Set([...USABLE_STATUS, 'registered', 'cancelled', 'entered-in-error']);

function interpretationFlag(raw: Json): Flag | undefined {
  for (const cc of arr(raw['interpretation'])) {
    for (const { coding } of codings(cc)) {
      const sys = coding.system;
      if (sys && sys !== SYSTEMS.interpretation && sys !== SYSTEMS.interpretationV2) continue;
      const f = coding.code ? INTERPRETATION[coding.code] : undefined;
      if (f) return f;
    }
  }
  return undefined;
}

const NEGATIVE_WORDS = new Set(['negative', 'neg', 'not detected', 'none detected', 'absent', 'nonreactive', 'non reactive', 'non-reactive', '-']);
const POSITIVE_WORDS = new Set(['positive', 'pos', 'detected', 'present', 'reactive', '+', '++', '+++', '++++', '1+', '2+', '3+', '4+', 'small', 'moderate', 'large']);
const INDETERMINATE_WORDS = new Set(['trace', 'indeterminate', 'equivocal', 'borderline', 'inconclusive']);
// SNOMED CT qualifier values commonly used for qualitative results.
const SNOMED_QUAL: Readonly<Record<string, Flag>> = {
  '260385009': 'NEG', '260415000': 'NEG', '2667000': 'NEG',
  '10828004': 'POS', '260373001': 'POS', '52101004': 'POS',
  '82334004': 'IND',
};

function wordFlag(s: string): Flag | undefined {
  const w = s.trim().toLowerCase();
  if (NEGATIVE_WORDS.has(w)) return 'NEG';
  if (POSITIVE_WORDS.has(w)) return 'POS';
  if (INDETERMINATE_WORDS.has(w)) return 'IND';
  return undefined;
}

/** Flag of a qualitative value (CodeableConcept, string or boolean), or undefined if not recognised. */
function qualitativeFlag(raw: Json): Flag | undefined {
  if (typeof raw['valueBoolean'] === 'boolean') return raw['valueBoolean'] ? 'POS' : 'NEG';
  const s = str(raw['valueString']);
  if (s !== undefined) return wordFlag(s);
  const cc = raw['valueCodeableConcept'];
  if (isRecord(cc)) {
    for (const { coding } of codings(cc)) {
      if (coding.system === SYSTEMS.snomed && coding.code && SNOMED_QUAL[coding.code]) return SNOMED_QUAL[coding.code];
      if ((coding.system === SYSTEMS.interpretation || coding.system === SYSTEMS.interpretationV2) && coding.code) {
        const f = INTERPRETATION[coding.code];
        if (f) return f;
      }
    }
    for (const label of labels(cc)) {
      const f = wordFlag(label);
      if (f) return f;
    }
  }
  return undefined;
}

interface Converted {
  readonly value?: number;
  readonly issue?: Issue;
}

/** Convert a Quantity-like object to the test's unit. `fallbackUnit` is used when the quantity has none. */
function toTestUnit(qty: Json, path: string, test: QuantityTest, fallbackUnit?: string): Converted {
  const value = num(qty['value']);
  if (value === undefined) return { issue: issue('required', childPath(path, 'value'), 'quantity has no numeric value', 'warning') };
  const system = str(qty['system']);
  const code = str(qty['code']);
  const unit = str(qty['unit']);
  if (test.dimensionless) {
    // A ratio (INR, pH): no unit, unity or an annotation such as {INR}; anything else is a mismatch.
    const u = (code ?? unit ?? '').replace(/\{[^}]*\}/g, '').trim();
    if (u === '' || u === '1') return { value };
    return { issue: issue('unit-mismatch', childPath(path, code ? 'code' : 'unit'), `${test.name} has no unit`, 'warning') };
  }
  let unitPath = childPath(path, code ? 'code' : 'unit');
  let parsed = code && (!system || system === SYSTEMS.ucum) ? resolveUnit(code) : undefined;
  if (!parsed && unit) {
    parsed = resolveUnit(unit);
    if (parsed) unitPath = childPath(path, 'unit');
  }
  if (!parsed && !code && !unit && fallbackUnit) parsed = resolveUnit(fallbackUnit);
  if (!parsed) {
    const msg = code || unit ? 'unit is not in the UCUM table for this test (see docs/fhir.md); the value was not used' : 'quantity has no unit; the value was not used';
    return { issue: issue('unknown-unit', unitPath, msg, 'warning') };
  }
  if (test.annotation && parsed.annotation && parsed.annotation.toUpperCase() !== test.annotation) {
    return { issue: issue('unit-mismatch', unitPath, `unit annotation does not match the ${test.annotation} convention of this LOINC code`, 'warning') };
  }
  const affine = test.affine?.[parsed.code];
  const converted = affine ? value * affine.factor + affine.offset : convert(value, parsed.code, test.unit, test.analyte);
  if (converted === undefined) {
    return { issue: issue('unit-mismatch', unitPath, `unit cannot be converted to ${test.unit} for ${test.name}`, 'warning') };
  }
  return { value: converted };
}

interface RangeFound {
  readonly low?: number;
  readonly high?: number;
  readonly issues: Issue[];
}

/** The first usable referenceRange (type normal or absent, age matching), converted to the test's unit. */
function referenceRange(raw: Json, path: string, test: QuantityTest, ctx: PatientContext, valueUnit: string | undefined): RangeFound | undefined {
  const ranges = arr(raw['referenceRange']);
  for (let i = 0; i < ranges.length; i++) {
    const rr = ranges[i];
    if (!isRecord(rr)) continue;
    const type = codeIn(rr['type'], ['http://terminology.hl7.org/CodeSystem/referencerange-meaning'], true);
    if (type && type !== 'normal') continue;
    const age = rr['age'];
    if (isRecord(age) && ctx.age !== undefined) {
      const lo = isRecord(age['low']) ? num(age['low']['value']) : undefined;
      const hi = isRecord(age['high']) ? num(age['high']['value']) : undefined;
      if ((lo !== undefined && ctx.age < lo) || (hi !== undefined && ctx.age > hi)) continue;
    }
    const p = childPath(childPath(path, 'referenceRange'), i);
    const issues: Issue[] = [];
    const bound = (k: 'low' | 'high'): number | undefined => {
      const b = rr[k];
      if (!isRecord(b)) return undefined;
      const c = toTestUnit(b, childPath(p, k), test, valueUnit);
      if (c.issue) issues.push(c.issue);
      return c.value;
    };
    const low = bound('low');
    const high = bound('high');
    if (issues.length > 0) return { issues };
    if (low === undefined && high === undefined) continue;
    return { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}), issues };
  }
  return undefined;
}

/** Flag for a value against [low, high] (inclusive normal), honouring a `<`/`>` comparator. */
export function rangeFlag(value: number, comparator: string | undefined, low: number | undefined, high: number | undefined): Flag {
  if (comparator === '<' || comparator === '<=') {
    if (low !== undefined && value <= low) return 'L';
    if (low === undefined && (high === undefined || value <= high + 1e-12)) return 'N';
    return 'IND';
  }
  if (comparator === '>' || comparator === '>=') {
    if (high !== undefined && value >= high) return 'H';
    if (high === undefined && (low === undefined || value >= low)) return 'N';
    return 'IND';
  }
  if (high !== undefined && value > high) return 'H';
  if (low !== undefined && value < low) return 'L';
  return 'N';
}

/** The concept outcomes of a flag for a test (shared with the notes reader). */
export function outcomesFor(test: LabTest, flag: Flag, loinc: string, basis: Basis, path: string): ConceptOutcome[] {
  const out = (concept: string | undefined, present: boolean): ConceptOutcome[] => (concept ? [{ concept, present, loinc, basis, path }] : []);
  if (test.kind === 'qualitative') {
    if (flag === 'POS' || flag === 'H' || flag === 'A') return out(test.positive, true);
    if (flag === 'NEG' || flag === 'N') return out(test.positive, false);
    return [];
  }
  let f = flag === 'POS' ? 'H' : flag === 'NEG' ? 'N' : flag;
  if (f === 'A') {
    // Abnormal without a direction only means something when the test has one abnormal concept.
    if (test.high && !test.low) f = 'H';
    else if (test.low && !test.high) f = 'L';
    else return [];
  }
  if (f === 'H') return [...out(test.high, true), ...out(test.low, false)];
  if (f === 'L') return [...out(test.low, true), ...out(test.high, false)];
  if (f === 'N') return [...out(test.high, false), ...out(test.low, false)];
  return [];
}

/**
 * A number written as a string, as laboratory interfaces send censored and unparsed results ("<0.01 ng/mL",
 * ">90 mL/min/{1.73_m2}", "5.2 mmol/L"; HL7 v2 structured numeric): read as a Quantity with its comparator and
 * unit. The unit must be written (a bare number is reported as having no unit, as a Quantity would be).
 */
function quantityInString(raw: unknown): Json | undefined {
  const m = /^\s*(<=|>=|<|>|≤|≥)?\s*(-?\d+(?:\.\d+)?)\s*([^\s\d].*?)?\s*$/.exec(str(raw) ?? '');
  if (!m) return undefined;
  const comparator = m[1] === '≤' ? '<=' : m[1] === '≥' ? '>=' : m[1];
  return { value: Number(m[2]), ...(comparator ? { comparator } : {}), ...(m[3] ? { unit: m[3] } : {}) };
}

/** Read one measurement (an Observation or one of its components) against its test. */
function readMeasurement(raw: Json, path: string, test: LabTest, loinc: string, ctx: PatientContext, issues: Issue[]): ConceptOutcome[] | string {
  const interp = interpretationFlag(raw);
  const written = isRecord(raw['valueQuantity']) || test.kind !== 'quantity' ? undefined : quantityInString(raw['valueString']);
  const qty = isRecord(raw['valueQuantity']) ? raw['valueQuantity'] : written;
  const qpath = childPath(path, written ? 'valueString' : 'valueQuantity');
  let value: number | undefined;
  let unitIssue: Issue | undefined;
  if (qty && test.kind === 'quantity') {
    const c = toTestUnit(qty, qpath, test);
    // A string has no parts: its problems are reported at `valueString` itself.
    if (c.issue) unitIssue = written ? { ...c.issue, path: qpath } : c.issue;
    value = c.value;
    if (value !== undefined && (value < test.plausible[0] || value > test.plausible[1])) {
      issues.push(issue('impossible-value', written ? qpath : childPath(qpath, 'value'),
        `${test.name} is outside the possible range ${test.plausible[0]}-${test.plausible[1]} ${test.unit} (after unit conversion)`));
      return 'impossible value';
    }
  }
  if (unitIssue) issues.push(unitIssue);
  if (interp && interp !== 'IND') {
    const r = outcomesFor(test, interp, loinc, 'interpretation', path);
    if (r.length > 0) return withGrades(r, test, value, qty ? str(qty['comparator']) : undefined, loinc, path);
  }
  if (interp === 'IND') return 'indeterminate result';
  if (test.kind === 'qualitative') {
    const f = qualitativeFlag(raw);
    if (f === undefined) {
      if (raw['valueQuantity'] !== undefined || raw['valueString'] !== undefined || raw['valueCodeableConcept'] !== undefined) {
        issues.push(issue('unknown-value', path, `qualitative result for ${test.name} not recognised (expected positive/negative)`, 'warning'));
        return 'unrecognised qualitative value';
      }
      return 'no value';
    }
    if (f === 'IND') return 'indeterminate result';
    return outcomesFor(test, f, loinc, 'value', path);
  }
  if (value === undefined) return unitIssue ? 'unknown unit' : 'no usable value';
  const comparator = qty ? str(qty['comparator']) : undefined;
  if (test.greyZone && !comparator && value >= test.greyZone[0] && value < test.greyZone[1]) return 'indeterminate result (grey zone)';
  const rr = referenceRange(raw, path, test, ctx, qty ? (str(qty['code']) ?? str(qty['unit'])) : undefined);
  if (rr && rr.issues.length > 0) issues.push(...rr.issues);
  if (rr && rr.issues.length === 0) {
    const f = rangeFlag(value, comparator, rr.low, rr.high);
    return f === 'IND' ? 'indeterminate result (censored value)' : withGrades(outcomesFor(test, f, loinc, 'reference-range', path), test, value, comparator, loinc, path);
  }
  const def = defaultRange(test, ctx.sex, ctx.age);
  if (!def) return 'no default range applies to this patient';
  const f = rangeFlag(value, comparator, def.low, def.high);
  return f === 'IND' ? 'indeterminate result (censored value)' : withGrades(outcomesFor(test, f, loinc, 'default-range', path), test, value, comparator, loinc, path);
}

/** Severity grades (`QuantityTest.grades`) of a measured value; a censored value decides a grade only when its bound does. */
function withGrades(r: ConceptOutcome[], test: LabTest, value: number | undefined, comparator: string | undefined, loinc: string, path: string): ConceptOutcome[] {
  if (test.kind !== 'quantity' || !test.grades || value === undefined) return r;
  for (const g of test.grades) {
    const present = inGrade(g, value, comparator);
    if (present !== undefined) r.push({ concept: g.concept, present, loinc, basis: 'value', path });
  }
  return r;
}

function loincOf(raw: Json): string | undefined {
  return codeIn(raw['code'], [SYSTEMS.loinc]);
}

/** Read an Observation resource at `path` (e.g. `Bundle.entry[3].resource`). */
export function readObservation(raw: Json, path: string, ctx: PatientContext): ObservationRead {
  const issues: Issue[] = [];
  const status = str(raw['status']);
  if (status === undefined) issues.push(issue('required', childPath(path, 'status'), 'Observation.status is required', 'warning'));
  else if (!USABLE_STATUS.has(status)) return { outcomes: [], issues, ignored: statusReason(status, R4_STATUS, 'Observation') };
  if (!isRecord(raw['code'])) {
    issues.push(issue('required', childPath(path, 'code'), 'Observation.code is required', 'warning'));
    return { outcomes: [], issues, ignored: 'no code' };
  }
  const loinc = loincOf(raw);
  // The BP panel, and any panel (e.g. the vital signs panel 85353-1) whose components carry mapped codes.
  const componentPanel = loinc !== undefined && !TEST_BY_LOINC.has(loinc) && arr(raw['component']).some((c) => isRecord(c) && TEST_BY_LOINC.has(loincOf(c) ?? ''));
  if (loinc && (BP_PANEL_CODES.includes(loinc) || componentPanel)) {
    const outcomes: ConceptOutcome[] = [];
    const reasons: string[] = [];
    arr(raw['component']).forEach((comp, i) => {
      const cpath = childPath(childPath(path, 'component'), i);
      if (!isRecord(comp)) {
        issues.push(issue('type', cpath, 'component must be an object', 'warning'));
        return;
      }
      const c = loincOf(comp);
      const test = c ? TEST_BY_LOINC.get(c) : undefined;
      if (!c || !test) return;
      const r = readMeasurement(comp, cpath, test, c, ctx, issues);
      if (typeof r === 'string') reasons.push(r);
      else outcomes.push(...r);
    });
    if (outcomes.length === 0) return { outcomes, issues, ignored: reasons[0] ?? 'blood pressure panel without usable components' };
    return { outcomes, issues };
  }
  const test = loinc ? TEST_BY_LOINC.get(loinc) : undefined;
  if (!loinc || !test) {
    const panel = arr(raw['hasMember']).length > 0 && raw['valueQuantity'] === undefined;
    return { outcomes: [], issues, ignored: panel ? 'panel (members are read as their own Observations)' : loinc ? 'LOINC code not in the mapping' : 'no LOINC code' };
  }
  if (raw['dataAbsentReason'] !== undefined && interpretationFlag(raw) === undefined) return { outcomes: [], issues, ignored: 'data absent' };
  const r = readMeasurement(raw, path, test, loinc, ctx, issues);
  return typeof r === 'string' ? { outcomes: [], issues, ignored: r } : { outcomes: r, issues };
}

/** Effective time of an Observation (effectiveDateTime, effectiveInstant, effectivePeriod.end/start, issued). */
export function observationTime(raw: Json): string | undefined {
  const p = raw['effectivePeriod'];
  return str(raw['effectiveDateTime']) ?? str(raw['effectiveInstant']) ?? (isRecord(p) ? (str(p['end']) ?? str(p['start'])) : undefined) ?? str(raw['issued']);
}
