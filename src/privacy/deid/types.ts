/**
 * Shared vocabulary of the de-identifier: PHI types, detected spans, and the branded text type that
 * only this layer can construct, so raw notes cannot flow into `learn` or `bench` by accident.
 */

/** HIPAA Safe Harbor identifier kinds as they occur in notes. YEAR is detected but kept by default (Safe Harbor allows years). */
export const PHI_TYPES = [
  'NAME', 'LOCATION', 'ZIP', 'DATE', 'YEAR', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT',
  'HEALTH_PLAN', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'ID',
] as const;
export type PhiType = (typeof PHI_TYPES)[number];

/** A detected identifier: [start, end) in JavaScript string indices (UTF-16 code units). */
export interface PhiSpan {
  readonly start: number;
  readonly end: number;
  readonly type: PhiType;
}

/**
 * The kinds of an identity, record, plan or account number: what an identification line's residence or age may follow
 * (address.ts, appositive-ages.ts), and with LICENSE what a label may stand before (id-labels.ts).
 */
export const IDENTITY_NUMBER_TYPES: ReadonlySet<PhiType> = new Set<PhiType>(['ID', 'MRN', 'SSN', 'HEALTH_PLAN', 'ACCOUNT']);

/** How each detector reports a span it found: [start, end) and its kind; `detect.ts` collects them. */
export type PushSpan = (start: number, end: number, type: PhiType) => void;

declare const deidentifiedBrand: unique symbol;
/** Text that has been through the de-identifier. Only `src/privacy` constructs it (see `brandDeidentified`). */
export type DeidentifiedText = string & { readonly [deidentifiedBrand]: true };

/** Raw note text, possibly containing PHI. Plain strings are accepted; the alias documents intent. */
export type RawNoteText = string;

/** @internal Used by the renderers in this folder only; not re-exported from the public index. */
export function brandDeidentified(text: string): DeidentifiedText {
  return text as DeidentifiedText;
}
