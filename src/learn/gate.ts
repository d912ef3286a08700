/**
 * The learning gate as `ddx learn` applies it: before any model is built, the training records go
 * through the privacy layer's identifiability check. Input that still looks identifiable is refused
 * with field paths and counts only — never a value — so the refusal itself leaks nothing.
 */
import { InputError, issue, type Issue } from '../core/issues.js';
import { checkLearningInput, type LearningGateOptions, type LearningGateReport } from '../privacy/learning-gate.js';

/** Rows of a CSV file as records keyed by header, for the gate (no interpretation of values). */
export function* csvRecords(text: string, splitLine: (line: string) => string[]): Generator<Record<string, unknown>> {
  const lines = text.split(/\r?\n/);
  const header = splitLine(lines[0] ?? '');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const cells = splitLine(line);
    const rec: Record<string, unknown> = {};
    header.forEach((h, j) => { rec[h] = cells[j]; });
    yield rec;
  }
}

/** Lines of a JSONL file as records for the gate; lines that are not JSON objects are left to the parser's own report. */
export function* jsonRecords(text: string): Generator<Record<string, unknown>> {
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) yield v as Record<string, unknown>;
  }
}

/** Run the gate; throw an InputError naming each offending field (with counts) when the input looks identifiable. */
export function assertDeidentified(label: string, records: Iterable<Record<string, unknown>>, options: LearningGateOptions = {}): LearningGateReport {
  return refuseIdentifiable(label, checkLearningInput(records, options));
}

/** Throw the gate's InputError for a report that is not ok (a report gathered elsewhere, e.g. while streaming); else return it. */
export function refuseIdentifiable(label: string, report: LearningGateReport): LearningGateReport {
  if (report.ok) return report;
  const issues: Issue[] = [];
  for (const [field, n] of Object.entries(report.directIdentifierFields)) {
    issues.push(issue('direct-identifier', `${label}:${field}`, `a direct-identifier field with values in ${n} record(s); remove it before learning`));
  }
  for (const [field, types] of Object.entries(report.phiByField)) {
    const summary = Object.entries(types).map(([t, n]) => `${n} ${t}`).join(', ');
    issues.push(issue('phi', `${label}:${field}`, `text that looks identifiable (${summary}); de-identify it first (ddx deid)`));
  }
  issues.push(issue('not-deidentified', label, `${report.recordsWithPhi} of ${report.records} records look identifiable; nothing was learned`));
  throw new InputError(issues);
}
