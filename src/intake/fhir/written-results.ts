/**
 * Written results in FHIR: the text of an ECG, imaging or other report that a record gives as words, not
 * as a coded value. Two places hold it (FHIR R4; US Core "DiagnosticReport for Report and Note exchange"):
 * - `DiagnosticReport.conclusion` ("clinical conclusion (interpretation) of test results") and the
 *   displays of `DiagnosticReport.conclusionCode`;
 * - `Observation.valueString` of a report-like Observation whose code is not a mapped laboratory test:
 *   a LOINC report code (8601-7 "EKG impression", 19005-8 "Radiology Imaging study [Impression]
 *   (narrative)", ...), or a category of results (FHIR R4 observation-category imaging, procedure, exam;
 *   US Core clinical-test). The words of answers about the person (category survey, social-history,
 *   SDOH...: "Feeling down, depressed, or hopeless: Not at all", "Tobacco smoking status: Never smoker")
 *   are never read as findings, nor free text with neither a report code nor a result category
 *   (laboratory comments quote thresholds: "potassium may be falsely elevated").
 * Each becomes one short note, "<what was done>: <what it showed>.", for the notes pipeline, which reads
 * written results ("ST elevation in II, III and aVF", "right lower lobe consolidation") as it does in a
 * note, with the report's name as the label that opens modality-gated terms. Pure; no I/O.
 */
import { childPath } from '../../core/index.js';
import { TEST_BY_LOINC } from './loinc-tests.js';
import { USABLE_STATUS } from './observation.js';
import { arr, codeIn, codings, isRecord, labels, statusReason, str, SYSTEMS, type Json } from './shape.js';

/** A written result as note text, and the path it came from. */
export interface WrittenResult {
  readonly text: string;
  /** Path of the text, e.g. `Bundle.entry[3].resource.conclusion`. */
  readonly path: string;
}

/** Report statuses whose conclusion is a result (FHIR R4 DiagnosticReport.status); others are not read. */
const REPORT_STATUS = new Set(['final', 'amended', 'corrected', 'appended', 'preliminary', 'partial', 'unknown']);

/** Every FHIR R4 DiagnosticReport.status (the ignored reason names only these). */
const R4_REPORT_STATUS: ReadonlySet<string> = new Set([...REPORT_STATUS, 'registered', 'cancelled', 'entered-in-error']);

/** Longest written result read (characters): a conclusion is a few sentences; a whole note belongs in a DocumentReference. */
const MAX_WRITTEN = 20_000;

/**
 * LOINC codes of narrative results (LOINC: EKG, imaging, echocardiography, catheterisation, stress test,
 * endoscopy, procedure, pathology and physical-findings narratives), read whatever their category.
 */
const REPORT_LOINC: ReadonlySet<string> = new Set([
  '8601-7', '11524-6', // EKG impression; EKG study
  '19005-8', '18782-3', '18748-4', '18726-0', // radiology impression; radiology study observation; diagnostic imaging study; radiology studies
  '18747-6', '18755-9', '18760-9', // CT, MR, ultrasound study
  '11522-0', '18745-0', '18752-6', // echocardiography; cardiac catheterization; exercise stress test study
  '18746-8', '18751-8', '59776-5', // colonoscopy; endoscopy study; procedure findings
  '11526-1', '11529-5', '22634-0', '22635-7', '22637-3', // pathology study; surgical pathology; gross, microscopic, final diagnosis
  '29545-1', '10210-3', '30954-2', // physical findings; general status findings; relevant diagnostic tests/laboratory data
]);

/** Observation categories whose free text is a result (FHIR R4 observation-category; US Core clinical-test). */
const RESULT_CATEGORIES: ReadonlySet<string> = new Set(['imaging', 'procedure', 'exam', 'clinical-test']);

/** Categories of answers about the person (FHIR R4 observation-category; US Core): their words are not read. */
const ANSWER_CATEGORIES: ReadonlySet<string> = new Set([
  'survey', 'social-history', 'activity', 'therapy', 'sdoh', 'functional-status', 'cognitive-status', 'disability-status',
  'treatment-intervention-preference', 'care-experience-preference',
]);

/** Is an Observation a report whose words are a result: a LOINC report code, else a result category and no answer category? */
function reportLike(raw: Json, loinc: string | undefined): boolean {
  if (loinc !== undefined && REPORT_LOINC.has(loinc)) return true;
  const categories = arr(raw['category']).flatMap((cc) => codings(cc).map(({ coding }) => coding.code ?? ''));
  return categories.some((c) => RESULT_CATEGORIES.has(c)) && !categories.some((c) => ANSWER_CATEGORIES.has(c));
}

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
  if (status !== undefined && !REPORT_STATUS.has(status)) return { ignored: statusReason(status, R4_REPORT_STATUS, 'DiagnosticReport') };
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
 * The written result of an Observation: its `valueString` when it is report-like (`reportLike`) and its code
 * is not a mapped laboratory test (a mapped test's string is that test's result word, read by
 * `observation.ts`). None otherwise.
 */
export function observationText(raw: Json, path: string): WrittenResult | undefined {
  const status = str(raw['status']);
  if ((status !== undefined && !USABLE_STATUS.has(status)) || !isRecord(raw['code'])) return undefined;
  const value = str(raw['valueString'])?.trim();
  if (!value || value.length > MAX_WRITTEN) return undefined;
  const loinc = codeIn(raw['code'], [SYSTEMS.loinc]);
  if ((loinc !== undefined && TEST_BY_LOINC.has(loinc)) || !reportLike(raw, loinc)) return undefined;
  return { text: asNote(labelOf(raw['code']), value), path: childPath(path, 'valueString') };
}
