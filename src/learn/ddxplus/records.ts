/**
 * Reads DDXPlus patient files (Fansi Tchango et al., NeurIPS 2022; CC-BY 4.0): a CSV whose
 * EVIDENCES and DIFFERENTIAL_DIAGNOSIS columns hold Python list literals. Evidence items are
 * `E_91` (binary), `E_55_@_V_89` (categorical or multi-choice value) or `E_56_@_3` (numeric scale).
 * Also the shapes of the release's evidence and condition files.
 */
import { InputError, issue } from '../../core/issues.js';
import type { Sex } from '../../core/model.js';

/** One entry of release_evidences.json. */
export interface RawEvidence {
  readonly name: string;
  readonly code_question: string;
  readonly question_en: string;
  readonly is_antecedent: boolean;
  readonly default_value: string | number;
  readonly value_meaning: Readonly<Record<string, { readonly en: string }>>;
  readonly 'possible-values': readonly (string | number)[];
  readonly data_type: 'B' | 'C' | 'M';
}

/** One entry of release_conditions.json. */
export interface RawCondition {
  readonly condition_name: string;
  readonly 'cond-name-eng': string;
  readonly 'icd10-id': string;
  readonly symptoms: Readonly<Record<string, unknown>>;
  readonly antecedents: Readonly<Record<string, unknown>>;
  readonly severity: number;
}

export interface DdxplusPatient {
  readonly age: number;
  readonly sex: Sex;
  readonly pathology: string;
  readonly initialEvidence: string;
  /** Evidence name -> list of values ('' for a binary evidence). */
  readonly evidences: ReadonlyMap<string, readonly string[]>;
  /** Ground-truth differential: [condition name, probability], as given. */
  readonly differential: readonly (readonly [string, number])[];
}

/** Split one CSV line into fields (RFC 4180 quoting). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        s += line.slice(i, q);
        if (line[q + 1] === '"') {
          s += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(s);
      i++; // skip comma
    } else {
      const c = line.indexOf(',', i);
      const end = c < 0 ? line.length : c;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

/** Parse a Python list literal of strings, numbers and nested lists. */
export function parsePyList(text: string): unknown[] {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const value = (): unknown => {
    ws();
    const ch = text[i];
    if (ch === '[') {
      i++;
      const items: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return items;
      }
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return items;
        }
        throw new Error(`expected , or ] at ${i}`);
      }
    }
    if (ch === "'" || ch === '"') {
      const quote = ch;
      i++;
      let s = '';
      while (i < text.length && text[i] !== quote) {
        if (text[i] === '\\') i++;
        s += text[i];
        i++;
      }
      i++;
      return s;
    }
    const m = /^-?[0-9.eE+-]+/.exec(text.slice(i));
    if (!m) throw new Error(`unexpected character at ${i}`);
    i += m[0].length;
    return Number(m[0]);
  };
  const v = value();
  if (!Array.isArray(v)) throw new Error('not a list');
  return v;
}

export const EVIDENCE_VALUE_SEPARATOR = '_@_';

/** A patient's EVIDENCES list as evidence name to its values. */
export function parseEvidences(items: readonly unknown[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of items) {
    const s = String(item);
    const at = s.indexOf(EVIDENCE_VALUE_SEPARATOR);
    const name = at < 0 ? s : s.slice(0, at);
    const value = at < 0 ? '' : s.slice(at + EVIDENCE_VALUE_SEPARATOR.length);
    const list = out.get(name) ?? [];
    if (value !== '') list.push(value);
    out.set(name, list);
  }
  return out;
}

const REQUIRED = ['AGE', 'SEX', 'PATHOLOGY', 'EVIDENCES', 'INITIAL_EVIDENCE'] as const;

/** Parse a patients CSV. Every malformed row is reported with its line number; none is guessed. */
export function parsePatientsCsv(text: string, fileLabel = 'patients.csv'): DdxplusPatient[] {
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  const col = new Map(header.map((h, i) => [h.trim(), i] as const));
  const missing = REQUIRED.filter((h) => !col.has(h));
  if (missing.length > 0) throw new InputError(missing.map((h) => issue('required', `${fileLabel}:1`, `missing column ${h}`)));
  const get = (f: string[], name: string): string => f[col.get(name)!] ?? '';
  const patients: DdxplusPatient[] = [];
  const problems = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') continue;
    const where = `${fileLabel}:${n + 1}`;
    try {
      const f = splitCsvLine(line);
      const age = Number(get(f, 'AGE'));
      const sexRaw = get(f, 'SEX');
      if (!Number.isFinite(age) || age < 0 || age > 130) throw new Error('AGE must be a number of years');
      if (sexRaw !== 'F' && sexRaw !== 'M') throw new Error('SEX must be F or M');
      const diffText = col.has('DIFFERENTIAL_DIAGNOSIS') ? get(f, 'DIFFERENTIAL_DIAGNOSIS') : '';
      const differential = diffText ? parsePyList(diffText).map((e) => {
        const pair = e as unknown[];
        return [String(pair[0]), Number(pair[1])] as const;
      }) : [];
      patients.push({
        age,
        sex: sexRaw === 'F' ? 'female' : 'male',
        pathology: get(f, 'PATHOLOGY'),
        initialEvidence: get(f, 'INITIAL_EVIDENCE'),
        evidences: parseEvidences(parsePyList(get(f, 'EVIDENCES'))),
        differential,
      });
    } catch (err) {
      problems.push(issue('row', where, err instanceof Error ? err.message : 'malformed row'));
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return patients;
}
