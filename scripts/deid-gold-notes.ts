/**
 * Reads a gold de-identification JSONL (the `bench deid --notes` format: patient, note, text, phi) for the check
 * scripts, so each script reads it the same way: the notes with their gold spans, and the notes grouped by patient.
 */
import { readFileSync } from 'node:fs';
import type { Issue } from '../src/core/issues.js';
import { coverage, goldCovered, parseNoteLines, type GoldPhi, type PhiSpan } from '../src/privacy/deid/index.js';

/** One note of a gold file and its gold spans as written (`phi`, or none). */
export interface GoldNote { patient: string; text: string; gold: GoldPhi[] }

/** The notes of the JSONL file at `path`, in file order; problems with a line go to `issues`. */
export function readGoldNotes(path: string, issues: Issue[]): GoldNote[] {
  const raw = readFileSync(path, 'utf8');
  const lines = raw.split('\n');
  const out: GoldNote[] = [];
  for (const n of parseNoteLines(raw, issues)) {
    const j = JSON.parse(lines[n.line - 1] ?? '{}') as { phi?: GoldPhi[] };
    out.push({ patient: n.patient, text: n.text, gold: j.phi ?? [] });
  }
  return out;
}

/** The notes with only the gold spans whose start and end are integers (a malformed span is left out of scoring). */
export function integerSpans(notes: readonly GoldNote[]): GoldNote[] {
  return notes.map((n) => ({ ...n, gold: n.gold.filter((p) => Number.isInteger(p.start) && Number.isInteger(p.end)) }));
}

/** Notes grouped by patient, patients and their notes in file order: a patient's notes are detected together. */
export function notesByPatient<T extends { readonly patient: string }>(notes: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const n of notes) {
    const list = out.get(n.patient);
    if (list) list.push(n);
    else out.set(n.patient, [n]);
  }
  return out;
}

/** A note's gold, checked against reported spans: a mask of its gold characters and each gold PHI not covered whole. */
export interface GoldCheck { readonly mask: Uint8Array; readonly misses: readonly { readonly g: GoldPhi; readonly lenient: boolean }[] }

/** Checks a note's gold spans against reported spans with the scorer's strict and lenient definitions. */
export function checkGold(text: string, gold: readonly GoldPhi[], pred: readonly PhiSpan[]): GoldCheck {
  const cov = coverage(text, pred);
  const mask = new Uint8Array(text.length);
  const misses: { g: GoldPhi; lenient: boolean }[] = [];
  for (const g of gold) {
    mask.fill(1, g.start, g.end);
    const { strict, lenient } = goldCovered(text, g, cov);
    if (!strict) misses.push({ g, lenient });
  }
  return { mask, misses };
}
