/**
 * The public text de-identifier: detect PHI, then render in one of three modes.
 * - `spans`: the detected spans, with the text redacted (the raw text is never returned);
 * - `redact`: each span replaced by its type tag, e.g. `[NAME]`, `[DATE]`;
 * - `surrogate`: names, places and ids replaced by keyed surrogates, dates shifted by the patient's keyed offset.
 * Years are kept in every mode (Safe Harbor allows them) unless `redactYears` is set.
 */
import { issue, type Issue, type Result } from '../../core/issues.js';
import type { DeidKey } from '../keys/keyed.js';
import { detectPhi, MAX_NOTE_CHARS, type KnownPhi } from './detect.js';
import type { Lexicon } from './lexicon.js';
import { surrogateFor } from './surrogate.js';
import { dayOrderOf } from './dotted-dates.js';
import { brandDeidentified, type DeidentifiedText, type PhiSpan, type PhiType } from './types.js';

export type DeidMode = 'spans' | 'redact' | 'surrogate';

export interface DeidOptions {
  readonly mode: DeidMode;
  /** Required for `surrogate`; at least 16 bytes. */
  readonly key?: DeidKey;
  /** Keys the surrogates and the date shift; required for `surrogate`. */
  readonly patientId?: string;
  readonly redactYears?: boolean;
  readonly lexicon?: Lexicon;
  /** This patient's known identifiers (names, MRN, phone...), redacted wherever they occur. */
  readonly known?: readonly KnownPhi[];
}

export interface DeidOutput {
  readonly text: DeidentifiedText;
  readonly spans: readonly PhiSpan[];
}

export function tagFor(type: PhiType): string {
  return `[${type}]`;
}

/** Strip C0 controls except tab/newline/CR and lone surrogates, which some consumers choke on; lengths are kept. */
function sanitise(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export function deidentifyText(text: string, options: DeidOptions): Result<DeidOutput> {
  const issues: Issue[] = [];
  if (typeof text !== 'string') return { ok: false, issues: [issue('type', '$.text', 'note text must be a string')] };
  if (text.length > MAX_NOTE_CHARS) return { ok: false, issues: [issue('too-large', '$.text', `note longer than ${MAX_NOTE_CHARS} characters`)] };
  if (options.mode === 'surrogate') {
    if (!options.key) issues.push(issue('key-required', '$.key', 'surrogate mode needs a secret key (--key-file or DDX_DEID_KEY)'));
    if (!options.patientId) issues.push(issue('patient-required', '$.patient', 'surrogate mode needs a patient id'));
    if (issues.length) return { ok: false, issues };
  }
  const clean = sanitise(text);
  const spans = detectPhi(clean, { ...(options.lexicon ? { lexicon: options.lexicon } : {}), ...(options.known ? { known: options.known } : {}), ...(options.redactYears ? { everyYear: true } : {}) });
  const out: string[] = [];
  let at = 0;
  // Dotted dates shift in the order the note writes its dates (dotted-dates.ts); read once, only when one is there.
  const dayOrder = options.mode === 'surrogate' && spans.some((s) => s.type === 'DATE' && clean.slice(s.start, s.end).includes('.')) ? dayOrderOf(clean) : undefined;
  for (const s of spans) {
    out.push(clean.slice(at, s.start));
    const original = clean.slice(s.start, s.end);
    if (s.type === 'YEAR' && !options.redactYears) out.push(original);
    else if (options.mode === 'surrogate' && options.key && options.patientId) out.push(surrogateFor({ key: options.key, patient: options.patientId, ...(dayOrder ? { dayOrder } : {}) }, s.type, original));
    // A phone or name span may end with the sentence's punctuation (the gold standard's boundary); the tag keeps it.
    else out.push(tagFor(s.type) + (/[.,:]$/.test(original) && (s.type === 'PHONE' || s.type === 'FAX' || s.type === 'NAME') ? original.slice(-1) : ''));
    at = s.end;
  }
  out.push(clean.slice(at));
  return { ok: true, value: { text: brandDeidentified(out.join('')), spans }, issues };
}
