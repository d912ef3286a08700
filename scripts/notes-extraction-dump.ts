/**
 * Dump what the notes reader extracts from the readable text sets (dev tool, issue 13), one JSON line per
 * text, so two readers can be compared byte for byte: `src/bench/notes-numbers/notes.json`,
 * `notes-dev-7.json`, `notes-dev-8.json` (with each note's age and sex) and the MedQA dev vignettes (the
 * story without its closing question, age and sex as the vignette bench states them). The untouched number
 * sets are never read here. `--full` writes the whole extraction (mentions, readings, durations,
 * unmapped), else only the findings.
 * Usage: node --import tsx scripts/notes-extraction-dump.ts [--model file] [--full] > out.jsonl
 */
import { readFileSync } from 'node:fs';
import { readModelArtifact } from '../src/learn/artifact.js';
import type { Sex } from '../src/core/model.js';
import { buildLexicon, extractFindings } from '../src/intake/notes/index.js';
import { statedDemographics } from '../src/intake/notes/demographics.js';
import { halfOf } from '../src/bench/vignettes/split.js';
import { vignetteStory } from '../src/bench/vignettes/run.js';
import type { NumbersNote } from '../src/bench/notes-numbers/run.js';

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const full = process.argv.includes('--full');
const data = process.env['DDX_DATA'] ?? '/work/shared/data';
const lexicon = buildLexicon(readModelArtifact(arg('--model', 'models/primary-care.json')));

interface Text { readonly set: string; readonly id: string; readonly half: string; readonly age?: number; readonly sex?: Sex; readonly text: string }

function texts(): Text[] {
  const out: Text[] = [];
  for (const set of ['notes', 'notes-dev-7', 'notes-dev-8']) {
    const notes = (JSON.parse(readFileSync(`src/bench/notes-numbers/${set}.json`, 'utf8')) as { notes: NumbersNote[] }).notes;
    for (const n of notes) out.push({ set, id: n.id, half: n.half, age: n.age, sex: n.sex, text: n.note });
  }
  for (const line of readFileSync(`${data}/cases/medqa-dev-diagnosis.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as { id: string; question: string };
    const story = vignetteStory(raw.question);
    const d = statedDemographics(story);
    out.push({ set: 'medqa-dev', id: raw.id, half: halfOf(raw), age: d.age?.value ?? 40, sex: d.sex?.value ?? 'male', text: story.slice(0, 100_000) });
  }
  return out;
}

for (const t of texts()) {
  const r = extractFindings(t.text, lexicon, { ...(t.age !== undefined ? { age: t.age } : {}), ...(t.sex ? { sex: t.sex } : {}) });
  const value = r.ok ? (full ? r.value : r.value.findings) : r.issues;
  process.stdout.write(`${JSON.stringify({ set: t.set, id: t.id, half: t.half, value })}\n`);
}
