/**
 * Dump what the notes reader extracts from the readable text sets (dev tool, issue 13), one JSON line per text, so
 * two readers can be compared byte for byte, or by one hash (`--hash`): the proof of identity for a
 * behaviour-preserving change to the reader. Corpus: every note of `src/bench/notes-numbers/notes.json` and
 * `notes-dev-7/8/9.json` (with their age and sex), the MedQA and OSCE **read** halves only (MedQA story without its
 * question, age and sex as the vignette bench states them; each OSCE row's flattened fields, one text per row), and
 * the notes of the speed bench (`bench speed`). The untouched number sets and the score halves are never read here.
 * `--full` writes the whole extraction (mentions, readings, durations, unmapped), else only the findings.
 * Usage: DDX_DATA=/work/shared/data node --import tsx scripts/notes-extraction-dump.ts [--model file] [--full]
 *   [--hash [--lines]] > out
 * (`--hash` prints the sha256 of the lines instead of the lines; `--lines` one hash per text set as well.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readModelArtifact } from '../src/learn/artifact.js';
import type { Sex } from '../src/core/model.js';
import { buildLexicon, extractFindings } from '../src/intake/notes/index.js';
import { statedDemographics } from '../src/intake/notes/demographics.js';
import { halfOf } from '../src/bench/vignettes/split.js';
import { flatten, parseDemographics, vignetteStory } from '../src/bench/vignettes/run.js';
import type { NumbersNote } from '../src/bench/notes-numbers/run.js';
import { PLAIN, VALUES } from '../src/bench/notes-numbers/speed.js';

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const full = process.argv.includes('--full');
const hash = process.argv.includes('--hash');
const data = process.env['DDX_DATA'] ?? '/work/shared/data';
const lexicon = buildLexicon(readModelArtifact(arg('--model', 'models/primary-care.json')));

interface Text { readonly set: string; readonly id: string; readonly age?: number; readonly sex?: Sex; readonly text: string }

const jsonl = (file: string): unknown[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);

function texts(): Text[] {
  const out: Text[] = [];
  for (const set of ['notes', 'notes-dev-7', 'notes-dev-8', 'notes-dev-9']) {
    const notes = (JSON.parse(readFileSync(`src/bench/notes-numbers/${set}.json`, 'utf8')) as { notes: NumbersNote[] }).notes;
    for (const n of notes) out.push({ set, id: n.id, age: n.age, sex: n.sex, text: n.note });
  }
  for (const raw of jsonl(`${data}/cases/medqa-dev-diagnosis.jsonl`)) {
    if (halfOf(raw) !== 'read') continue;
    const story = vignetteStory((raw as { question: string }).question);
    const d = statedDemographics(story);
    out.push({ set: 'medqa-read', id: String((raw as { id?: unknown }).id ?? out.length), age: d.age?.value ?? 40, sex: d.sex?.value ?? 'male', text: story });
  }
  jsonl(`${data}/cases/osce-medqa-dev.jsonl`).forEach((raw, row) => {
    if (halfOf(raw) !== 'read') return;
    const osce = (raw as { OSCE_Examination: Record<string, unknown> }).OSCE_Examination;
    const actor = (osce['Patient_Actor'] ?? {}) as Record<string, unknown>;
    const { age, sex } = parseDemographics(String(actor['Demographics'] ?? ''));
    out.push({ set: 'osce-read', id: `row-${row}`, age, sex, text: flatten({ ...osce, Correct_Diagnosis: undefined }).join('.\n') });
  });
  out.push({ set: 'speed', id: 'plain', age: 67, sex: 'male', text: PLAIN }, { set: 'speed', id: 'values', age: 67, sex: 'male', text: VALUES });
  out.push({ set: 'speed', id: 'values-x8', text: VALUES.repeat(8) });
  return out;
}

const all = createHash('sha256');
const perSet = new Map<string, { hash: ReturnType<typeof createHash>; texts: number }>();
for (const t of texts()) {
  const r = extractFindings(t.text, lexicon, { ...(t.age !== undefined ? { age: t.age } : {}), ...(t.sex ? { sex: t.sex } : {}) });
  const value = r.ok ? (full ? r.value : r.value.findings) : r.issues;
  const line = `${JSON.stringify({ set: t.set, id: t.id, value })}\n`;
  if (!hash) {
    process.stdout.write(line);
    continue;
  }
  all.update(line);
  const s = perSet.get(t.set) ?? perSet.set(t.set, { hash: createHash('sha256'), texts: 0 }).get(t.set)!;
  s.hash.update(line);
  s.texts++;
}
if (hash) {
  if (process.argv.includes('--lines')) for (const [set, s] of perSet) process.stdout.write(`${set}\t${s.texts}\t${s.hash.digest('hex')}\n`);
  process.stdout.write(`${all.digest('hex')}\n`);
}
