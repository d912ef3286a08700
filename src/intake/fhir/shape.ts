/**
 * Guards for reading untrusted FHIR JSON: a Bundle arrives as `unknown`, so every field is checked
 * before use rather than trusted from a type. Only the small set of datatypes intake reads is covered.
 */

export type Json = Record<string, unknown>;

/** Whether a JSON value is an object (not null, not an array). */
export function isRecord(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The value when it is a non-empty string, else undefined. */
export function str(x: unknown): string | undefined {
  return typeof x === 'string' && x !== '' ? x : undefined;
}

/**
 * Why a resource with a status that is not read is ignored: `status <code>` for a code of the resource's R4
 * status value set (`known`), else a fixed text, so a free-text status never reaches the output.
 */
export function statusReason(status: string, known: ReadonlySet<string>, resourceType: string): string {
  return known.has(status) ? `status ${status}` : `status not an R4 ${resourceType} status`;
}

/** The value when it is a finite number, else undefined. */
export function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/** The value when it is an array, else an empty one. */
export function arr(x: unknown): readonly unknown[] {
  return Array.isArray(x) ? x : [];
}

export interface CodingLike {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
}

/** The codings of a CodeableConcept, with their index in `coding`. */
export function codings(cc: unknown): { readonly coding: CodingLike; readonly index: number }[] {
  if (!isRecord(cc)) return [];
  const out: { coding: CodingLike; index: number }[] = [];
  arr(cc['coding']).forEach((c, index) => {
    if (!isRecord(c)) return;
    const system = str(c['system']);
    const code = str(c['code']);
    const display = str(c['display']);
    out.push({ coding: { ...(system ? { system } : {}), ...(code ? { code } : {}), ...(display ? { display } : {}) }, index });
  });
  return out;
}

/** Every human-readable label of a CodeableConcept: its text and each coding's display. */
export function labels(cc: unknown): string[] {
  if (!isRecord(cc)) return [];
  const out: string[] = [];
  const text = str(cc['text']);
  if (text) out.push(text);
  for (const { coding } of codings(cc)) if (coding.display) out.push(coding.display);
  return out;
}

/** The first code of a CodeableConcept in one of the given systems (or with no system when `allowNoSystem`). */
export function codeIn(cc: unknown, systems: readonly string[], allowNoSystem = false): string | undefined {
  for (const { coding } of codings(cc)) {
    if (!coding.code) continue;
    if (coding.system ? systems.includes(coding.system) : allowNoSystem) return coding.code;
  }
  return undefined;
}

export const SYSTEMS = {
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  interpretationV2: 'http://terminology.hl7.org/CodeSystem/v2-0078',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  allergyVerification: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
} as const;

/**
 * Parse a FHIR date or dateTime to epoch milliseconds (UTC). Partial dates take their first instant
 * (`1980` -> 1980-01-01). Undefined when the string is not a FHIR date/dateTime.
 */
export function parseFhirDate(s: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, tz] = m;
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  let t = Date.UTC(Number(y), month - 1, day, h ? Number(h) : 0, mi ? Number(mi) : 0, sec ? Number(sec) : 0);
  if (tz && tz !== 'Z') {
    const sign = tz.startsWith('-') ? -1 : 1;
    t -= sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6))) * 60_000;
  }
  return Number.isFinite(t) ? t : undefined;
}
