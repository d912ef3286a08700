/**
 * Prints the notes-numbers report as JSON. Run:
 *   node --import tsx src/bench/notes-numbers/run.bench.ts [models/primary-care.json] [--half read|score]
 */
import { readFileSync } from 'node:fs';
import { readModelArtifact } from '../../learn/artifact.js';
import { runNotesNumbers, type NumbersNote } from './run.js';

const args = process.argv.slice(2);
const hi = args.indexOf('--half');
const half = hi >= 0 ? args[hi + 1] : undefined;
const modelPath = args.find((a, i) => !a.startsWith('--') && (hi < 0 || i !== hi + 1)) ?? 'models/primary-care.json';
const file = JSON.parse(readFileSync(new URL('./notes.json', import.meta.url), 'utf8')) as { notes: NumbersNote[] };
const notes = half ? file.notes.filter((n) => n.half === half) : file.notes;
process.stdout.write(`${JSON.stringify(runNotesNumbers(readModelArtifact(modelPath), notes), null, 1)}\n`);
