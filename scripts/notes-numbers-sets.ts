/**
 * Scores number-note sets together (dev tool, issue 13): every note of the named sets through the notes pipeline and
 * the instant differential on the broad model, as `ddx bench notes-numbers` does, with each gold id first rewritten
 * through `scripts/notes-numbers-gold-map.json`. The map holds the leads' mappings of gold names that are not model ids
 * to "the model's same disease or its direct parent" (each is written out in that session's `docs/sessions/NN-lead.md`);
 * golds with no such condition stay unmapped and count as misses. Prints one JSON line of totals; `--ranks` adds a
 * line per set with each note's rank (0 when absent), for read sets only.
 * Default sets: the read number sets (`read-dev-sets.ts`).
 *   node --import tsx scripts/notes-numbers-sets.ts [--model file|id] [--files a,b] [--ranks]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runNotesNumbers, type NumbersNote } from '../src/bench/notes-numbers/run.js';
import { loadModel } from '../src/learn/builtin-models.js';
import { READ_NUMBER_SETS } from './read-dev-sets.js';

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const dir = resolve(import.meta.dirname, '../src/bench/notes-numbers');
const names = arg('--files')?.split(',') ?? [...READ_NUMBER_SETS];
const map = JSON.parse(readFileSync(resolve(import.meta.dirname, 'notes-numbers-gold-map.json'), 'utf8')) as Record<string, string>;
const model = loadModel(arg('--model') ?? 'primary-care');
const total = { files: names.length, notes: 0, top3: 0, top1: 0 };
for (const name of names) {
  const file = JSON.parse(readFileSync(resolve(dir, `${name}.json`), 'utf8')) as { notes: NumbersNote[] };
  const notes = file.notes.map((n) => ({ ...n, half: 'read' as const, gold: n.gold.map((g) => map[g] ?? g) }));
  const r = runNotesNumbers(model, notes);
  const h = r.halves['read'] ?? { notes: 0, top3: 0, top1: 0 };
  total.notes += h.notes; total.top3 += h.top3; total.top1 += h.top1;
  if (argv.includes('--ranks')) console.log(JSON.stringify({ set: name, ...h, ranks: r.notes.map((n) => n.rank) }));
}
console.log(JSON.stringify(total));
