/**
 * The intake and privacy modules the routes wire to (`intake/notes`, `privacy/deid`, `intake/fhir`)
 * are built in parallel with the server. They are loaded when their `index` exists; a route whose
 * module is missing answers 501 `not-implemented`. Results that are `Result`s are unwrapped here,
 * so routes see values or an InputError.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DiagnosisResult } from '../core/diagnose.js';
import type { PatientCase } from '../core/evidence.js';
import { InputError, type Issue } from '../core/issues.js';
import type { KnowledgeModel } from '../core/model.js';

export interface NotesModule {
  buildLexicon(model: KnowledgeModel): unknown;
  extractFindings(text: string, lexicon: unknown): unknown;
}
export interface DeidModule {
  deidentify(text: string): unknown;
}
export interface FhirModule {
  bundleToCase(bundle: unknown, model: KnowledgeModel): unknown;
  diagnosisToFhir(result: DiagnosisResult, ...rest: unknown[]): unknown;
}
export interface IntakeModules {
  readonly notes?: NotesModule | undefined;
  readonly deid?: DeidModule | undefined;
  readonly fhir?: FhirModule | undefined;
}

/** Unwrap `{ ok, value, issues }` when a module returns a Result; pass anything else through. */
export function unwrap(x: unknown): unknown {
  if (x && typeof x === 'object' && 'ok' in x && typeof (x as { ok: unknown }).ok === 'boolean') {
    const r = x as { ok: boolean; value?: unknown; issues?: readonly Issue[] };
    if (!r.ok) throw new InputError(r.issues ?? []);
    return r.value;
  }
  if (x && typeof x === 'object' && 'success' in x && typeof (x as { success: unknown }).success === 'boolean') {
    const r = x as { success: boolean; data?: unknown; value?: unknown; issues?: readonly Issue[] };
    if (!r.success) throw new InputError(r.issues ?? []);
    return r.data ?? r.value;
  }
  return x;
}

export function asPatientCase(x: unknown): PatientCase {
  const v = unwrap(x);
  if (v && typeof v === 'object' && 'case' in v) return (v as { case: PatientCase }).case;
  return v as PatientCase;
}

async function load<T>(rel: string, names: readonly string[]): Promise<T | undefined> {
  for (const ext of ['.ts', '.js']) {
    const url = new URL(`${rel}${ext}`, import.meta.url);
    if (!existsSync(fileURLToPath(url))) continue;
    const mod = (await import(url.href)) as Record<string, unknown>;
    return names.every((n) => typeof mod[n] === 'function') ? (mod as T) : undefined;
  }
  return undefined;
}

export async function loadIntakeModules(): Promise<IntakeModules> {
  const [notes, deid, fhir] = await Promise.all([
    load<NotesModule>('../intake/notes/index', ['buildLexicon', 'extractFindings']),
    load<DeidModule>('../privacy/deid/index', ['deidentify']),
    load<FhirModule>('../intake/fhir/index', ['bundleToCase', 'diagnosisToFhir']),
  ]);
  return { notes, deid, fhir };
}
