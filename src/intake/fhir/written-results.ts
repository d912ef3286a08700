/**
 * Written results in FHIR: the text of an ECG, imaging or other report that a record gives as words, not
 * as a coded value. Two places hold it (FHIR R4; US Core "DiagnosticReport for Report and Note exchange"):
 * - `DiagnosticReport.conclusion` ("clinical conclusion (interpretation) of test results") and the
 *   displays of `DiagnosticReport.conclusionCode`;
 * - `Observation.valueString` of an Observation whose code is not a mapped laboratory test (e.g. LOINC
 *   8601-7 "EKG impression", 19005-8 "Radiology Imaging study [Impression] (narrative)").
 * Each becomes one short note, "<what was done>: <what it showed>.", for the notes pipeline, which reads
 * written results ("ST elevation in II, III and aVF", "right lower lobe consolidation") as it does in a
 * note, with the report's name as the label that opens modality-gated terms. Pure; no I/O.
 */
import { childPath } from '../../core/index.js';
import { TEST_BY_LOINC } from './loinc-tests.js';
import { USABLE_STATUS } from './observation.js';
import { arr, codeIn, isRecord, labels, str, SYSTEMS, type Json } from './shape.js';

/** A written result as note text, and the path it came from. */
export interface WrittenResult {
  readonly text: string;
  /** Path of the text, e.g. `Bundle.entry[3].resource.conclusion`. */
  readonly path: string;
}

/** Report statuses whose conclusion is a result (FHIR R4 DiagnosticReport.status); others are not read. */
const REPORT_STATUS = new Set(['final', 'amended', 'corrected', 'appended', 'preliminary', 'partial', 'unknown']);

/** Longest written result read (characters): a conclusion is a few sentences; a whole note belongs in a DocumentReference. */
const MAX_WRITTEN = 20_000;

/** The name of what was done: the code's text, else its first display. */
function labelOf(code: unknown): string | undefined {
  if (!isRecord(code)) return undefined;
  const l = str(code['text']) ?? labels(code)[0];
  const t = l?.trim().replace(/[:\s]+$/, '');
  return t ? t : undefined;
}

/** "<label>: <text>." (a full stop added when the text ends without one). */
function asNote(label: string | undefined, text: string): string {
  const body = text.trim();
  const end = /[.!?]$/.test(body) ? '' : '.';
  return label ? `${label}: ${body}${end}` : `${body}${end}`;
}

/** Why a DiagnosticReport gives no written result, or its conclusion as note text. */
export function reportResult(raw: Json, path: string): WrittenResult | { readonly ignored: string } {
  const status = str(raw['status']);
  if (status !== undefined && !REPORT_STATUS.has(status)) return { ignored: `status ${status}` };
  const parts: string[] = [];
  const conclusion = str(raw['conclusion'])?.trim();
  if (conclusion) parts.push(conclusion);
  for (const cc of arr(raw['conclusionCode'])) {
    const l = labels(cc)[0]?.trim();
    if (l && !parts.some((p) => p.toLowerCase().includes(l.toLowerCase()))) parts.push(l);
  }
  if (parts.length === 0) return { ignored: 'no conclusion (its results are read as their own Observations)' };
  const text = parts.map((p) => p.replace(/[.\s]+$/, '')).join('. ');
  if (text.length > MAX_WRITTEN) return { ignored: 'conclusion too long to be a written result' };
  return { text: asNote(labelOf(raw['code']), text), path: childPath(path, conclusion ? 'conclusion' : 'conclusionCode') };
}

/**
 * The written result of an Observation: its `valueString` when its code is not a mapped laboratory test
 * (a mapped test's string is that test's result word, read by `observation.ts`). None otherwise.
 */
export function observationText(raw: Json, path: string): WrittenResult | undefined {
  const status = str(raw['status']);
  if ((status !== undefined && !USABLE_STATUS.has(status)) || !isRecord(raw['code'])) return undefined;
  const value = str(raw['valueString'])?.trim();
  if (!value || value.length > MAX_WRITTEN) return undefined;
  const loinc = codeIn(raw['code'], [SYSTEMS.loinc]);
  if (loinc !== undefined && TEST_BY_LOINC.has(loinc)) return undefined;
  return { text: asNote(labelOf(raw['code']), value), path: childPath(path, 'valueString') };
}
