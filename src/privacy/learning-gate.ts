/**
 * The learning gate: `ddx learn` calls `checkLearningInput` before it learns from an organisation's records.
 * It runs the PHI detector over every text field and looks for direct-identifier fields by name.
 * It reports only counts, field names and PHI types — never values — so its output is safe to log.
 */
import { detectPhi } from './deid/detect.js';
import type { PhiType } from './deid/types.js';

export interface LearningGateOptions {
  /** PHI types that are tolerated in text (default: YEAR, which Safe Harbor allows). */
  readonly allowTypes?: readonly PhiType[];
  /** Field names (lower case) known to be safe even if they look like identifiers, e.g. "case_id" of a public set. */
  readonly allowFields?: readonly string[];
  /** Stop after this many records (default: all). */
  readonly maxRecords?: number;
  /** Text values longer than this are checked only up to it (default 1 MB). */
  readonly maxTextChars?: number;
}

export interface LearningGateReport {
  readonly ok: boolean;
  readonly records: number;
  readonly recordsWithPhi: number;
  /** field path → PHI type → count of detections. */
  readonly phiByField: Readonly<Record<string, Readonly<Partial<Record<PhiType, number>>>>>;
  /** Field names that are direct identifiers (name, mrn, ssn, phone, email, address...), with how many records carry a value. */
  readonly directIdentifierFields: Readonly<Record<string, number>>;
}

const DIRECT_FIELD = /^(?:(?:first|last|given|family|middle|full|patient|pt|maiden)_?name|name|names|surname|mrn|medical_?record(?:_?(?:number|no))?|ssn|social_?security(?:_?number)?|phone|telephone|mobile|cell|fax|e-?mail|email_?address|address|street|address_?line\d?|city|zip|zip_?code|postal_?code|postcode|dob|birth_?date|date_?of_?birth|birthdate|account(?:_?(?:number|no))?|insurance_?id|member_?id|health_?plan_?id|licen[cs]e(?:_?number)?|vin|plate|device_?id|serial(?:_?number)?|ip|ip_?address|url|photo|fingerprint)$/i;

function walk(value: unknown, path: string, visit: (path: string, key: string, v: unknown) => void, depth = 0): void {
  if (depth > 32) return;
  if (Array.isArray(value)) {
    for (const v of value) walk(v, `${path}[]`, visit, depth + 1);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const p = path ? `${path}.${k}` : k;
      visit(p, k, v);
      walk(v, p, visit, depth + 1);
    }
  }
}

/** Check records before learning from them (see the module comment): counts of PHI by field and type, never values. */
export function checkLearningInput(records: Iterable<Record<string, unknown>>, options: LearningGateOptions = {}): LearningGateReport {
  const allow = new Set<PhiType>(options.allowTypes ?? ['YEAR']);
  const allowFields = new Set((options.allowFields ?? []).map((f) => f.toLowerCase()));
  const maxText = options.maxTextChars ?? 1_000_000;
  const phiByField: Record<string, Partial<Record<PhiType, number>>> = {};
  const direct: Record<string, number> = {};
  let n = 0;
  let withPhi = 0;
  for (const rec of records) {
    if (options.maxRecords !== undefined && n >= options.maxRecords) break;
    n++;
    let found = false;
    walk(rec, '', (path, key, v) => {
      if (allowFields.has(key.toLowerCase()) || allowFields.has(path.toLowerCase())) return;
      const present = v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
      if (DIRECT_FIELD.test(key) && present) {
        direct[path] = (direct[path] ?? 0) + 1;
        found = true;
      }
      if (typeof v === 'string' && v.length >= 3 && /[A-Za-z0-9]/.test(v)) {
        for (const s of detectPhi(v.length > maxText ? v.slice(0, maxText) : v)) {
          if (allow.has(s.type)) continue;
          const f = (phiByField[path] ??= {});
          f[s.type] = (f[s.type] ?? 0) + 1;
          found = true;
        }
      }
    });
    if (found) withPhi++;
  }
  const sortObj = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k] as T]));
  return { ok: withPhi === 0, records: n, recordsWithPhi: withPhi, phiByField: sortObj(phiByField), directIdentifierFields: sortObj(direct) };
}
