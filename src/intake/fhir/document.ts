/**
 * DocumentReference -> note text for the notes pipeline. Only inline `text/plain` attachments
 * (base64 `data`, UTF-8 or ASCII) are read; a URL-only attachment, another content type or charset,
 * invalid base64 or UTF-8, or a note over `MAX_NOTE_BYTES` is reported, never guessed at.
 * The text itself never appears in an issue.
 */
import { childPath, issue, type Issue, type Observation, type Result } from '../../core/index.js';
import { arr, isRecord, str, type Json } from './shape.js';

/** Largest decoded note accepted from a DocumentReference attachment: 1 MiB. */
export const MAX_NOTE_BYTES = 1024 * 1024;

/** Turns note text into findings; the notes pipeline (`src/intake/notes`) provides the default. */
export type NoteReader = (text: string) => Result<{ readonly findings: readonly Observation[] }>;

export interface NoteText {
  readonly text: string;
  /** Path of the attachment, e.g. `Bundle.entry[4].resource.content[0].attachment`. */
  readonly path: string;
}

export interface DocumentRead {
  readonly notes: NoteText[];
  readonly issues: Issue[];
  readonly ignored?: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function plainText(contentType: string | undefined): 'ok' | 'type' | 'charset' {
  if (contentType === undefined) return 'ok';
  const [type, ...params] = contentType.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'text/plain') return 'type';
  for (const p of params) {
    const [k, v] = p.split('=').map((s) => s.trim().replace(/^"|"$/g, ''));
    if (k === 'charset' && v !== 'utf-8' && v !== 'utf8' && v !== 'us-ascii') return 'charset';
  }
  return 'ok';
}

/** The note texts of a current DocumentReference (inline attachments in a readable text type), or why it was ignored. */
export function readDocumentReference(raw: Json, path: string): DocumentRead {
  const issues: Issue[] = [];
  const status = str(raw['status']);
  if (status && status !== 'current') return { notes: [], issues, ignored: `status ${status}` };
  const docStatus = str(raw['docStatus']);
  if (docStatus === 'entered-in-error') return { notes: [], issues, ignored: 'docStatus entered-in-error' };
  const notes: NoteText[] = [];
  const reasons: string[] = [];
  const content = arr(raw['content']);
  if (content.length === 0) {
    issues.push(issue('required', childPath(path, 'content'), 'DocumentReference.content is required', 'warning'));
    return { notes, issues, ignored: 'no content' };
  }
  content.forEach((c, i) => {
    const apath = childPath(childPath(childPath(path, 'content'), i), 'attachment');
    const att = isRecord(c) ? c['attachment'] : undefined;
    if (!isRecord(att)) {
      issues.push(issue('required', apath, 'content needs an attachment', 'warning'));
      reasons.push('no attachment');
      return;
    }
    const kind = plainText(str(att['contentType']));
    if (kind !== 'ok') {
      const r = kind === 'type' ? 'content type is not text/plain' : 'charset is not UTF-8';
      issues.push(issue('unsupported-content', childPath(apath, 'contentType'), `${r}; only inline text/plain notes are read`, 'warning'));
      reasons.push(r);
      return;
    }
    const data = att['data'];
    if (typeof data !== 'string') {
      reasons.push(att['url'] !== undefined ? 'attachment by URL only (not fetched)' : 'attachment has no data');
      if (att['url'] === undefined) issues.push(issue('required', childPath(apath, 'data'), 'attachment has no inline data', 'warning'));
      return;
    }
    const compact = data.replace(/\s+/g, '');
    if (Math.floor((compact.length * 3) / 4) > MAX_NOTE_BYTES + 2) {
      issues.push(issue('too-large', childPath(apath, 'data'), `note is larger than ${MAX_NOTE_BYTES} bytes; not read`, 'warning'));
      reasons.push('note too large');
      return;
    }
    if (compact.length % 4 === 1 || !BASE64.test(compact)) {
      issues.push(issue('base64', childPath(apath, 'data'), 'attachment data is not valid base64', 'warning'));
      reasons.push('invalid base64');
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
    } catch {
      issues.push(issue('encoding', childPath(apath, 'data'), 'attachment is not valid UTF-8 text', 'warning'));
      reasons.push('invalid UTF-8');
      return;
    }
    if (text.trim() === '') {
      reasons.push('empty note');
      return;
    }
    notes.push({ text, path: apath });
  });
  return notes.length > 0 ? { notes, issues } : { notes, issues, ignored: reasons[0] ?? 'no readable text' };
}
