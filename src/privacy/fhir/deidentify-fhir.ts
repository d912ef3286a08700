/**
 * FHIR de-identification. Walks a resource or Bundle and keeps its shape (types and cardinalities):
 * - every date/dateTime/instant is shifted by the SAME keyed per-patient offset as that patient's notes;
 * - HumanName, ContactPoint, Address and Identifier values get keyed surrogates (postalCode → ZIP3 rule);
 * - resource ids and references are replaced by keyed pseudonyms, consistently across the Bundle;
 * - narrative (`text.div`) and free-text fields go through the text de-identifier.
 * The patient that keys a resource is the Patient itself, or the one its `subject`/`patient` references.
 */
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { issue, type Issue, type Result } from '../../core/issues.js';
import { dateShiftDays, hmac, type DeidKey } from '../keys/keyed.js';
import { deidentifyText } from '../deid/deidentify.js';
import type { KnownPhi } from '../deid/detect.js';
import { shiftFhirDate } from '../deid/dates.js';
import { surrogateFor } from '../deid/surrogate.js';

export interface FhirDeidOptions {
  readonly key: DeidKey;
  /** How free text is rendered: tags or surrogates. */
  readonly textMode: 'redact' | 'surrogate';
}

const FULL_DATE = /^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?$/;
const FREE_TEXT_KEYS = new Set(['text', 'comment', 'description', 'valueString', 'div', 'patientInstruction', 'summary', 'conclusion', 'note', 'display', 'detail', 'title']);
const NEVER_TOUCH = new Set(['resourceType', 'system', 'code', 'url', 'profile', 'status', 'use', 'version', 'unit', 'language', 'contentType']);
const PERSON_TYPES = new Set(['Patient', 'RelatedPerson', 'Practitioner', 'Person']);

type Json = unknown;

/** A resource id replaced by a keyed pseudonym: the same id under the same key always maps to the same pseudonym. */
export function pseudonymId(key: DeidKey, id: string): string {
  return hmac(key, 'fhir-id-v1', id).toString('hex').slice(0, 32);
}

function patientOf(res: Record<string, unknown>, fallback: string | undefined): string | undefined {
  if (res['resourceType'] === 'Patient' && typeof res['id'] === 'string') return res['id'];
  for (const k of ['subject', 'patient', 'beneficiary']) {
    const ref = (res[k] as { reference?: unknown } | undefined)?.reference;
    if (typeof ref === 'string') {
      const m = /(?:^|\/)Patient\/([^/]+)$/.exec(ref);
      if (m?.[1]) return m[1];
    }
  }
  return fallback;
}

/** A FHIR resource or Bundle de-identified under the options, or the issues that stop it. */
export function deidentifyFhir(input: unknown, options: FhirDeidOptions): Result<Resource> {
  const issues: Issue[] = [];
  if (!input || typeof input !== 'object' || typeof (input as { resourceType?: unknown }).resourceType !== 'string') {
    return { ok: false, issues: [issue('fhir', '$.resourceType', 'not a FHIR resource (resourceType missing)')] };
  }
  const root = input as Record<string, unknown>;
  const patients = new Set<string>();
  const entries = root['resourceType'] === 'Bundle' ? ((root as unknown as Bundle).entry ?? []) : [];
  for (const e of entries) if (e.resource?.resourceType === 'Patient' && e.resource.id) patients.add(e.resource.id);
  if (root['resourceType'] === 'Patient' && typeof root['id'] === 'string') patients.add(root['id']);
  const soloPatient = patients.size === 1 ? [...patients][0] : undefined;
  const known = collectKnown(root);

  const walkResource = (res: Record<string, unknown>, path: string): Record<string, unknown> => {
    const patient = patientOf(res, soloPatient);
    if (!patient) issues.push(issue('no-patient', path, 'resource has no patient to key its date shift; dates were removed', 'warning'));
    const days = patient ? dateShiftDays(options.key, patient) : undefined;
    const ctx = patient ? { key: options.key, patient } : { key: options.key, patient: '' };
    const text = (s: string): string => {
      const r = deidentifyText(s, patient && options.textMode === 'surrogate' ? { mode: 'surrogate', key: options.key, patientId: patient, known } : { mode: 'redact', known });
      return r.ok ? r.value.text : '[REDACTED]';
    };
    const isPerson = PERSON_TYPES.has(String(res['resourceType']));
    const walk = (v: Json, key: string, parentKey: string): Json => {
      if (typeof v === 'string') {
        if (key === 'reference' || key === 'fullUrl' || (key === 'url' && parentKey === 'request')) return pseudonymRef(options.key, v);
        if (NEVER_TOUCH.has(key)) return v;
        if (key === 'id') return pseudonymId(options.key, v);
        if (FULL_DATE.test(v) && /^\d{4}-\d{2}/.test(v)) return days === undefined ? v.slice(0, 4) : (shiftFhirDate(v, days) ?? v.slice(0, 4));
        if (parentKey === 'name' && (key === 'family' || key === 'given' || key === 'text' || key === 'prefix' || key === 'suffix')) {
          return key === 'prefix' || key === 'suffix' ? v : surrogateFor(ctx, 'NAME', v);
        }
        if (parentKey === 'telecom' && key === 'value') return surrogateFor(ctx, v.includes('@') ? 'EMAIL' : 'PHONE', v);
        if (parentKey === 'identifier' && key === 'value') return surrogateFor(ctx, 'ID', v);
        if (parentKey === 'address') {
          if (key === 'postalCode') return surrogateFor(ctx, 'ZIP', v.replace(/\D/g, '').padEnd(5, '0'));
          if (key === 'line' || key === 'city' || key === 'district' || key === 'text') return surrogateFor(ctx, 'LOCATION', v);
          return v; // state and country are allowed
        }
        if (FREE_TEXT_KEYS.has(key) || (isPerson && key === 'value')) {
          if (key === 'div') return v.replace(/>([^<]+)</g, (_m, inner: string) => `>${escapeXml(text(unescapeXml(inner)))}<`);
          return text(v);
        }
        return v;
      }
      if (Array.isArray(v)) return v.map((x) => walk(x, key, parentKey === 'name' || parentKey === 'address' ? parentKey : key));
      if (v && typeof v === 'object') {
        const obj = v as Record<string, unknown>;
        if (typeof obj['resourceType'] === 'string' && obj !== res) return walkResource(obj, `${path}.${key}`);
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(obj)) {
          if (k === 'photo') continue; // full-face photographs are identifiers
          out[k] = walk(x, k, key);
        }
        return out;
      }
      return v;
    };
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(res)) {
      if (k === 'photo') continue;
      out[k] = walk(x, k, '');
    }
    return out;
  };

  try {
    return { ok: true, value: walkResource(root, '$') as unknown as Resource, issues };
  } catch {
    return { ok: false, issues: [issue('fhir', '$', 'resource could not be de-identified')] };
  }
}

/** Names, telecom values and identifiers of every person resource, to be found again in free text. */
function collectKnown(root: unknown): KnownPhi[] {
  const out: KnownPhi[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(visit); return; }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o['resourceType'] === 'string' && PERSON_TYPES.has(o['resourceType'])) {
      const add = (x: unknown, type: KnownPhi['type']): void => {
        if (typeof x === 'string') for (const part of type === 'NAME' ? x.split(/\s+/) : [x]) if (part.replace(/\W/g, '').length >= 2) out.push({ text: part.replace(/[.,]$/, ''), type });
      };
      for (const n of (o['name'] as { family?: unknown; given?: unknown[]; text?: unknown }[] | undefined) ?? []) {
        add(n.family, 'NAME');
        add(n.text, 'NAME');
        for (const g of n.given ?? []) add(g, 'NAME');
      }
      for (const t of (o['telecom'] as { value?: unknown }[] | undefined) ?? []) add(t.value, 'PHONE');
      for (const t of (o['identifier'] as { value?: unknown }[] | undefined) ?? []) add(t.value, 'ID');
    }
    for (const x of Object.values(o)) if (x && typeof x === 'object') visit(x);
  };
  visit(root);
  return out;
}

/**
 * Pseudonymise a reference so that fullUrl, reference and request.url stay consistent with each other and
 * with the pseudonymised resource ids: urn:uuid:X → urn:uuid:(keyed uuid); [base/]Type/id → Type/(keyed id)
 * under a neutral base (the original server name could identify the organisation).
 */
export function pseudonymRef(key: DeidKey, ref: string): string {
  if (/^urn:uuid:/i.test(ref)) return `urn:uuid:${toUuid(pseudonymId(key, ref.toLowerCase()))}`;
  const m = /^(https?:\/\/[^?#]*?\/)?([A-Z][A-Za-z]+)\/([^/?#]+)(\/_history\/[^/?#]+)?(\?.*)?$/.exec(ref);
  if (m) return `${m[1] ? 'https://example.org/fhir/' : ''}${m[2]}/${pseudonymId(key, m[3] ?? '')}`;
  if (ref.startsWith('#')) return ref; // contained resource
  const type = /^([A-Z][A-Za-z]+)(?:\?.*)?$/.exec(ref);
  if (type?.[1]) return type[1]; // a type-level request url; its search parameters could hold identifiers
  return pseudonymId(key, ref);
}

function toUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
