/**
 * Identity proof for behaviour-preserving changes to the notes reader (issue 13, notes speed): runs
 * `extractFindings` over a fixed corpus and prints one sha256 of the full JSON output (findings, mentions,
 * spans, readings, values, units, rules, unmapped). Corpus: every note of `src/bench/notes-numbers/notes.json`
 * and `notes-dev-7/8/9.json` (with their age and sex), the MedQA and OSCE **read** halves only (MedQA story
 * without its question; each OSCE row's flattened fields, one text per row), and the two notes of the speed
 * bench (`bench speed`). The untouched number sets and score halves are never read here.
 * Usage: DDX_DATA=/work/shared/data node --import tsx scripts/notes-identity-hash.ts [--model file] [--lines]
 * (`--lines` prints one hash per text set as well).
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
const data = process.env['DDX_DATA'] ?? '/work/shared/data';
const lexicon = buildLexicon(readModelArtifact(arg('--model', 'models/primary-care.json')));

interface Text { readonly set: string; readonly age?: number; readonly sex?: Sex; readonly text: string }

const jsonl = (file: string): unknown[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);

function texts(): Text[] {
  const out: Text[] = [];
  for (const set of ['notes', 'notes-dev-7', 'notes-dev-8', 'notes-dev-9']) {
    const notes = (JSON.parse(readFileSync(`src/bench/notes-numbers/${set}.json`, 'utf8')) as { notes: NumbersNote[] }).notes;
    for (const n of notes) out.push({ set, age: n.age, sex: n.sex, text: n.note });
  }
  for (const raw of jsonl(`${data}/cases/medqa-dev-diagnosis.jsonl`)) {
    if (halfOf(raw) !== 'read') continue;
    const story = vignetteStory((raw as { question: string }).question);
    const d = statedDemographics(story);
    out.push({ set: 'medqa-read', age: d.age?.value ?? 40, sex: d.sex?.value ?? 'male', text: story });
  }
  for (const raw of jsonl(`${data}/cases/osce-medqa-dev.jsonl`)) {
    if (halfOf(raw) !== 'read') continue;
    const osce = (raw as { OSCE_Examination: Record<string, unknown> }).OSCE_Examination;
    const actor = (osce['Patient_Actor'] ?? {}) as Record<string, unknown>;
    const { age, sex } = parseDemographics(String(actor['Demographics'] ?? ''));
    out.push({ set: 'osce-read', age, sex, text: flatten({ ...osce, Correct_Diagnosis: undefined }).join('.\n') });
  }
  out.push({ set: 'speed', age: 67, sex: 'male', text: PLAIN }, { set: 'speed', age: 67, sex: 'male', text: VALUES });
  out.push({ set: 'speed', text: VALUES.repeat(8) });
  return out;
}

const all = createHash('sha256');
const perSet = new Map<string, ReturnType<typeof createHash>>();
const counts = new Map<string, number>();
for (const t of texts()) {
  const r = extractFindings(t.text, lexicon, { ...(t.age !== undefined ? { age: t.age } : {}), ...(t.sex ? { sex: t.sex } : {}) });
  const line = `${JSON.stringify(r.ok ? r.value : r.issues)}\n`;
  all.update(line);
  if (!perSet.has(t.set)) perSet.set(t.set, createHash('sha256'));
  perSet.get(t.set)!.update(line);
  counts.set(t.set, (counts.get(t.set) ?? 0) + 1);
}
if (process.argv.includes('--lines')) for (const [set, h] of perSet) process.stdout.write(`${set}\t${counts.get(set)}\t${h.digest('hex')}\n`);
process.stdout.write(`${all.digest('hex')}\n`);
