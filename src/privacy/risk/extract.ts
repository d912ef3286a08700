/**
 * The training-extract format read by `ddx risk`: CSV with a header, or JSONL, one record per patient
 * (or per encounter), with these fields (case-insensitive names; unknown fields are ignored):
 *   age   integer years          sex   M/F/other text
 *   zip   5-digit ZIP or zip3    year  service year (or `date`, an ISO date whose year is used)
 *   dx    diagnosis codes: JSON array, or `;`/`|`-separated text; the first is the primary diagnosis
 * Bad lines are reported by line number; their content is never echoed.
 */
import { issue, type Issue } from '../../core/issues.js';

export interface ExtractRecord {
  readonly age: number | undefined;
  readonly sex: string;
  readonly zip3: string;
  readonly year: string;
  readonly dx: readonly string[];
}

export const MAX_EXTRACT_LINES = 5_000_000;

/** One CSV line's fields (RFC 4180 quoting: `"a,b"`, `""` for a quote inside). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') q = false; else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

function toRecord(raw: Record<string, unknown>): ExtractRecord | undefined {
  const get = (k: string): unknown => raw[k] ?? raw[k.toUpperCase()];
  const ageRaw = get('age');
  const age = ageRaw === undefined || ageRaw === '' ? undefined : Number(ageRaw);
  if (age !== undefined && (!Number.isFinite(age) || age < 0 || age > 130)) return undefined;
  const zipRaw = String(get('zip') ?? get('zip3') ?? '').replace(/\D/g, '');
  const dateRaw = String(get('year') ?? get('date') ?? '');
  const year = /^(\d{4})/.exec(dateRaw)?.[1] ?? '';
  const dxRaw = get('dx') ?? get('diagnoses') ?? get('codes');
  const dx = Array.isArray(dxRaw) ? dxRaw.map(String) : String(dxRaw ?? '').split(/[;|]/).map((s) => s.trim()).filter(Boolean);
  return { age: age === undefined ? undefined : Math.floor(age), sex: String(get('sex') ?? '').trim().toUpperCase().slice(0, 1) || '?', zip3: zipRaw.slice(0, 3), year, dx };
}

/** Parse a training extract (CSV or JSONL, see the module comment): its records and the issues of bad lines. */
export function parseExtract(text: string): { records: ExtractRecord[]; issues: Issue[] } {
  const lines = text.split(/\r?\n/);
  const records: ExtractRecord[] = [];
  const issues: Issue[] = [];
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const jsonl = first.trimStart().startsWith('{');
  let header: string[] | undefined;
  for (let i = 0; i < lines.length && i < MAX_EXTRACT_LINES; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    let raw: Record<string, unknown> | undefined;
    if (jsonl) {
      try {
        const v = JSON.parse(line) as unknown;
        if (v && typeof v === 'object' && !Array.isArray(v)) raw = v as Record<string, unknown>;
      } catch { /* reported below */ }
    } else if (!header) {
      header = splitCsvLine(line).map((h) => h.trim().toLowerCase());
      continue;
    } else {
      const cells = splitCsvLine(line);
      if (cells.length === header.length) raw = Object.fromEntries(header.map((h, k) => [h, cells[k] ?? '']));
    }
    const rec = raw ? toRecord(raw) : undefined;
    if (rec) records.push(rec);
    else issues.push(issue('record', `line ${i + 1}`, 'record skipped: not a valid extract record (content withheld)', 'warning'));
  }
  return { records, issues };
}
